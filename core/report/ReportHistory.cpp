// The report's history sections: the scaling timeline (tier changes the evaluations measured,
// mode and freeze changes the founder made) and the decisions of the period with the outcomes
// of implemented recommendations, judged by the governance queries (engine/GovernanceQuery.h,
// policy/DecisionMetrics.h) exactly as the console judges them.

#include "engine/GovernanceQuery.h"
#include "model/Text.h"
#include "report/ReportParts.h"

#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>

namespace headroom::report {

namespace {

constexpr std::size_t kAllRows = std::numeric_limits<int>::max();

std::string detailText(const nlohmann::json& detail, const char* key) {
    const auto it = detail.is_object() ? detail.find(key) : detail.end();
    if (it == detail.end()) {
        return {};
    }
    if (it->is_string()) {
        return it->get<std::string>();
    }
    return it->is_null() ? std::string() : it->dump();
}

std::string_view timelineKind(EventKind kind) {
    switch (kind) {
    case EventKind::TierChanged:
        return kTimelineTierChanged;
    case EventKind::ModeSet:
        return kTimelineModeSet;
    case EventKind::ScalingFrozen:
        return kTimelineFrozen;
    case EventKind::ScalingUnfrozen:
        return kTimelineUnfrozen;
    default:
        return kTimelineAutoMode;
    }
}

std::string_view keyOf(OutcomeVerdict verdict) {
    switch (verdict) {
    case OutcomeVerdict::WithinPrediction:
        return "within_prediction";
    case OutcomeVerdict::OutsidePrediction:
        return "outside_prediction";
    case OutcomeVerdict::NoImpact:
        return "no_impact";
    }
    return "no_impact";
}

bool within(Timestamp at, Timestamp from, Timestamp to) {
    return at >= from && at < to;
}

} // namespace

Result<std::vector<ScalingTimelineEntry>> scalingTimeline(Store& store, RowId workspaceId,
                                                          Timestamp from, Timestamp to) {
    HistoryFilter filter;
    filter.range = storeRange(from, to);
    filter.kinds = {EventKind::TierChanged, EventKind::ModeSet, EventKind::ScalingFrozen,
                    EventKind::ScalingUnfrozen, EventKind::AutoModeChanged};
    filter.limit = kAllRows;
    auto events = store.events(workspaceId, filter);
    if (!events) {
        return std::unexpected(events.error());
    }
    std::ranges::reverse(*events); // oldest first
    std::vector<ScalingTimelineEntry> out;
    out.reserve(events->size());
    for (const Event& e : *events) {
        const auto detail = nlohmann::json::parse(e.detailJson, nullptr, false);
        ScalingTimelineEntry entry;
        entry.at = e.at;
        entry.kind = timelineKind(e.kind);
        if (e.kind == EventKind::TierChanged) {
            entry.from = detailText(detail, "from");
            entry.to = detailText(detail, "to");
        } else {
            // A freeze's old and new are the frozen flag, which its kind already says.
            if (e.kind == EventKind::ModeSet || e.kind == EventKind::AutoModeChanged) {
                entry.from = detailText(detail, "old");
                entry.to = detailText(detail, "new");
            }
            entry.actor = detailText(detail, "actor");
            entry.reason = detailText(detail, "reason");
        }
        out.push_back(std::move(entry));
    }
    return out;
}

Result<DecisionSummary> decisionSummary(Store& store, const Catalog& catalog,
                                        const Workspace& workspace, Timestamp from, Timestamp to) {
    HistoryFilter filter;
    filter.range = storeRange(from, to);
    filter.limit = kAllRows;
    auto decisions = store.decisions(workspace.id, filter);
    if (!decisions) {
        return std::unexpected(decisions.error());
    }
    std::ranges::reverse(*decisions); // oldest first
    // Outcomes as the governance view judges them (latest per recommendation), those recorded
    // in the period.
    auto governance = queryOutcomes(store, catalog, workspace.name);
    if (!governance) {
        return std::unexpected(governance.error());
    }
    std::vector<OutcomeAssessment> outcomes;
    for (auto& a : governance->outcomes) {
        if (within(a.record.at, from, to)) {
            outcomes.push_back(std::move(a));
        }
    }
    const KeyMetrics metrics = computeKeyMetrics(*decisions, outcomes);

    DecisionSummary out;
    out.decided = metrics.decided;
    out.accepted = metrics.accepted;
    out.deferred = metrics.deferred;
    out.rejected = metrics.rejected;
    out.acceptanceRate = metrics.acceptance.rate();
    out.acceptanceHits = metrics.acceptance.hits;
    out.acceptanceOf = metrics.acceptance.of;
    out.implemented = metrics.implemented;
    out.failed = metrics.failed;
    out.rolledBack = metrics.rolledBack;
    out.accuracy = metrics.accuracy.rate();
    for (const Decision& d : *decisions) {
        out.decisions.push_back({d.decidedAt, d.recommendationType, std::string(keyOf(d.verdict)),
                                 d.reason, d.actor, d.revisitAt});
    }
    for (const OutcomeAssessment& a : outcomes) {
        OutcomeRow row;
        row.at = a.record.at;
        row.recommendationType = a.record.recommendationType;
        row.status = keyOf(a.record.status);
        row.predictedMin = a.predictedMin;
        row.predictedMax = a.predictedMax;
        row.actualMonthlyCost = a.record.actualMonthlyCost;
        // The impact measured from the snapshots around it, else the one recorded with it.
        const auto& measured = a.measured ? a.measured : a.record.measured;
        if (measured) {
            row.measuredMetric = metricKey(measured->metric);
            row.measuredBefore = measured->before;
            row.measuredAfter = measured->after;
        }
        row.verdict = keyOf(a.verdict);
        out.outcomes.push_back(std::move(row));
    }
    return out;
}

} // namespace headroom::report
