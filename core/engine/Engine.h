#pragma once
// Engine: owns the worker thread that polls the live sources, evaluates each snapshot, stores it
// and tells listeners. It also runs the UI's queries and decisions on that thread, so that the GUI
// thread never touches SQLite or libcurl: every request returns at once and its answer arrives
// through EngineListener, called on the engine's thread with value copies.
//
// Lifetime: start() opens the store (creating the demo workspace in a new database) and begins
// polling; stop() (or the destructor) finishes the current step and joins promptly, without
// waiting out the poll interval.

#include "model/Catalog.h"
#include "model/Records.h"
#include "sources/Source.h"
#include "store/Store.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace headroom {

struct SourceStatus {
    std::string sourceId;
    std::string displayName;
    std::optional<Timestamp> lastPollAt;
    std::optional<Timestamp> lastSuccessAt;
    std::optional<Error> lastError;
    bool stale = false; // no success within the truth layer's staleAfter
};

// Everything a workspace's tabs show, read in one go on the engine thread.
struct WorkspaceView {
    Workspace workspace;
    std::optional<StoredSnapshot> latest;
    std::vector<StoredSnapshot> history; // snapshots in the requested range, oldest first
    std::vector<StoredRecommendation> recommendations; // every state, newest first
    std::vector<SourceStatus> sources;                 // live workspace only
};

struct HistoryQuery {
    std::string workspace;
    HistoryFilter filter;
};

struct HistoryPage {
    std::string workspace;
    std::vector<Decision> decisions;
    std::vector<Event> events;
};

// Identifies the request an answer belongs to, so a listener can drop stale answers.
using RequestId = std::uint64_t;

class EngineListener {
public:
    virtual ~EngineListener() = default;
    virtual void onWorkspaces(RequestId, const std::vector<Workspace>&) {}
    virtual void onWorkspaceView(RequestId, const WorkspaceView&) {}
    virtual void onHistory(RequestId, const HistoryPage&) {}
    virtual void onDecisionRecorded(RequestId, const Decision&) {}
    // A new live snapshot was stored (the UI refreshes the live workspace's view).
    virtual void onSnapshotStored(const std::string& /*workspace*/, const StoredSnapshot&) {}
    virtual void onSourceStatus(const std::vector<SourceStatus>&) {}
    // A request or a poll failed; request is 0 for background work.
    virtual void onError(RequestId, const Error&) {}
};

struct EngineOptions {
    std::string databasePath;
    Catalog catalog;
    Clock clock;
    std::chrono::seconds pollInterval{10};
    std::string liveWorkspace = "local";
    bool createDemoWorkspace = true; // in a new database
};

class Engine {
public:
    Engine(EngineOptions options, std::vector<std::unique_ptr<Source>> liveSources);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Listeners are added before start() and must outlive the engine's thread.
    void addListener(EngineListener* listener);

    Result<void> start();
    void stop();
    bool running() const;

    const Catalog& catalog() const;

    // Requests: queued for the engine thread; each returns the id its answer will carry.
    RequestId requestWorkspaces();
    RequestId requestWorkspaceView(const std::string& workspace, TimeRange range);
    RequestId requestHistory(const HistoryQuery& query);
    RequestId decide(const std::string& workspace, DecisionRequest request);
    RequestId pollNow();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace headroom
