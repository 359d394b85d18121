#pragma once
// Seed 001's scaling health scores computed from the engine's metrics. Each score is 0..100:
// infra health (higher is better) and AI cost pressure, warning density and churn risk (higher
// is worse). A score whose inputs are missing is nullopt, never a guess; the overall score
// weighs only the scores that exist (catalog.weights renormalised over them). Every output is
// rounded like Math.round(v * 100) / 100; overall is computed from the unrounded components.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/Snapshot.h"

#include <optional>

namespace headroom {

// 100 minus, for each catalog.health.infraPenalties metric present, the penalty of the highest
// step its value strictly exceeds; floored at 0. nullopt when none of those metrics is present.
std::optional<double> infraHealthScore(const Snapshot& snapshot, const HealthModel& model);

// `mode` is the environment's current mode: its maxAiSpendPerDay is the cost-pressure limit.
HealthScores healthScores(const Snapshot& snapshot, const Catalog& catalog, const Mode& mode);

} // namespace headroom
