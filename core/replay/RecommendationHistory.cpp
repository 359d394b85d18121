#include "replay/RecommendationHistory.h"

#include "model/Text.h"

#include <algorithm>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

// One step of a recommendation's life after it opened: a lifecycle event or a decision.
struct Step {
    Timestamp at{};
    int order = 0; // at the same second the ingest's events come before a decision on them
    RowId seq = 0; // the row id within its table, so equal times keep their written order
    RowId recommendationId = 0;
    const Event* event = nullptr;
    const Decision* decision = nullptr;
};

Result<RowId> recommendationIdOf(const Event& e) {
    const auto detail = nlohmann::json::parse(e.detailJson, nullptr, false);
    if (detail.is_object()) {
        const auto it = detail.find("recommendation_id");
        if (it != detail.end() && it->is_number_integer()) {
            return it->get<RowId>();
        }
    }
    return fail(ErrorCode::ParseError,
                cat("event ", e.id, " (", keyOf(e.kind), ", ", formatIso(e.at),
                    "): no recommendation_id in its detail"));
}

void apply(StoredRecommendation& rec, const Step& step) {
    if (step.decision != nullptr) {
        switch (step.decision->verdict) {
        case Verdict::Accept:
            rec.state = RecommendationState::Accepted;
            rec.revisitAt.reset();
            break;
        case Verdict::Reject:
            rec.state = RecommendationState::Rejected;
            rec.revisitAt.reset();
            break;
        case Verdict::Defer:
            rec.state = RecommendationState::Deferred;
            rec.revisitAt = step.decision->revisitAt;
            break;
        }
        return;
    }
    if (step.event->kind == EventKind::RecommendationResolved) {
        rec.state = RecommendationState::Resolved;
    } else {
        rec.state = RecommendationState::Open;
        rec.revisitAt.reset();
    }
}

} // namespace

Result<std::vector<StoredRecommendation>>
recommendationsAt(std::span<const StoredRecommendation> recommendations,
                  std::span<const Event> events, std::span<const Decision> decisions,
                  Timestamp at) {
    std::vector<StoredRecommendation> result;
    std::unordered_map<RowId, std::size_t> indexById;
    for (const auto& rec : recommendations) {
        if (rec.firstSeen <= at) {
            StoredRecommendation past = rec;
            past.state = RecommendationState::Open;
            past.revisitAt.reset();
            past.lastSeen = std::min(rec.lastSeen, at);
            result.push_back(std::move(past));
        }
    }
    std::ranges::sort(result, [](const auto& a, const auto& b) {
        return a.firstSeen != b.firstSeen ? a.firstSeen < b.firstSeen : a.id < b.id;
    });
    for (std::size_t i = 0; i < result.size(); ++i) {
        indexById.emplace(result[i].id, i);
    }

    std::vector<Step> steps;
    for (const Event& e : events) {
        if (e.at > at || (e.kind != EventKind::RecommendationResolved &&
                          e.kind != EventKind::RecommendationReopened)) {
            continue;
        }
        auto id = recommendationIdOf(e);
        if (!id) {
            return std::unexpected(id.error());
        }
        steps.push_back({e.at, 0, e.id, *id, &e, nullptr});
    }
    for (const Decision& d : decisions) {
        if (d.decidedAt <= at) {
            steps.push_back({d.decidedAt, 1, d.id, d.recommendationId, nullptr, &d});
        }
    }
    std::ranges::sort(steps, [](const Step& a, const Step& b) {
        if (a.at != b.at) {
            return a.at < b.at;
        }
        return a.order != b.order ? a.order < b.order : a.seq < b.seq;
    });
    for (const Step& step : steps) {
        // A step on a row not given (another workspace's, or one opened later) changes nothing.
        if (const auto it = indexById.find(step.recommendationId); it != indexById.end()) {
            apply(result[it->second], step);
        }
    }
    return result;
}

} // namespace headroom
