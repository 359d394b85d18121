#pragma once
// Validation and defaults of an environment's scaling configuration (seed 001). Pure.
//
// A valid configuration has at least one mode; modes have unique non-blank ids and names, are
// sorted by client range and contiguous (each minClients is the previous maxClients + 1, the first
// starts at 0 or more), every limit is positive; guardrails are in range (health scores 0..100,
// fractions 0..1) and ordered (freeze_below_health < min_health_for_increase, min_infra_health <=
// min_health_for_increase); modeId names one of the modes; the environment label is not blank.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/ScalingConfig.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

// One problem, with the field it belongs to ("modes[1].max_clients", "guardrails.max_churn_risk",
// "environment", "mode") so a form can show it beside that field.
struct ScalingConfigProblem {
    std::string field;
    std::string message; // English, names the field and the value
};

std::vector<ScalingConfigProblem> scalingConfigProblems(const ScalingConfig& config);
// ValidationError whose message lists every problem ("; "-separated), or nothing.
Result<void> validateScalingConfig(const ScalingConfig& config);

// The configuration an environment starts with: the catalog's modes and guardrails, daily
// snapshots, auto-mode off, not frozen, at `modeId` (the catalog's first mode when blank or
// unknown).
ScalingConfig defaultScalingConfig(const Catalog& catalog, std::string_view modeId,
                                   std::string environment = "production");

// The catalog with the environment's modes and guardrails in place of its own.
Catalog applyScalingConfig(Catalog catalog, const ScalingConfig& config);

// The mode a decision advises: the next mode for an increase or decrease, else the current one.
// nullopt when the decision rests on no scores (nothing to advise).
std::optional<std::string> advisedModeId(const ModeDecision& decision, const HealthScores& scores);

} // namespace headroom
