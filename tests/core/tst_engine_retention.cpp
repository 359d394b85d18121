// Retention through the engine (core/engine/EngineRetention.cpp) on a real database file and a
// steered clock: three days of live snapshots are rolled up in the background, one bounded pass
// per loop turn, until only the last 24 h are raw; decisions, events and the demo stay as they
// were; nothing runs again before ten minutes of the engine's clock; a pass that cannot write is
// reported and loses nothing; requestRetention answers with the passes added up, lets other
// requests through between its passes and refuses an opened bundle.
#include "catalog/CatalogLoader.h"
#include "demo/DefaultWorkspaces.h"
#include "engine/Engine.h"
#include "support/EngineTestSupport.h"

#include <atomic>
#include <memory>

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

// A whole hour; the engine's clock starts a minute before it, so the newest whole hour older
// than 24 h ends at kHour - 25 h.
const Timestamp kHour = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 3 / 10}} + 12h;
const Timestamp kStart = kHour - 1min;
constexpr auto kStep = 5min; // twelve snapshots an hour

Snapshot snapshotAt(Timestamp at, double cpu) {
    Snapshot s(at);
    (void)s.set(MetricId::CpuUtilization, {cpu, at, "test"});
    (void)s.set(MetricId::ActiveClients, {12, at, "test"});
    return s;
}

// The same tier, mode action and status throughout, so only a workspace's first row is a change
// point that stays raw.
Evaluation evaluationAt(Timestamp at) {
    Evaluation ev;
    ev.evaluatedAt = at;
    ev.capacity.tierId = "soft_launch";
    ev.capacity.overall = Status::Warning;
    ev.health.overall = 61.0;
    ev.mode.action = ModeAction::Hold;
    ev.recommendations.push_back({"enable_supabase_pooler",
                                  {{MetricId::CpuUtilization, 0.9, 0.8, Comparison::AtLeast}},
                                  Status::Warning,
                                  60});
    return ev;
}

// Snapshots every kStep in [from, to).
void fill(Store& store, RowId ws, Timestamp from, Timestamp to) {
    int i = 0;
    for (Timestamp at = from; at < to; at += kStep, ++i) {
        QVERIFY(store.ingest(ws, snapshotAt(at, 0.30 + 0.01 * (i % 17)), evaluationAt(at)));
    }
}

std::size_t eventCount(Store& store, RowId ws) {
    HistoryFilter all;
    all.limit = 1'000'000;
    return store.events(ws, all).value().size();
}

std::vector<Decision> decisionsOf(Store& store, RowId ws) {
    HistoryFilter all;
    all.limit = 1'000'000;
    return store.decisions(ws, all).value();
}

// Raw snapshot rows taken before `before`, read with SQL: Store::snapshots() also returns the
// snapshot each roll-up bucket keeps.
std::size_t rawBefore(const std::string& path, RowId ws, Timestamp before) {
    sqlite3* db = nullptr;
    std::size_t count = 0;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db,
                           "SELECT count(*) FROM snapshots WHERE workspace_id = ?1 "
                           "AND taken_at < ?2",
                           -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(stmt, 1, ws);
        sqlite3_bind_int64(stmt, 2, before.time_since_epoch().count());
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            count = static_cast<std::size_t>(sqlite3_column_int64(stmt, 0));
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return count;
}

// What the retention tests need beside the Recorder: every onRetention, and the order in which
// answers arrived.
class RetentionListener final : public EngineListener {
public:
    void onWorkspaces(RequestId id, const std::vector<Workspace>&) override {
        record([&] { order.push_back(id); });
    }
    void onRetention(RequestId id, const RetentionReport& report) override {
        record([&] {
            order.push_back(id);
            if (id == 0) {
                background.push_back(report);
            } else {
                answers[id] = report;
            }
        });
    }
    template <class Pred>
    bool waitFor(Pred pred) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kWait, pred);
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::vector<RetentionReport> background;
    std::map<RequestId, RetentionReport> answers;
    std::vector<RequestId> order;

private:
    template <class Fn>
    void record(Fn&& fn) {
        {
            std::lock_guard lock(mutex);
            fn();
        }
        changed.notify_all();
    }
};

} // namespace

