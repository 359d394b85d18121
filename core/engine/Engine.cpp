#include "engine/Engine.h"

#include "demo/DefaultWorkspaces.h"
#include "demo/DemoGenerator.h"
#include "engine/EngineImpl.h"
#include "model/Text.h"
#include "policy/Evaluator.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

// Status notices are coalesced: hundreds of sources polling every few seconds must not flood
// the listeners (the UI redraws on each).
constexpr auto kStatusNoticeGap = std::chrono::milliseconds(500);

} // namespace

Engine::Impl::Impl(EngineOptions o, std::vector<std::unique_ptr<Source>> s)
    : options(std::move(o))
    , builtinSources(std::move(s)) {
    if (!options.clock) {
        options.clock = systemClock();
    }
}

RequestId Engine::Impl::post(std::function<void(RequestId)> job) {
    const RequestId id = nextRequest++;
    {
        std::lock_guard lock(mutex);
        jobs.push_back([this, id, job = std::move(job)] {
            try {
                job(id);
            } catch (const std::exception& e) {
                notifyError(id, Error{ErrorCode::InvalidArgument,
                                      cat("engine: request failed: ", e.what())});
            } catch (...) {
                notifyError(id, Error{ErrorCode::InvalidArgument, "engine: request failed"});
            }
        });
    }
    wake.notify_one();
    return id;
}

void Engine::Impl::postInternal(std::function<void()> job) {
    {
        std::lock_guard lock(mutex);
        if (stopRequested) {
            return;
        }
        jobs.push_back(std::move(job));
    }
    wake.notify_one();
}

void Engine::Impl::notifyError(RequestId id, const Error& error) {
    notify([&](EngineListener& l) { l.onError(id, error); });
}

// The demo is filled after start() has returned, so a slow disk never delays the window.
void Engine::Impl::ensureDemoWorkspace() {
    if (!options.createDemoWorkspace) {
        return;
    }
    if (auto ok = ensureDefaultWorkspaces(*store, options.catalog, options.clock()); !ok) {
        notifyError(0, ok.error());
    }
}

void Engine::Impl::evaluateLive() {
    auto ws = store->workspace(options.liveWorkspace);
    if (!ws) {
        notifyError(0, ws.error());
        return;
    }
    const Timestamp now = options.clock();
    const Snapshot combined = live->combine(now);
    if (combined.presentCount() > 0 || !combined.aiUsage().empty()) {
        // One catalog for both steps, the environment's (its modes and guardrails), as replay
        // uses: otherwise the policy's advice would be judged by other guardrails live.
        const Catalog catalog = catalogFor(*ws);
        Evaluation evaluation = evaluate(combined, catalog, {now, ws->currentModeId});
        addPolicyFindings(*ws, catalog, combined, evaluation);
        auto ingested = store->ingest(ws->id, combined, evaluation);
        if (ingested) {
            const StoredSnapshot stored{ingested->snapshotId, ws->id, combined, evaluation};
            notify([&](EngineListener& l) { l.onSnapshotStored(ws->name, stored); });
            evaluateAlerts(*ws, stored);
        } else {
            notifyError(0, ingested.error());
        }
    }
    publishStatuses(true);
}

void Engine::Impl::publishStatuses(bool force) {
    const auto now = std::chrono::steady_clock::now();
    if (!force && (!statusDirty || now - lastStatusNotice < kStatusNoticeGap)) {
        return;
    }
    statusDirty = false;
    lastStatusNotice = now;
    const auto copy = live->statuses();
    notify([&](EngineListener& l) { l.onSourceStatus(copy); });
}

