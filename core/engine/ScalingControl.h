#pragma once
// Scaling control over a Store: what the engine's requests and the `headroom mode` /
// `health-snapshot` subcommands share, so the console and the command line read and change an
// environment's scaling configuration the same way. Runs on the caller's thread (the engine's
// or the CLI's); the decisions themselves are the pure functions of core/policy.

#include "model/Catalog.h"
#include "model/ScalingConfig.h"
#include "store/Store.h"

#include <optional>

namespace headroom {

// Everything the console's "Scaling control" section and `headroom mode` show.
struct ScalingView {
    Workspace workspace;
    ScalingConfig config;
    bool configStored = false;        // false: the catalog's defaults, never changed
    std::optional<Evaluation> advice; // latest stored snapshot, evaluated under config now
    std::optional<std::string> advisedModeId;
    std::optional<Timestamp> latestSnapshotAt;
    std::optional<HealthSnapshotRecord> lastHealthSnapshot;
    std::optional<Timestamp> nextScheduledAt; // the next scheduled health snapshot
    std::chrono::seconds cadence{86400};
};

// The stored configuration, or the catalog's defaults at the workspace's current mode.
Result<ScalingConfig> loadScalingConfig(Store& store, const Catalog& catalog,
                                        const Workspace& workspace);
Result<ScalingView> loadScalingView(Store& store, const Catalog& catalog,
                                    const Workspace& workspace, Timestamp now);
// Fills the request's workspace, time (when unset) and the current advice, then stores it.
Result<ScalingChangeResult> applyScalingChange(Store& store, const Catalog& catalog,
                                               const Workspace& workspace,
                                               ScalingChangeRequest request, Timestamp now);
Result<HealthSnapshotRecord> takeHealthSnapshot(Store& store, const Catalog& catalog,
                                                const Workspace& workspace,
                                                HealthSnapshotTrigger trigger,
                                                std::optional<Timestamp> slot, Timestamp now);

struct ScheduledHealthRun {
    std::optional<HealthSnapshotRecord> taken; // the run made now, if one was due
    Timestamp nextCheckAt{};                   // when a run can next be due
};
// Takes the scheduled (or the single catch-up) health snapshot when one is due.
Result<ScheduledHealthRun> runHealthSchedule(Store& store, const Catalog& catalog,
                                             const Workspace& workspace, Timestamp now);

} // namespace headroom
