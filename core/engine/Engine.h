#pragma once
// Engine: owns the worker thread that polls the live sources, evaluates each snapshot, stores it
// and tells listeners. It also runs the UI's queries and decisions on that thread, so that the GUI
// thread never touches SQLite or libcurl: every request returns at once and its answer arrives
// through EngineListener, called on the engine's thread with value copies.
//
// Lifetime: start() opens the store (creating the demo workspace in a new database) and begins
// polling; stop() (or the destructor) finishes the current step and joins promptly, without
// waiting out the poll interval.

#include "bundle/BundleExport.h"
#include "cost/CostReport.h"
#include "engine/GovernanceQuery.h"
#include "engine/ScalingControl.h"
#include "model/Catalog.h"
#include "model/JobProgress.h"
#include "model/Records.h"
#include "model/StoredBundle.h"
#include "model/Stretch.h"
#include "replay/Lttb.h"
#include "replay/WhatIfTypes.h"
#include "sources/Source.h"
#include "sources/endpoint/EndpointSource.h"
#include "sources/endpoint/SourceConfig.h"
#include "store/Store.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

// How a source is doing, in the order a status indicator ranks them.
enum class SourceHealth {
    Ok,                 // the last poll succeeded and is fresh
    Waiting,            // enabled, not polled yet
    Stale,              // no success within the truth layer's staleAfter (but not failing now)
    Failing,            // the last poll failed (lastError says why); backing off
    MissingCredentials, // needs a secret that was not provided; not polled
    Disabled,           // configured but switched off
};
std::string_view keyOf(SourceHealth health); // "ok", "waiting", "stale", "failing", ...

struct SourceStatus {
    std::string sourceId;    // "host", "endpoint:<name>"
    std::string displayName; // the configured name ("host" for the built-in collector)
    std::string kind;        // "host" or keyOf(EndpointKind)
    std::string url;         // redacted; empty for the host collector
    bool enabled = true;
    bool tlsUnverified = false;       // the founder switched TLS verification off
    std::chrono::seconds interval{0}; // the source's own poll interval
    std::optional<Timestamp> lastPollAt;
    std::optional<Timestamp> lastSuccessAt;
    std::optional<Timestamp> failingSince; // first failure of the current run of failures
    std::optional<Timestamp> nextPollAt;   // after backoff when failing
    int consecutiveFailures = 0;
    std::optional<Error> lastError;
    bool missingCredentials = false;
    std::size_t mappedMetrics = 0;     // metrics the last successful poll wrote
    std::vector<std::string> warnings; // bindings that failed, API warnings, TLS off
    bool stale = false;                // no success within the truth layer's staleAfter

    SourceHealth health() const;
};

// Delay before the next poll of a source: its interval while it succeeds; after n consecutive
// failures, interval * 2^n capped at maxBackoff (never below the interval). Pure.
std::chrono::milliseconds nextPollDelay(std::chrono::seconds interval, int consecutiveFailures,
                                        std::chrono::seconds maxBackoff);

// The sources configured for a workspace, with the live status of each (live workspace only).
struct SourcesView {
    std::string workspace;
    std::vector<SourceConfig> configs;   // by name
    std::vector<SourceStatus> statuses;  // every polled source, the host collector first
    std::vector<std::string> loadErrors; // stored configurations that no longer parse
};

// The outcome of "Test connection": a one-off probe of a config that need not be saved.
struct SourceTestResult {
    std::string name;
    std::optional<ProbeReport> report;       // whatever was fetched and mapped, also on some errors
    std::optional<Error> error;              // the fetch, parse or mapping failed
    std::vector<std::string> configProblems; // validation problems; nothing was fetched
};

// Looks a secret up when the engine builds a configured source that needs one and none was
// provided (the command line reads the environment; the console provides from its keychain).
using SecretLookup =
    std::function<std::optional<std::string>(std::string_view workspace, std::string_view source)>;

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

