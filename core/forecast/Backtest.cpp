#include "Backtest.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace headroom {

namespace {

constexpr double kRoundingNoise = 1e-12;

// Truth inside [low, high] up to floating-point noise, so that an exact method's zero-width
// interval still covers the truth it predicted exactly.
bool within(double truth, const IntervalForecast& forecast) {
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(truth));
    return truth >= forecast.low - tolerance && truth <= forecast.high + tolerance;
}

} // namespace

BacktestOptions backtestOptions(const ForecastSettings& settings) {
    BacktestOptions options;
    options.origins = settings.backtestOrigins;
    options.horizon = static_cast<double>(settings.backtestHorizon.count());
    options.intervalLevel = settings.intervalLevel;
    return options;
}

Result<BacktestResult> backtest(ForecastMethod method, std::span<const FitPoint> series,
                                const BacktestOptions& options) {
    if (options.origins < 0)
        return fail(ErrorCode::InvalidArgument, "backtest: origins must not be negative, got " +
                                                    std::to_string(options.origins));
    if (!(options.horizon > 0.0))
        return fail(ErrorCode::InvalidArgument, "backtest: horizon must be positive");
    if (!(options.intervalLevel > 0.0 && options.intervalLevel < 1.0))
        return fail(ErrorCode::InvalidArgument, "backtest: interval level must lie in (0, 1)");
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (!std::isfinite(series[i].x) || !std::isfinite(series[i].y))
            return fail(ErrorCode::InvalidArgument,
                        "backtest: point " + std::to_string(i) + " is not a finite number");
        if (i > 0 && !(series[i].x > series[i - 1].x))
            return fail(ErrorCode::InvalidArgument,
                        "backtest: x of point " + std::to_string(i) +
                            " does not increase on the point before it");
    }

    BacktestResult result;
    result.method = method;
    result.foldsWanted = options.origins;
    const int minTraining = std::max(options.minTrainingPoints, minimumTrainingPoints(method));
    const auto n = static_cast<std::ptrdiff_t>(series.size());

    // The latest origin leaving a whole horizon of observed history after it.
    std::ptrdiff_t origin = n - 1;
    while (origin >= 0 &&
           series[static_cast<std::size_t>(origin)].x > series.back().x - options.horizon)
        --origin;

    double sumMethod = 0.0;
    double sumNaive = 0.0;
    double sumPercent = 0.0;
    int percentTerms = 0;
    int covered = 0;
    for (int fold = 0; fold < options.origins && origin >= 0; ++fold, --origin) {
        const auto trainingSize = static_cast<std::size_t>(origin) + 1;
        if (static_cast<int>(trainingSize) < minTraining)
            break; // every earlier origin has even less training data
        const auto training = series.first(trainingSize);
        const FitPoint at = training.back();
        auto fitted = fitMethod(method, training, options.intervalLevel);
        if (!fitted)
            continue; // e.g. too few positive points for a log-linear fit
        bool ran = false;
        for (std::size_t j = trainingSize; j < series.size(); ++j) {
            const FitPoint truth = series[j];
            if (truth.x > at.x + options.horizon)
                break;
            ran = true;
            const IntervalForecast forecast = fitted->at(truth.x);
            double error = std::fabs(truth.y - forecast.value);
            if (error <= kRoundingNoise * std::max(1.0, std::fabs(truth.y)))
                error = 0.0; // an exact method's rounding noise is no error

            sumMethod += error;
            sumNaive += std::fabs(truth.y - at.y);
            if (truth.y != 0.0) {
                sumPercent += error / std::fabs(truth.y);
                ++percentTerms;
            } else {
                ++result.zeroTruthsSkipped;
            }
            if (within(truth.y, forecast))
                ++covered;
            ++result.truths;
        }
        if (ran)
            ++result.foldsRun;
    }

    if (result.truths == 0)
        return result;
    result.maeMethod = sumMethod / result.truths;
    result.maeNaive = sumNaive / result.truths;
    result.coverage = static_cast<double>(covered) / result.truths;
    if (percentTerms > 0)
        result.mape = sumPercent / percentTerms;
    // Same truths, so the ratio of sums is the ratio of means.
    if (sumNaive > 0.0)
        result.skill = 1.0 - sumMethod / sumNaive;
    return result;
}

} // namespace headroom
