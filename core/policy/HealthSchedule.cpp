#include "HealthSchedule.h"

#include <algorithm>

namespace headroom {

namespace {

constexpr std::chrono::seconds kMinimumCadence{60};

std::chrono::seconds sane(std::chrono::seconds cadence) {
    return std::max(cadence, kMinimumCadence);
}

} // namespace

Timestamp healthSlotOf(Timestamp at, std::chrono::seconds cadence) {
    const auto c = sane(cadence).count();
    const auto t = at.time_since_epoch().count();
    // Floor division, so times before the epoch still land at the start of their slot.
    const auto q = t >= 0 ? t / c : -((-t + c - 1) / c);
    return Timestamp{std::chrono::seconds{q * c}};
}

std::optional<HealthRunDue> dueHealthRun(std::optional<Timestamp> lastSlot,
                                         std::chrono::seconds cadence, Timestamp now) {
    const Timestamp current = healthSlotOf(now, cadence);
    if (!lastSlot) {
        return HealthRunDue{current, HealthSnapshotTrigger::Scheduled};
    }
    if (*lastSlot >= current) {
        return std::nullopt; // filled already, or the clock went backwards
    }
    const Timestamp previous = current - sane(cadence);
    const auto trigger =
        *lastSlot >= previous ? HealthSnapshotTrigger::Scheduled : HealthSnapshotTrigger::CatchUp;
    return HealthRunDue{current, trigger};
}

Timestamp nextHealthCheckAt(std::optional<Timestamp> lastSlot, std::chrono::seconds cadence,
                            Timestamp now) {
    if (dueHealthRun(lastSlot, cadence, now)) {
        return now;
    }
    return healthSlotOf(now, cadence) + sane(cadence);
}

} // namespace headroom