// What importing a billing export stored.
struct LedgerImportSummary {
    std::string workspace;
    std::string origin; // "csv:<file name>"
    std::size_t usageRows = 0;
    std::size_t serviceRows = 0;
    std::optional<DayRange> days;
};

// ---- replay stream types (EngineReplay.cpp) ----
// An opened bundle: its read-only copy is registered in the main database and shows as the
// workspace "bundle:<label>" beside the live ones; every read request answers for it from the
// copy, every write request refuses it (Conflict).
inline constexpr std::string_view kBundleWorkspacePrefix = "bundle:";
bool isBundleWorkspace(std::string_view workspace);

struct BundleSummary {
    std::string workspace; // "bundle:<label>"
    StoredBundleInfo info;
    bool migrated = false;    // the bundle came from an older schema
    bool alreadyOpen = false; // the same bundle (by checksum) was open: switched to it
};

enum class TimelineMarkKind { TierChange, AdviceChange, Decision, ModeSet };

struct TimelineMark {
    Timestamp at{};
    TimelineMarkKind kind = TimelineMarkKind::TierChange;
    std::string label; // "soft_launch -> hard_launch", "accept enable_supabase_pooler"
};

// What the timeline bar draws for a workspace: its first and last stored moment, the health
// score downsampled for the screen, the resolution of each stretch, the marks and every instant
// a step can land on.
struct ReplaySpan {
    std::string workspace;
    std::optional<Timestamp> from;
    std::optional<Timestamp> to;
    std::vector<PlotPoint> overview; // x: seconds since the epoch, y: overall health 0..100
    std::vector<Stretch> stretches;
    std::vector<TimelineMark> marks;
    std::vector<Timestamp> stepTimes;
    // The catalog the history was stored under, which a what-if edits: an opened bundle's own
    // (as in force at its export), else the engine's.
    Catalog catalog;
};

// The workspace as it was at `at`: the stored snapshot and evaluation then (the same tier, mode
// advice and scores), the recommendations in their state then, the charts' snapshots up to it
// and the scaling configuration in force. Nothing is re-evaluated.
struct ReplayView {
    WorkspaceView view; // latest = the snapshot in force at `at`
    Timestamp at{};
    std::chrono::seconds resolution{0}; // of the snapshot shown: 0 raw, else its roll-up bucket
    std::optional<ScalingConfig> scaling;
};

struct WhatIfRequest {
    std::string workspace;         // a live workspace or "bundle:<label>"
    std::optional<Catalog> edited; // nullopt: the baseline itself (fidelity only)
    std::vector<std::string> editedSections;
    TimeRange range;
};
// ---- end replay stream types ----

// ---- retention types (EngineRetention.cpp) ----
// What a retention run did to a workspace (Store::rollUp): the passes' counts added up, the
// retention mark after the last pass.
struct RetentionReport {
    std::string workspace;
    RollUpResult result;
    std::size_t passes = 0;
};
// ---- end retention types ----

// ---- report stream types ----
// Declared in report/ReportData.h (headroom_report, linked publicly): include it to call
// requestReport or read onReport's answer.
struct ReportData;
struct ReportRequest;
// ---- end report stream types ----

