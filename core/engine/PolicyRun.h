#pragma once
// `headroom autoscale`: the active autoscaling policy and seed 004's triggers over the stored
// snapshots. The pure parts (drafts, freshness, the policy's metrics) live in
// policy/PolicyDrafts.h, included here so callers of the engine's names keep compiling; the live
// engine and replay share them through policy/EvaluationStep.h.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "policy/Autoscale.h"
#include "policy/PolicyDrafts.h"
#include "policy/PolicyTriggers.h"
#include "store/Store.h"

#include <string>
#include <vector>

namespace headroom {

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
