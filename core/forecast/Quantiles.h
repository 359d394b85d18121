#pragma once
// Distribution functions the forecasts need for prediction intervals: the standard normal
// quantile and Student's t distribution (CDF and quantile), written here so that the core needs
// no statistics library. Pure and thread-safe; accurate to about 1e-10 relative, far below the
// two-to-four digits any interval is shown with.

namespace headroom {

// The z with P(Z <= z) = p for a standard normal Z; p in (0, 1). Outside (0, 1) it returns
// -infinity / +infinity at the ends and NaN beyond.
double normalQuantile(double p);

// P(T <= t) for Student's t with dof > 0 degrees of freedom (dof need not be an integer).
double studentTCdf(double t, double dof);

// The t with P(T <= t) = p for Student's t with dof > 0 degrees of freedom; p in (0, 1).
// studentTQuantile(0.975, 5) = 2.5706.
double studentTQuantile(double p, double dof);

// The multiplier of a central interval at `level` (0.8 -> the 0.9 quantile), i.e. the half-width
// of the interval in units of the standard error.
double centralTMultiplier(double level, double dof);

} // namespace headroom