// ---- strain stream types (EngineStrain.cpp) ----
// Declared in engine/StrainJob.h: include it to call startStrainRun or read its answers.
struct StrainJobOutcome;
struct StrainRunRequest;
struct StrainView;
struct LoadProgress;
// ---- end strain stream types ----

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
    virtual void onSources(RequestId, const SourcesView&) {}
    virtual void onSourceSaved(RequestId, const std::string& /*workspace*/, const SourceConfig&) {}
    virtual void onSourceRemoved(RequestId, const std::string& /*workspace*/,
                                 const std::string& /*name*/) {}
    // Called on the connection test's own thread (a test may take up to its timeout).
    virtual void onSourceTested(RequestId, const SourceTestResult&) {}
    // A request or a poll failed; request is 0 for background work.
    virtual void onCostReport(RequestId, const CostReport&) {}
    virtual void onLedgerImported(RequestId, const LedgerImportSummary&) {}
    virtual void onError(RequestId, const Error&) {}

    // ---- history stream callbacks ----
    // The workspace's history chain was checked (Engine::verifyHistory); tampering is a finding
    // here, not an onError.
    virtual void onHistoryVerified(RequestId, const HistoryVerification&) {}
    // ---- end history stream callbacks ----
    // ---- scaling stream callbacks ----
    virtual void onScalingView(RequestId, const ScalingView&) {}
    virtual void onScalingChanged(RequestId, const std::string& /*workspace*/,
                                  const ScalingChangeResult&) {}
    // A health snapshot was taken: on request, or (request 0) by the schedule.
    virtual void onHealthSnapshot(RequestId, const std::string& /*workspace*/,
                                  const HealthSnapshotRecord&) {}
    virtual void onHealthSnapshots(RequestId, const std::string& /*workspace*/,
                                   const std::vector<HealthSnapshotRecord>&) {}
    // ---- end scaling stream callbacks ----
    // ---- policies stream callbacks ----
    // The autoscaling policies in force changed (Engine::recordPolicyChange); `event` is the
    // PolicyChanged event appended to the workspace's history.
    virtual void onPolicyChanged(RequestId, const std::string& /*workspace*/, const Event&) {}
    // ---- end policies stream callbacks ----
    // ---- alerts stream callbacks ----
    // Answers requestAlerts; also sent with request 0 after an evaluation changed a state.
    virtual void onAlerts(RequestId, const AlertsView&) {}
    // A rule fired, escalated or resolved (once per change, never per poll).
    virtual void onAlertNotification(const AlertNotification&) {}
    virtual void onNotificationChannelSaved(RequestId, const NotificationChannel&) {}
    virtual void onNotificationChannelRemoved(RequestId, const std::string& /*name*/) {}
    // A delivery was queued (a test, an alert, a decision webhook) and later ended.
    virtual void onDeliveryQueued(RequestId, const Delivery&) {}
    virtual void onDeliveryFinished(const Delivery&) {}
    // ---- end alerts stream callbacks ----
    // ---- governance stream callbacks ----
    // Outcomes with key metrics, the resource monitor and tier readiness of a workspace.
    virtual void onGovernance(RequestId, const GovernanceView&) {}
    virtual void onOutcomeRecorded(RequestId, const std::string& /*workspace*/,
                                   const OutcomeRecord&) {}
    virtual void onChecklistTicked(RequestId, const std::string& /*workspace*/,
                                   const ChecklistTick&) {}
    // ---- end governance stream callbacks ----
    // ---- replay stream callbacks ----
    // Long jobs (export, import, what-if) report from their own thread, at most ~20 times a
    // second and always at the end of a phase; a cancelled job ends with onJobCancelled and
    // leaves nothing behind.
    virtual void onJobProgress(RequestId, const JobProgress&) {}
    virtual void onJobCancelled(RequestId) {}
    virtual void onBundleExported(RequestId, const BundleExportResult&) {}
    // On the engine thread, once the bundle is registered and readable as summary.workspace.
    virtual void onBundleImported(RequestId, const BundleSummary&) {}
    virtual void onBundleClosed(RequestId, const std::string& /*workspace*/) {}
    virtual void onReplaySpan(RequestId, const ReplaySpan&) {}
    virtual void onReplayView(RequestId, const ReplayView&) {}
    virtual void onWhatIf(RequestId, const WhatIfReport&) {}
    // ---- end replay stream callbacks ----
    // ---- retention callbacks ----
    // Answers requestRetention once every pass is done; also sent with request 0 after a
    // background pass (at most one per loop turn) that rolled up or dropped anything.
    virtual void onRetention(RequestId, const RetentionReport&) {}
    // ---- end retention callbacks ----
    // ---- report stream callbacks ----
    // Answers requestReport (report/ReportData.h), from the engine thread once the job is done.
    virtual void onReport(RequestId, const ReportData&) {}
    // ---- end report stream callbacks ----
    // ---- strain stream callbacks ----
    // Answers requestStrainView; also sent (request 0) after a run was stored or a baseline set.
    virtual void onStrainView(RequestId, const StrainView&) {}
    // From the run's own thread, once per sample (about a second).
    virtual void onStrainProgress(RequestId, const LoadProgress&) {}
    // The run ended (finished, bounded or cancelled) and was judged and stored.
    virtual void onStrainFinished(RequestId, const StrainJobOutcome&) {}
    // ---- end strain stream callbacks ----
};