void Engine::Impl::run(std::stop_token stopToken, std::promise<Result<void>> started) {
    auto opened = Store::open(options.databasePath);
    if (!opened) {
        started.set_value(std::unexpected(opened.error()));
        return;
    }
    store = std::move(*opened);
    if (auto ok =
            ensureLiveWorkspace(*store, options.catalog, options.liveWorkspace, options.clock());
        !ok) {
        store.reset();
        started.set_value(std::unexpected(ok.error()));
        return;
    }
    started.set_value({});
    // Requests queued meanwhile wait for the demo, so the first answers already include it.
    ensureDemoWorkspace();
    openShelf();
    startLiveSources();

    // The first evaluation waits for the first round of every source (bounded), so that the
    // first snapshot already holds what they measured.
    pendingRound = live->beginRound();
    roundDeadline = std::chrono::steady_clock::now() + options.pollRoundLimit;
    auto nextEvaluation = std::chrono::steady_clock::now() + options.pollInterval;
    while (!stopToken.stop_requested()) {
        std::function<void()> job;
        bool pollAll = false;
        {
            std::unique_lock lock(mutex);
            auto until = nextEvaluation;
            if (pendingRound) {
                until = std::min(until, roundDeadline);
            }
            if (statusDirty) {
                until = std::min(until, lastStatusNotice + kStatusNoticeGap);
            }
            wake.wait_until(lock, until,
                            [&] { return stopRequested || pollRequested || !jobs.empty(); });
            if (stopRequested) {
                break;
            }
            if (!jobs.empty()) {
                job = std::move(jobs.front());
                jobs.pop_front();
            } else if (pollRequested) {
                pollRequested = false;
                pollAll = true;
            }
        }
        if (job) {
            job();
        }
        if (pollAll) {
            pendingRound = live->beginRound();
            roundDeadline = std::chrono::steady_clock::now() + options.pollRoundLimit;
            live->pollAll();
        }
        const auto now = std::chrono::steady_clock::now();
        try {
            if (pendingRound && (live->roundDone(*pendingRound) || now >= roundDeadline)) {
                pendingRound.reset();
                evaluateLive();
                nextEvaluation = std::chrono::steady_clock::now() + options.pollInterval;
            } else if (!pendingRound && now >= nextEvaluation) {
                evaluateLive();
                nextEvaluation = std::chrono::steady_clock::now() + options.pollInterval;
            } else {
                publishStatuses(false);
            }
        } catch (const std::exception& e) {
            notifyError(0, Error{ErrorCode::InvalidArgument, cat("evaluate: ", e.what())});
            nextEvaluation = std::chrono::steady_clock::now() + options.pollInterval;
        }
        try {
            const Timestamp wallNow = options.clock();
            runScheduledScaling(wallNow);
            runNotificationRetries(wallNow);
            runRetention(wallNow);
        } catch (const std::exception& e) {
            notifyError(0, Error{ErrorCode::InvalidArgument, cat("scheduled work: ", e.what())});
        }
    }
    stopTests();
    jobRunner->stopAll();
    live->stopAll(); // kept (with the built-in sources) for a restart
    shelf.reset();
    store.reset();
}

Engine::Engine(EngineOptions options, std::vector<std::unique_ptr<Source>> liveSources)
    : m_impl(std::make_unique<Impl>(std::move(options), std::move(liveSources))) {}

Engine::~Engine() {
    stop();
    m_impl->jobRunner->stopAll(); // also those started while the engine was not running
}

void Engine::addListener(EngineListener* listener) {
    if (listener && !m_impl->isRunning) {
        m_impl->listeners.push_back(listener);
    }
}

Result<void> Engine::start() {
    if (m_impl->isRunning) {
        return fail(ErrorCode::InvalidArgument, "engine: already running");
    }
    if (m_impl->thread.joinable()) {
        return fail(ErrorCode::InvalidArgument, "engine: cannot restart a stopped engine");
    }
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopRequested = false;
    }
    std::promise<Result<void>> started;
    auto result = started.get_future();
    m_impl->thread =
        std::jthread([impl = m_impl.get(), p = std::move(started)](std::stop_token token) mutable {
            impl->run(std::move(token), std::move(p));
        });
    auto outcome = result.get();
    if (!outcome) {
        m_impl->thread.join();
        return outcome;
    }
    m_impl->isRunning = true;
    return {};
}

