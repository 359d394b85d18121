// Engine: scaling control: environment configuration, mode changes, health snapshots and their
// schedule (scaling stream). The work itself is in ScalingControl.cpp, shared with the CLI.
#include "EngineImpl.h"
#include "engine/ScalingControl.h"
#include "policy/ScalingConfigCheck.h"

namespace headroom {

Catalog Engine::Impl::catalogFor(const Workspace& workspace) {
    // A damaged stored configuration must not stop evaluation: the catalog's own limits then.
    auto config = store ? store->scalingConfig(workspace.id)
                        : Result<std::optional<ScalingConfig>>{std::nullopt};
    if (!config || !*config) {
        return liveCatalog();
    }
    return applyScalingConfig(liveCatalog(), **config);
}

void Engine::Impl::runScheduledScaling(Timestamp now) {
    if (!options.scheduleHealthSnapshots || !store) {
        return;
    }
    if (nextHealthCheck && now < *nextHealthCheck) {
        return;
    }
    auto ws = store->workspace(options.liveWorkspace);
    if (!ws) {
        nextHealthCheck = now + std::chrono::minutes(5);
        notifyError(0, ws.error());
        return;
    }
    auto run = runHealthSchedule(*store, options.catalog, *ws, now);
    if (!run) {
        // Retry later rather than on every loop turn.
        nextHealthCheck = now + std::chrono::minutes(5);
        notifyError(0, run.error());
        return;
    }
    nextHealthCheck = run->nextCheckAt;
    if (run->taken) {
        const HealthSnapshotRecord& taken = *run->taken;
        notify([&](EngineListener& l) { l.onHealthSnapshot(0, ws->name, taken); });
    }
}

RequestId Engine::requestScaling(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        auto target = impl->resolve(workspace);
        if (!target) {
            impl->notifyError(id, target.error());
            return;
        }
        auto view = loadScalingView(*target->store, impl->options.catalog,
                                    target->storedWorkspace(), impl->options.clock());
        if (!view) {
            impl->notifyError(id, view.error());
            return;
        }
        view->workspace.name = workspace;
        impl->notify([&](EngineListener& l) { l.onScalingView(id, *view); });
    });
}

RequestId Engine::changeScaling(const std::string& workspace, ScalingChangeRequest request) {
    return m_impl->post([impl = m_impl.get(), workspace, request](RequestId id) {
        auto ws = impl->writableWorkspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        auto changed = applyScalingChange(*impl->store, impl->options.catalog, *ws, request,
                                          impl->options.clock());
        if (!changed) {
            impl->notifyError(id, changed.error());
            return;
        }
        impl->nextHealthCheck.reset(); // the cadence may have changed
        impl->notify([&](EngineListener& l) { l.onScalingChanged(id, ws->name, *changed); });
    });
}

RequestId Engine::takeHealthSnapshot(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        auto ws = impl->writableWorkspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        auto taken = headroom::takeHealthSnapshot(*impl->store, impl->options.catalog, *ws,
                                                  HealthSnapshotTrigger::Manual, std::nullopt,
                                                  impl->options.clock());
        if (!taken) {
            impl->notifyError(id, taken.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onHealthSnapshot(id, ws->name, *taken); });
    });
}

RequestId Engine::requestHealthSnapshots(const std::string& workspace, TimeRange range) {
    return m_impl->post([impl = m_impl.get(), workspace, range](RequestId id) {
        auto target = impl->resolve(workspace);
        if (!target) {
            impl->notifyError(id, target.error());
            return;
        }
        auto list = target->store->healthSnapshots(target->workspace.id, range);
        if (!list) {
            impl->notifyError(id, list.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onHealthSnapshots(id, workspace, *list); });
    });
}

} // namespace headroom
