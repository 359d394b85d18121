// Seed 003's weighted score and the hysteresis / cooldown stepper (see Autoscale.h).
#include "Autoscale.h"

#include <algorithm>

namespace headroom {

std::optional<PolicyScore> policyScore(const ScalingPolicy& policy, const PolicySettings& settings,
                                       const Snapshot& snapshot) {
    PolicyScore out;
    double totalWeight = 0.0;
    double presentWeight = 0.0;
    double weighted = 0.0;
    for (const auto& w : policy.weights) {
        totalWeight += w.weight;
        const auto fullScale = settings.fullScaleOf(w.metric);
        const auto value = snapshot.value(w.metric);
        if (!value || !fullScale || *fullScale <= 0.0) {
            out.missing.push_back(w.metric);
            continue;
        }
        const double normalised = *value / *fullScale;
        out.terms.push_back({w.metric, *value, normalised, w.weight});
        presentWeight += w.weight;
        weighted += normalised * w.weight;
    }
    if (out.terms.empty() || presentWeight <= 0.0 || totalWeight <= 0.0) {
        return std::nullopt;
    }
    out.score = weighted / presentWeight;
    out.coverage = presentWeight / totalWeight;
    return out;
}

namespace {

std::chrono::seconds cooldownOf(const ScalingPolicy& policy, ScaleAction action) {
    return action == ScaleAction::ScaleDown ? policy.scaleDownCooldown : policy.scaleUpCooldown;
}

} // namespace

AutoscaleDecision decideScaling(const ScalingPolicy& policy, const AutoscaleState& state,
                                std::optional<PolicyScore> score, Timestamp at) {
    AutoscaleDecision d;
    d.at = at;
    d.instancesBefore = state.instances;
    d.instancesAfter = state.instances;
    d.next = state;
    d.upThreshold = policy.scaleUpThreshold +
                    (state.lastAction == ScaleAction::ScaleDown ? policy.hysteresis : 0.0);
    d.downThreshold = policy.scaleDownThreshold -
                      (state.lastAction == ScaleAction::ScaleUp ? policy.hysteresis : 0.0);
    d.score = std::move(score);
    if (!d.score) {
        d.reason = AutoscaleReason::NoData;
        return d;
    }
    const double s = d.score->score;
    if (s > d.upThreshold) {
        d.wanted = ScaleAction::ScaleUp;
    } else if (s < d.downThreshold) {
        d.wanted = ScaleAction::ScaleDown;
    } else {
        const bool crossedRaw = s > policy.scaleUpThreshold || s < policy.scaleDownThreshold;
        d.reason = crossedRaw ? AutoscaleReason::HysteresisHold : AutoscaleReason::WithinThresholds;
        return d;
    }
    const bool counted = state.instances > 0;
    if (counted && d.wanted == ScaleAction::ScaleUp && state.instances >= policy.maxInstances) {
        d.reason = AutoscaleReason::AtMaximum;
        return d;
    }
    if (counted && d.wanted == ScaleAction::ScaleDown && state.instances <= policy.minInstances) {
        d.reason = AutoscaleReason::AtMinimum;
        return d;
    }
    if (state.lastAction != ScaleAction::None && state.lastActionAt) {
        const Timestamp until = *state.lastActionAt + cooldownOf(policy, state.lastAction);
        if (at < until) {
            d.reason = AutoscaleReason::CooldownActive;
            d.cooldownUntil = until;
            return d;
        }
    }
    d.action = d.wanted;
    if (d.action == ScaleAction::ScaleUp) {
        d.reason = AutoscaleReason::AboveScaleUp;
        if (counted) {
            d.instancesAfter = std::min(policy.maxInstances, state.instances + policy.step);
        }
    } else {
        d.reason = AutoscaleReason::BelowScaleDown;
        if (counted) {
            d.instancesAfter = std::max(policy.minInstances, state.instances - policy.step);
        }
    }
    d.next = {d.instancesAfter, d.action, at};
    return d;
}

std::vector<AutoscaleDecision> runAutoscale(const ScalingPolicy& policy,
                                            const PolicySettings& settings,
                                            std::span<const Snapshot> snapshots,
                                            AutoscaleState initial) {
    std::vector<AutoscaleDecision> out;
    out.reserve(snapshots.size());
    AutoscaleState state = std::move(initial);
    for (const auto& snapshot : snapshots) {
        out.push_back(decideScaling(policy, state, policyScore(policy, settings, snapshot),
                                    snapshot.takenAt()));
        state = out.back().next;
    }
    return out;
}

} // namespace headroom
