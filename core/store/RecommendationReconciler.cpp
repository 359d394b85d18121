#include "RecommendationReconciler.h"

#include <algorithm>
#include <set>
#include <string>

namespace headroom {

namespace {

const TrackedRecommendation* newestOfType(std::span<const TrackedRecommendation> existing,
                                          const std::string& type) {
    const TrackedRecommendation* newest = nullptr;
    for (const auto& tracked : existing) {
        if (tracked.recommendation.type == type &&
            (!newest || tracked.recommendation.id > newest->recommendation.id)) {
            newest = &tracked;
        }
    }
    return newest;
}

TrackedRecommendation refreshed(const TrackedRecommendation& tracked,
                                const RecommendationDraft& draft, Timestamp at) {
    TrackedRecommendation out = tracked;
    out.recommendation.lastSeen = std::max(at, tracked.recommendation.lastSeen);
    out.recommendation.evidence = draft.evidence;
    out.recommendation.severity = draft.severity;
    out.conditionActive = true;
    return out;
}

} // namespace

std::vector<RecommendationChange>
reconcileRecommendations(std::span<const TrackedRecommendation> existing,
                         std::span<const RecommendationDraft> drafts, RowId workspaceId,
                         Timestamp at) {
    std::vector<RecommendationChange> changes;
    std::set<std::string> raised;
    for (const RecommendationDraft& draft : drafts) {
        if (!raised.insert(draft.type).second) {
            continue; // one recommendation per condition type
        }
        const TrackedRecommendation* newest = newestOfType(existing, draft.type);
        const auto state = newest ? newest->recommendation.state : RecommendationState::Resolved;
        const bool decidedAndActive =
            newest && newest->conditionActive &&
            (state == RecommendationState::Accepted || state == RecommendationState::Rejected);
        if (newest && state == RecommendationState::Open) {
            changes.push_back({ReconcileAction::Refresh, refreshed(*newest, draft, at)});
        } else if (newest && state == RecommendationState::Deferred) {
            const bool due =
                newest->recommendation.revisitAt && *newest->recommendation.revisitAt <= at;
            auto after = refreshed(*newest, draft, at);
            if (due) {
                after.recommendation.state = RecommendationState::Open;
                after.recommendation.revisitAt.reset();
            }
            changes.push_back({due ? ReconcileAction::Reopen : ReconcileAction::Touch, after});
        } else if (decidedAndActive) {
            changes.push_back({ReconcileAction::Touch, refreshed(*newest, draft, at)});
        } else {
            TrackedRecommendation fresh;
            fresh.recommendation.workspaceId = workspaceId;
            fresh.recommendation.type = draft.type;
            fresh.recommendation.state = RecommendationState::Open;
            fresh.recommendation.severity = draft.severity;
            fresh.recommendation.evidence = draft.evidence;
            fresh.recommendation.firstSeen = at;
            fresh.recommendation.lastSeen = at;
            fresh.conditionActive = true;
            changes.push_back({ReconcileAction::Open, std::move(fresh)});
        }
    }
    for (const auto& tracked : existing) {
        if (raised.contains(tracked.recommendation.type)) {
            continue;
        }
        const auto state = tracked.recommendation.state;
        if (state == RecommendationState::Open) {
            TrackedRecommendation after = tracked;
            after.recommendation.state = RecommendationState::Resolved;
            after.conditionActive = false;
            changes.push_back({ReconcileAction::Resolve, std::move(after)});
        } else if (tracked.conditionActive && state != RecommendationState::Resolved) {
            TrackedRecommendation after = tracked;
            after.conditionActive = false;
            changes.push_back({ReconcileAction::Close, std::move(after)});
        }
    }
    return changes;
}

std::string_view keyOf(ReconcileAction action) {
    switch (action) {
    case ReconcileAction::Open:
        return "open";
    case ReconcileAction::Refresh:
        return "refresh";
    case ReconcileAction::Reopen:
        return "reopen";
    case ReconcileAction::Touch:
        return "touch";
    case ReconcileAction::Resolve:
        return "resolve";
    case ReconcileAction::Close:
        return "close";
    }
    return "unknown";
}

} // namespace headroom
