// Engine: autoscaling policies and seed 004 triggers over the recent snapshots (policies stream).
// Each live evaluation steps the active policy once and runs the triggers over the cached points
// of the lookback window; the cache reads only what was stored since the previous evaluation.
#include "EngineImpl.h"
#include "PolicyRun.h"
#include "policy/EvaluationStep.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace headroom {

struct Engine::Impl::PolicyEngineState {
    std::optional<PolicySettings> settings; // set by recordPolicyChange
    RowId workspaceId = 0;
    std::string policyId;
    std::vector<MetricId> metrics;
    std::vector<MetricPoint> points; // oldest first
    std::optional<Timestamp> loadedTo;
    AutoscaleState state{0, ScaleAction::None, {}};
};

namespace {

// Points of the cache younger than the lookback; the store is read only after loadedTo, the
// newest point read so far. (Not `now`: the snapshot being evaluated is stored after this runs,
// at `now`, and the next read must still find it.)
Result<void> refreshPoints(Store& store, RowId workspaceId, std::span<const MetricId> metrics,
                           std::vector<MetricPoint>& points, std::optional<Timestamp>& loadedTo,
                           Timestamp now, std::chrono::seconds lookback) {
    const Timestamp from = loadedTo ? *loadedTo + std::chrono::seconds(1) : now - lookback;
    if (from <= now) {
        auto series = store.series(workspaceId, metrics, {from, now});
        if (!series) {
            return std::unexpected(series.error());
        }
        for (const auto& p : *series) {
            points.push_back({p.at, p.metric, p.value});
            loadedTo = loadedTo ? std::max(*loadedTo, p.at) : p.at;
        }
        std::ranges::stable_sort(points, {}, &MetricPoint::at);
    }
    const Timestamp oldest = now - lookback;
    std::erase_if(points, [&](const MetricPoint& p) { return p.at < oldest; });
    return {};
}

} // namespace

void Engine::Impl::addPolicyFindings(const Workspace& workspace, const Catalog& catalog,
                                     const Snapshot& snapshot, Evaluation& evaluation) {
    if (!store) {
        return;
    }
    if (!policyState) {
        policyState = std::make_shared<PolicyEngineState>();
    }
    PolicyEngineState& s = *policyState;
    const PolicySettings& settings = s.settings ? *s.settings : options.catalog.policies;
    const ScalingPolicy* policy = settings.active();
    if (!policy) {
        return;
    }
    const Timestamp now = evaluation.evaluatedAt;
    if (s.workspaceId != workspace.id || s.policyId != policy->id) {
        // Another workspace or policy: start over (the stepper's state belongs to one policy).
        const auto settingsCopy = s.settings;
        s = PolicyEngineState{};
        s.settings = settingsCopy;
        s.workspaceId = workspace.id;
        s.policyId = policy->id;
        s.metrics = policyMetrics(settings, *policy);
    }
    if (auto ok = refreshPoints(*store, s.workspaceId, s.metrics, s.points, s.loadedTo, now,
                                settings.triggers.lookback);
        !ok) {
        notifyError(0, ok.error());
        return;
    }
    applyPolicyStep(catalog, settings, *policy, snapshot, s.points, s.state, evaluation);
}

RequestId Engine::recordPolicyChange(const std::string& workspace, PolicyChange change) {
    return m_impl->post(
        [impl = m_impl.get(), workspace, change = std::move(change)](RequestId id) mutable {
            auto ws = impl->store->workspace(workspace);
            if (!ws) {
                impl->notifyError(id, ws.error());
                return;
            }
            // The full rules run where the file is written (catalog validation); here the one the
            // evaluation depends on.
            if (!change.settings.active()) {
                impl->notifyError(
                    id, Error{ErrorCode::ValidationError, "policies.active: names no template: '" +
                                                              change.settings.activeId + "'"});
                return;
            }
            const nlohmann::json detail{{"action", change.action},
                                        {"old", change.oldValue},
                                        {"new", change.newValue},
                                        {"actor", change.actor},
                                        {"reason", change.reason}};
            Event event{0,
                        ws->id,
                        impl->options.clock(),
                        EventKind::PolicyChanged,
                        change.policyId,
                        detail.dump()};
            auto stored = impl->store->appendEvent(event);
            if (!stored) {
                impl->notifyError(id, stored.error());
                return;
            }
            if (!impl->policyState) {
                impl->policyState = std::make_shared<Impl::PolicyEngineState>();
            }
            impl->policyState->settings = std::move(change.settings);
            impl->notify([&](EngineListener& l) { l.onPolicyChanged(id, workspace, *stored); });
        });
}

} // namespace headroom
