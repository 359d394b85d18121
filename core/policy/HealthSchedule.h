#pragma once
// When the next scheduled health snapshot is due (seed 001's daily scheduler; seed 002's cadence
// per tier as an option). Pure: the last run and the clock are passed in.
//
// Slots are the multiples of the cadence since the Unix epoch (a daily cadence runs for each UTC
// day). The slot holding `now` is due unless a run already filled it (or a later one: a clock that
// went backwards never runs again). If the previous slot was filled, the run is an ordinary
// scheduled one, however late within its slot; if more than one slot was missed (the computer was
// off for days) there is ONE catch-up run for the current slot, never one per missed slot.
// The first run ever (no last slot) is an ordinary scheduled run.

#include "model/ScalingConfig.h"

#include <chrono>
#include <optional>

namespace headroom {

struct HealthRunDue {
    Timestamp slot{};
    HealthSnapshotTrigger trigger = HealthSnapshotTrigger::Scheduled; // Scheduled or CatchUp
};

// The start of the slot holding `at`.
Timestamp healthSlotOf(Timestamp at, std::chrono::seconds cadence);

// The run due now, or nullopt. A cadence below one minute counts as one minute.
std::optional<HealthRunDue> dueHealthRun(std::optional<Timestamp> lastSlot,
                                         std::chrono::seconds cadence, Timestamp now);

// When to look again: the start of the slot after the one holding `now` (or now when a run is due).
Timestamp nextHealthCheckAt(std::optional<Timestamp> lastSlot, std::chrono::seconds cadence,
                            Timestamp now);

} // namespace headroom
