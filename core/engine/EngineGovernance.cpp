// Engine: outcomes, resource monitor and tier readiness (governance stream). Each request runs
// on the engine thread through engine/GovernanceQuery, as the CLI does.
#include "EngineImpl.h"

namespace headroom {

RequestId Engine::requestGovernance(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        auto target = impl->resolve(workspace);
        if (!target) {
            impl->notifyError(id, target.error());
            return;
        }
        auto view = queryGovernance(*target->store, impl->liveCatalog(),
                                    target->storedWorkspace().name, impl->options.clock());
        if (!view) {
            impl->notifyError(id, view.error());
            return;
        }
        view->workspace = workspace;
        view->outcomes.workspace = workspace;
        view->monitor.workspace = workspace;
        view->readiness.workspace = workspace;
        impl->notify([&](EngineListener& l) { l.onGovernance(id, *view); });
    });
}

RequestId Engine::recordOutcome(const std::string& workspace, OutcomeRequest request) {
    return m_impl->post([impl = m_impl.get(), workspace, request](RequestId id) mutable {
        if (isBundleWorkspace(workspace)) {
            impl->notifyError(id, impl->writableWorkspace(workspace).error());
            return;
        }
        if (request.at == Timestamp{}) {
            request.at = impl->options.clock();
        }
        auto recorded = recordOutcomeIn(*impl->store, workspace, request);
        if (!recorded) {
            impl->notifyError(id, recorded.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onOutcomeRecorded(id, workspace, *recorded); });
    });
}

RequestId Engine::tickChecklist(const std::string& workspace, ChecklistTickRequest request) {
    return m_impl->post([impl = m_impl.get(), workspace, request](RequestId id) mutable {
        if (isBundleWorkspace(workspace)) {
            impl->notifyError(id, impl->writableWorkspace(workspace).error());
            return;
        }
        if (request.at == Timestamp{}) {
            request.at = impl->options.clock();
        }
        auto tick = recordChecklistIn(*impl->store, impl->liveCatalog(), workspace, request);
        if (!tick) {
            impl->notifyError(id, tick.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onChecklistTicked(id, workspace, *tick); });
    });
}

} // namespace headroom
