#include "LimitForecast.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace headroom {

namespace {

double dayNumber(Day day) {
    return static_cast<double>(day.time_since_epoch().count());
}

std::optional<Error> checkInput(std::span<const DailyReading> series, double limit,
                                const ForecastSettings& settings) {
    const auto invalid = [](std::string message) {
        return Error{ErrorCode::InvalidArgument, "limit forecast: " + std::move(message)};
    };
    if (!std::isfinite(limit))
        return invalid("the limit is not a finite number");
    if (settings.minPoints < 1)
        return invalid("forecast.minPoints must be at least 1");
    if (settings.horizon.count() <= 0)
        return invalid("forecast.horizon must be positive");
    if (!(settings.intervalLevel > 0.0 && settings.intervalLevel < 1.0))
        return invalid("forecast.intervalLevel must lie in (0, 1)");
    if (settings.backtestOrigins < 0)
        return invalid("forecast.backtestOrigins must not be negative");
    if (settings.backtestHorizon.count() <= 0)
        return invalid("forecast.backtestHorizon must be positive");
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (!std::isfinite(series[i].value))
            return invalid("the value on " + formatDay(series[i].day) + " is not a finite number");
        if (i > 0 && series[i].day <= series[i - 1].day)
            return invalid("the day " + formatDay(series[i].day) +
                           " does not come after the day before it");
    }
    return std::nullopt;
}

// Is a better than b? Lower error on the same truths; a method without folds never is.
bool better(const BacktestResult& a, const BacktestResult& b) {
    if (a.truths == 0)
        return false;
    if (b.truths == 0)
        return true;
    return a.maeMethod < b.maeMethod;
}

} // namespace

std::string_view keyOf(ForecastStatus status) {
    switch (status) {
    case ForecastStatus::AlreadyReached:
        return "already_reached";
    case ForecastStatus::WithinHorizon:
        return "within_horizon";
    case ForecastStatus::BeyondHorizon:
        return "beyond_horizon";
    case ForecastStatus::NotRising:
        return "not_rising";
    case ForecastStatus::TooLittleData:
        return "too_little_data";
    case ForecastStatus::NoSkill:
        return "no_skill";
    }
    return "unknown";
}

Result<LimitForecast> forecastLimit(std::span<const DailyReading> series, double limit, Day today,
                                    const ForecastSettings& settings) {
    if (auto error = checkInput(series, limit, settings))
        return std::unexpected(*error);

    LimitForecast result;
    result.limit = limit;
    result.points = static_cast<int>(series.size());
    result.pointsNeeded = std::max(settings.minPoints, minimumTrainingPoints(ForecastMethod::Holt));
    if (series.empty())
        return result;
    result.latestValue = series.back().value;
    // A fact needs no forecast: checked before the amount of data.
    if (result.latestValue >= limit) {
        result.status = ForecastStatus::AlreadyReached;
        return result;
    }
    if (result.points < result.pointsNeeded)
        return result;

    std::vector<FitPoint> points;
    points.reserve(series.size());
    for (const auto& reading : series)
        points.push_back({dayNumber(reading.day), reading.value});

    const BacktestOptions options = backtestOptions(settings);
    auto linear = backtest(ForecastMethod::Linear, points, options);
    auto holt = backtest(ForecastMethod::Holt, points, options);
    if (!linear)
        return std::unexpected(linear.error());
    if (!holt)
        return std::unexpected(holt.error());
    // Ties (a straight line, where both are exact) go to the simpler line.
    const bool holtWins = better(*holt, *linear);
    result.method = holtWins ? ForecastMethod::Holt : ForecastMethod::Linear;
    result.backtest = holtWins ? *holt : *linear;
    result.otherBacktest = holtWins ? *linear : *holt;
    if (result.backtest->losesToNaive()) {
        result.status = ForecastStatus::NoSkill;
        return result;
    }

    auto fitted = fitMethod(result.method, points, settings.intervalLevel);
    if (!fitted)
        return std::unexpected(fitted.error());
    result.trendPerDay = fitted->trend();
    if (!(result.trendPerDay > 0.0)) {
        result.status = ForecastStatus::NotRising;
        return result;
    }

    // Day by day from the first day after the data to the horizon: the interval is not a straight
    // line (it widens), so a closed form would only serve the point forecast.
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(limit));
    const double reachAt = limit - tolerance;
    const Day last = series.back().day;
    const Day end = today + settings.horizon;
    for (Day day = last + std::chrono::days{1}; day <= end; day += std::chrono::days{1}) {
        const IntervalForecast forecast = fitted->at(dayNumber(day));
        if (!result.earliestDay && forecast.high >= reachAt)
            result.earliestDay = day;
        if (!result.reachDay && forecast.value >= reachAt)
            result.reachDay = day;
        if (forecast.low >= reachAt) {
            result.latestDay = day;
            break;
        }
    }
    if (!result.reachDay) {
        result.status = ForecastStatus::BeyondHorizon;
        return result;
    }
    result.status = ForecastStatus::WithinHorizon;
    result.daysFromToday = static_cast<int>((*result.reachDay - today).count());
    if (result.latestDay) {
        const auto before = static_cast<int>((*result.reachDay - *result.earliestDay).count());
        const auto after = static_cast<int>((*result.latestDay - *result.reachDay).count());
        result.plusMinusDays = std::max(before, after);
    }
    return result;
}

} // namespace headroom
