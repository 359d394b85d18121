#include "Health.h"

#include "Numeric.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

// The penalty of the step with the highest `above` that the value exceeds, so the result does
// not depend on the order the catalog lists the steps in.
double penaltyFor(double value, const InfraPenalty& rule) {
    const PenaltyStep* chosen = nullptr;
    for (const PenaltyStep& step : rule.steps) {
        if (compare(value, Comparison::Above, step.above) &&
            (chosen == nullptr || step.above > chosen->above)) {
            chosen = &step;
        }
    }
    return chosen == nullptr ? 0.0 : chosen->penalty;
}

struct Weighted {
    double sum = 0.0;
    double weight = 0.0;
    void add(std::optional<double> goodness, double w) {
        if (goodness) {
            sum += *goodness * w;
            weight += w;
        }
    }
};

std::optional<double> rounded(std::optional<double> value) {
    return value ? std::optional<double>(jsRound2(*value)) : std::nullopt;
}

std::optional<double> inverted(std::optional<double> score) {
    return score ? std::optional<double>(100.0 - *score) : std::nullopt;
}

} // namespace

std::optional<double> infraHealthScore(const Snapshot& snapshot, const HealthModel& model) {
    bool any = false;
    double score = 100.0;
    for (const InfraPenalty& rule : model.infraPenalties) {
        auto value = snapshot.value(rule.metric);
        if (!value) {
            continue;
        }
        any = true;
        score -= penaltyFor(*value, rule);
    }
    if (!any) {
        return std::nullopt;
    }
    return std::max(0.0, score);
}

HealthScores healthScores(const Snapshot& snapshot, const Catalog& catalog, const Mode& mode) {
    const std::optional<double> infra = infraHealthScore(snapshot, catalog.health);

    std::optional<double> pressure;
    const auto spend = snapshot.value(MetricId::AiSpendPerDayUsd);
    const double maxSpend = mode.maxAiSpendPerDay.dollars();
    if (spend && maxSpend > 0.0) {
        pressure = std::min(100.0, *spend / maxSpend * 100.0);
    }

    const auto clients = snapshot.value(MetricId::ActiveClients);
    std::optional<double> density;
    if (const auto warnings = snapshot.value(MetricId::EarlyWarningEvents); clients && warnings) {
        density = *clients > 0.0
                      ? std::min(100.0, *warnings / *clients * catalog.health.warningDensityFactor)
                      : 0.0;
    }
    std::optional<double> churn;
    if (const auto atRisk = snapshot.value(MetricId::AtRiskClients); clients && atRisk) {
        churn = *clients > 0.0 ? std::min(100.0, *atRisk / *clients * 100.0) : 0.0;
    }

    Weighted overall;
    overall.add(infra, catalog.weights.infraHealth);
    overall.add(inverted(pressure), catalog.weights.aiCostPressure);
    overall.add(inverted(density), catalog.weights.warningDensity);
    overall.add(inverted(churn), catalog.weights.churnRisk);

    HealthScores scores;
    scores.infraHealth = rounded(infra);
    scores.aiCostPressure = rounded(pressure);
    scores.warningDensity = rounded(density);
    scores.churnRisk = rounded(churn);
    if (overall.weight > 0.0) {
        // With every score present the weights sum to 1: skip the division so the result is
        // the seed's weighted sum to the last bit.
        const bool complete = std::fabs(overall.weight - 1.0) < kComparisonTolerance;
        scores.overall = jsRound2(complete ? overall.sum : overall.sum / overall.weight);
    }
    return scores;
}

} // namespace headroom
