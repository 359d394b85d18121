#pragma once
// Store: the workspace database (SQLite, WAL, foreign keys, migrations on PRAGMA user_version).
// One Store is one connection and belongs to one thread; open another Store for another thread.
// Snapshots are appended; recommendations follow their lifecycle; decisions and events are
// append-only (triggers refuse UPDATE and DELETE), and a decision is written with
// synchronous=FULL in the same transaction as the recommendation's new state and its event, so a
// decision the UI confirmed is never lost.

#include "model/AlertState.h"
#include "model/Error.h"
#include "model/Ledger.h"
#include "model/Outcome.h"
#include "model/Records.h"
#include "model/RetentionSettings.h"
#include "model/ScalingConfig.h"
#include "model/StoredBundle.h"
#include "model/StrainRun.h"
#include "model/Stretch.h"
#include "store/HistoryVerification.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace headroom {

struct SeriesPoint {
    Timestamp at{}; // a raw snapshot's time, or the start of a roll-up bucket
    MetricId metric;
    double value = 0.0;
    std::chrono::seconds resolution{0}; // 0: a raw snapshot; 300 / 3600: a roll-up bucket
};

// Which figure of a roll-up bucket series() reports for a rolled stretch (raw points are values).
enum class RollupStatistic { Mean, Min, Max, P50, P95, P99, Last };

struct SeriesOptions {
    RollupStatistic statistic = RollupStatistic::Mean;
};

// A stored snapshot together with its resolution: 0 for a raw row; 300 or 3600 for the last
// snapshot of a roll-up bucket, kept verbatim (its id is 0 when the raw row was rolled away).
struct SampledSnapshot : StoredSnapshot {
    std::chrono::seconds resolution{0};
};

// One retention pass over a workspace (Store::rollUp).
struct RollUpRequest {
    RowId workspaceId = 0;
    Timestamp now{};
    RetentionSettings settings;
    int maxHours = 6; // hours of raw data (that hold snapshots) rolled up per call
};

struct RollUpResult {
    std::size_t buckets5m = 0;  // 5-minute buckets written
    std::size_t buckets1h = 0;  // hourly buckets written
    std::size_t rawDeleted = 0; // raw snapshots rolled away
    std::size_t rawKept = 0;    // raw snapshots of rolled hours kept (change points, sources)
    std::size_t fiveMinuteDropped = 0; // 5-minute buckets older than settings.fiveMinuteFor
    std::size_t hourlyDropped = 0;     // hourly buckets older than settings.hourlyFor
    Timestamp rawBefore{};             // raw rows before this are rolled up (the retention mark)
    bool more = false;                 // another call has hours left to roll up
};

// The newest run of each scenario in a period (Store::latestStrainRunsPerScenario).
struct LatestStrainRuns {
    std::vector<StrainRunRecord> runs; // one a scenario, by scenario id
    std::size_t runsInPeriod = 0;      // every run of the workspace that started in the period
};

struct TimeRange {
    std::optional<Timestamp> from; // inclusive
    std::optional<Timestamp> to;   // inclusive
};

struct HistoryFilter {
    TimeRange range;
    std::vector<EventKind> kinds; // empty = all kinds
    std::size_t limit = 1000;
};

struct DecisionRequest {
    RowId workspaceId = 0;
    RowId recommendationId = 0;
    Verdict verdict = Verdict::Accept;
    std::string reason;
    std::string actor = "founder";
    Timestamp decidedAt{};
    std::optional<Timestamp> revisitAt; // required for Defer, refused otherwise
};

// A metric endpoint configured for a workspace. The store keeps its configuration as opaque JSON
// (sources/endpoint/SourceConfig.h's sourceConfigToJson, which never holds a secret), so the store
// does not depend on the sources' types.
struct StoredSource {
    RowId id = 0;
    RowId workspaceId = 0;
    std::string name; // unique within the workspace
    std::string configJson;
    bool enabled = true;
    Timestamp createdAt{};
    Timestamp updatedAt{};
};

struct SaveSourceRequest {
    RowId workspaceId = 0;
    std::string name;
    std::string configJson; // must be a JSON object
    bool enabled = true;
    std::optional<std::string> previousName; // set when editing (and possibly renaming) a source
    std::string actor = "founder";
    Timestamp at{};
};

