#pragma once
// One step of the evaluation pipeline, pure: evaluate() (policy/Evaluator.h) plus the active
// autoscaling policy's decision and seed 004's triggers over the lookback window, exactly what
// the live engine does for each snapshot (Engine::Impl::evaluateLive + addPolicyFindings), with
// the state it carries made explicit. Replay and what-if feed stored snapshots through it one by
// one, so there is one evaluation path to trust.
//
// Carried state: the autoscale stepper's state and the policy metrics' points of the lookback
// window. The engine reads that window from Store::series(), i.e. every present value of the
// policy metrics of the snapshots stored before this one, stamped with their snapshot's time; the
// step keeps the same points from the snapshots fed so far, so on the same sequence both see the
// same window. The step judges them incrementally (TriggerWindow) where the engine sorts the
// window each time (evaluatePolicyTriggers); both give the same findings, bit for bit. A change
// of the active policy starts the state over (as in the engine).
// Invariant: snapshots are fed oldest first.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/Snapshot.h"
#include "policy/Autoscale.h"
#include "policy/Evaluator.h"
#include "policy/PolicyTriggers.h"
#include "policy/TriggerWindow.h"

#include <span>
#include <string>
#include <vector>

namespace headroom {

struct StepState {
    AutoscaleState autoscale{0, ScaleAction::None, {}};
    TriggerWindow lookback;        // kept incrementally: no sort of the window a step
    std::string policyId;          // the policy the state belongs to
    std::vector<MetricId> metrics; // policyMetrics of that policy
};

// The policy part of a step on an already computed evaluation: steps `autoscale` once, runs the
// triggers over `lookback` (the points before this snapshot) and merges the drafts
// (mergePolicyDrafts). `catalog` supplies staleness, guardrails and the recommendation types;
// `settings` the policy templates and triggers. The time is evaluation.evaluatedAt.
void applyPolicyStep(const Catalog& catalog, const PolicySettings& settings,
                     const ScalingPolicy& policy, const Snapshot& snapshot,
                     std::span<const MetricPoint> lookback, AutoscaleState& autoscale,
                     Evaluation& evaluation);
// The same with the window kept incrementally (the triggers run through lookback.evaluate()).
void applyPolicyStep(const Catalog& catalog, const PolicySettings& settings,
                     const ScalingPolicy& policy, const Snapshot& snapshot, TriggerWindow& lookback,
                     AutoscaleState& autoscale, Evaluation& evaluation);

// evaluate + the policy step. With no active policy in `settings` this is evaluate() alone.
Evaluation evaluateStep(const Snapshot& snapshot, const Catalog& catalog,
                        const PolicySettings& settings, const EvaluationContext& context,
                        StepState& state);

} // namespace headroom
