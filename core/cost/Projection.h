#pragma once
// Seed 004's cost projections: from a history of costs, the current monthly cost, the observed
// monthly growth rate and the projected totals of the next month, quarter and year, each with a
// central prediction interval, a confidence that reflects how much history there is and how well
// it fits, and a rolling-origin backtest so that the projection proves itself (one that loses to
// the naive "next period is like this one" is flagged, not presented as the answer).
//
// Growth is measured as a constant rate: least squares on ln(cost) against time (log-linear), over
// either complete months or days (daily slope x 30.4375 days a month). Only when there is too
// little history to measure it (ProjectionSettings::minMonthsForGrowth, counted as the span from
// the first to the last point: months, or days / 30.4375), or fewer than two positive points, is
// the catalog's fallbackMonthlyGrowth used, and the result says so (GrowthSource::Fallback).
//
// Money in and out is integer micro-dollars; the arithmetic is in double and rounded once at the
// end. Missing days or months stay missing (never zeros); a zero or negative cost (a credit) counts
// in the current cost but has no logarithm, so the growth fit leaves it out and counts it.
//
// Intervals, in log space around the fitted median, for a total over the next P points:
//   half-width h = t(n - 2) * sqrt(s^2 + se^2), bounds median * exp(-h) .. median * exp(+h)
//   s^2  = ln(1 + (exp(sigma^2) - 1) / P): the noise of a sum of P lognormal points (Fenton-
//          Wilkinson), so daily noise averages out over a month and one month keeps all of it;
//   se^2 = sigma^2 (1/n + (x_mid - meanX)^2 / Sxx): the fitted line's own error at the period's
//          middle, shared by all its points;
//   median = sum(exp(mu_i)) * exp(sigma^2 / 2) * exp(-s^2 / 2), the sum's mean shifted back to
//          its median; for one point it is exp(mu).
// The confidence is H * F with H = m / (m + 1) for m months of history (1 month 0.5, 4 months
// 0.8, a year 0.92) and F = 1 / (1 + h_month), h_month being the log half-width of the next
// month's interval; F = 0.5 when the spread cannot be measured (two points, or the fallback).

#include "forecast/Backtest.h"
#include "model/CostSettings.h"
#include "model/Day.h"
#include "model/Error.h"
#include "model/Money.h"

#include <array>
#include <chrono>
#include <span>

namespace headroom {

// A month's complete cost.
struct MonthCost {
    std::chrono::year_month month{};
    MicroUsd cost;

    friend bool operator==(const MonthCost&, const MonthCost&) = default;
};

// A day's cost.
struct DayCost {
    Day day{};
    MicroUsd cost;

    friend bool operator==(const DayCost&, const DayCost&) = default;
};

// The mean length of a Gregorian month (365.2425 / 12 rounded to the quarter day), to convert
// daily growth to monthly and to count months of daily history.
inline constexpr double kDaysPerMonth = 30.4375;

// The projection horizons, in months: next month, next quarter, next year.
inline constexpr std::array<int, 3> kProjectionMonths{1, 3, 12};

enum class GrowthSource {
    Measured, // from the history's own log-linear trend
    Fallback, // ProjectionSettings::fallbackMonthlyGrowth: too little history to measure one
};

enum class ProjectionTrust {
    BeatsNaive,   // the backtest's skill is above 0
    LosesToNaive, // skill <= 0: show for reference, not as the answer
    Untested,     // no fold could run (too little history, or the fallback was used)
};

// "measured", "fallback" / "beats_naive", "loses_to_naive", "untested".
std::string_view keyOf(GrowthSource source);
std::string_view keyOf(ProjectionTrust trust);

// The total cost over the next `months` months (a daily series: the next 30, 91 or 365 days).
// Invariant: low <= expected <= high; all three equal when the interval is not known.
struct ProjectedTotal {
    int months = 1;
    MicroUsd expected; // the median
    MicroUsd low;
    MicroUsd high;

    friend bool operator==(const ProjectedTotal&, const ProjectedTotal&) = default;
};

struct CostProjection {
    // Monthly series: the last month's cost. Daily: the mean of the days present among the last
    // 30 up to the last day, times kDaysPerMonth. Zero without history.
    MicroUsd currentMonthly;
    double monthlyGrowth = 0.0; // 0.10 = 10 % a month
    GrowthSource growthSource = GrowthSource::Fallback;
    bool intervalKnown = false; // false: no spread to measure (bounds equal the total)
    double intervalLevel = 0.8;
    std::array<ProjectedTotal, 3> totals{}; // in kProjectionMonths order
    double confidence = 0.0;                // 0..1
    double historyMonths = 0.0;             // span of the history, first to last point
    int points = 0;                         // months or days in the history
    int nonPositiveSkipped = 0;             // of them, left out of the growth fit
    std::optional<double> rSquared;         // of the log-linear fit, when growth was measured
    BacktestResult backtest;                // log-linear, rolling origin (see below)
    ProjectionTrust trust = ProjectionTrust::Untested;

    bool usedFallback() const { return growthSource == GrowthSource::Fallback; }
};

// Backtests: a monthly series forecasts 1 month ahead from each of backtestOrigins origins; a
// daily series forecasts backtestHorizon days ahead. Folds need 3 training points.
// Fails (InvalidArgument) on months or days that do not strictly increase (naming the first one
// out of order) and on impossible settings (naming the field).
Result<CostProjection> projectMonthlyCosts(std::span<const MonthCost> history,
                                           const ProjectionSettings& settings,
                                           const ForecastSettings& backtestSettings);
Result<CostProjection> projectDailyCosts(std::span<const DayCost> history,
                                         const ProjectionSettings& settings,
                                         const ForecastSettings& backtestSettings);

} // namespace headroom
