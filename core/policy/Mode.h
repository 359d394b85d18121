#pragma once
// Seed 001's scaling-mode decision (lab / pilot / growth / scale): how many clients the current
// mode can safely hold given its health, and whether to hold, move up, move down or freeze
// onboarding, with a coded reason for each check that spoke. The truth layer then vetoes a
// change that rests on too little data. Thresholds come from catalog.guardrails; the decision
// confidences are the seed's fixed figures (named constants below).
// Invariant: the catalog has at least one mode, sorted by client range.

#include "model/Catalog.h"
#include "model/Evaluation.h"

#include <optional>

namespace headroom {

// Seed 001's confidence of each outcome (scalingModeDecisionService).
inline constexpr double kFreezeConfidence = 0.9;
inline constexpr double kDecreaseConfidence = 0.8;
inline constexpr double kHoldConfidence = 0.85;

// The mode whose [minClients, maxClients] holds the count; above the last mode's maximum the last
// mode; unknown or below the first mode's minimum the first mode.
const Mode& modeForClients(const Catalog& catalog, std::optional<int> clients);

// The mode after / before `mode` in catalog order, or nullptr at either end.
const Mode* nextMode(const Catalog& catalog, const Mode& mode);
const Mode* previousMode(const Catalog& catalog, const Mode& mode);

// max(floor(max x floorShare), floor(max x overall / 100)) of the mode; nullopt without a score.
std::optional<int> safeCapacity(const Mode& mode, const HealthModel& model,
                                std::optional<double> overallHealth);

// Seed 001's calculateConfidence of an increase: 0.95 / 0.85 / 0.75 / 0.7 for health >= 90 /
// 80 / 70 / below.
double increaseConfidence(double overallHealth);

// The decision for an environment configured at `current`. Checks run in the seed's order:
// freeze (health below guardrail), decrease (every breached guardrail is a reason), increase
// (not at the last mode, health and utilisation within guardrails), otherwise hold (keeping any
// failed increase check as a reason). Without an overall score the answer is Hold with
// ConfidenceTooLow. A change whose data confidence is below guardrails.minConfidenceForChange
// becomes Hold with blockedByTruthLayer set and the original action in blockedAction.
ModeDecision decideMode(const Catalog& catalog, const HealthScores& scores,
                        std::optional<int> clients, const Mode& current,
                        const DataQuality& quality);

} // namespace headroom
