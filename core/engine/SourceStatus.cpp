// The pure parts of a source's status: its health ranking and the backoff schedule.
#include "engine/Engine.h"

#include <algorithm>

namespace headroom {

std::string_view keyOf(SourceHealth health) {
    switch (health) {
    case SourceHealth::Ok:
        return "ok";
    case SourceHealth::Waiting:
        return "waiting";
    case SourceHealth::Stale:
        return "stale";
    case SourceHealth::Failing:
        return "failing";
    case SourceHealth::MissingCredentials:
        return "missing_credentials";
    case SourceHealth::Disabled:
        return "disabled";
    }
    return "ok";
}

SourceHealth SourceStatus::health() const {
    if (!enabled) {
        return SourceHealth::Disabled;
    }
    if (missingCredentials) {
        return SourceHealth::MissingCredentials;
    }
    if (lastError) {
        return SourceHealth::Failing;
    }
    if (!lastPollAt) {
        return SourceHealth::Waiting;
    }
    return stale ? SourceHealth::Stale : SourceHealth::Ok;
}

std::chrono::milliseconds nextPollDelay(std::chrono::seconds interval, int consecutiveFailures,
                                        std::chrono::seconds maxBackoff) {
    using std::chrono::milliseconds;
    const milliseconds base = std::max<milliseconds>(interval, milliseconds(1));
    if (consecutiveFailures <= 0) {
        return base;
    }
    const milliseconds cap = std::max<milliseconds>(maxBackoff, base);
    // Doubling 2^n overflows quickly; stop as soon as the cap is reached.
    milliseconds delay = base;
    for (int i = 0; i < consecutiveFailures && delay < cap; ++i) {
        delay *= 2;
    }
    return std::min(delay, cap);
}

} // namespace headroom
