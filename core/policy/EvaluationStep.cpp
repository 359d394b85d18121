// One pipeline step (see EvaluationStep.h).
#include "EvaluationStep.h"

#include "policy/PolicyDrafts.h"

#include <algorithm>

namespace headroom {

void LookbackWindow::dropBefore(Timestamp oldest) {
    const auto live = points();
    const auto it =
        std::ranges::find_if(live, [&](const MetricPoint& p) { return p.at >= oldest; });
    m_first += std::size_t(it - live.begin());
    // Compact once the dead prefix outweighs the live points: amortised O(1) per point.
    if (m_first > 1024 && m_first * 2 > m_points.size()) {
        m_points.erase(m_points.begin(), m_points.begin() + std::ptrdiff_t(m_first));
        m_first = 0;
    }
}

void LookbackWindow::add(const Snapshot& snapshot, std::span<const MetricId> metrics) {
    const Timestamp at = snapshot.takenAt();
    for (MetricId m : metrics) {
        if (const auto& sample = snapshot.get(m)) {
            m_points.push_back({at, m, sample->value});
        }
    }
}

void applyPolicyStep(const Catalog& catalog, const PolicySettings& settings,
                     const ScalingPolicy& policy, const Snapshot& snapshot,
                     std::span<const MetricPoint> lookback, AutoscaleState& autoscale,
                     Evaluation& evaluation) {
    const Timestamp now = evaluation.evaluatedAt;
    const Snapshot fresh = freshPart(snapshot, catalog.truth.staleAfter, now);
    const AutoscaleState before = autoscale;
    const auto decision = decideScaling(policy, before, policyScore(policy, settings, fresh), now);
    autoscale = decision.next;
    const auto triggers = evaluatePolicyTriggers(settings.triggers, fresh, lookback, now);
    mergePolicyDrafts(
        catalog,
        policyDrafts(catalog, settings, decision, before, triggers, evaluation.quality.confidence),
        evaluation);
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
    applyPolicyStep(catalog, settings, *policy, snapshot, state.lookback.points(), state.autoscale,
                    evaluation);
    state.lookback.add(snapshot, state.metrics);
    return evaluation;
}

} // namespace headroom
