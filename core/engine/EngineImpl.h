#pragma once
// Engine::Impl, shared by Engine.cpp (the loop, workspaces, history, decisions) and
// EngineSources.cpp (configured sources, secrets, connection tests). Private to core/engine.

#include "bundle/BundleImport.h"
#include "engine/Engine.h"
#include "engine/JobRunner.h"
#include "engine/LiveSources.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace headroom {

// The catalog a workspace's history was stored under, which replay, what-if and reports start
// from: an opened bundle's own (as in force at export), else the engine's (EngineReplay.cpp).
Result<Catalog> catalogInForce(const Catalog& engineCatalog, const StoredBundleInfo* bundle);

struct Engine::Impl {
    EngineOptions options;
    std::vector<std::unique_ptr<Source>> builtinSources; // handed to `live` at start
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
    std::unique_ptr<LiveSources> live;
    std::optional<PollRound> pendingRound; // a "poll now" (or the first) round in progress
    std::chrono::steady_clock::time_point roundDeadline{};
    bool statusDirty = false;
    std::chrono::steady_clock::time_point lastStatusNotice{};
    std::map<std::string, std::string> secrets; // "<workspace>/<source>" -> secret, memory only

    // Connection tests run on threads of their own; stop() cancels and joins them.
    struct TestRun {
        std::shared_ptr<EndpointSource> source;
        std::jthread thread;
    };
    std::mutex testsMutex;
    std::list<TestRun> tests;

    Impl(EngineOptions o, std::vector<std::unique_ptr<Source>> s);

    RequestId post(std::function<void(RequestId)> job);
    void postInternal(std::function<void()> job);
    template <class Fn>
    void notify(Fn&& fn) {
        // Listeners are user code: one that throws must not take the engine thread down.
        for (EngineListener* listener : listeners) {
            try {
                fn(*listener);
            } catch (...) {
            }
        }
    }
    void notifyError(RequestId id, const Error& error);

    void run(std::stop_token stopToken, std::promise<Result<void>> started);
    void ensureDemoWorkspace();

    // Live sources.
    void startLiveSources();
    void onPolled(const PollOutcome& outcome); // engine thread (posted by the poller)
    void appendSourceEvent(EventKind kind, const SourceStatus& status, Timestamp at);
    void evaluateLive();
    void publishStatuses(bool force);
    std::optional<std::string> secretFor(const std::string& workspace, const std::string& name);
    void stopTests();

    // Hooks of the evaluation path, each defined in its stream's file and called by Engine.cpp.
    // EngineScaling.cpp: the catalog a workspace is evaluated under (its environment's mode
    // limits and guardrails in place of the catalog's).
    Catalog catalogFor(const Workspace& workspace);
    // EnginePolicies.cpp: the active autoscaling policy and seed 004's triggers, run over the
    // recent snapshots, add their recommendations to the evaluation before it is stored.
    void addPolicyFindings(const Workspace& workspace, const Catalog& catalog,
                           const Snapshot& snapshot, Evaluation& evaluation);
    // EngineAlerts.cpp: alert rules and burn rates after a snapshot was stored.
    void evaluateAlerts(const Workspace& workspace, const StoredSnapshot& stored);
    // EngineAlerts.cpp: the decision webhook after a decision was recorded.
    void afterDecision(const Workspace& workspace, const Decision& decision);
    // Called on every turn of the loop (at least once per pollInterval); keep them cheap when
    // nothing is due. Scheduled health snapshots (EngineScaling.cpp) and notification retries
    // (EngineAlerts.cpp).
    void runScheduledScaling(Timestamp now);
    void runNotificationRetries(Timestamp now);

