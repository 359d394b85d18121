#pragma once
// Numeric helpers shared by the policy functions: JavaScript-compatible rounding (the seeds'
// formulas were written against Math.round) and comparisons that forgive binary floating-point
// error, so that 0.56 / 0.70 counts as exactly 80 % and a value equal to a threshold is equal.
// Every comparison against a catalog threshold in core/policy goes through compare().

#include "model/Catalog.h"
#include "model/Evaluation.h"

namespace headroom {

// Relative tolerance of threshold comparisons; far below any meaningful metric resolution.
inline constexpr double kComparisonTolerance = 1e-9;

// Math.round: halves round towards +infinity (floor(x + 0.5)), unlike std::round.
double jsRound(double value);
// Math.round(value * 100) / 100, the seeds' two-decimal rounding.
double jsRound2(double value);

// value <comparison> threshold, with equality judged within kComparisonTolerance (scaled by the
// threshold's magnitude when it is above 1).
bool compare(double value, Comparison comparison, double threshold);

// Seed 000's inclusive headroom bands: u >= critical is Critical, u >= warning is Warning.
Status statusForUtilisation(double utilisation, const HeadroomThresholds& thresholds);

// The worse of two statuses; Unknown counts as better than Healthy (it carries no evidence).
Status worseStatus(Status a, Status b);

} // namespace headroom
