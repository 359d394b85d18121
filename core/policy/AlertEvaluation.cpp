#include "policy/AlertEvaluation.h"

#include "model/Text.h"

#include <algorithm>

namespace headroom {

namespace {

bool reaches(AlertDirection direction, double value, double threshold) {
    return direction == AlertDirection::Above ? value >= threshold : value <= threshold;
}

std::optional<double> freshValue(const Snapshot& snapshot, MetricId metric, Timestamp now,
                                 std::chrono::seconds staleAfter) {
    const auto& sample = snapshot.get(metric);
    if (!sample || now - sample->observedAt > staleAfter) {
        return std::nullopt;
    }
    return sample->value;
}

AlertState previousState(std::span<const AlertState> previous, const std::string& id) {
    auto it = std::ranges::find(previous, id, &AlertState::ruleId);
    if (it != previous.end()) {
        return *it;
    }
    AlertState fresh;
    fresh.ruleId = id;
    return fresh;
}

} // namespace

std::string burnRateRuleId(const BurnRatePair& pair) {
    return cat("burn_rate:", pair.id);
}

std::optional<double> visualJobRisk(const Snapshot& snapshot) {
    const auto pending = snapshot.value(MetricId::VisualJobsPending);
    const auto failed = snapshot.value(MetricId::VisualJobsFailedRecently);
    const auto seconds = snapshot.value(MetricId::VisualJobAvgProcessingS);
    if (!pending || !failed || !seconds) {
        return std::nullopt;
    }
    const auto part = [](double v, double full) {
        return std::clamp(v / full, 0.0, 1.0);
    };
    return 0.4 * part(*pending, 50.0) + 0.3 * part(*failed, 10.0) + 0.3 * part(*seconds, 60.0);
}

std::optional<double> alertSubjectValue(const AlertThresholdRule& rule, const Snapshot& snapshot,
                                        const Tier* tier, Timestamp now,
                                        std::chrono::seconds staleAfter) {
    switch (rule.subject) {
    case AlertSubjectKind::Metric:
        return freshValue(snapshot, rule.metric, now, staleAfter);
    case AlertSubjectKind::TierUtilisation: {
        const auto limit = tier ? tier->limitFor(rule.metric) : std::nullopt;
        const auto value = freshValue(snapshot, rule.metric, now, staleAfter);
        if (!limit || !(*limit > 0.0) || !value) {
            return std::nullopt;
        }
        return *value / *limit;
    }
    case AlertSubjectKind::VisualJobRisk: {
        for (auto m : {MetricId::VisualJobsPending, MetricId::VisualJobsFailedRecently,
                       MetricId::VisualJobAvgProcessingS}) {
            if (!freshValue(snapshot, m, now, staleAfter)) {
                return std::nullopt;
            }
        }
        return visualJobRisk(snapshot);
    }
    }
    return std::nullopt;
}

AlertObservation observeRule(const AlertThresholdRule& rule, std::optional<double> value,
                             Timestamp at) {
    AlertObservation o{at, value, std::nullopt, std::nullopt};
    if (!value) {
        return o;
    }
    for (const auto& [severity, threshold] : {std::pair{AlertSeverity::Critical, rule.criticalAt},
                                              {AlertSeverity::Warning, rule.warningAt},
                                              {AlertSeverity::Info, rule.infoAt}}) {
        if (threshold && reaches(rule.direction, *value, *threshold)) {
            o.breach = severity;
            o.threshold = threshold;
            break;
        }
    }
    return o;
}

std::vector<AlertRuleStep> runAlertRules(const AlertSettings& settings,
                                         std::span<const AlertState> previous,
                                         const AlertInputs& inputs) {
    std::vector<AlertRuleStep> out;
    if (inputs.snapshot != nullptr) {
        for (const auto& rule : settings.rules) {
            const auto value = alertSubjectValue(rule, *inputs.snapshot, inputs.tier, inputs.now,
                                                 inputs.staleAfter);
            out.push_back({rule.id,
                           stepAlert(previousState(previous, rule.id),
                                     observeRule(rule, value, inputs.now), rule.pendingFor),
                           std::nullopt});
        }
    }
    const auto& burn = settings.burnRate;
    const BurnRateObjective* objective = inputs.tier ? burn.objectiveFor(inputs.tier->id) : nullptr;
    if (inputs.errorRates && objective != nullptr) {
        for (const auto& pair : burn.pairs) {
            const auto result =
                evaluateBurnPair(*inputs.errorRates, inputs.now, pair, objective->objective, burn);
            AlertObservation o{inputs.now, std::nullopt, std::nullopt, std::nullopt};
            if (result.verdict != BurnVerdict::Unknown) {
                // The value shown is the lower of the two burns: the one that must reach the
                // factor for the pair to fire.
                const double longBurn = result.longWindow.burn.value_or(0.0);
                const double shortBurn = result.shortWindow.burn.value_or(0.0);
                o.value = result.longWindow.burn && result.shortWindow.burn
                              ? std::min(longBurn, shortBurn)
                              : std::max(longBurn, shortBurn);
                if (result.verdict == BurnVerdict::Burning) {
                    o.breach = pair.severity;
                    o.threshold = pair.factor;
                }
            }
            const std::string id = burnRateRuleId(pair);
            out.push_back({id, stepAlert(previousState(previous, id), o, burn.pendingFor), result});
        }
    }
    return out;
}

} // namespace headroom
