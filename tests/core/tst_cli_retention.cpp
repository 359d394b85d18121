// `headroom retention` in-process (tests/core/support/CliRun.h): ten hours of live snapshots
// older than 24 h rolled up as JSON and as text, the demo left alone unless named, history
// untouched, and the refusals with their exit codes (2 usage, 3 an opened bundle, 4 storage).
#include "store/Store.h"
#include "support/CliRun.h"

#include <chrono>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using headroom::test::runCli;
using namespace std::chrono_literals;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::size_t eventCount(Store& store, RowId ws) {
    HistoryFilter all;
    all.limit = 1'000'000;
    return store.events(ws, all).value().size();
}

} // namespace

class TestCliRetention : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_db;
    // The command reads the real clock: the snapshots are placed relative to it, well before
    // the 24 h cutoff so that a passing hour changes nothing but the mark.
    Timestamp m_hour{};
    std::size_t m_events = 0;
    std::size_t m_demoSnapshots = 0;

    std::unique_ptr<Store> open() {
        auto store = Store::open(m_db);
        return store ? std::move(*store) : nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("h.db").toStdString();
        m_hour = std::chrono::floor<std::chrono::hours>(systemClock()());
        // A usage error still opens the database the way the console would (local and demo).
        const auto r = runCli({"retention", "--db", m_db, "--workspace", "nowhere"});
        QCOMPARE(r.code, 2);
        QVERIFY(contains(r.err, "headroom retention: "));

        auto store = open();
        QVERIFY(store);
        const RowId local = store->workspace("local").value().id;
        for (Timestamp at = m_hour - 36h; at < m_hour - 26h; at += 5min) {
            Snapshot s(at);
            QVERIFY(s.set(MetricId::CpuUtilization, {0.4, at, "test"}));
            Evaluation ev;
            ev.evaluatedAt = at;
            ev.capacity.tierId = "soft_launch";
            ev.capacity.overall = Status::Healthy;
            ev.mode.action = ModeAction::Hold;
            QVERIFY(store->ingest(local, s, ev));
        }
        m_events = eventCount(*store, local);
        m_demoSnapshots = store->snapshotCount(store->workspace("demo").value().id).value();
        QVERIFY(m_demoSnapshots > 2000);
    }

    void rollsUpEveryLiveWorkspaceAsJson() {
        const auto r = runCli({"retention", "--db", m_db, "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto j = nlohmann::json::parse(r.out);
        QCOMPARE(j["settings"]["raw_seconds"].get<int>(), 86400);
        QCOMPARE(j["settings"]["five_minute_days"].get<int>(), 90);
        QVERIFY(j["settings"]["hourly_days"].is_null());
        QCOMPARE(j["workspaces"].size(), std::size_t{1}); // not the demo
        const auto& w = j["workspaces"][0];
        QCOMPARE(w["workspace"].get<std::string>(), std::string("local"));
        QCOMPARE(w["passes"].get<int>(), 2); // six hours a pass
        QCOMPARE(w["buckets_1h"].get<int>(), 10);
        QCOMPARE(w["buckets_5m"].get<int>(), 120);
        QCOMPARE(w["raw_kept"].get<int>(), 1); // the first snapshot starts the history
        QCOMPARE(w["raw_deleted"].get<int>(), 119);
        QCOMPARE(w["five_minute_dropped"].get<int>(), 0);
        QCOMPARE(w["hourly_dropped"].get<int>(), 0);
        const auto mark = parseIso(w["raw_before"].get<std::string>());
        QVERIFY(mark);
        QVERIFY(*mark == m_hour - 24h || *mark == m_hour - 23h); // the clock may pass an hour

        auto store = open();
        QVERIFY(store);
        const RowId local = store->workspace("local").value().id;
        QCOMPARE(store->snapshotCount(local).value(), std::size_t{1});
        QCOMPARE(eventCount(*store, local), m_events);
        QCOMPARE(store->snapshotCount(store->workspace("demo").value().id).value(),
                 m_demoSnapshots);
    }

    void printsTextForANamedWorkspace() {
        const auto r = runCli({"retention", "--db", m_db, "--workspace", "local"});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(contains(r.out, "Retention: raw for 24 h, 5-minute buckets for 90 d"));
        QVERIFY(contains(r.out, "local:\n"));
        QVERIFY(contains(r.out, "buckets written:  0 5-minute, 0 hourly"));
        QVERIFY(contains(r.out, "raw rolled away:  0 snapshots"));
        QVERIFY(contains(r.out, "dropped:          0 5-minute, 0 hourly"));
        QVERIFY(contains(r.out, "retention mark:   raw from "));
        QVERIFY(!contains(r.out, "demo"));
    }

    void refusesWithItsExitCodes() {
        auto r = runCli({"retention", "--db", m_db, "--workspace", "bundle:demo-2026"});
        QCOMPARE(r.code, 3);
        QVERIFY(contains(r.err, "read-only"));
        r = runCli({"retention", "--db", m_db, "--frobnicate"});
        QCOMPARE(r.code, 2);
        r = runCli({"retention", "--db", m_dir.filePath("missing/dir/h.db").toStdString()});
        QCOMPARE(r.code, 4);
        QVERIFY(r.out.empty());
    }

    void isListedInTheHelp() {
        const auto r = runCli({"--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(contains(r.out, "retention [--workspace NAME] [--json]"));
    }
};

QTEST_GUILESS_MAIN(TestCliRetention)
#include "tst_cli_retention.moc"
