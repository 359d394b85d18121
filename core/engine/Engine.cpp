#include "engine/Engine.h"

#include "demo/DefaultWorkspaces.h"
#include "demo/DemoGenerator.h"
#include "model/Text.h"
#include "policy/Evaluator.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

namespace headroom {

struct Engine::Impl {
    EngineOptions options;
    std::vector<std::unique_ptr<Source>> sources;
    std::vector<EngineListener*> listeners;

    // Shared between the caller's threads and the engine thread.
    mutable std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void()>> jobs;
    bool stopRequested = false;
    bool pollRequested = false;
    std::atomic<bool> isRunning{false};
    std::atomic<RequestId> nextRequest{1};
    std::jthread thread;

    // Owned by the engine thread while it runs.
    std::unique_ptr<Store> store;
    std::vector<SourceStatus> statuses;
    std::vector<bool> failing;

    Impl(EngineOptions o, std::vector<std::unique_ptr<Source>> s)
        : options(std::move(o))
        , sources(std::move(s)) {
        if (!options.clock) {
            options.clock = systemClock();
        }
    }

    RequestId post(std::function<void(RequestId)> job) {
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

    // Listeners are user code: one that throws must not take the engine thread down.
    template <class Fn>
    void notify(Fn&& fn) {
        for (EngineListener* listener : listeners) {
            try {
                fn(*listener);
            } catch (...) {
            }
        }
    }

    void notifyError(RequestId id, const Error& error) {
        notify([&](EngineListener& l) { l.onError(id, error); });
    }

    Result<void> ensureLiveWorkspace() {
        return headroom::ensureLiveWorkspace(*store, options.catalog, options.liveWorkspace,
                                             options.clock());
    }

    // The demo is filled after start() has returned, so a slow disk never delays the window.
    void ensureDemoWorkspace() {
        if (!options.createDemoWorkspace) {
            return;
        }
        if (auto ok = ensureDefaultWorkspaces(*store, options.catalog, options.clock()); !ok) {
            notifyError(0, ok.error());
        }
    }

    void appendSourceEvent(RowId workspaceId, Timestamp at, EventKind kind,
                           const SourceStatus& status) {
        nlohmann::json detail = nlohmann::json::object();
        if (status.lastError) {
            detail["code"] = std::string(keyOf(status.lastError->code));
            detail["error"] = status.lastError->message;
        }
        Event event{0, workspaceId, at, kind, status.sourceId, detail.dump()};
        if (auto ok = store->appendEvent(event); !ok) {
            notifyError(0, ok.error());
        }
    }

    void pollSources() {
        if (sources.empty()) {
            return;
        }
        auto live = store->workspace(options.liveWorkspace);
        if (!live) {
            notifyError(0, live.error());
            return;
        }
        const Timestamp now = options.clock();
        Snapshot combined(now);
        bool anyData = false;
        for (std::size_t i = 0; i < sources.size(); ++i) {
            SourceStatus& status = statuses[i];
            status.lastPollAt = now;
            Snapshot part(now);
            Result<void> polled;
            try {
                polled = sources[i]->poll(now, part);
            } catch (const std::exception& e) {
                polled = fail(ErrorCode::IoError, cat(status.sourceId, ": ", e.what()));
            }
            if (polled) {
                status.lastSuccessAt = now;
                status.lastError.reset();
                for (const MetricInfo& info : allMetrics()) {
                    if (const auto& sample = part.get(info.id)) {
                        (void)combined.set(info.id, *sample); // validated by part.set already
                        anyData = true;
                    }
                }
                for (const ProviderUsage& usage : part.aiUsage()) {
                    (void)combined.setAiUsage(usage);
                    anyData = true;
                }
                if (failing[i]) {
                    failing[i] = false;
                    appendSourceEvent(live->id, now, EventKind::SourceRecovered, status);
                }
            } else {
                status.lastError = polled.error();
                if (!failing[i]) {
                    failing[i] = true;
                    appendSourceEvent(live->id, now, EventKind::SourceFailed, status);
                    notifyError(0, polled.error());
                }
            }
            status.stale = !status.lastSuccessAt ||
                           now - *status.lastSuccessAt > options.catalog.truth.staleAfter;
        }

        if (anyData) {
            const Evaluation evaluation =
                evaluate(combined, options.catalog, {now, live->currentModeId});
            auto ingested = store->ingest(live->id, combined, evaluation);
            if (ingested) {
                const StoredSnapshot stored{ingested->snapshotId, live->id, combined, evaluation};
                notify([&](EngineListener& l) { l.onSnapshotStored(live->name, stored); });
            } else {
                notifyError(0, ingested.error());
            }
        }
        const auto copy = statuses;
        notify([&](EngineListener& l) { l.onSourceStatus(copy); });
    }

    void run(std::stop_token stopToken, std::promise<Result<void>> started) {
        auto opened = Store::open(options.databasePath);
        if (!opened) {
            started.set_value(std::unexpected(opened.error()));
            return;
        }
        store = std::move(*opened);
        if (auto ok = ensureLiveWorkspace(); !ok) {
            store.reset();
            started.set_value(std::unexpected(ok.error()));
            return;
        }
        started.set_value({});
        // Requests queued meanwhile wait for the demo, so the first answers already include it.
        ensureDemoWorkspace();

        auto nextPoll = std::chrono::steady_clock::now(); // the first poll happens at once
        while (!stopToken.stop_requested()) {
            std::function<void()> job;
            bool pollDue = false;
            {
                std::unique_lock lock(mutex);
                wake.wait_until(lock, nextPoll,
                                [&] { return stopRequested || pollRequested || !jobs.empty(); });
                if (stopRequested) {
                    break;
                }
                if (!jobs.empty()) {
                    job = std::move(jobs.front());
                    jobs.pop_front();
                } else if (pollRequested || std::chrono::steady_clock::now() >= nextPoll) {
                    pollRequested = false;
                    pollDue = true;
                }
            }
            if (job) {
                job();
            } else if (pollDue) {
                try {
                    pollSources();
                } catch (const std::exception& e) {
                    notifyError(0, Error{ErrorCode::InvalidArgument, cat("poll: ", e.what())});
                }
                nextPoll = std::chrono::steady_clock::now() + options.pollInterval;
            }
        }
        store.reset();
    }
};

Engine::Engine(EngineOptions options, std::vector<std::unique_ptr<Source>> liveSources)
    : m_impl(std::make_unique<Impl>(std::move(options), std::move(liveSources))) {
    for (const auto& source : m_impl->sources) {
        SourceStatus status;
        status.sourceId = source->id();
        status.displayName = source->displayName();
        status.stale = true; // nothing read yet
        m_impl->statuses.push_back(std::move(status));
        m_impl->failing.push_back(false);
    }
}

Engine::~Engine() {
    stop();
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
        impl->notify([&](EngineListener& l) { l.onWorkspaces(id, *list); });
    });
}

RequestId Engine::requestWorkspaceView(const std::string& workspace, TimeRange range) {
    return m_impl->post([impl = m_impl.get(), workspace, range](RequestId id) {
        Store& store = *impl->store;
        auto ws = store.workspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
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
            view.sources = impl->statuses;
        }
        impl->notify([&](EngineListener& l) { l.onWorkspaceView(id, view); });
    });
}

RequestId Engine::requestHistory(const HistoryQuery& query) {
    return m_impl->post([impl = m_impl.get(), query](RequestId id) {
        Store& store = *impl->store;
        auto ws = store.workspace(query.workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
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
        auto ws = impl->store->workspace(workspace);
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