class TestEngineRetention : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_path;
    std::atomic<std::int64_t> m_now{kStart.time_since_epoch().count()};
    std::unique_ptr<Store> m_store; // the test's own connection (WAL: beside the engine's)
    RowId m_local = 0;
    RowId m_demo = 0;
    std::size_t m_localEvents = 0;
    std::vector<Decision> m_localDecisions;
    std::size_t m_demoSnapshots = 0;
    std::size_t m_demoEvents = 0;
    std::size_t m_demoDecisions = 0;
    // Declared before the engine: the engine goes first.
    Recorder m_recorder;
    RetentionListener m_listener;
    std::unique_ptr<Engine> m_engine;

    void setClock(Timestamp at) { m_now = at.time_since_epoch().count(); }

    // One loop turn: the engine runs its scheduled work after answering. The answer to a request
    // sent after this one returns therefore follows that turn's retention pass.
    void turn() {
        const RequestId id = m_engine->requestWorkspaces();
        QVERIFY(m_recorder.waitFor([&] { return m_recorder.workspaces.contains(id); }));
    }

    std::size_t backgroundReports() {
        std::lock_guard lock(m_listener.mutex);
        return m_listener.background.size();
    }

    // Turns until the background run reported a pass with nothing more, at most `limit` turns.
    bool runUntilDone(std::size_t reportsBefore, int limit = 60) {
        for (int i = 0; i < limit; ++i) {
            turn();
            std::lock_guard lock(m_listener.mutex);
            const auto& b = m_listener.background;
            if (b.size() > reportsBefore && !b.back().result.more) {
                return true;
            }
        }
        return false;
    }

    std::optional<RetentionReport> retention(const std::string& workspace) {
        const RequestId id = m_engine->requestRetention(workspace);
        if (!m_listener.waitFor([&] { return m_listener.answers.contains(id); })) {
            return std::nullopt;
        }
        std::lock_guard lock(m_listener.mutex);
        return m_listener.answers[id];
    }

    std::optional<Error> errorFor(RequestId id) {
        if (!m_recorder.waitFor([&] { return m_recorder.hasErrorFor(id); })) {
            return std::nullopt;
        }
        std::lock_guard lock(m_recorder.mutex);
        for (const auto& [request, error] : m_recorder.errors) {
            if (request == id) {
                return error;
            }
        }
        return std::nullopt;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("headroom.db").toStdString();
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        QCOMPARE(catalog->retention.rawFor, std::chrono::seconds(86400));

        // Three days of live snapshots up to the clock, an accepted recommendation among them.
        auto opened = Store::open(m_path);
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(ensureLiveWorkspace(*m_store, *catalog, "local", kStart - 72h));
        m_local = m_store->workspace("local")->id;
        fill(*m_store, m_local, kHour - 72h, kHour);
        QCOMPARE(m_store->snapshotCount(m_local).value(), std::size_t{864});
        const auto open = m_store->recommendations(m_local).value();
        QCOMPARE(open.size(), std::size_t{1});
        DecisionRequest decision;
        decision.workspaceId = m_local;
        decision.recommendationId = open.front().id;
        decision.verdict = Verdict::Accept;
        decision.reason = "pooler before the launch";
        decision.decidedAt = kHour - 60h;
        QVERIFY(m_store->recordDecision(decision));
        m_localEvents = eventCount(*m_store, m_local);
        m_localDecisions = decisionsOf(*m_store, m_local);
        QCOMPARE(m_localDecisions.size(), std::size_t{1});

        EngineOptions options;
        options.databasePath = m_path;
        options.catalog = *catalog;
        options.clock = [this] {
            return Timestamp{std::chrono::seconds{m_now.load()}};
        };
        options.pollInterval = 3600s; // turns come from the test's requests
        options.scheduleHealthSnapshots = false;
        options.bundleDir = m_dir.filePath("bundles").toStdString();
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        m_engine->addListener(&m_recorder);
        m_engine->addListener(&m_listener);
        QVERIFY(m_engine->start().has_value());
    }

    void cleanupTestCase() {
        m_engine.reset();
        m_store.reset();
    }

    void rollsUpInTheBackground() {
        // The demo is written before the first request is answered; note it as it was.
        turn();
        m_demo = m_store->workspace("demo").value().id;
        m_demoSnapshots = m_store->snapshotCount(m_demo).value();
        QVERIFY(m_demoSnapshots > 2000);
        m_demoEvents = eventCount(*m_store, m_demo);
        m_demoDecisions = decisionsOf(*m_store, m_demo).size();

        QVERIFY(runUntilDone(0));
        std::vector<RetentionReport> reports;
        {
            std::lock_guard lock(m_listener.mutex);
            reports = m_listener.background;
        }
        // 47 whole hours are older than 24 h: six per pass, one pass per turn.
        QCOMPARE(reports.size(), std::size_t{8});
        RollUpResult total;
        for (std::size_t i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports[i].workspace, std::string("local")); // never the demo
            QCOMPARE(reports[i].passes, std::size_t{1});
            QCOMPARE(reports[i].result.more, i + 1 < reports.size());
            total.buckets5m += reports[i].result.buckets5m;
            total.buckets1h += reports[i].result.buckets1h;
            total.rawDeleted += reports[i].result.rawDeleted;
            total.rawKept += reports[i].result.rawKept;
        }
        QCOMPARE(total.buckets1h, std::size_t{47});
        QCOMPARE(total.buckets5m, std::size_t{47 * 12});
        QCOMPARE(total.rawKept, std::size_t{1}); // the workspace's first snapshot
        QCOMPARE(total.rawDeleted, std::size_t{47 * 12 - 1});
        QCOMPARE(reports.back().result.rawBefore, kHour - 25h);

        // Read back through the store: only the first snapshot is raw before the mark, the last
        // 25 h are untouched, and the stretches say which part is rolled up.
        QCOMPARE(m_store->snapshotCount(m_local).value(), std::size_t{864 - 47 * 12 + 1});
        QCOMPARE(rawBefore(m_path, m_local, kHour - 25h), std::size_t{1});
        QCOMPARE(rawBefore(m_path, m_local, kHour) - 1, std::size_t{25 * 12});
        const auto stretches = m_store->resolutionStretches(m_local, {}).value();
        QVERIFY(!stretches.empty());
        QVERIFY(std::ranges::any_of(
            stretches, [](const Stretch& s) { return s.kind == StretchKind::FiveMinute; }));
        QCOMPARE(stretches.back().kind, StretchKind::Raw);

        // Decisions and events untouched; the demo left alone.
        QCOMPARE(eventCount(*m_store, m_local), m_localEvents);
        const auto decisions = decisionsOf(*m_store, m_local);
        QCOMPARE(decisions.size(), m_localDecisions.size());
        QCOMPARE(decisions.front().id, m_localDecisions.front().id);
        QCOMPARE(decisions.front().reason, m_localDecisions.front().reason);
        QCOMPARE(m_store->snapshotCount(m_demo).value(), m_demoSnapshots);
        QCOMPARE(eventCount(*m_store, m_demo), m_demoEvents);
        std::lock_guard lock(m_recorder.mutex);
        QVERIFY(m_recorder.errors.empty());
    }

    void waitsTenMinutes() {
        // Two minutes on, another whole hour is older than 24 h, but the last look was at the
        // start: nothing runs.
        const std::size_t before = backgroundReports();
        const std::size_t snapshots = m_store->snapshotCount(m_local).value();
        setClock(kHour + 1min);
        for (int i = 0; i < 3; ++i) {
            turn();
        }
        QCOMPARE(backgroundReports(), before);
        QCOMPARE(m_store->snapshotCount(m_local).value(), snapshots);
        QCOMPARE(rawBefore(m_path, m_local, kHour - 24h), std::size_t{1 + 12});
    }

    void reportsAPassThatCannotWrite() {
        // Another connection holds the write lock past the store's busy timeout: the pass fails,
        // is reported as background work (request 0) naming the workspace, and writes nothing.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(m_path.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        std::size_t errorsBefore = 0;
        {
            std::lock_guard lock(m_recorder.mutex);
            errorsBefore = m_recorder.errors.size();
        }
        setClock(kHour + 10min); // the first look was at kStart: ten minutes have passed
        turn();
        const bool reported =
            m_recorder.waitFor([&] { return m_recorder.errors.size() > errorsBefore; });
        QCOMPARE(sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(reported);
        {
            std::lock_guard lock(m_recorder.mutex);
            const auto& [id, error] = m_recorder.errors.back();
            QCOMPARE(id, RequestId{0});
            QCOMPARE(error.code, ErrorCode::StorageError);
            QVERIFY2(error.message.starts_with("retention of 'local': "), error.message.c_str());
        }
        QCOMPARE(rawBefore(m_path, m_local, kHour - 24h), std::size_t{1 + 12});
        QCOMPARE(m_store->snapshotCount(m_local).value(), std::size_t{864 - 47 * 12 + 1});

        // Not retried on every turn: the next look is ten minutes later, and then it succeeds.
        const std::size_t before = backgroundReports();
        turn();
        turn();
        QCOMPARE(backgroundReports(), before);
        setClock(kHour + 21min);
        QVERIFY(runUntilDone(before));
        std::lock_guard lock(m_listener.mutex);
        const RetentionReport& last = m_listener.background.back();
        QCOMPARE(m_listener.background.size(), before + 1);
        QCOMPARE(last.result.buckets1h, std::size_t{1});
        QCOMPARE(last.result.buckets5m, std::size_t{12});
        QCOMPARE(last.result.rawDeleted, std::size_t{12});
        QCOMPARE(last.result.rawBefore, kHour - 24h);
        QCOMPARE(rawBefore(m_path, m_local, kHour - 24h), std::size_t{1});
    }

    void answersARequestWithTheSum() {
        // A workspace of the founder's, added while the engine runs: 30 h older than 24 h.
        Workspace shop;
        shop.name = "shop";
        shop.title = "Shop";
        shop.kind = WorkspaceKind::Live;
        shop.createdAt = kHour - 54h;
        auto created = m_store->createWorkspace(shop);
        QVERIFY(created);
        fill(*m_store, created->id, kHour - 54h, kHour);
        const std::size_t events = eventCount(*m_store, created->id);

        const auto report = retention("shop");
        QVERIFY(report);
        QCOMPARE(report->workspace, std::string("shop"));
        QCOMPARE(report->passes, std::size_t{5});
        QCOMPARE(report->result.buckets1h, std::size_t{30});
        QCOMPARE(report->result.buckets5m, std::size_t{30 * 12});
        QCOMPARE(report->result.rawKept, std::size_t{1});
        QCOMPARE(report->result.rawDeleted, std::size_t{30 * 12 - 1});
        QCOMPARE(report->result.fiveMinuteDropped, std::size_t{0});
        QVERIFY(!report->result.more);
        QCOMPARE(report->result.rawBefore, kHour - 24h);
        QCOMPARE(m_store->snapshotCount(created->id).value(), std::size_t{24 * 12 + 1});
        QCOMPARE(eventCount(*m_store, created->id), events);

        // Again: nothing left, one pass.
        const auto again = retention("shop");
        QVERIFY(again);
        QCOMPARE(again->passes, std::size_t{1});
        QCOMPARE(again->result.buckets5m + again->result.buckets1h + again->result.rawDeleted,
                 std::size_t{0});
        QCOMPARE(again->result.rawBefore, kHour - 24h);
    }

    void rollsTheDemoOnlyWhenAsked() {
        // Hundreds of passes: a request sent after it is answered between them.
        const RequestId retentionId = m_engine->requestRetention("demo");
        const RequestId workspacesId = m_engine->requestWorkspaces();
        QVERIFY(m_listener.waitFor([&] { return m_listener.answers.contains(retentionId); }));
        RetentionReport report;
        {
            std::lock_guard lock(m_listener.mutex);
            report = m_listener.answers[retentionId];
            const auto first = std::ranges::find(m_listener.order, workspacesId);
            const auto last = std::ranges::find(m_listener.order, retentionId);
            QVERIFY(first < last);
        }
        QVERIFY(report.passes > 10);
        QVERIFY(report.result.rawDeleted > 2000);
        QVERIFY(report.result.buckets1h > 2000);
        QVERIFY(!report.result.more);
        QCOMPARE(m_store->snapshotCount(m_demo).value(),
                 m_demoSnapshots - report.result.rawDeleted);
        QCOMPARE(eventCount(*m_store, m_demo), m_demoEvents);
        QCOMPARE(decisionsOf(*m_store, m_demo).size(), m_demoDecisions);
    }

    void refusesBundlesAndUnknownWorkspaces() {
        // A real opened bundle (the shop workspace exported and opened again) is read-only.
        BundleExportRequest request;
        request.workspace = "shop";
        request.out = m_dir.filePath("shop.hrbundle").toStdString();
        const RequestId exportId = m_engine->exportBundle(request);
        QVERIFY(m_recorder.waitFor([&] {
            return m_recorder.exported.contains(exportId) || m_recorder.hasErrorFor(exportId);
        }));
        QVERIFY(m_recorder.exported.contains(exportId));
        const RequestId importId = m_engine->importBundle(request.out);
        QVERIFY(m_recorder.waitFor([&] {
            return m_recorder.imported.contains(importId) || m_recorder.hasErrorFor(importId);
        }));
        std::string bundle;
        {
            std::lock_guard lock(m_recorder.mutex);
            QVERIFY(m_recorder.imported.contains(importId));
            bundle = m_recorder.imported[importId].workspace;
        }
        QVERIFY(isBundleWorkspace(bundle));

        const auto refused = errorFor(m_engine->requestRetention(bundle));
        QVERIFY(refused);
        QCOMPARE(refused->code, ErrorCode::Conflict);
        const auto unknown = errorFor(m_engine->requestRetention("nowhere"));
        QVERIFY(unknown);
        QCOMPARE(unknown->code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEngineRetention)
#include "tst_engine_retention.moc"