void Engine::stop() {
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopRequested = true;
        m_impl->jobs.clear(); // unanswered requests die with the thread
    }
    m_impl->wake.notify_all();
    if (m_impl->thread.joinable()) {
        m_impl->thread.request_stop();
        if (m_impl->thread.get_id() == std::this_thread::get_id()) {
            // Called from a listener: the loop ends after this step; joining would deadlock.
            m_impl->isRunning = false;
            return;
        }
        m_impl->thread.join();
    }
    m_impl->isRunning = false;
}

bool Engine::running() const {
    return m_impl->isRunning;
}

const Catalog& Engine::catalog() const {
    return m_impl->options.catalog;
}

RequestId Engine::requestWorkspaces() {
    return m_impl->post([impl = m_impl.get()](RequestId id) {
        auto list = impl->store->workspaces();
        if (!list) {
            impl->notifyError(id, list.error());
            return;
        }
        impl->appendBundleWorkspaces(*list);
        impl->notify([&](EngineListener& l) { l.onWorkspaces(id, *list); });
    });
}

RequestId Engine::requestWorkspaceView(const std::string& workspace, TimeRange range) {
    return m_impl->post([impl = m_impl.get(), workspace, range](RequestId id) {
        auto target = impl->resolve(workspace);
        if (!target) {
            impl->notifyError(id, target.error());
            return;
        }
        Store& store = *target->store;
        const Workspace* ws = &target->workspace;
        WorkspaceView view;
        view.workspace = *ws;
        auto latest = store.latestSnapshot(ws->id);
        auto history = store.snapshots(ws->id, range);
        auto recommendations = store.recommendations(ws->id);
        if (!latest || !history || !recommendations) {
            impl->notifyError(id, !latest    ? latest.error()
                                  : !history ? history.error()
                                             : recommendations.error());
            return;
        }
        view.latest = std::move(*latest);
        view.history = std::move(*history);
        std::ranges::stable_sort(view.history, {},
                                 [](const StoredSnapshot& s) { return s.snapshot.takenAt(); });
        view.recommendations = std::move(*recommendations);
        std::ranges::stable_sort(view.recommendations, [](const auto& a, const auto& b) {
            return a.firstSeen != b.firstSeen ? a.firstSeen > b.firstSeen : a.id > b.id;
        });
        if (ws->name == impl->options.liveWorkspace) {
            view.sources = impl->live->statuses();
        }
        impl->notify([&](EngineListener& l) { l.onWorkspaceView(id, view); });
    });
}

RequestId Engine::requestHistory(const HistoryQuery& query) {
    return m_impl->post([impl = m_impl.get(), query](RequestId id) {
        auto target = impl->resolve(query.workspace);
        if (!target) {
            impl->notifyError(id, target.error());
            return;
        }
        Store& store = *target->store;
        const Workspace* ws = &target->workspace;
        auto decisions = store.decisions(ws->id, query.filter);
        if (!decisions) {
            impl->notifyError(id, decisions.error());
            return;
        }
        auto events = store.events(ws->id, query.filter);
        if (!events) {
            impl->notifyError(id, events.error());
            return;
        }
        const HistoryPage page{ws->name, std::move(*decisions), std::move(*events)};
        impl->notify([&](EngineListener& l) { l.onHistory(id, page); });
    });
}

RequestId Engine::decide(const std::string& workspace, DecisionRequest request) {
    return m_impl->post([impl = m_impl.get(), workspace, request](RequestId id) mutable {
        auto ws = impl->writableWorkspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        request.workspaceId = ws->id;
        if (request.decidedAt == Timestamp{}) {
            request.decidedAt = impl->options.clock();
        }
        auto decision = impl->store->recordDecision(request);
        if (!decision) {
            impl->notifyError(id, decision.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onDecisionRecorded(id, *decision); });
        impl->afterDecision(*ws, *decision);
    });
}

RequestId Engine::pollNow() {
    const RequestId id = m_impl->nextRequest++;
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->pollRequested = true;
    }
    m_impl->wake.notify_one();
    return id;
}

} // namespace headroom
