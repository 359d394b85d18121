#include "model/Percentile.h"

#include <algorithm>
#include <cmath>

namespace headroom {

std::optional<double> percentileOf(std::span<double> values, double p) {
    if (values.empty()) {
        return std::nullopt;
    }
    std::ranges::sort(values);
    const double h = double(values.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lower = std::size_t(std::floor(h));
    const std::size_t upper = std::min(lower + 1, values.size() - 1);
    return values[lower] + (h - double(lower)) * (values[upper] - values[lower]);
}

} // namespace headroom
