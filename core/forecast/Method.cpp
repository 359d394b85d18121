#include "Method.h"

#include "Quantiles.h"

#include <cmath>
#include <string>
#include <vector>

namespace headroom {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

std::optional<Error> checkSeries(ForecastMethod method, std::span<const FitPoint> points) {
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y))
            return Error{ErrorCode::InvalidArgument, std::string(keyOf(method)) +
                                                         " forecast: point " + std::to_string(i) +
                                                         " is not a finite number"};
        if (i > 0 && !(points[i].x > points[i - 1].x))
            return Error{ErrorCode::InvalidArgument,
                         std::string(keyOf(method)) + " forecast: x of point " + std::to_string(i) +
                             " does not increase on the point before it"};
    }
    if (static_cast<int>(points.size()) < minimumTrainingPoints(method))
        return Error{ErrorCode::InvalidArgument,
                     std::string(keyOf(method)) + " forecast: needs at least " +
                         std::to_string(minimumTrainingPoints(method)) + " points, got " +
                         std::to_string(points.size())};
    return std::nullopt;
}

NaiveFit fitNaive(std::span<const FitPoint> points) {
    NaiveFit fit;
    fit.lastX = points.back().x;
    fit.lastY = points.back().y;
    // A random walk's step variance per unit of x: a step over a gap of g carries g units.
    double sum = 0.0;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const double dy = points[i].y - points[i - 1].y;
        sum += dy * dy / (points[i].x - points[i - 1].x);
    }
    fit.steps = static_cast<int>(points.size()) - 1;
    fit.stepSd = fit.steps > 0 ? std::sqrt(sum / fit.steps) : 0.0;
    return fit;
}

} // namespace

std::string_view keyOf(ForecastMethod method) {
    switch (method) {
    case ForecastMethod::Naive:
        return "naive";
    case ForecastMethod::Linear:
        return "linear";
    case ForecastMethod::Holt:
        return "holt";
    case ForecastMethod::LogLinear:
        return "log_linear";
    }
    return "unknown";
}

int minimumTrainingPoints(ForecastMethod method) {
    switch (method) {
    case ForecastMethod::Naive:
        return 2;
    case ForecastMethod::Linear:
    case ForecastMethod::LogLinear:
        return 3;
    case ForecastMethod::Holt:
        return 4;
    }
    return 4;
}

Result<LogLinearFit> fitLogLinear(std::span<const FitPoint> points) {
    std::vector<FitPoint> logs;
    logs.reserve(points.size());
    LogLinearFit result;
    for (const auto& p : points) {
        if (p.y > 0.0)
            logs.push_back({p.x, std::log(p.y)});
        else
            ++result.skippedNonPositive;
    }
    auto line = fitLinear(logs);
    if (!line)
        return fail(line.error().code,
                    "log-linear fit over the positive points: " + line.error().message);
    result.line = *line;
    return result;
}

FittedMethod::FittedMethod(Fit fit, double intervalLevel)
    : m_fit(std::move(fit)) {
    // The degrees of freedom of each method's spread; no spread, no quantile to solve for.
    const double dof = std::visit(
        Overloaded{
            [](const NaiveFit& f) { return f.stepSd > 0.0 ? double(f.steps) : 0.0; },
            [](const LinearFit& f) { return f.residualSd > 0.0 ? double(f.n - 2) : 0.0; },
            [](const HoltFit& f) { return f.sigma > 0.0 ? double(f.errors) : 0.0; },
            [](const LogLinearFit& f) {
                return f.line.residualSd > 0.0 ? double(f.line.n - 2) : 0.0;
            },
        },
        m_fit);
    m_multiplier = dof > 0.0 ? centralTMultiplier(intervalLevel, dof) : 0.0;
}

ForecastMethod FittedMethod::method() const {
    return std::visit(Overloaded{
                          [](const NaiveFit&) { return ForecastMethod::Naive; },
                          [](const LinearFit&) { return ForecastMethod::Linear; },
                          [](const HoltFit&) { return ForecastMethod::Holt; },
                          [](const LogLinearFit&) { return ForecastMethod::LogLinear; },
                      },
                      m_fit);
}

IntervalForecast FittedMethod::at(double x) const {
    const double k = m_multiplier;
    return std::visit(
        Overloaded{
            [&](const NaiveFit& f) {
                const double half = k * f.stepSd * std::sqrt(std::max(1.0, x - f.lastX));
                return IntervalForecast{f.lastY, f.lastY - half, f.lastY + half};
            },
            [&](const LinearFit& f) {
                const double value = f.predict(x);
                const double half = k * f.predictionSe(x).value_or(0.0);
                return IntervalForecast{value, value - half, value + half};
            },
            [&](const HoltFit& f) {
                const double value = f.forecast(x);
                const double half = k * f.forecastSd(x);
                return IntervalForecast{value, value - half, value + half};
            },
            [&](const LogLinearFit& f) {
                // The fit is of ln y, so exp of its prediction is the median, not the mean.
                const double mu = f.line.predict(x);
                const double half = k * f.line.predictionSe(x).value_or(0.0);
                return IntervalForecast{std::exp(mu), std::exp(mu - half), std::exp(mu + half)};
            },
        },
        m_fit);
}

double FittedMethod::trend() const {
    return std::visit(Overloaded{
                          [](const NaiveFit&) { return 0.0; },
                          [](const LinearFit& f) { return f.slope; },
                          [](const HoltFit& f) { return f.trend; },
                          [](const LogLinearFit& f) { return f.line.slope; },
                      },
                      m_fit);
}

Result<FittedMethod> fitMethod(ForecastMethod method, std::span<const FitPoint> points,
                               double intervalLevel) {
    if (auto error = checkSeries(method, points))
        return std::unexpected(*error);
    switch (method) {
    case ForecastMethod::Naive:
        return FittedMethod(fitNaive(points), intervalLevel);
    case ForecastMethod::Linear: {
        auto fit = fitLinear(points);
        if (!fit)
            return std::unexpected(fit.error());
        return FittedMethod(*fit, intervalLevel);
    }
    case ForecastMethod::Holt: {
        auto fit = fitHoltGrid(points);
        if (!fit)
            return std::unexpected(fit.error());
        return FittedMethod(*fit, intervalLevel);
    }
    case ForecastMethod::LogLinear: {
        auto fit = fitLogLinear(points);
        if (!fit)
            return std::unexpected(fit.error());
        if (fit->line.n < minimumTrainingPoints(method))
            return fail(ErrorCode::InvalidArgument,
                        "log_linear forecast: needs at least 3 positive points, got " +
                            std::to_string(fit->line.n));
        return FittedMethod(*fit, intervalLevel);
    }
    }
    return fail(ErrorCode::InvalidArgument, "forecast: unknown method");
}

} // namespace headroom
