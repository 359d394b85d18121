// Store: outcomes of accepted recommendations and checklist ticks (governance stream). Both are
// history events appended through appendEvent (so the history chain covers them); reading them
// back parses the events' details.
#include "Store.h"
#include "model/Text.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include <nlohmann/json.hpp>

namespace headroom {
namespace {

using Json = nlohmann::json;

// A monthly cost impact beyond ten million dollars is a typo, not an outcome.
constexpr std::int64_t kMaxAbsActualMicroUsd = 10'000'000LL * 1'000'000LL;
constexpr std::size_t kMaxNoteLength = 2000;

std::vector<Event> allEvents(Store& store, RowId workspaceId, std::vector<EventKind> kinds,
                             Result<void>& status) {
    HistoryFilter filter;
    filter.kinds = std::move(kinds);
    filter.limit = std::numeric_limits<std::size_t>::max() / 2;
    auto events = store.events(workspaceId, filter);
    if (!events) {
        status = std::unexpected(events.error());
        return {};
    }
    std::ranges::reverse(*events); // oldest first
    return std::move(*events);
}

Json measuredToJson(const MeasuredImpact& m) {
    return Json{{"metric", metricKey(m.metric)},
                {"before", m.before},
                {"after", m.after},
                {"before_points", m.beforePoints},
                {"after_points", m.afterPoints}};
}

std::optional<MeasuredImpact> measuredFromJson(const Json& j) {
    if (!j.is_object()) {
        return std::nullopt;
    }
    auto metric = metricFromKey(j.value("metric", std::string{}));
    if (!metric) {
        return std::nullopt;
    }
    return MeasuredImpact{*metric, j.value("before", 0.0), j.value("after", 0.0),
                          j.value("before_points", std::size_t{0}),
                          j.value("after_points", std::size_t{0})};
}

std::string text(const Json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

} // namespace

Result<OutcomeRecord> Store::recordOutcome(const OutcomeRequest& request) {
    if (request.note.size() > kMaxNoteLength) {
        return fail(ErrorCode::InvalidArgument, cat("note: at most ", kMaxNoteLength,
                                                    " characters, got ", request.note.size()));
    }
    if (request.actualMonthlyCost &&
        std::llabs(request.actualMonthlyCost->value) > kMaxAbsActualMicroUsd) {
        return fail(ErrorCode::InvalidArgument,
                    cat("actual monthly cost: ", request.actualMonthlyCost->dollars(),
                        " USD is beyond ±10,000,000 USD a month"));
    }
    if (request.actor.empty()) {
        return fail(ErrorCode::InvalidArgument, "actor: must not be empty");
    }
    Result<OutcomeRecord> result = fail(ErrorCode::InvalidArgument, "not recorded");
    auto done = transaction([&]() -> Result<void> {
        auto rec = recommendation(request.recommendationId);
        if (!rec || rec->workspaceId != request.workspaceId) {
            return fail(ErrorCode::NotFound, cat("recommendation ", request.recommendationId,
                                                 " does not exist in this workspace"));
        }
        if (rec->state != RecommendationState::Accepted) {
            return fail(ErrorCode::Conflict,
                        cat("recommendation ", request.recommendationId, " (", rec->type, ") is ",
                            keyOf(rec->state), ": only an accepted recommendation has an outcome"));
        }
        Result<void> status;
        const auto previous =
            allEvents(*this, request.workspaceId, {EventKind::OutcomeRecorded}, status);
        if (!status) {
            return status;
        }
        for (const auto& e : previous) {
            if (e.subject == std::to_string(request.recommendationId) && e.at > request.at) {
                return fail(ErrorCode::InvalidArgument,
                            cat("time: ", formatIso(request.at),
                                " is before this recommendation's latest outcome (",
                                formatIso(e.at), ")"));
            }
        }
        Json detail{{"status", keyOf(request.status)},
                    {"recommendation_type", rec->type},
                    {"actual_monthly_micro_usd", nullptr},
                    {"measured", nullptr},
                    {"note", request.note},
                    {"actor", request.actor}};
        if (request.actualMonthlyCost) {
            detail["actual_monthly_micro_usd"] = request.actualMonthlyCost->value;
        }
        if (request.measured) {
            detail["measured"] = measuredToJson(*request.measured);
        }
        Event event;
        event.workspaceId = request.workspaceId;
        event.at = request.at;
        event.kind = EventKind::OutcomeRecorded;
        event.subject = std::to_string(request.recommendationId);
        event.detailJson = detail.dump();
        auto stored = appendEvent(event);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        result = OutcomeRecord{stored->id,
                               request.recommendationId,
                               rec->type,
                               request.status,
                               request.actualMonthlyCost,
                               request.measured,
                               request.note,
                               request.actor,
                               request.at};
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return result;
}

Result<std::vector<OutcomeRecord>> Store::outcomes(RowId workspaceId) {
    Result<void> status;
    const auto events = allEvents(*this, workspaceId, {EventKind::OutcomeRecorded}, status);
    if (!status) {
        return std::unexpected(status.error());
    }
    std::vector<OutcomeRecord> out;
    for (const auto& e : events) {
        const Json detail = Json::parse(e.detailJson, nullptr, false);
        if (detail.is_discarded() || !detail.is_object()) {
            continue; // not ours to repair; `headroom verify` reports altered events
        }
        auto outcomeStatus = outcomeStatusFromString(text(detail, "status"));
        char* end = nullptr;
        const long long id = std::strtoll(e.subject.c_str(), &end, 10);
        if (!outcomeStatus || end == e.subject.c_str()) {
            continue;
        }
        OutcomeRecord r;
        r.eventId = e.id;
        r.recommendationId = id;
        r.recommendationType = text(detail, "recommendation_type");
        r.status = *outcomeStatus;
        if (auto it = detail.find("actual_monthly_micro_usd");
            it != detail.end() && it->is_number_integer()) {
            r.actualMonthlyCost = MicroUsd{it->get<std::int64_t>()};
        }
        if (auto it = detail.find("measured"); it != detail.end()) {
            r.measured = measuredFromJson(*it);
        }
        r.note = text(detail, "note");
        r.actor = text(detail, "actor");
        r.at = e.at;
        out.push_back(std::move(r));
    }
    return out;
}

Result<ChecklistTick> Store::recordChecklistTick(const ChecklistTickRequest& request,
                                                 const ReadinessSettings& readiness) {
    const TierChecklist* list = readiness.findChecklist(request.tierId);
    if (list == nullptr) {
        std::string known;
        for (const auto& l : readiness.checklists) {
            known += known.empty() ? l.tierId : cat(", ", l.tierId);
        }
        return fail(ErrorCode::NotFound,
                    cat("tier '", request.tierId, "' has no checklist (known: ", known, ")"));
    }
    if (list->findItem(request.itemId) == nullptr) {
        return fail(ErrorCode::NotFound,
                    cat("checklist of '", request.tierId, "' has no item '", request.itemId, "'"));
    }
    if (request.reason.size() > kMaxNoteLength) {
        return fail(ErrorCode::InvalidArgument,
                    cat("reason: at most ", kMaxNoteLength, " characters"));
    }
    if (request.actor.empty()) {
        return fail(ErrorCode::InvalidArgument, "actor: must not be empty");
    }
    Event event;
    event.workspaceId = request.workspaceId;
    event.at = request.at;
    event.kind = request.mark == ChecklistMark::Checked ? EventKind::ChecklistItemChecked
                                                        : EventKind::ChecklistItemUnchecked;
    event.subject = cat(request.tierId, '/', request.itemId);
    event.detailJson = Json{{"actor", request.actor}, {"reason", request.reason}}.dump();
    auto stored = appendEvent(event);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return ChecklistTick{stored->id,     request.tierId, request.itemId, request.mark,
                         request.reason, request.actor,  request.at};
}

Result<std::vector<ChecklistTick>> Store::checklistTicks(RowId workspaceId) {
    Result<void> status;
    const auto events =
        allEvents(*this, workspaceId,
                  {EventKind::ChecklistItemChecked, EventKind::ChecklistItemUnchecked}, status);
    if (!status) {
        return std::unexpected(status.error());
    }
    std::vector<ChecklistTick> out;
    for (const auto& e : events) {
        const auto slash = e.subject.find('/');
        if (slash == std::string::npos) {
            continue;
        }
        const Json detail = Json::parse(e.detailJson, nullptr, false);
        ChecklistTick t;
        t.eventId = e.id;
        t.tierId = e.subject.substr(0, slash);
        t.itemId = e.subject.substr(slash + 1);
        t.mark = e.kind == EventKind::ChecklistItemChecked ? ChecklistMark::Checked
                                                           : ChecklistMark::Unchecked;
        if (detail.is_object()) {
            t.reason = text(detail, "reason");
            t.actor = text(detail, "actor");
        }
        t.at = e.at;
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace headroom
