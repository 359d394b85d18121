// Engine: retention (issue 6). Raw snapshots older than the catalog's retention.raw_seconds are
// rolled up into 5-minute and hourly buckets by Store::rollUp, in the background for the live and
// user workspaces and on request for any writable one. Every pass is bounded and is one
// transaction: a failure is reported (onError) and leaves the stored data as it was; decisions
// and events are never touched.
#include "EngineImpl.h"
#include "engine/RetentionRun.h"
#include "model/Text.h"

namespace headroom {

struct Engine::Impl::RetentionRequestRun {
    RequestId id = 0;
    Workspace workspace;
    RetentionSettings settings;
    Timestamp now{}; // the same for every pass, so the run ends
    RetentionReport report;
};

namespace {

Error retentionError(const Workspace& workspace, const Error& error) {
    return Error{error.code, cat("retention of '", workspace.name, "': ", error.message)};
}

} // namespace

void Engine::Impl::runRetention(Timestamp now) {
    if (!store || options.retentionEvery <= std::chrono::seconds::zero()) {
        return;
    }
    if (retentionQueue.empty()) {
        if (nextRetentionAt && now < *nextRetentionAt) {
            return;
        }
        nextRetentionAt = now + options.retentionEvery;
        auto list = store->workspaces();
        if (!list) {
            notifyError(0, Error{list.error().code, cat("retention: ", list.error().message)});
            return;
        }
        for (Workspace& w : *list) {
            if (retainsAutomatically(w)) {
                retentionQueue.push_back(std::move(w));
            }
        }
        if (retentionQueue.empty()) {
            return;
        }
    }
    // One pass per turn: a workspace with hours left goes to the back of the queue and gets its
    // next pass on a later turn, after whatever requests arrived meanwhile.
    const Workspace ws = std::move(retentionQueue.front());
    retentionQueue.pop_front();
    try {
        auto pass = store->rollUp({ws.id, now, catalogFor(ws).retention, kRetentionHoursPerPass});
        if (!pass) {
            // Retried at the next interval, not on every turn.
            notifyError(0, retentionError(ws, pass.error()));
            return;
        }
        if (pass->more) {
            retentionQueue.push_back(ws);
        }
        if (changedAnything(*pass)) {
            const RetentionReport report{ws.name, *pass, 1};
            notify([&](EngineListener& l) { l.onRetention(0, report); });
        }
    } catch (const std::exception& e) {
        notifyError(0, retentionError(ws, Error{ErrorCode::StorageError, e.what()}));
    } catch (...) {
        notifyError(0, retentionError(ws, Error{ErrorCode::StorageError, "the pass failed"}));
    }
}

void Engine::Impl::continueRetention(const std::shared_ptr<RetentionRequestRun>& run) {
    // Continued as an internal job, which the loop does not guard: nothing may escape.
    try {
        auto pass =
            store->rollUp({run->workspace.id, run->now, run->settings, kRetentionHoursPerPass});
        if (!pass) {
            notifyError(run->id, retentionError(run->workspace, pass.error()));
            return;
        }
        addPass(run->report.result, *pass);
        ++run->report.passes;
        if (pass->more) {
            // Behind the requests queued meanwhile, so the console stays responsive.
            postInternal([this, run] { continueRetention(run); });
            return;
        }
        notify([&](EngineListener& l) { l.onRetention(run->id, run->report); });
    } catch (const std::exception& e) {
        notifyError(run->id,
                    retentionError(run->workspace, Error{ErrorCode::StorageError, e.what()}));
    } catch (...) {
        notifyError(run->id, retentionError(run->workspace,
                                            Error{ErrorCode::StorageError, "the pass failed"}));
    }
}

RequestId Engine::requestRetention(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        auto ws = impl->writableWorkspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        auto run = std::make_shared<Impl::RetentionRequestRun>();
        run->id = id;
        run->settings = impl->catalogFor(*ws).retention;
        run->now = impl->options.clock();
        run->report.workspace = ws->name;
        run->workspace = std::move(*ws);
        impl->continueRetention(run);
    });
}

} // namespace headroom
