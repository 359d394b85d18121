#pragma once
// Seed 000's key metrics over the decision history, and how each outcome compares with what the
// recommendation predicted (seed 004: actual_impact beside the predicted one). Pure: the store
// reads decisions and OutcomeRecorded events, the caller passes the metric series.
//
// - Acceptance rate = recommendations whose latest decision is Accept / recommendations decided.
// - Recommendation accuracy = outcomes within the prediction / outcomes with an impact, where an
//   outcome is judged on the latest record of each recommendation: its entered monthly cost
//   inside the template's monthly cost range, or (without one) its evidence metric measured
//   moving the way the evidence asks. An outcome without either has no impact and is not rated.
// Both carry their counts ("2 of 3"); with nothing to rate there is no rate, never a 0 %.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/Outcome.h"
#include "model/Records.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace headroom {

struct RateCount {
    std::size_t hits = 0;
    std::size_t of = 0;
    std::optional<double> rate() const {
        if (of == 0) {
            return std::nullopt;
        }
        return static_cast<double>(hits) / static_cast<double>(of);
    }
};

// The latest outcome of each recommendation (a later record supersedes an earlier one), in the
// order of their latest records.
std::vector<OutcomeRecord> currentOutcomes(std::span<const OutcomeRecord> history);

// A point of a stored metric series.
struct TimedValue {
    Timestamp at{};
    double value = 0.0;
};

struct MeasureOptions {
    std::chrono::seconds window{std::chrono::days{7}};
    std::size_t minPoints = 3; // on each side; fewer is "not enough data"
};

// The metric's mean over [decidedAt - window, decidedAt) against its mean over
// [implementedAt, implementedAt + window]; nullopt when either side has too few points.
std::optional<MeasuredImpact> measureImpact(MetricId metric, std::span<const TimedValue> points,
                                            Timestamp decidedAt, Timestamp implementedAt,
                                            const MeasureOptions& options = {});

// The direction the evidence asks the metric to move: down for a value at or above its
// threshold, up for one at or below. -1, +1.
int predictedDirection(const Evidence& evidence);

// The first evidence item that is a measured metric, which measureImpact follows.
std::optional<Evidence> measurableEvidence(std::span<const Evidence> evidence);

enum class OutcomeVerdict {
    WithinPrediction,  // the cost inside the range, or the metric moved the predicted way
    OutsidePrediction, // an impact that contradicts the prediction
    NoImpact,          // neither an entered cost nor enough data to measure
};

struct OutcomeAssessment {
    OutcomeRecord record;
    std::optional<MicroUsd> predictedMin; // from the recommendation's template
    std::optional<MicroUsd> predictedMax;
    std::vector<Evidence> evidence;
    std::optional<MeasuredImpact> measured;
    OutcomeVerdict verdict = OutcomeVerdict::NoImpact;
};

OutcomeVerdict judgeOutcome(const OutcomeRecord& record, const RecommendationTemplate* predicted,
                            std::span<const Evidence> evidence,
                            const std::optional<MeasuredImpact>& measured);

struct KeyMetrics {
    RateCount acceptance; // accepted of decided
    RateCount accuracy;   // within prediction of outcomes with an impact
    std::size_t decided = 0;
    std::size_t accepted = 0;
    std::size_t deferred = 0;
    std::size_t rejected = 0;
    std::size_t implemented = 0; // by the latest outcome of each recommendation
    std::size_t failed = 0;
    std::size_t rolledBack = 0;
    std::size_t awaitingOutcome = 0; // accepted, no outcome recorded yet
};

KeyMetrics computeKeyMetrics(std::span<const Decision> decisions,
                             std::span<const OutcomeAssessment> assessments);

} // namespace headroom
