#pragma once
// The active autoscaling policy and seed 004's triggers turned into recommendations, shared by
// the engine (each live evaluation, EnginePolicies.cpp) and `headroom autoscale` (over the stored
// snapshots). Truth layer: only values observed within catalog.truth.staleAfter of `now` count;
// below guardrails.minConfidenceForChange (policy coverage x data confidence) the policy advises
// no change in either direction; triggers judge the fresh values they have.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "policy/Autoscale.h"
#include "policy/PolicyTriggers.h"
#include "store/Store.h"

#include <string>
#include <vector>

namespace headroom {

// Recommendation types raised by code (resources/catalogs/recommendations.json).
inline constexpr std::string_view kAutoscaleUpType = "autoscale_scale_up";
inline constexpr std::string_view kAutoscaleDownType = "autoscale_scale_down";

std::string_view recommendationTypeOf(PolicyTriggerKind kind);

// The snapshot without the values observed longer than staleAfter before now.
Snapshot freshPart(const Snapshot& snapshot, std::chrono::seconds staleAfter, Timestamp now);

// The metrics a policy run reads from the store: the weighted ones and the triggers'.
std::vector<MetricId> policyMetrics(const PolicySettings& settings, const ScalingPolicy& policy);

// The drafts one step yields. `dataConfidence` is the evaluation's (0..1). A scale draft is
// raised on the action and kept while the score stays beyond the threshold in the same
// direction (so the open recommendation persists through the cooldown).
std::vector<RecommendationDraft>
policyDrafts(const Catalog& catalog, const PolicySettings& settings,
             const AutoscaleDecision& decision, const AutoscaleState& before,
             std::span<const PolicyTriggerFinding> triggers, double dataConfidence);

// `headroom autoscale`: the policy stepped over the stored snapshots of the last `window`
// (oldest first, at most maxSnapshots of the latest), and the triggers at the latest one.
struct PolicyRunReport {
    std::string policyId;
    std::vector<AutoscaleDecision> decisions;
    std::vector<PolicyTriggerFinding> triggers;
    std::vector<RecommendationDraft> drafts; // at the latest snapshot
    double dataConfidence = 0.0;             // of the latest snapshot
    std::size_t snapshots = 0;
};

struct PolicyRunOptions {
    std::chrono::seconds window{3600};
    std::size_t maxSnapshots = 5000;
};

Result<PolicyRunReport> runPolicyOverStore(Store& store, const Workspace& workspace,
                                           const Catalog& catalog, const ScalingPolicy& policy,
                                           Timestamp now, const PolicyRunOptions& options);

} // namespace headroom
