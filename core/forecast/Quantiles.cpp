#include "Quantiles.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace headroom {

namespace {

// Lentz's continued fraction for the regularized incomplete beta (Numerical Recipes' betacf).
double betaContinuedFraction(double a, double b, double x) {
    constexpr int kMaxIterations = 500;
    constexpr double kEpsilon = 1e-15;
    constexpr double kTiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < kEpsilon)
            break;
    }
    return h;
}

// I_x(a, b), the regularized incomplete beta function, x in [0, 1].
double incompleteBeta(double a, double b, double x) {
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                                  a * std::log(x) + b * std::log1p(-x));
    // The continued fraction converges fast only on this side of the mean; use the symmetry
    // I_x(a, b) = 1 - I_{1-x}(b, a) on the other.
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTDensity(double t, double dof) {
    const double logNorm = std::lgamma((dof + 1.0) / 2.0) - std::lgamma(dof / 2.0) -
                           0.5 * std::log(dof * std::numbers::pi);
    return std::exp(logNorm - (dof + 1.0) / 2.0 * std::log1p(t * t / dof));
}

// Abramowitz & Stegun 26.7.5: the Cornish-Fisher expansion of the t quantile around the normal
// one. Good to several digits from about 3 degrees of freedom; Newton polishes it.
double cornishFisherT(double z, double dof) {
    const double z2 = z * z;
    const double z3 = z2 * z;
    const double z5 = z3 * z2;
    const double z7 = z5 * z2;
    const double z9 = z7 * z2;
    const double g1 = (z3 + z) / 4.0;
    const double g2 = (5.0 * z5 + 16.0 * z3 + 3.0 * z) / 96.0;
    const double g3 = (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / 384.0;
    const double g4 = (79.0 * z9 + 776.0 * z7 + 1482.0 * z5 - 1920.0 * z3 - 945.0 * z) / 92160.0;
    return z + g1 / dof + g2 / (dof * dof) + g3 / (dof * dof * dof) + g4 / (dof * dof * dof * dof);
}

} // namespace

double normalQuantile(double p) {
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1.0)
        return std::numeric_limits<double>::infinity();
    // Acklam's rational approximation (relative error 1.15e-9) ...
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double kLow = 0.02425;
    double x = 0.0;
    if (p < kLow) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - kLow) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // ... polished by one Halley step on the exact CDF (erfc) to full double precision.
    const double e = 0.5 * std::erfc(-x / std::numbers::sqrt2) - p;
    const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(x * x / 2.0);
    return x - u / (1.0 + x * u / 2.0);
}

double studentTCdf(double t, double dof) {
    if (std::isnan(t) || !(dof > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    // P(|T| > |t|) = I_{dof/(dof+t^2)}(dof/2, 1/2).
    const double tail = 0.5 * incompleteBeta(dof / 2.0, 0.5, dof / (dof + t * t));
    return t >= 0.0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double dof) {
    if (std::isnan(p) || p < 0.0 || p > 1.0 || !(dof > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1.0)
        return std::numeric_limits<double>::infinity();
    if (p == 0.5)
        return 0.0;
    // Exact closed forms for 1 and 2 degrees of freedom, where the expansion is poor.
    if (dof == 1.0)
        return std::tan(std::numbers::pi * (p - 0.5));
    if (dof == 2.0)
        return (2.0 * p - 1.0) / std::sqrt(2.0 * p * (1.0 - p));
    // Work in the upper half and mirror: the quantile is odd around p = 0.5.
    const bool lower = p < 0.5;
    const double upperP = lower ? 1.0 - p : p;
    double t = cornishFisherT(normalQuantile(upperP), dof);
    if (!(t > 0.0) || !std::isfinite(t))
        t = 1.0;
    // Newton on the exact CDF. Above the median the CDF is concave, so after the first step the
    // iterates approach the root from below, monotonically; the iteration count is bounded anyway.
    for (int i = 0; i < 60; ++i) {
        const double density = studentTDensity(t, dof);
        if (!(density > 0.0))
            break;
        const double step = (studentTCdf(t, dof) - upperP) / density;
        double next = t - step;
        if (next <= 0.0)
            next = t / 2.0;
        const bool done = std::fabs(next - t) <= 1e-13 * std::max(1.0, std::fabs(t));
        t = next;
        if (done)
            break;
    }
    return lower ? -t : t;
}

double centralTMultiplier(double level, double dof) {
    return studentTQuantile(0.5 + level / 2.0, dof);
}

} // namespace headroom