// Rows of the cost ledger to store in one go (an export, a day of a source, the demo history).
// Each row's natural key is (day, provider, client, feature, team) for usage and (day, service,
// resource type, client, feature, team) for service costs: a row whose key is already stored
// replaces that row's values (so importing the same export twice counts it once), and one
// request may not hold the same key twice (a billing export listing several models of one
// provider must be summed first). The source is not part of the key.
struct LedgerImportRequest {
    RowId workspaceId = 0;
    std::string origin; // "demo", "csv:billing-2026-03.csv": the event's subject
    std::span<const UsageRow> usage;
    std::span<const ServiceCostRow> serviceCosts;
    std::string actor = "founder";
    Timestamp at{};
};

struct LedgerImportResult {
    std::size_t usageRows = 0;
    std::size_t serviceCostRows = 0;
    std::size_t newRows = 0;      // keys not stored before
    std::size_t replacedRows = 0; // keys stored before, their values replaced
    DayRange days;                // first and last day among the imported rows
    Event event;                  // the LedgerImported event written with them
};

// What storing one evaluation changed, so the engine can tell listeners.
struct IngestResult {
    RowId snapshotId = 0;
    std::vector<StoredRecommendation> opened;
    std::vector<StoredRecommendation> reopened;
    std::vector<StoredRecommendation> resolved;
    std::vector<Event> events;
};

