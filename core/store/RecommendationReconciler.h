#pragma once
// RecommendationReconciler: the lifecycle rule that keeps one recommendation per persisting
// condition. A pure function over value types (no SQLite), so its cases are unit-tested directly
// and the store only writes what it returns.
//
// For each draft type (the first draft of a type wins), looking at the newest stored
// recommendation of that type:
//   Open                                  -> Refresh (last_seen, evidence, severity)
//   Deferred, revisitAt <= at             -> Reopen  (state Open, revisitAt cleared)
//   Deferred before revisitAt             -> Touch   (no state change, no new one)
//   Accepted/Rejected, condition active   -> Touch   (no new one)
//   none, Resolved, or Accepted/Rejected whose condition cleared earlier -> Open (a new row)
// Every Open recommendation whose type is not among the drafts -> Resolve; every Accepted,
// Rejected or Deferred one whose condition was active -> Close (condition_active = false, state
// unchanged), so a later re-trigger opens a fresh recommendation instead of reviving it.

#include "model/Evaluation.h"
#include "model/Records.h"

#include <span>
#include <vector>

namespace headroom {

struct TrackedRecommendation {
    StoredRecommendation recommendation;
    bool conditionActive = true; // the condition held at the latest evaluation that saw it
};

enum class ReconcileAction { Open, Refresh, Reopen, Touch, Resolve, Close };

struct RecommendationChange {
    ReconcileAction action = ReconcileAction::Open;
    TrackedRecommendation after; // the row as it should be stored; id 0 for Open
};

// `existing` must hold, for the workspace, every Open recommendation, every one whose condition
// is active, and the newest of each type (older ones are ignored). Changes come out in draft
// order, then resolutions and closures in the order of `existing`.
std::vector<RecommendationChange>
reconcileRecommendations(std::span<const TrackedRecommendation> existing,
                         std::span<const RecommendationDraft> drafts, RowId workspaceId,
                         Timestamp at);

std::string_view keyOf(ReconcileAction action);

} // namespace headroom
