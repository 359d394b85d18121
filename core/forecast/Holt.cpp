#include "Holt.h"

#include "Quantiles.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace headroom {

namespace {

std::optional<Error> checkPoints(std::span<const FitPoint> points) {
    if (points.size() < 3)
        return Error{ErrorCode::InvalidArgument,
                     "Holt fit: needs at least 3 points, got " + std::to_string(points.size())};
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y))
            return Error{ErrorCode::InvalidArgument,
                         "Holt fit: point " + std::to_string(i) + " is not a finite number"};
        if (i > 0 && !(points[i].x > points[i - 1].x))
            return Error{ErrorCode::InvalidArgument,
                         "Holt fit: x of point " + std::to_string(i) +
                             " does not increase on the point before it"};
    }
    return std::nullopt;
}

// The recursion itself; points already checked.
HoltFit run(std::span<const FitPoint> points, HoltParameters parameters) {
    const double alpha = parameters.alpha;
    const double beta = parameters.beta;
    double level = points[1].y;
    double trend = (points[1].y - points[0].y) / (points[1].x - points[0].x);
    double sse = 0.0;
    double sumSquares = 0.0;
    for (std::size_t t = 2; t < points.size(); ++t) {
        const double gap = points[t].x - points[t - 1].x;
        const double forecast = level + gap * trend;
        const double error = points[t].y - forecast;
        sse += error * error;
        sumSquares += points[t].y * points[t].y;
        const double newLevel = alpha * points[t].y + (1.0 - alpha) * forecast;
        trend = beta * (newLevel - level) / gap + (1.0 - beta) * trend;
        level = newLevel;
    }
    // Errors at the rounding noise of the data are a perfect fit (a straight line), not a spread.
    if (sse <= 1e-24 * std::max(1.0, sumSquares))
        sse = 0.0;
    HoltFit fit;
    fit.parameters = parameters;
    fit.lastX = points.back().x;
    fit.level = level;
    fit.trend = trend;
    fit.errors = static_cast<int>(points.size()) - 2;
    fit.sse = sse;
    fit.sigma = std::sqrt(sse / fit.errors);
    return fit;
}

} // namespace

double HoltFit::forecastSd(double x) const {
    const double h = std::max(1.0, x - lastX);
    const double a = parameters.alpha;
    const double b = parameters.alpha * parameters.beta;
    const double v = 1.0 + (h - 1.0) * (a * a + a * b * h + b * b * h * (2.0 * h - 1.0) / 6.0);
    return sigma * std::sqrt(v);
}

double HoltFit::halfWidth(double x, double level) const {
    const double sd = forecastSd(x);
    if (sd == 0.0)
        return 0.0;
    return centralTMultiplier(level, errors) * sd;
}

Result<HoltFit> fitHolt(std::span<const FitPoint> points, HoltParameters parameters) {
    if (auto error = checkPoints(points))
        return std::unexpected(*error);
    const auto valid = [](double v) {
        return v > 0.0 && v <= 1.0;
    };
    if (!valid(parameters.alpha) || !valid(parameters.beta))
        return fail(ErrorCode::InvalidArgument,
                    "Holt fit: alpha and beta must lie in (0, 1], got alpha " +
                        std::to_string(parameters.alpha) + ", beta " +
                        std::to_string(parameters.beta));
    return run(points, parameters);
}

Result<HoltFit> fitHoltGrid(std::span<const FitPoint> points) {
    if (auto error = checkPoints(points))
        return std::unexpected(*error);
    std::optional<HoltFit> best;
    for (int i = 1; i <= kHoltGridSteps; ++i) {
        for (int j = 1; j <= kHoltGridSteps; ++j) {
            const HoltParameters parameters{i / (kHoltGridSteps + 1.0), j / (kHoltGridSteps + 1.0)};
            HoltFit fit = run(points, parameters);
            // Strictly smaller only, so ties keep the earlier (smaller) alpha and beta.
            if (!best || fit.sse < best->sse)
                best = fit;
        }
    }
    return *best;
}

} // namespace headroom
