#pragma once
// Holt's double exponential smoothing (level + trend) for series whose trend bends, where one
// straight line over the whole history would lag. Points may be unevenly spaced in x (missing
// days): a gap of g units advances the forecast by g trend steps and the trend is updated per
// unit of x (the usual irregular-interval form), so no value is ever invented for a missing day.
//
// Recursion, for consecutive points (x_{t-1}, x_t) with gap g = x_t - x_{t-1} > 0:
//   forecast  f_t = L_{t-1} + g T_{t-1}
//   level     L_t = alpha y_t + (1 - alpha) f_t
//   trend     T_t = beta (L_t - L_{t-1}) / g + (1 - beta) T_{t-1}
// started with L_1 = y_1 and T_1 = (y_1 - y_0) / (x_1 - x_0); the one-step errors y_t - f_t
// (t >= 2) give the spread sigma = sqrt(mean squared one-step error).
//
// Interval h units ahead: value +/- t(m) * sigma * sqrt(v(h)), m = number of one-step errors,
// with the standard variance multiplier of the additive-trend model ETS(A,A,N) (Hyndman et al.,
// "Forecasting with Exponential Smoothing", table 6.1):
//   v(h) = 1 + (h - 1) (alpha^2 + alpha b h + b^2 h (2h - 1) / 6),  b = alpha * beta
// (b is the trend's smoothing weight on the one-step error in that model's error-correction form).

#include "Regression.h"
#include "model/Error.h"

#include <optional>
#include <span>

namespace headroom {

struct HoltParameters {
    double alpha = 0.5; // level smoothing, (0, 1]
    double beta = 0.5;  // trend smoothing, (0, 1]

    friend bool operator==(const HoltParameters&, const HoltParameters&) = default;
};

// The smoothed state after the last point. Invariants: errors >= 1, sigma >= 0.
struct HoltFit {
    HoltParameters parameters;
    double lastX = 0.0;
    double level = 0.0; // L at lastX
    double trend = 0.0; // T, per unit of x
    int errors = 0;     // one-step errors behind sigma (n - 2)
    double sse = 0.0;   // their sum of squares
    double sigma = 0.0; // sqrt(sse / errors)

    // Point forecast at x >= lastX.
    double forecast(double x) const { return level + (x - lastX) * trend; }
    // Standard deviation of the forecast error at x > lastX (h = x - lastX; below one step it
    // counts as one step).
    double forecastSd(double x) const;
    // Half-width of the central interval at `level` (0..1) at x: t(errors) * forecastSd(x).
    double halfWidth(double x, double level) const;
};

// Runs the recursion with the given parameters. Fails with fewer than 3 points, x not strictly
// increasing (naming the index), non-finite values, or parameters outside (0, 1].
Result<HoltFit> fitHolt(std::span<const FitPoint> points, HoltParameters parameters);

// The grid every Holt fit is chosen from: alpha and beta each in 0.1, 0.2, ..., 0.9 (81 pairs).
// Coarse on purpose: it keeps the choice deterministic and the cost at 81 passes over the series.
inline constexpr int kHoltGridSteps = 9;

// Chooses alpha and beta on the grid by the smallest one-step squared error; ties keep the
// smaller alpha, then the smaller beta. Same failures as fitHolt.
Result<HoltFit> fitHoltGrid(std::span<const FitPoint> points);

} // namespace headroom
