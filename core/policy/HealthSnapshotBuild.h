#pragma once
// Builds a health snapshot record (seed 001's scaling_health_snapshots) from the latest stored
// snapshot, evaluated under the environment's configuration at `now`. Pure. The truth layer
// applies as everywhere: an old snapshot is stale at `now` and a missing one has no scores, so
// confidence drops and the advice stays Hold; the record never invents a number.

#include "model/Catalog.h"
#include "model/Records.h"
#include "model/ScalingConfig.h"

#include <optional>

namespace headroom {

struct HealthSnapshotInput {
    RowId workspaceId = 0;
    ScalingConfig config;
    const StoredSnapshot* latest = nullptr; // nullptr: nothing stored yet
    Timestamp now{};
    HealthSnapshotTrigger trigger = HealthSnapshotTrigger::Manual;
    std::optional<Timestamp> slot;
};

HealthSnapshotRecord buildHealthSnapshot(const Catalog& catalog, const HealthSnapshotInput& input);

// The evaluation of a snapshot (or of none) under the environment's configuration at `now`.
Evaluation evaluateForScaling(const Catalog& catalog, const ScalingConfig& config,
                              const StoredSnapshot* latest, Timestamp now);

// Seconds between scheduled health snapshots: a day, or the cadence of the tier (seed 002).
std::chrono::seconds healthCadenceSeconds(const Catalog& catalog, const ScalingConfig& config,
                                          std::string_view tierId);

} // namespace headroom