struct EngineOptions {
    std::string databasePath;
    Catalog catalog;
    Clock clock;
    // How often the live workspace is evaluated and a snapshot stored from the latest readings
    // of its sources; also the host collector's poll interval. Configured sources poll on their
    // own intervals, each on its own thread, so a slow endpoint never delays the others.
    std::chrono::seconds pollInterval{10};
    std::chrono::seconds maxBackoff{300}; // cap of a failing source's exponential backoff
    // "Poll now" (and the start) evaluates once every source has answered, but waits no longer
    // than this for a slow one, which then shows in the next evaluation.
    std::chrono::seconds pollRoundLimit{15};
    std::string liveWorkspace = "local";
    bool createDemoWorkspace = true;   // in a new database
    bool loadConfiguredSources = true; // poll the live workspace's stored sources
    // Its rateClock, when empty, is set to a monotonic clock, so counter rates use the real
    // time between two scrapes.
    EndpointSourceOptions endpointOptions;
    SecretLookup secrets; // may be empty

    // ---- scaling stream options ----
    // Scheduled health snapshots of the live workspace (seed 001's daily scheduler).
    bool scheduleHealthSnapshots = true;
    // ---- end scaling stream options ----
    // ---- alerts stream options ----
    // Delivery retries; unset: the catalog's alert_routing.delivery.
    std::optional<DeliveryPolicy> deliveryPolicy;
    // Burn rates read up to three days of error rates: at most this often.
    std::chrono::seconds burnRateEvery{60};
    // ---- end alerts stream options ----
    // ---- replay stream options ----
    // Where opened bundles' read-only copies live; empty: "bundles" beside the database (a
    // database in memory then opens no bundle).
    std::filesystem::path bundleDir;
    // ---- end replay stream options ----
    // ---- retention options ----
    // How often (of `clock`) the engine looks for raw snapshots older than the catalog's
    // retention.raw_seconds in each live and user workspace and rolls them up, one bounded pass
    // per loop turn; 0 switches that off (requestRetention still runs).
    std::chrono::seconds retentionEvery{std::chrono::minutes(10)};
    // ---- end retention options ----
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

    // Configured sources (stored per workspace; the live workspace's are polled).
    RequestId requestSources(const std::string& workspace);
    // Adds (previousName unset) or replaces a source; validated first (ValidationError naming
    // the fields). Takes effect at once for the live workspace.
    RequestId saveSource(const std::string& workspace, SourceConfig config,
                         std::optional<std::string> previousName = std::nullopt);
    RequestId removeSource(const std::string& workspace, const std::string& name);
    // Probes a config once, on a thread of its own (the engine stays responsive); nothing is
    // stored. The answer arrives through onSourceTested.
    RequestId testSource(SourceConfig config, std::optional<std::string> secret);
    // The cost report of a workspace for a period, judged as of range.to (core/cost/CostReport.h);
    // costs replaces the catalog's cost settings (the console's edited budgets and rates).
    RequestId requestCosts(const std::string& workspace, DayRange range,
                           std::optional<CostSettings> costs = std::nullopt);
    // Parses a billing export (core/cost/LedgerCsv.h) and stores its rows in one transaction; a
    // file with any problem stores nothing and the error lists the problems by line.
    RequestId importLedger(const std::string& workspace, std::string path);
    // Secrets are held in memory only, never stored by the core; a source waiting for its
    // secret starts polling when it arrives. nullopt forgets it.
    void provideSecret(const std::string& workspace, const std::string& sourceName,
                       std::optional<std::string> secret);

