#pragma once
// One round of alerting, pure: every threshold rule of alerts.json is observed on a snapshot
// (stale or missing values are "missing", per the truth layer) and every burn-rate pair on the
// error-rate history, and each rule's previous state steps through the state machine. The
// engine stores the new states and notifies on the steps that say so.

#include "model/AlertState.h"
#include "model/Catalog.h"
#include "model/Snapshot.h"
#include "policy/AlertMachine.h"
#include "policy/BurnRate.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace headroom {

// The rule id the state of a burn-rate pair is stored under: "burn_rate:<pair id>".
std::string burnRateRuleId(const BurnRatePair& pair);

// Seed 002's Visual Job Risk Score, 0..1: queue (pending / 50) 40 %, failures (failed recently
// / 10) 30 %, time (average processing seconds / 60) 30 %, each part capped at 1. nullopt
// when any input is missing.
std::optional<double> visualJobRisk(const Snapshot& snapshot);

// The value a rule looks at; nullopt when missing, stale (older than staleAfter at `now`) or,
// for a tier utilisation, when the tier has no limit for the metric.
std::optional<double> alertSubjectValue(const AlertThresholdRule& rule, const Snapshot& snapshot,
                                        const Tier* tier, Timestamp now,
                                        std::chrono::seconds staleAfter);

// The observation of a rule: the highest severity whose threshold the value reaches.
AlertObservation observeRule(const AlertThresholdRule& rule, std::optional<double> value,
                             Timestamp at);

struct AlertInputs {
    const Snapshot* snapshot = nullptr; // nullptr: no threshold rule is evaluated
    const Tier* tier = nullptr;         // the tier the snapshot was evaluated under
    Timestamp now{};
    std::chrono::seconds staleAfter{900};
    // Error-rate history for the burn rates; nullopt: burn rates are not evaluated this round
    // (their states stay as they are).
    std::optional<std::span<const ErrorRateSample>> errorRates;
};

struct AlertRuleStep {
    std::string ruleId;
    AlertStep step;
    std::optional<BurnPairResult> burn; // burn-rate pairs: the windows, for the evidence
};

// Steps every rule from its previous state (a rule without one starts Normal). The result holds
// one entry per evaluated rule, in catalog order (threshold rules, then burn-rate pairs).
std::vector<AlertRuleStep> runAlertRules(const AlertSettings& settings,
                                         std::span<const AlertState> previous,
                                         const AlertInputs& inputs);

} // namespace headroom