    // ---- history stream members ----
    // ---- end history stream members ----
    // ---- scaling stream members ----
    // When the live workspace's next scheduled health snapshot may be due (unset: look now), so
    // runScheduledScaling reads the store only once per slot.
    std::optional<Timestamp> nextHealthCheck;
    // ---- end scaling stream members ----
    // ---- policies stream members ----
    // EnginePolicies.cpp: the policies in force (the catalog's until recordPolicyChange), the
    // recent points of the live workspace and the stepper's state, kept between evaluations so
    // that each reads only what was stored since the last. Engine thread only.
    struct PolicyEngineState;
    std::shared_ptr<PolicyEngineState> policyState;
    // ---- end policies stream members ----
    // ---- alerts stream members ----
    // The notification worker, in-flight deliveries, burn-rate timing (EngineAlerts.cpp).
    // shared_ptr: the type is complete only in EngineAlerts.cpp. Declared late so that it is
    // destroyed (its worker joined) before the mutex and queue its callback posts to.
    struct AlertRuntime;
    std::shared_ptr<AlertRuntime> alertRuntime;
    // ---- end alerts stream members ----
    // ---- governance stream members ----
    // ---- end governance stream members ----
    // ---- retention members (EngineRetention.cpp) ----
    // Called on every loop turn: at most every options.retentionEvery of the clock it queues the
    // workspaces rolled up automatically (engine/RetentionRun.h), then runs one pass per turn,
    // queueing the workspace again while it has more, so a long backlog never blocks the loop.
    void runRetention(Timestamp now);
    std::optional<Timestamp> nextRetentionAt;
    std::deque<Workspace> retentionQueue;
    // requestRetention's run, continued pass by pass as internal jobs.
    struct RetentionRequestRun;
    void continueRetention(const std::shared_ptr<RetentionRequestRun>& run);
    // ---- end retention members ----
    // ---- strain stream members (EngineStrain.cpp) ----
    // Sends the workspace's strain view (onStrainView) as the answer to `id` (0: after a run),
    // or onError with why it could not be read.
    void sendStrainView(RequestId id, const std::string& workspace);
    // The catalog the live engine works with: the one it started with, and the strain settings
    // replaceStrainSettings put in force since (the scenario editor). Evaluation, strain runs,
    // tier readiness and report jobs all read it, so an edit means the same everywhere at once.
    // Engine thread only.
    Catalog liveCatalog() const;
    std::optional<StrainSettings> strainSettings; // engine thread only
    // ---- end strain stream members ----
    // ---- replay stream members (EngineReplay.cpp) ----
    // Opened bundles by label (engine thread only); shared_ptr: complete in EngineReplay.cpp.
    struct BundleShelf;
    std::shared_ptr<BundleShelf> shelf;
    // A workspace a request names: the live database's, or an opened bundle's read-only copy.
    struct Target {
        Store* store = nullptr;
        Workspace workspace; // as shown: a bundle's is named "bundle:<label>"
        bool bundle = false;
        std::string storedName; // its name inside the bundle's database
        Workspace storedWorkspace() const {
            Workspace w = workspace;
            if (bundle) {
                w.name = storedName;
            }
            return w;
        }
    };
    Result<Target> resolve(const std::string& name);
    // What a read-only job (what-if, report) reads, settled on the engine thread where the shelf
    // lives: the database file (the live one or a bundle's copy), the workspace's name inside it
    // and the catalog its history was stored under. The job opens its own connection to `file`.
    struct JobSource {
        std::string file;
        std::string storedName;
        Catalog catalog;
    };
    Result<JobSource> jobSource(const std::string& name);
    // The live database's workspace for a change; an opened bundle is refused (Conflict).
    Result<Workspace> writableWorkspace(const std::string& name);
    void appendBundleWorkspaces(std::vector<Workspace>& list);
    // The registry row of the opened bundle shown as `name`; null for any other name.
    const StoredBundleInfo* bundleInfo(std::string_view name) const;
    std::filesystem::path bundleDir() const;
    void openShelf(); // at start, after the store opened
    // Progress of a job for the listeners, at most every 50 ms and at the end of each phase.
    std::function<void(const JobProgress&)> progressReporter(RequestId id);
    void finishImport(RequestId id, const std::filesystem::path& source,
                      Result<StagedBundle> staged);
    // A job's end when it did not succeed: onJobCancelled or onError; false when it succeeded.
    template <class T>
    bool jobFailed(RequestId id, const Result<T>& result) {
        if (result) {
            return false;
        }
        if (result.error().code == ErrorCode::Cancelled) {
            notify([&](EngineListener& l) { l.onJobCancelled(id); });
        } else {
            notifyError(id, result.error());
        }
        return true;
    }
    // Declared last: destroyed first, so every job has returned before what it uses goes.
    std::unique_ptr<JobRunner> jobRunner = std::make_unique<JobRunner>();
    // ---- end replay stream members ----
};

std::string secretKey(std::string_view workspace, std::string_view source);

} // namespace headroom
