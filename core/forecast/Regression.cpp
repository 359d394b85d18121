#include "Regression.h"

#include "Quantiles.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace headroom {

std::optional<double> LinearFit::predictionSe(double x) const {
    if (!hasSpread())
        return std::nullopt;
    const double dx = x - meanX;
    return residualSd * std::sqrt(1.0 + 1.0 / n + dx * dx / sxx);
}

std::optional<double> LinearFit::predictionHalfWidth(double x, double level) const {
    const auto se = predictionSe(x);
    if (!se)
        return std::nullopt;
    if (*se == 0.0)
        return 0.0;
    return centralTMultiplier(level, n - 2) * *se;
}

Result<LinearFit> fitLinear(std::span<const FitPoint> points) {
    const auto n = static_cast<int>(points.size());
    if (n < 2)
        return fail(ErrorCode::InvalidArgument,
                    "linear fit: needs at least 2 points, got " + std::to_string(n));
    double sumX = 0.0;
    double sumY = 0.0;
    for (int i = 0; i < n; ++i) {
        const auto& p = points[static_cast<std::size_t>(i)];
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return fail(ErrorCode::InvalidArgument,
                        "linear fit: point " + std::to_string(i) + " is not a finite number");
        sumX += p.x;
        sumY += p.y;
    }
    // Two passes over centred values: sums of squares of raw day numbers (~20000) would cancel.
    const double meanX = sumX / n;
    const double meanY = sumY / n;
    double sxx = 0.0;
    double sxy = 0.0;
    double syy = 0.0;
    for (const auto& p : points) {
        const double dx = p.x - meanX;
        const double dy = p.y - meanY;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    if (!(sxx > 0.0))
        return fail(ErrorCode::InvalidArgument, "linear fit: every point has the same x");

    LinearFit fit;
    fit.n = n;
    fit.meanX = meanX;
    fit.sxx = sxx;
    fit.slope = sxy / sxx;
    fit.intercept = meanY - fit.slope * meanX;
    double sse = 0.0;
    for (const auto& p : points) {
        const double r = p.y - (meanY + fit.slope * (p.x - meanX));
        sse += r * r;
    }
    // Residuals below rounding noise of the data are a perfect fit, not a tiny spread.
    const double noiseFloor = 1e-24 * std::max(1.0, syy);
    if (sse <= noiseFloor)
        sse = 0.0;
    fit.residualSd = n > 2 ? std::sqrt(sse / (n - 2)) : 0.0;
    fit.rSquared = syy > 0.0 ? std::clamp(1.0 - sse / syy, 0.0, 1.0) : 1.0;
    return fit;
}

} // namespace headroom
