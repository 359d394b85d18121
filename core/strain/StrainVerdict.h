#pragma once
// Judging strain runs (issue 8): one run against seed 002's pass thresholds, a suite's pass rate
// and tier readiness ("80%+ strain test pass rate"), and a run against the stored baseline
// (seed 004: a regression is a percentile or the error rate more than 10 % worse). Pure.
//
// Rules, each a decision worth knowing:
// - A limit is inclusive: p95 = 2000 ms passes "max 2000 ms"; throughput = 10 passes "min 10".
// - Memory without a mapped source is NotMeasured; it neither passes nor fails the run.
// - A run whose generator fell behind (generatorSaturated), or that sent no request, is
//   NotJudged: its latencies include the generator's own queueing, not only the server's. Its
//   criteria are still filled in for display.
// - A suite's pass rate is passed runs / all runs: a run not judged has not shown that the
//   server copes, so it counts as not passing, and the summary names it.
// - A figure regressed when current > baseline x (1 + tolerance), compared with a relative
//   margin of 1e-9 so that exactly 10 % worse is not a regression despite binary rounding. With
//   a zero baseline (an error rate of 0) the same rule says any current value above 0 regressed;
//   the relative change is then not a number and is left empty.

#include "model/Strain.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace headroom {

enum class StrainCriterion { P95Latency, ErrorRate, Throughput, Memory };

inline constexpr KeyTable<StrainCriterion, 4> kStrainCriterionKeys{{
    {StrainCriterion::P95Latency, "p95_latency"},
    {StrainCriterion::ErrorRate, "error_rate"},
    {StrainCriterion::Throughput, "throughput"},
    {StrainCriterion::Memory, "memory"},
}};

enum class CriterionOutcome { Passed, Failed, NotMeasured };

struct CriterionResult {
    StrainCriterion criterion = StrainCriterion::P95Latency;
    CriterionOutcome outcome = CriterionOutcome::NotMeasured;
    // In the criterion's unit: milliseconds, a fraction, requests per second, a fraction.
    std::optional<double> measured;
    double limit = 0.0;
};

enum class RunVerdict { Passed, Failed, NotJudged };

enum class NotJudgedReason { None, GeneratorSaturated, NoRequests };

struct StrainJudgement {
    RunVerdict verdict = RunVerdict::NotJudged;
    NotJudgedReason reason = NotJudgedReason::None;
    std::vector<CriterionResult> criteria; // in StrainCriterion order, all four

    const CriterionResult* find(StrainCriterion criterion) const {
        for (const auto& c : criteria) {
            if (c.criterion == criterion) {
                return &c;
            }
        }
        return nullptr;
    }
};

StrainJudgement judgeRun(const StrainMeasurement& run, const StrainCriteria& criteria);

enum class Readiness { Ready, NotReady, NoRuns };

struct SuiteSummary {
    std::size_t runs = 0;
    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t notJudged = 0;
    std::vector<std::size_t> notJudgedRuns; // indexes into the judgements given
    std::optional<double> passRate;         // passed / runs; none without runs
    double requiredPassRate = 0.8;
    Readiness readiness = Readiness::NoRuns;
};

// `requiredPassRate`: the upgrade path's strain_pass_rate_required, or
// StrainSettings::readinessPassRate. Ready when passRate >= required (1e-9 margin, so 4 of 5
// meets 0.8).
SuiteSummary summariseSuite(std::span<const StrainJudgement> runs, double requiredPassRate);

enum class BaselineFigure { P50, P90, P95, P99, P999, ErrorRate };

inline constexpr KeyTable<BaselineFigure, 6> kBaselineFigureKeys{{
    {BaselineFigure::P50, "p50"},
    {BaselineFigure::P90, "p90"},
    {BaselineFigure::P95, "p95"},
    {BaselineFigure::P99, "p99"},
    {BaselineFigure::P999, "p99.9"},
    {BaselineFigure::ErrorRate, "error_rate"},
}};

struct FigureComparison {
    BaselineFigure figure = BaselineFigure::P50;
    double baseline = 0.0; // microseconds for percentiles, a fraction for the error rate
    double current = 0.0;
    std::optional<double> change; // (current - baseline) / baseline; none for a zero baseline
    bool regressed = false;
};

enum class BaselineComparability {
    Comparable,
    CurrentNotJudged,  // the current run's generator fell behind or it sent nothing
    BaselineNotJudged, // the same of the stored baseline
};

struct BaselineComparison {
    BaselineComparability comparability = BaselineComparability::Comparable;
    std::vector<FigureComparison> figures; // in BaselineFigure order, all six
    bool regressed = false;                // any figure regressed (only when Comparable)
};

// Percentiles p50..p99.9 and the error rate of `current` against `baseline`. When either run
// was not judgeable the figures are still compared for display but `regressed` stays false.
BaselineComparison compareWithBaseline(const StrainMeasurement& current,
                                       const StrainMeasurement& baseline, double tolerance);

} // namespace headroom
