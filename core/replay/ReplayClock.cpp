#include "replay/ReplayClock.h"

#include <algorithm>
#include <cmath>

namespace headroom {

ReplayCursor replayPosition(Timestamp anchor, std::chrono::milliseconds elapsed, double speed,
                            Timestamp end) {
    if (anchor >= end) {
        return {end, true};
    }
    const double seconds = std::max(0.0, double(elapsed.count()) / 1000.0 * std::max(0.0, speed));
    const double room = double((end - anchor).count());
    if (!(seconds < room)) { // also when the product is not finite
        return {end, true};
    }
    return {anchor + std::chrono::seconds(std::int64_t(std::floor(seconds))), false};
}

std::optional<Timestamp> replayStep(std::span<const Timestamp> times, Timestamp cursor,
                                    int direction) {
    if (direction > 0) {
        const auto it = std::ranges::upper_bound(times, cursor);
        return it == times.end() ? std::nullopt : std::optional(*it);
    }
    if (direction < 0) {
        const auto it = std::ranges::lower_bound(times, cursor);
        return it == times.begin() ? std::nullopt : std::optional(*std::prev(it));
    }
    return std::nullopt;
}

} // namespace headroom
