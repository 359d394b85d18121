#include "Projection.h"

#include "forecast/Method.h"
#include "forecast/Quantiles.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace headroom {

namespace {

// F of the confidence when the spread of the history cannot be measured: growth from two points
// or the fallback rate is a guess at the fit, so it halves the confidence history alone earns.
constexpr double kUnmeasuredFit = 0.5;
// Days that make up a daily series' current month.
constexpr int kCurrentWindowDays = 30;
// Totals saturate here (about 9.2e12 dollars fit in int64 micro-dollars): an absurd growth rate
// compounded over a year must not overflow.
constexpr double kMaxDollars = 9.0e12;

MicroUsd toMicro(double dollars) {
    if (std::isnan(dollars))
        return MicroUsd{};
    return MicroUsd::fromDollars(std::clamp(dollars, -kMaxDollars, kMaxDollars));
}

// The history in the units of its fit: x in months or days, y in dollars.
struct Basis {
    std::vector<FitPoint> points;
    double unitsPerMonth = 1.0; // 1 for months, kDaysPerMonth for days
    double currentMonthly = 0.0;
    double historyMonths = 0.0;
    BacktestOptions backtest;
};

std::optional<Error> checkSettings(const ProjectionSettings& settings,
                                   const ForecastSettings& backtest) {
    const auto invalid = [](std::string message) {
        return Error{ErrorCode::InvalidArgument, "cost projection: " + std::move(message)};
    };
    if (!(settings.intervalLevel > 0.0 && settings.intervalLevel < 1.0))
        return invalid("projection.intervalLevel must lie in (0, 1)");
    if (!std::isfinite(settings.fallbackMonthlyGrowth) || settings.fallbackMonthlyGrowth <= -1.0)
        return invalid("projection.fallbackMonthlyGrowth must be a number above -1");
    if (settings.minMonthsForGrowth < 1)
        return invalid("projection.minMonthsForGrowth must be at least 1");
    if (backtest.backtestOrigins < 0)
        return invalid("forecast.backtestOrigins must not be negative");
    if (backtest.backtestHorizon.count() <= 0)
        return invalid("forecast.backtestHorizon must be positive");
    return std::nullopt;
}

// The x of each point of the next `months` months after the last point.
std::vector<double> futureXs(const Basis& basis, int months) {
    const int count = static_cast<int>(std::lround(months * basis.unitsPerMonth));
    std::vector<double> xs;
    xs.reserve(static_cast<std::size_t>(count));
    const double last = basis.points.empty() ? 0.0 : basis.points.back().x;
    for (int i = 1; i <= count; ++i)
        xs.push_back(last + i);
    return xs;
}

struct Total {
    double median = 0.0;
    double halfWidth = 0.0; // in log space; 0 when unknown
};

// See the header for the formula.
Total measuredTotal(const LinearFit& line, double multiplier, std::span<const double> xs) {
    double sumMedians = 0.0;
    for (double x : xs)
        sumMedians += std::exp(line.predict(x));
    if (!line.hasSpread() || line.residualSd == 0.0 || xs.empty())
        return {sumMedians, 0.0};
    const double sigma2 = line.residualSd * line.residualSd;
    const auto p = static_cast<double>(xs.size());
    const double s2 = std::log1p(std::expm1(sigma2) / p);
    const double mid = (xs.front() + xs.back()) / 2.0;
    const double dx = mid - line.meanX;
    const double se2 = sigma2 * (1.0 / line.n + dx * dx / line.sxx);
    Total total;
    total.median = sumMedians * std::exp(sigma2 / 2.0 - s2 / 2.0);
    total.halfWidth = multiplier * std::sqrt(s2 + se2);
    return total;
}

// The fallback: the current monthly cost grown at the fixed rate, point by point.
double fallbackTotal(const Basis& basis, double monthlyGrowth, std::span<const double> xs) {
    const double perUnit = basis.currentMonthly / basis.unitsPerMonth;
    const double factor = std::pow(1.0 + monthlyGrowth, 1.0 / basis.unitsPerMonth);
    double total = 0.0;
    double grown = perUnit;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        grown *= factor;
        total += grown;
    }
    return total;
}

