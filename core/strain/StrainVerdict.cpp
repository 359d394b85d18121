#include "StrainVerdict.h"

#include <algorithm>
#include <cmath>

namespace headroom {
namespace {

// Relative margin for comparisons at a boundary: figures like 0.8 or 1.1 are not exact in
// binary, and a boundary value must land on the side the rule names.
constexpr double kMargin = 1e-9;

bool atMost(double value, double limit) {
    return value <= limit + kMargin * std::max(1.0, std::abs(limit));
}
bool atLeast(double value, double limit) {
    return value >= limit - kMargin * std::max(1.0, std::abs(limit));
}

double milliseconds(std::chrono::microseconds value) {
    return static_cast<double>(value.count()) / 1000.0;
}

CriterionResult upTo(StrainCriterion criterion, double measured, double limit) {
    return {criterion,
            atMost(measured, limit) ? CriterionOutcome::Passed : CriterionOutcome::Failed, measured,
            limit};
}

std::optional<NotJudgedReason> notJudged(const StrainMeasurement& run) {
    if (run.generatorSaturated) {
        return NotJudgedReason::GeneratorSaturated;
    }
    if (run.requests == 0) {
        return NotJudgedReason::NoRequests;
    }
    return std::nullopt;
}

FigureComparison compare(BaselineFigure figure, double baseline, double current, double tolerance) {
    FigureComparison c{figure, baseline, current, std::nullopt, false};
    if (baseline != 0.0) {
        c.change = (current - baseline) / baseline;
    }
    const double limit = baseline * (1.0 + tolerance);
    // With baseline 0 the limit is 0 and the margin is 0 too: anything above 0 regressed.
    c.regressed = current > limit + kMargin * std::abs(limit);
    return c;
}

double micros(std::chrono::microseconds value) {
    return static_cast<double>(value.count());
}

} // namespace

StrainJudgement judgeRun(const StrainMeasurement& run, const StrainCriteria& criteria) {
    StrainJudgement j;
    j.criteria.push_back(upTo(StrainCriterion::P95Latency, milliseconds(run.p95),
                              static_cast<double>(criteria.maxP95.count())));
    j.criteria.push_back(upTo(StrainCriterion::ErrorRate, run.errorRate, criteria.maxErrorRate));
    j.criteria.push_back({StrainCriterion::Throughput,
                          atLeast(run.throughputPerSecond, criteria.minThroughputPerSecond)
                              ? CriterionOutcome::Passed
                              : CriterionOutcome::Failed,
                          run.throughputPerSecond, criteria.minThroughputPerSecond});
    if (run.memoryUtilisation) {
        j.criteria.push_back(
            upTo(StrainCriterion::Memory, *run.memoryUtilisation, criteria.maxMemory));
    } else {
        j.criteria.push_back({StrainCriterion::Memory, CriterionOutcome::NotMeasured, std::nullopt,
                              criteria.maxMemory});
    }
    if (const auto reason = notJudged(run)) {
        j.verdict = RunVerdict::NotJudged;
        j.reason = *reason;
        return j;
    }
    const bool anyFailed = std::ranges::any_of(
        j.criteria, [](const auto& c) { return c.outcome == CriterionOutcome::Failed; });
    j.verdict = anyFailed ? RunVerdict::Failed : RunVerdict::Passed;
    return j;
}

SuiteSummary summariseSuite(std::span<const StrainJudgement> runs, double requiredPassRate) {
    SuiteSummary s;
    s.requiredPassRate = requiredPassRate;
    s.runs = runs.size();
    for (std::size_t i = 0; i < runs.size(); ++i) {
        switch (runs[i].verdict) {
        case RunVerdict::Passed:
            ++s.passed;
            break;
        case RunVerdict::Failed:
            ++s.failed;
            break;
        case RunVerdict::NotJudged:
            ++s.notJudged;
            s.notJudgedRuns.push_back(i);
            break;
        }
    }
    if (s.runs == 0) {
        return s;
    }
    s.passRate = static_cast<double>(s.passed) / static_cast<double>(s.runs);
    s.readiness = atLeast(*s.passRate, requiredPassRate) ? Readiness::Ready : Readiness::NotReady;
    return s;
}

BaselineComparison compareWithBaseline(const StrainMeasurement& current,
                                       const StrainMeasurement& baseline, double tolerance) {
    BaselineComparison out;
    if (notJudged(current)) {
        out.comparability = BaselineComparability::CurrentNotJudged;
    } else if (notJudged(baseline)) {
        out.comparability = BaselineComparability::BaselineNotJudged;
    }
    const std::pair<BaselineFigure, std::chrono::microseconds StrainMeasurement::*> percentiles[] =
        {
            {BaselineFigure::P50, &StrainMeasurement::p50},
            {BaselineFigure::P90, &StrainMeasurement::p90},
            {BaselineFigure::P95, &StrainMeasurement::p95},
            {BaselineFigure::P99, &StrainMeasurement::p99},
            {BaselineFigure::P999, &StrainMeasurement::p999},
        };
    for (const auto& [figure, member] : percentiles) {
        out.figures.push_back(
            compare(figure, micros(baseline.*member), micros(current.*member), tolerance));
    }
    out.figures.push_back(
        compare(BaselineFigure::ErrorRate, baseline.errorRate, current.errorRate, tolerance));
    out.regressed = out.comparability == BaselineComparability::Comparable &&
                    std::ranges::any_of(out.figures, [](const auto& f) { return f.regressed; });
    return out;
}

} // namespace headroom
