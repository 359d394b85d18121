#pragma once
// The forecasting methods behind limit forecasts, cost projections and their backtests, behind one
// interface: fit on a training series, then forecast with a central interval at any x beyond it.
// The method is named by an enum code; keyOf() gives a stable key for JSON and the command line,
// the UI words it.

#include "Holt.h"
#include "Regression.h"
#include "model/Error.h"

#include <span>
#include <string_view>
#include <variant>

namespace headroom {

enum class ForecastMethod {
    Naive,     // "tomorrow is like today": the last value, interval of a random walk
    Linear,    // least squares line (predict_linear)
    Holt,      // Holt's level + trend, alpha and beta from the grid
    LogLinear, // least squares on ln y (constant growth rate); only positive y are fitted
};

// "naive", "linear", "holt", "log_linear".
std::string_view keyOf(ForecastMethod method);

// Fewest training points a method can be fitted on with a measurable spread:
// naive 2, linear 3, Holt 4, log-linear 3 (positive points).
int minimumTrainingPoints(ForecastMethod method);

// A forecast and its central interval; low <= value <= high (equal when no spread exists).
struct IntervalForecast {
    double value = 0.0;
    double low = 0.0;
    double high = 0.0;
};

// The naive method's state: the last point and the spread of its steps, per sqrt(unit of x).
struct NaiveFit {
    double lastX = 0.0;
    double lastY = 0.0;
    int steps = 0;      // differences behind stepSd (n - 1)
    double stepSd = 0.; // sqrt(mean of (dy^2 / dx))
};

// A least squares line through (x, ln y) over the positive points.
struct LogLinearFit {
    LinearFit line;
    int skippedNonPositive = 0; // points with y <= 0, which have no logarithm
};

// Fails like fitLinear on the positive points (fewer than 2 of them, or one x only).
Result<LogLinearFit> fitLogLinear(std::span<const FitPoint> points);

// A method fitted to a training series with the interval level fixed, so that forecasting many x
// (a day-by-day scan to a horizon) solves for the t quantile once.
class FittedMethod {
public:
    using Fit = std::variant<NaiveFit, LinearFit, HoltFit, LogLinearFit>;

    FittedMethod(Fit fit, double intervalLevel);

    ForecastMethod method() const;
    const Fit& fit() const { return m_fit; }
    // Forecast at x (beyond the training data for Naive and Holt).
    IntervalForecast at(double x) const;
    // The current trend per unit of x: the slope (linear), the smoothed trend (Holt), the slope of
    // ln y (log-linear, a continuous growth rate), 0 for naive.
    double trend() const;

private:
    Fit m_fit;
    double m_multiplier = 0.0; // t quantile of the central interval; 0 when there is no spread
};

// Fits `method` on points sorted by strictly increasing x. Fails (InvalidArgument) with fewer
// than minimumTrainingPoints(method) points, unsorted x or non-finite values.
Result<FittedMethod> fitMethod(ForecastMethod method, std::span<const FitPoint> points,
                               double intervalLevel);

} // namespace headroom
