#pragma once
// The active autoscaling policy and seed 004's triggers turned into recommendation drafts, pure:
// shared by the live engine (engine/EnginePolicies.cpp), `headroom autoscale`
// (engine/PolicyRun.h) and the replay/what-if pipeline (policy/EvaluationStep.h). Truth layer:
// only values observed within catalog.truth.staleAfter of `now` count (freshPart); below
// guardrails.minConfidenceForChange (policy coverage x data confidence) the policy advises no
// change in either direction; triggers judge the fresh values they have.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/Snapshot.h"
#include "policy/Autoscale.h"
#include "policy/PolicyTriggers.h"

#include <span>
#include <string_view>
#include <vector>

namespace headroom {

// Recommendation types raised by code (resources/catalogs/recommendations.json).
inline constexpr std::string_view kAutoscaleUpType = "autoscale_scale_up";
inline constexpr std::string_view kAutoscaleDownType = "autoscale_scale_down";

std::string_view recommendationTypeOf(PolicyTriggerKind kind);

// The snapshot without the values observed longer than staleAfter before now.
Snapshot freshPart(const Snapshot& snapshot, std::chrono::seconds staleAfter, Timestamp now);

// The metrics a policy run reads from the history: the weighted ones and the triggers'.
std::vector<MetricId> policyMetrics(const PolicySettings& settings, const ScalingPolicy& policy);

// The drafts one step yields. `dataConfidence` is the evaluation's (0..1). A scale draft is
// raised on the action and kept while the score stays beyond the threshold in the same
// direction (so the open recommendation persists through the cooldown).
std::vector<RecommendationDraft>
policyDrafts(const Catalog& catalog, const PolicySettings& settings,
             const AutoscaleDecision& decision, const AutoscaleState& before,
             std::span<const PolicyTriggerFinding> triggers, double dataConfidence);

// Adds policy drafts to an evaluation under the one rule every caller keeps: one draft per type
// (a catalog rule that already raised the type wins) and only types the catalog knows.
void mergePolicyDrafts(const Catalog& catalog, std::vector<RecommendationDraft> drafts,
                       Evaluation& evaluation);

} // namespace headroom
