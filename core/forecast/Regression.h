#pragma once
// Ordinary least squares y = a + b x over points, as Prometheus's predict_linear does, with what
// a forecast needs to be honest about itself: the residual spread, R^2 and the half-width of a
// prediction interval (Student t). x is whatever unit the caller uses (day numbers for limits,
// month indices for costs); the fit centres x internally, so large day numbers lose no precision.

#include "model/Error.h"

#include <optional>
#include <span>

namespace headroom {

// One observation of a series. x need not be evenly spaced (missing days stay missing).
struct FitPoint {
    double x = 0.0;
    double y = 0.0;

    friend bool operator==(const FitPoint&, const FitPoint&) = default;
};

// The fitted line. Invariants: n >= 2, sxx > 0, residualSd >= 0 (0 when n == 2, where it cannot
// be measured: see hasSpread()), rSquared in [0, 1].
struct LinearFit {
    int n = 0;
    double intercept = 0.0; // a, at x = 0
    double slope = 0.0;     // b, per unit of x
    double meanX = 0.0;
    double sxx = 0.0;        // sum of (x - meanX)^2
    double residualSd = 0.0; // sqrt(SSE / (n - 2))
    double rSquared = 0.0;   // 1 - SSE / Syy; 1 when the points lie on the line (even if flat)

    double predict(double x) const { return intercept + slope * x; }
    // True when the residual spread could be measured (n >= 3).
    bool hasSpread() const { return n >= 3; }
    // Standard error of a new observation at x: sd * sqrt(1 + 1/n + (x - meanX)^2 / sxx).
    // nullopt when !hasSpread().
    std::optional<double> predictionSe(double x) const;
    // Half-width of the central prediction interval at `level` (0..1) for a new observation at x,
    // t(n - 2) quantile times predictionSe(x). nullopt when !hasSpread().
    std::optional<double> predictionHalfWidth(double x, double level) const;
};

// Fails (InvalidArgument) with fewer than two points, a non-finite value (naming its index), or
// when every x is the same (no slope exists).
Result<LinearFit> fitLinear(std::span<const FitPoint> points);

} // namespace headroom
