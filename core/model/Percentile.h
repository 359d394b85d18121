#pragma once
// The p-quantile (0..1) of values by linear interpolation between closest ranks: with the values
// sorted x[0] <= ... <= x[n-1] and h = (n - 1) p, x[floor h] + (h - floor h) (x[floor h + 1] -
// x[floor h]) (Hyndman-Fan type 7: numpy's and Excel PERCENTILE.INC's default). One definition
// for the cost right-sizing and the policies' under-utilisation trigger, so both size alike.
// Reorders values; nullopt when empty.

#include <optional>
#include <span>

namespace headroom {

std::optional<double> percentileOf(std::span<double> values, double p);

} // namespace headroom
