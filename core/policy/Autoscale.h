#pragma once
// Seed 003's autoscaling decision, pure: the weighted multi-metric score of a snapshot under a
// policy template, and a stepper that turns a sequence of scores into scale-up / scale-down
// recommendations without flapping.
//
// Score: sum over the weighted metrics present of (value / full scale) x weight, divided by the
// sum of those weights (seed 003's finalScore). A missing metric is left out of both sums and
// lowers `coverage` (present weight / total weight); with no weighted metric present there is no
// score and no decision, never a guess.
//
// Stepper (state passed in, new state returned):
//   - wants up when score > scaleUpThreshold, down when score < scaleDownThreshold;
//   - hysteresis: after a scale-up, down needs score < scaleDownThreshold - hysteresis; after a
//     scale-down, up needs score > scaleUpThreshold + hysteresis. A score hovering at one
//     threshold therefore never alternates the direction;
//   - cooldown: no action (either direction) until the last action's cooldown has elapsed
//     (scaleUpCooldown after an up, scaleDownCooldown after a down); at exactly the cooldown the
//     action is allowed again;
//   - instances stay within [minInstances, maxInstances], moving by `step`.
// The decisions are recommendations: nothing is executed here.

#include "model/ScalingPolicy.h"
#include "model/Snapshot.h"
#include "model/Time.h"

#include <optional>
#include <span>
#include <vector>

namespace headroom {

struct PolicyTerm {
    MetricId metric;
    double value = 0.0;      // as measured
    double normalised = 0.0; // value / full scale
    double weight = 0.0;
};

struct PolicyScore {
    double score = 0.0;
    double coverage = 0.0; // present weight / total weight, 0..1
    std::vector<PolicyTerm> terms;
    std::vector<MetricId> missing; // weighted metrics the snapshot lacks, in weight order
};

// nullopt when no weighted metric is present (or the policy weighs nothing).
std::optional<PolicyScore> policyScore(const ScalingPolicy& policy, const PolicySettings& settings,
                                       const Snapshot& snapshot);

enum class ScaleAction { None, ScaleUp, ScaleDown };

enum class AutoscaleReason {
    NoData,           // no weighted metric present: no decision
    WithinThresholds, // down <= score <= up
    AboveScaleUp,     // action ScaleUp
    BelowScaleDown,   // action ScaleDown
    HysteresisHold,   // crossed a threshold but not the band after an opposite action
    CooldownActive,   // wanted an action inside the last action's cooldown
    AtMaximum,        // wanted up at maxInstances
    AtMinimum,        // wanted down at minInstances
};

struct AutoscaleState {
    // 0 or less: the count is not known (the console does not run the fleet); the bounds are
    // then not applied and the count stays 0.
    int instances = 1;
    ScaleAction lastAction = ScaleAction::None;
    std::optional<Timestamp> lastActionAt;

    friend bool operator==(const AutoscaleState&, const AutoscaleState&) = default;
};

struct AutoscaleDecision {
    Timestamp at{};
    std::optional<PolicyScore> score;
    ScaleAction action = ScaleAction::None;
    ScaleAction wanted = ScaleAction::None; // what the score alone asked for
    AutoscaleReason reason = AutoscaleReason::NoData;
    double upThreshold = 0.0;   // effective, band included
    double downThreshold = 0.0; // effective, band included
    int instancesBefore = 0;
    int instancesAfter = 0;
    std::optional<Timestamp> cooldownUntil; // when a blocked action becomes possible
    AutoscaleState next;                    // the state after this decision
};

// One step on an already computed score (nullopt = no data).
AutoscaleDecision decideScaling(const ScalingPolicy& policy, const AutoscaleState& state,
                                std::optional<PolicyScore> score, Timestamp at);

// Scores each snapshot (oldest first) and steps through them from `initial`; one decision per
// snapshot.
std::vector<AutoscaleDecision> runAutoscale(const ScalingPolicy& policy,
                                            const PolicySettings& settings,
                                            std::span<const Snapshot> snapshots,
                                            AutoscaleState initial);

} // namespace headroom