class Store {
public:
    // Opens or creates the database at path (":memory:" for tests), migrating it to the latest
    // schema; a file that is not a Headroom database, or from a newer version, is an error and is
    // left untouched.
    static Result<std::unique_ptr<Store>> open(const std::string& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    static int latestSchemaVersion();
    Result<int> schemaVersion();

    // Workspaces.
    Result<std::vector<Workspace>> workspaces();
    Result<Workspace> workspace(std::string_view name);
    Result<Workspace> createWorkspace(const Workspace& workspace); // fails if the name exists
    Result<void> setCurrentMode(RowId workspaceId, const std::string& modeId, Timestamp at);

    // Snapshots: append one evaluated snapshot, reconcile its recommendations (one open
    // recommendation per persisting condition) and write the events, in one transaction.
    Result<IngestResult> ingest(RowId workspaceId, const Snapshot& snapshot,
                                const Evaluation& evaluation);
    // snapshots() is oldest first; series() is grouped by metric in the order asked, each
    // metric oldest first, with no point where the snapshot lacked the metric.
    Result<std::optional<StoredSnapshot>> latestSnapshot(RowId workspaceId);
    Result<std::vector<StoredSnapshot>> snapshots(RowId workspaceId, TimeRange range,
                                                  std::size_t limit = 100000);
    // In stretches that were rolled up (rollUp), series() gives one point per bucket of the
    // finest roll-up stored (5-minute, else hourly) with options.statistic, at the bucket start
    // and with its resolution; raw points elsewhere (resolution 0). Callers pick the statistic:
    // daily maxima want Max, trends Mean.
    Result<std::vector<SeriesPoint>> series(RowId workspaceId, std::span<const MetricId> metrics,
                                            TimeRange range, SeriesOptions options = {});
    Result<std::size_t> snapshotCount(RowId workspaceId);

    // Recommendations.
    Result<std::vector<StoredRecommendation>>
    recommendations(RowId workspaceId, std::span<const RecommendationState> states = {});
    Result<StoredRecommendation> recommendation(RowId id);

    // Decisions: validated (the recommendation exists, belongs to the workspace and is open or
    // deferred; Defer has a revisit date in the future), then stored durably.
    // Errors: NotFound (no such recommendation in the workspace), Conflict (not open or
    // deferred), InvalidArgument (revisit date rules; Reject and Defer need a non-blank reason).
    Result<Decision> recordDecision(const DecisionRequest& request);
    // History queries (decisions, events) are newest first, at most filter.limit rows.
    Result<std::vector<Decision>> decisions(RowId workspaceId, const HistoryFilter& filter);

    // Events (append-only).
    Result<Event> appendEvent(const Event& event);
    Result<std::vector<Event>> events(RowId workspaceId, const HistoryFilter& filter);

    // Sources (schema v3): ordered by name. saveSource inserts (previousName unset; Conflict if
    // the name exists) or updates (previousName names an existing source: NotFound otherwise;
    // Conflict if renamed onto another source's name) and appends a SourceAdded / SourceChanged
    // event with the old and new configuration, in one transaction. removeSource deletes the
    // row and appends SourceRemoved (NotFound if absent). Invalid JSON is InvalidArgument.
    Result<std::vector<StoredSource>> sources(RowId workspaceId);
    Result<StoredSource> saveSource(const SaveSourceRequest& request);
    Result<void> removeSource(RowId workspaceId, std::string_view name, Timestamp at,
                              std::string_view actor = "founder");

    // The cost ledger (schema v4). importLedger checks every row first and refuses the whole
    // request (InvalidArgument naming the row: "usage row 17 (2026-03-02, claude, client
    // 'acme'): input_tokens must not be negative") when one is corrupt or absurd: a day outside
    // 2000-2199, an empty provider, service or source, a negative or absurdly large count or
    // amount, a repeated key; an empty request is refused too. Otherwise it writes the rows and
    // one LedgerImported event in one transaction. NotFound for an unknown workspace.
    Result<LedgerImportResult> importLedger(const LedgerImportRequest& request);
    // Rows whose day is in the range, by day, then by key (provider or service, resource type,
    // client, feature, team).
    Result<std::vector<UsageRow>> usageRows(RowId workspaceId, DayRange range);
    Result<std::vector<ServiceCostRow>> serviceCostRows(RowId workspaceId, DayRange range);
    // The first and last day holding any ledger row of the workspace; nullopt when it has none.
    Result<std::optional<DayRange>> ledgerSpan(RowId workspaceId);

    // ---- retention and state at a time (replay stream: StoreRetention.cpp, StoreReplay.cpp) ----
    // One retention pass, in one transaction: whole hours of raw snapshots older than
    // now - settings.rawFor (at most maxHours of them that hold snapshots, from the workspace's
    // retention mark on) become 5-minute and hourly buckets, each computed from the raw values
    // (n, min, max, mean, p50, p95, p99, last per metric) and keeping its last snapshot and
    // evaluation verbatim. Raw rows where the tier, mode action or overall status changes from
    // the row before, and those a health snapshot names as its source, are kept; the others are
    // deleted. Then 5-minute buckets older than fiveMinuteFor (and hourly ones older than
    // hourlyFor, if set) are dropped. Decisions and events are never touched. Idempotent and
    // resumable: call again while `more`. NotFound for an unknown workspace.
    Result<RollUpResult> rollUp(const RollUpRequest& request);
    // The stretches of the range by resolution, oldest first (see model/Stretch.h).
    Result<std::vector<Stretch>> resolutionStretches(RowId workspaceId, TimeRange range);
    // The newest stored state at or before `at`: a raw row or the last snapshot of a roll-up
    // bucket (finest first), whichever is newer; nullopt before the first snapshot.
    Result<std::optional<SampledSnapshot>> snapshotAt(RowId workspaceId, Timestamp at);
    // Every instant snapshotAt can land on exactly within the range, oldest first: raw rows and
    // the finest buckets' last snapshots.
    Result<std::vector<Timestamp>> snapshotTimes(RowId workspaceId, TimeRange range);
    // At most maxCount snapshots spread over the range: the range is cut into maxCount equal
    // groups and each group gives its last stored instant, so only those are parsed.
    Result<std::vector<SampledSnapshot>> snapshotsSampled(RowId workspaceId, TimeRange range,
                                                          std::size_t maxCount);
    // ---- end retention ----

    // ---- opened bundles (schema v8, StoreBundles.cpp) ----
    // The bundles registered in this database, by label. addBundle refuses an empty label or
    // file name and manifest JSON that does not parse (InvalidArgument), a label, file name or
    // sha256 already registered (Conflict); removeBundle is NotFound for an unknown label.
    Result<std::vector<StoredBundleInfo>> bundles();
    Result<StoredBundleInfo> addBundle(const StoredBundleInfo& bundle);
    Result<void> removeBundle(std::string_view label);
    // ---- end opened bundles ----

    // ---- history chain (history stream: StoreHistoryChain.cpp) ----
    // Opens an existing database only to read it (verification): never creates, migrates or
    // writes it, and adds no workspace; the connection is query-only. A file that is missing,
    // not a Headroom database, older than the history chain (schema 5: open it once with this
    // build to migrate it) or newer than this build is a StorageError naming the file.
    static Result<std::unique_ptr<Store>> openForReading(const std::string& path);
    // Walks the workspace's event and decision chains (store/HistoryVerification.h) and reports
    // the first broken row of each, the head hashes and missing append-only triggers. Tampering
    // is a finding, not an error; errors are NotFound (no such workspace) and StorageError.
    Result<HistoryVerification> verifyHistory(RowId workspaceId);
    // ---- end history chain ----

    // ---- scaling control (scaling stream: StoreScaling.cpp) ----
    // The environment's scaling configuration (schema v6); nullopt while the founder never
    // changed it (the engine then uses defaultScalingConfig of the catalog).
    Result<std::optional<ScalingConfig>> scalingConfig(RowId workspaceId);
    // One change = the new configuration + its history event (ModeSet, ScalingFrozen,
    // ScalingUnfrozen, AutoModeChanged, ScalingConfigChanged: actor, reason, old and new value) in
    // one transaction; ModeSet also updates workspaces.current_mode. `current` is the
    // configuration in force when nothing is stored yet. Refused with nothing written:
    // ValidationError (the resulting config is invalid; a manual override, freeze without a
    // non-blank reason), Conflict (the same mode again, freezing a frozen or unfreezing an
    // unfrozen environment, auto-mode already so, a config update that changes nothing),
    // NotFound (no such workspace).
    Result<ScalingChangeResult> changeScaling(const ScalingChangeRequest& request,
                                              const ScalingConfig& current);
    // Appends a health snapshot and its HealthSnapshotTaken event in one transaction.
    Result<HealthSnapshotRecord> appendHealthSnapshot(const HealthSnapshotRecord& record);
    // Oldest first within the range, at most `limit` (the newest ones when more match).
    Result<std::vector<HealthSnapshotRecord>> healthSnapshots(RowId workspaceId, TimeRange range,
                                                              std::size_t limit = 1000);
    // The slot of the newest scheduled or catch-up run (the schedule survives restarts).
    Result<std::optional<Timestamp>> lastScheduledHealthSlot(RowId workspaceId);
    // ---- end scaling control ----

    // ---- alerts and notifications (alerts stream: StoreAlerts.cpp) ----
    // Alert states (schema v7), by rule id. saveAlertStates replaces the given rules' states
    // and appends the events (AlertFired, AlertResolved) in one transaction; it returns the
    // stored events. NotFound for an unknown workspace.
    Result<std::vector<AlertState>> alertStates(RowId workspaceId);
    Result<std::vector<Event>> saveAlertStates(RowId workspaceId,
                                               std::span<const AlertState> states,
                                               std::span<const Event> events);
    // Notification channels, by name. saveNotificationChannel inserts (previousName unset;
    // Conflict if the name exists) or updates the channel previousName names (NotFound if
    // absent); InvalidArgument for an empty name or a configuration that is not a JSON object.
    Result<std::vector<NotificationChannel>> notificationChannels();
    Result<NotificationChannel>
    saveNotificationChannel(const NotificationChannel& channel,
                            const std::optional<std::string>& previousName, Timestamp at);
    Result<void> removeNotificationChannel(std::string_view name);
    // Deliveries: enqueued pending (next attempt at createdAt); due ones are pending with
    // next_attempt_at <= now, oldest first. recordDeliveryAttempt counts one attempt: sent,
    // pending again until retryAt, or failed; a delivery that ends appends NotificationSent or
    // NotificationFailed (detail: attempts, error, summary) in the same transaction and
    // returns that event. deliveries() is newest first.
    Result<Delivery> enqueueDelivery(const Delivery& delivery);
    Result<std::vector<Delivery>> dueDeliveries(Timestamp now, std::size_t limit = 50);
    Result<std::vector<Delivery>> deliveries(std::size_t limit = 200);
    Result<Delivery> delivery(RowId id);
    struct DeliveryAttempt {
        RowId deliveryId = 0;
        Timestamp at{};
        bool succeeded = false;
        std::string error;                // when it failed
        std::optional<Timestamp> retryAt; // failed but may be retried then; nullopt: give up
    };
    Result<std::optional<Event>> recordDeliveryAttempt(const DeliveryAttempt& attempt);
    // ---- end alerts and notifications ----

    // ---- outcomes and checklists (governance stream: StoreOutcomes.cpp) ----
    // Outcomes (seeds 000 / 004) are OutcomeRecorded events of an accepted recommendation; a
    // later one supersedes an earlier one. Errors: NotFound (no such recommendation in the
    // workspace), Conflict (not accepted), InvalidArgument (a note over 2000 characters, an
    // absurd actual cost, a time before the recommendation's latest outcome, an empty actor).
    Result<OutcomeRecord> recordOutcome(const OutcomeRequest& request);
    // Every OutcomeRecorded event of the workspace, oldest first.
    Result<std::vector<OutcomeRecord>> outcomes(RowId workspaceId);
    // Ticks or unticks an item of a tier checklist (ChecklistItemChecked / Unchecked events).
    // NotFound for a tier or item that readiness does not list.
    Result<ChecklistTick> recordChecklistTick(const ChecklistTickRequest& request,
                                              const ReadinessSettings& readiness);
    // Every tick of the workspace, oldest first.
    Result<std::vector<ChecklistTick>> checklistTicks(RowId workspaceId);
    // ---- end outcomes and checklists ----

    // ---- strain runs (schema v9, StoreStrain.cpp) ----
    // Stores a finished run (record.id is ignored) and appends its StrainRun event (subject: the
    // scenario id) in one transaction; returns the new run's id. The workspace is record.workspace,
    // by name (NotFound naming it). Refused with nothing written (ValidationError naming the
    // field): a verdict other than "passed", "failed" or "not_judged", an empty scenario id, a
    // negative count, byte total or duration. record.baseline is ignored: setStrainBaseline
    // decides that. The event's time is when the run finished (startedAt + elapsed, rounded up to
    // whole seconds).
    Result<RowId> addStrainRun(const StrainRunRecord& record);
    // The workspace's runs, newest first (by start, then id), of one scenario or of all
    // (scenarioId empty), at most `limit` (>= 1, else InvalidArgument); `baseline` is set on the
    // run that is its scenario's baseline. NotFound for an unknown workspace.
    Result<std::vector<StrainRunRecord>> strainRuns(std::string_view workspace,
                                                    std::string_view scenarioId, int limit = 100);
    // One run, with its workspace's name and baseline flag; NotFound when there is none.
    Result<StrainRunRecord> strainRun(RowId id);
    // Makes the run the baseline of its scenario in the workspace, replacing the previous one,
    // and appends a StrainBaseline event (old and new run id) at `at`, in one transaction.
    // Refused with nothing written: NotFound (no such workspace, or no such run in it),
    // Conflict (the run was not judged, was cancelled, or is already the baseline).
    Result<void> setStrainBaseline(std::string_view workspace, RowId runId, std::string_view actor,
                                   Timestamp at);
    // The scenario's baseline run in the workspace; nullopt while none was set. NotFound for an
    // unknown workspace.
    Result<std::optional<StrainRunRecord>> strainBaseline(std::string_view workspace,
                                                          std::string_view scenarioId);
    // The newest run (by start, then id) of each scenario among the workspace's runs that started
    // in [from, to) (no bound where nullopt), in one query, with the number of runs in that
    // period. NotFound for an unknown workspace.
    Result<LatestStrainRuns> latestStrainRunsPerScenario(std::string_view workspace,
                                                         std::optional<Timestamp> from = {},
                                                         std::optional<Timestamp> to = {});
    // ---- end strain runs ----

    // Runs fn inside one transaction (used by the demo generator to write 90 days at once).
    Result<void> transaction(const std::function<Result<void>()>& fn);

private:
    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace headroom
