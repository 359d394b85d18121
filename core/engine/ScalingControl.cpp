#include "ScalingControl.h"

#include "policy/HealthSchedule.h"
#include "policy/HealthSnapshotBuild.h"
#include "policy/ScalingConfigCheck.h"

namespace headroom {

namespace {

// The tier the latest snapshot was judged in sets the cadence when the founder chose the tier's.
std::chrono::seconds cadenceFor(const Catalog& catalog, const ScalingConfig& config,
                                const std::optional<StoredSnapshot>& latest) {
    const std::string tier = latest ? latest->evaluation.capacity.tierId : std::string();
    return healthCadenceSeconds(catalog, config, tier);
}

} // namespace

Result<ScalingConfig> loadScalingConfig(Store& store, const Catalog& catalog,
                                        const Workspace& workspace) {
    auto stored = store.scalingConfig(workspace.id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (*stored) {
        return std::move(**stored);
    }
    return defaultScalingConfig(catalog, workspace.currentModeId);
}

Result<ScalingView> loadScalingView(Store& store, const Catalog& catalog,
                                    const Workspace& workspace, Timestamp now) {
    ScalingView view;
    view.workspace = workspace;
    auto stored = store.scalingConfig(workspace.id);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    view.configStored = stored->has_value();
    view.config = *stored ? **stored : defaultScalingConfig(catalog, workspace.currentModeId);
    auto latest = store.latestSnapshot(workspace.id);
    if (!latest) {
        return std::unexpected(latest.error());
    }
    if (*latest) {
        view.latestSnapshotAt = (*latest)->snapshot.takenAt();
        view.advice = evaluateForScaling(catalog, view.config, &**latest, now);
        view.advisedModeId = advisedModeId(view.advice->mode, view.advice->health);
    }
    auto health = store.healthSnapshots(workspace.id, {}, 1);
    if (!health) {
        return std::unexpected(health.error());
    }
    if (!health->empty()) {
        view.lastHealthSnapshot = health->back();
    }
    auto lastSlot = store.lastScheduledHealthSlot(workspace.id);
    if (!lastSlot) {
        return std::unexpected(lastSlot.error());
    }
    view.cadence = cadenceFor(catalog, view.config, *latest);
    const Timestamp next = nextHealthCheckAt(*lastSlot, view.cadence, now);
    view.nextScheduledAt = next;
    return view;
}

Result<ScalingChangeResult> applyScalingChange(Store& store, const Catalog& catalog,
                                               const Workspace& workspace,
                                               ScalingChangeRequest request, Timestamp now) {
    request.workspaceId = workspace.id;
    if (request.at == Timestamp{}) {
        request.at = now;
    }
    auto current = loadScalingConfig(store, catalog, workspace);
    if (!current) {
        return std::unexpected(current.error());
    }
    if (request.kind == ScalingChangeKind::SetMode) {
        auto latest = store.latestSnapshot(workspace.id);
        if (!latest) {
            return std::unexpected(latest.error());
        }
        request.advisedModeId.reset();
        if (*latest) {
            const Evaluation ev = evaluateForScaling(catalog, *current, &**latest, now);
            request.advisedModeId = advisedModeId(ev.mode, ev.health);
        }
    }
    return store.changeScaling(request, *current);
}

Result<HealthSnapshotRecord> takeHealthSnapshot(Store& store, const Catalog& catalog,
                                                const Workspace& workspace,
                                                HealthSnapshotTrigger trigger,
                                                std::optional<Timestamp> slot, Timestamp now) {
    auto config = loadScalingConfig(store, catalog, workspace);
    if (!config) {
        return std::unexpected(config.error());
    }
    auto latest = store.latestSnapshot(workspace.id);
    if (!latest) {
        return std::unexpected(latest.error());
    }
    HealthSnapshotInput input;
    input.workspaceId = workspace.id;
    input.config = std::move(*config);
    input.latest = *latest ? &**latest : nullptr;
    input.now = now;
    input.trigger = trigger;
    input.slot = slot;
    return store.appendHealthSnapshot(buildHealthSnapshot(catalog, input));
}

Result<ScheduledHealthRun> runHealthSchedule(Store& store, const Catalog& catalog,
                                             const Workspace& workspace, Timestamp now) {
    auto config = loadScalingConfig(store, catalog, workspace);
    if (!config) {
        return std::unexpected(config.error());
    }
    auto latest = store.latestSnapshot(workspace.id);
    if (!latest) {
        return std::unexpected(latest.error());
    }
    auto lastSlot = store.lastScheduledHealthSlot(workspace.id);
    if (!lastSlot) {
        return std::unexpected(lastSlot.error());
    }
    const auto cadence = cadenceFor(catalog, *config, *latest);
    ScheduledHealthRun run;
    if (auto due = dueHealthRun(*lastSlot, cadence, now)) {
        auto taken = takeHealthSnapshot(store, catalog, workspace, due->trigger, due->slot, now);
        if (!taken) {
            return std::unexpected(taken.error());
        }
        run.taken = std::move(*taken);
        run.nextCheckAt = nextHealthCheckAt(due->slot, cadence, now);
    } else {
        run.nextCheckAt = nextHealthCheckAt(*lastSlot, cadence, now);
    }
    return run;
}

} // namespace headroom