Result<CostProjection> project(const Basis& basis, const ProjectionSettings& settings) {
    CostProjection result;
    result.intervalLevel = settings.intervalLevel;
    result.points = static_cast<int>(basis.points.size());
    result.historyMonths = basis.historyMonths;
    result.currentMonthly = toMicro(basis.currentMonthly);

    std::optional<LogLinearFit> fit;
    if (basis.historyMonths >= settings.minMonthsForGrowth) {
        if (auto measured = fitLogLinear(basis.points))
            fit = *measured;
    }
    for (const auto& p : basis.points)
        if (!(p.y > 0.0))
            ++result.nonPositiveSkipped;

    const double history = basis.historyMonths / (basis.historyMonths + 1.0);
    if (!fit) {
        result.growthSource = GrowthSource::Fallback;
        result.monthlyGrowth = settings.fallbackMonthlyGrowth;
        for (std::size_t i = 0; i < kProjectionMonths.size(); ++i) {
            const auto xs = futureXs(basis, kProjectionMonths[i]);
            const MicroUsd total = toMicro(fallbackTotal(basis, result.monthlyGrowth, xs));
            result.totals[i] = {kProjectionMonths[i], total, total, total};
        }
        result.confidence = history * kUnmeasuredFit;
        return result;
    }

    const LinearFit& line = fit->line;
    result.growthSource = GrowthSource::Measured;
    result.monthlyGrowth = std::expm1(line.slope * basis.unitsPerMonth);
    result.rSquared = line.rSquared;
    result.intervalKnown = line.hasSpread();
    const double multiplier = line.hasSpread() && line.residualSd > 0.0
                                  ? centralTMultiplier(settings.intervalLevel, line.n - 2)
                                  : 0.0;
    double monthHalfWidth = 0.0;
    for (std::size_t i = 0; i < kProjectionMonths.size(); ++i) {
        const auto xs = futureXs(basis, kProjectionMonths[i]);
        const Total total = measuredTotal(line, multiplier, xs);
        if (i == 0)
            monthHalfWidth = total.halfWidth;
        result.totals[i] = {kProjectionMonths[i], toMicro(total.median),
                            toMicro(total.median * std::exp(-total.halfWidth)),
                            toMicro(total.median * std::exp(total.halfWidth))};
    }
    const double fitFactor = result.intervalKnown ? 1.0 / (1.0 + monthHalfWidth) : kUnmeasuredFit;
    result.confidence = std::clamp(history * fitFactor, 0.0, 1.0);

    auto backtested = backtest(ForecastMethod::LogLinear, basis.points, basis.backtest);
    if (!backtested)
        return std::unexpected(backtested.error());
    result.backtest = *backtested;
    if (result.backtest.losesToNaive())
        result.trust = ProjectionTrust::LosesToNaive;
    else if (result.backtest.beatsNaive())
        result.trust = ProjectionTrust::BeatsNaive;
    return result;
}

// "2026-03".
std::string monthText(std::chrono::year_month month) {
    const auto m = static_cast<unsigned>(month.month());
    return std::to_string(static_cast<int>(month.year())) + (m < 10 ? "-0" : "-") +
           std::to_string(m);
}

BacktestOptions backtestFor(const ForecastSettings& settings, double horizon) {
    BacktestOptions options = backtestOptions(settings);
    options.horizon = horizon;
    options.minTrainingPoints = minimumTrainingPoints(ForecastMethod::LogLinear);
    return options;
}

} // namespace

std::string_view keyOf(GrowthSource source) {
    return source == GrowthSource::Measured ? "measured" : "fallback";
}

std::string_view keyOf(ProjectionTrust trust) {
    switch (trust) {
    case ProjectionTrust::BeatsNaive:
        return "beats_naive";
    case ProjectionTrust::LosesToNaive:
        return "loses_to_naive";
    case ProjectionTrust::Untested:
        return "untested";
    }
    return "unknown";
}

Result<CostProjection> projectMonthlyCosts(std::span<const MonthCost> history,
                                           const ProjectionSettings& settings,
                                           const ForecastSettings& backtestSettings) {
    if (auto error = checkSettings(settings, backtestSettings))
        return std::unexpected(*error);
    Basis basis;
    basis.unitsPerMonth = 1.0;
    basis.backtest = backtestFor(backtestSettings, 1.0);
    basis.points.reserve(history.size());
    for (std::size_t i = 0; i < history.size(); ++i) {
        const auto& month = history[i];
        if (!month.month.ok())
            return fail(ErrorCode::InvalidArgument,
                        "cost projection: month " + std::to_string(i) + " is not a valid month");
        const double x = static_cast<int>(month.month.year()) * 12.0 +
                         static_cast<unsigned>(month.month.month()) - 1.0;
        if (i > 0 && !(x > basis.points.back().x))
            return fail(ErrorCode::InvalidArgument, "cost projection: the month " +
                                                        monthText(month.month) +
                                                        " does not come after the month before it");
        basis.points.push_back({x, month.cost.dollars()});
    }
    if (!basis.points.empty()) {
        basis.currentMonthly = basis.points.back().y;
        basis.historyMonths = basis.points.back().x - basis.points.front().x + 1.0;
    }
    return project(basis, settings);
}

Result<CostProjection> projectDailyCosts(std::span<const DayCost> history,
                                         const ProjectionSettings& settings,
                                         const ForecastSettings& backtestSettings) {
    if (auto error = checkSettings(settings, backtestSettings))
        return std::unexpected(*error);
    Basis basis;
    basis.unitsPerMonth = kDaysPerMonth;
    basis.backtest = backtestFor(backtestSettings,
                                 static_cast<double>(backtestSettings.backtestHorizon.count()));
    basis.points.reserve(history.size());
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (i > 0 && history[i].day <= history[i - 1].day)
            return fail(ErrorCode::InvalidArgument, "cost projection: the day " +
                                                        formatDay(history[i].day) +
                                                        " does not come after the day before it");
        basis.points.push_back({static_cast<double>(history[i].day.time_since_epoch().count()),
                                history[i].cost.dollars()});
    }
    if (!basis.points.empty()) {
        const double last = basis.points.back().x;
        double sum = 0.0;
        int present = 0;
        for (auto it = basis.points.rbegin();
             it != basis.points.rend() && it->x > last - kCurrentWindowDays; ++it) {
            sum += it->y;
            ++present;
        }
        basis.currentMonthly = sum / present * kDaysPerMonth;
        basis.historyMonths = (last - basis.points.front().x + 1.0) / kDaysPerMonth;
    }
    return project(basis, settings);
}

} // namespace headroom