    // ---- history stream requests (EngineHistoryChain.cpp) ----
    // Checks the workspace's tamper-evident history (Store::verifyHistory): onHistoryVerified,
    // or onError (NotFound workspace, StorageError).
    RequestId verifyHistory(const std::string& workspace);
    // ---- end history stream requests ----
    // ---- scaling stream requests (EngineScaling.cpp) ----
    // The environment's scaling configuration, the current advice and the last health snapshot.
    RequestId requestScaling(const std::string& workspace);
    // Set mode, freeze, unfreeze, auto-mode, config update (core/engine/ScalingControl.h); the
    // answer is onScalingChanged or onError (ValidationError / Conflict naming the field).
    RequestId changeScaling(const std::string& workspace, ScalingChangeRequest request);
    RequestId takeHealthSnapshot(const std::string& workspace);
    RequestId requestHealthSnapshots(const std::string& workspace, TimeRange range);
    // ---- end scaling stream requests ----
    // ---- policies stream requests (EnginePolicies.cpp) ----
    // A change of the autoscaling policies (policies.json): the active template chosen, a clone
    // made or edited. The caller validates (validateCatalog) and saves the file; the engine
    // refuses settings whose active id names no template (ValidationError, nothing changes),
    // uses them for the live evaluation from now on and appends a PolicyChanged event (subject:
    // policyId; detail: "action", "old", "new", "actor", "reason"). Answer: onPolicyChanged or
    // onError.
    struct PolicyChange {
        PolicySettings settings;
        std::string policyId; // the template changed or made active
        std::string action;   // "activated", "cloned", "edited", "removed"
        std::string oldValue; // e.g. the previously active id, or the template before (JSON)
        std::string newValue;
        std::string actor = "founder";
        std::string reason;
    };
    RequestId recordPolicyChange(const std::string& workspace, PolicyChange change);
    // ---- end policies stream requests ----
    // ---- alerts stream requests (EngineAlerts.cpp) ----
    // Alert states, channels and the delivery log (onAlerts).
    RequestId requestAlerts(const std::string& workspace);
    // Channels (global). The configuration is checked for its kind (NotificationError naming
    // the field); secrets go through provideSecret("notifications", name, secret).
    RequestId saveNotificationChannel(NotificationChannel channel,
                                      std::optional<std::string> previousName = std::nullopt);
    RequestId removeNotificationChannel(const std::string& name);
    // Queues a test notification to the channel for the live workspace (onDeliveryQueued); its
    // outcome arrives through onDeliveryFinished after the retries.
    RequestId testNotification(const std::string& channelName);
    // ---- end alerts stream requests ----
    // ---- governance stream requests (EngineGovernance.cpp) ----
    // Everything the governance views show (engine/GovernanceQuery.h): onGovernance.
    RequestId requestGovernance(const std::string& workspace);
    // Validated by Store::recordOutcome (NotFound, Conflict, InvalidArgument naming the field):
    // onOutcomeRecorded or onError. An unset request.at is the engine's clock.
    RequestId recordOutcome(const std::string& workspace, OutcomeRequest request);
    // Ticks or unticks a checklist item of the catalog: onChecklistTicked or onError.
    RequestId tickChecklist(const std::string& workspace, ChecklistTickRequest request);
    // ---- end governance stream requests ----
    // ---- replay stream requests (EngineReplay.cpp) ----
    // Jobs on threads of their own (the engine keeps answering): progress, then the result or
    // onJobCancelled or onError. Export refuses an opened bundle (InvalidArgument).
    RequestId exportBundle(BundleExportRequest request);
    // Checks and opens a bundle file read-only (bundle/BundleImport.h) and registers it; the
    // file itself is never changed. The same bundle opened twice switches to the first.
    RequestId importBundle(std::filesystem::path file);
    // Forgets an opened bundle and deletes its working copy (never the bundle file).
    RequestId closeBundle(const std::string& workspace);
    RequestId requestReplaySpan(const std::string& workspace);
    // The state at `at`; the charts' snapshots are those of `chart` up to `at`.
    RequestId requestReplayView(const std::string& workspace, Timestamp at, TimeRange chart);
    RequestId runWhatIf(WhatIfRequest request);
    // Asks a running job to stop; false when no such job runs.
    bool cancelJob(RequestId job);
    // ---- end replay stream requests ----
    // ---- retention requests (EngineRetention.cpp) ----
    // Rolls the workspace's raw snapshots up now (Store::rollUp with the catalog's retention),
    // pass after pass (other requests are answered between them) until none is left:
    // onRetention with the passes added up, or onError (NotFound; Conflict for an opened
    // bundle, which is read-only). Also the demo, which the engine leaves alone on its own.
    RequestId requestRetention(const std::string& workspace);
    // ---- end retention requests ----
    // ---- report stream requests (EngineReport.cpp) ----
    // The investor report (report/ReportBuilder.h) of request.workspace, a live workspace or an
    // opened bundle "bundle:<label>", for [request.from, request.to), generated as of the
    // engine's clock. A job on a thread of its own with its own read-only connection, under the
    // catalog the history was stored under (a bundle's own, else the engine's); a bundle reports
    // exactly like the workspace it was exported from, named "bundle:<label>". Answer: progress,
    // then onReport, or onJobCancelled (cancelJob), or onError (NotFound workspace,
    // InvalidArgument for an empty or reversed period, StorageError).
    RequestId requestReport(ReportRequest request);
    // ---- end report stream requests ----
    // ---- strain stream requests (EngineStrain.cpp) ----
    // The scenarios, criteria and suites in force and the workspace's stored runs (newest first)
    // with each scenario's baseline: onStrainView, or onError (NotFound; an opened bundle holds
    // no strain runs, Conflict).
    RequestId requestStrainView(const std::string& workspace);
    // Plans the run (planRun with the request's overrides, refusals as InvalidArgument) and runs
    // it on a job thread: onStrainProgress about every second, then onStrainFinished on the
    // engine thread once it is judged and stored, or onError. A target that is not this computer
    // is refused (Conflict) unless request.remoteConfirmed. cancelJob(id) stops it at once; the
    // cancelled run is stored, not judged.
    RequestId startStrainRun(StrainRunRequest request);
    // Makes a stored run its scenario's baseline (Store::setStrainBaseline): onStrainView, or
    // onError (Conflict for a run that was not judged or was cancelled).
    RequestId setStrainBaseline(const std::string& workspace, RowId runId);
    // Replaces the strain settings in force (the scenarios and criteria the console's scenario
    // editor saved to strain.json) for every workspace until the engine stops; the next start
    // reads them from the saved file. Checked first by the catalog's own rules (validateCatalog
    // of the engine's catalog with this strain section): any problem is refused as
    // ValidationError listing them, one per line, and nothing changes. A run already going keeps
    // the settings it started with; the next one uses these, as do tier readiness, reports and
    // the views (Impl::liveCatalog). Answer: onStrainView of `workspace` with the new settings,
    // or onError (NotFound; Conflict for an opened bundle).
    // The change is appended to `workspace`'s history as a StrainSettingsChanged event (what was
    // added, removed or changed, by `actor`).
    RequestId replaceStrainSettings(const std::string& workspace, StrainSettings settings,
                                    std::string actor = "founder");
    // ---- end strain stream requests ----

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace headroom
