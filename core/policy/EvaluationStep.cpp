// One pipeline step (see EvaluationStep.h).
#include "EvaluationStep.h"

#include "policy/PolicyDrafts.h"

#include <algorithm>
#include <optional>

namespace headroom {

namespace {

// Whether freshPart would clear anything (most snapshots: no), to spare the copy.
bool hasStale(const Snapshot& snapshot, std::chrono::seconds staleAfter, Timestamp now) {
    return std::ranges::any_of(allMetrics(), [&](const MetricInfo& info) {
        const auto& sample = snapshot.get(info.id);
        return sample && now - sample->observedAt > staleAfter;
    });
}

// The policy step with the triggers computed by `triggersOf(fresh, now)`.
template <typename Triggers>
void policyStep(const Catalog& catalog, const PolicySettings& settings, const ScalingPolicy& policy,
                const Snapshot& snapshot, AutoscaleState& autoscale, Evaluation& evaluation,
                Triggers&& triggersOf) {
    const Timestamp now = evaluation.evaluatedAt;
    std::optional<Snapshot> trimmed;
    if (hasStale(snapshot, catalog.truth.staleAfter, now)) {
        trimmed = freshPart(snapshot, catalog.truth.staleAfter, now);
    }
    const Snapshot& fresh = trimmed ? *trimmed : snapshot;
    const AutoscaleState before = autoscale;
    const auto decision = decideScaling(policy, before, policyScore(policy, settings, fresh), now);
    autoscale = decision.next;
    const auto triggers = triggersOf(fresh, now);
    mergePolicyDrafts(
        catalog,
        policyDrafts(catalog, settings, decision, before, triggers, evaluation.quality.confidence),
        evaluation);
}

} // namespace

void applyPolicyStep(const Catalog& catalog, const PolicySettings& settings,
                     const ScalingPolicy& policy, const Snapshot& snapshot,
                     std::span<const MetricPoint> lookback, AutoscaleState& autoscale,
                     Evaluation& evaluation) {
    policyStep(catalog, settings, policy, snapshot, autoscale, evaluation,
               [&](const Snapshot& fresh, Timestamp now) {
                   return evaluatePolicyTriggers(settings.triggers, fresh, lookback, now);
               });
}

void applyPolicyStep(const Catalog& catalog, const PolicySettings& settings,
                     const ScalingPolicy& policy, const Snapshot& snapshot, TriggerWindow& lookback,
                     AutoscaleState& autoscale, Evaluation& evaluation) {
    policyStep(catalog, settings, policy, snapshot, autoscale, evaluation,
               [&](const Snapshot& fresh, Timestamp now) {
                   return lookback.evaluate(settings.triggers, fresh, now);
               });
}

Evaluation evaluateStep(const Snapshot& snapshot, const Catalog& catalog,
                        const PolicySettings& settings, const EvaluationContext& context,
                        StepState& state) {
    Evaluation evaluation = evaluate(snapshot, catalog, context);
    const ScalingPolicy* policy = settings.active();
    if (!policy) {
        return evaluation;
    }
    if (state.policyId != policy->id) {
        state = StepState{};
        state.policyId = policy->id;
        state.metrics = policyMetrics(settings, *policy);
    }
    state.lookback.dropBefore(evaluation.evaluatedAt - settings.triggers.lookback);
    applyPolicyStep(catalog, settings, *policy, snapshot, state.lookback, state.autoscale,
                    evaluation);
    state.lookback.add(snapshot, state.metrics);
    return evaluation;
}

} // namespace headroom
