// `headroom outcome`, `metrics`, `monitor`, `readiness` and `checklist`, called in-process on a
// temporary database: an outcome recorded for an accepted recommendation and counted by
// `metrics`, the monitor's table on the demo workspace, a tick changing readiness, and bad
// invocations refused with their exit codes and nothing stored.
#include "catalog/CatalogLoader.h"
#include "cli/Commands.h"
#include "store/Store.h"
#include "support/CliRun.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using nlohmann::json;

class TestCliGovernance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
        m_db = m_home.filePath("headroom.db").toStdString();
        // Creates the database with the demo workspace.
        QCOMPARE(test::runCli({"workspaces", "--db", m_db}).code, 0);
    }

    void outcomeCountsInMetrics() {
        const RowId id = acceptOneDemoRecommendation();
        const auto before =
            test::runCli({"metrics", "--db", m_db, "--workspace", "demo", "--json"});
        QCOMPARE(before.code, 0);
        const json b = json::parse(before.out);
        QVERIFY(b.at("acceptance_rate").at("of").get<int>() >= 1);

        const auto recorded =
            test::runCli({"outcome", std::to_string(id), "--db", m_db, "--workspace", "demo",
                          "--status", "implemented", "--actual-usd", "-1000000", "--note", "done"});
        QCOMPARE(recorded.code, 0);
        QVERIFY2(recorded.out.find("implemented") != std::string::npos, recorded.out.c_str());

        const auto after = test::runCli({"metrics", "--db", m_db, "--workspace", "demo", "--json"});
        const json a = json::parse(after.out);
        QCOMPARE(a.at("implemented").get<int>(), b.at("implemented").get<int>() + 1);
        bool found = false;
        for (const auto& o : a.at("outcomes")) {
            if (o.at("recommendation_id").get<RowId>() == id) {
                found = true;
                QCOMPARE(o.at("actual_monthly_micro_usd").get<std::int64_t>(),
                         std::int64_t(-1'000'000'000'000));
                // A saving of a million dollars is outside any seed cost range.
                QCOMPARE(o.at("verdict").get<std::string>(), std::string("outside_prediction"));
            }
        }
        QVERIFY(found);
        QVERIFY(a.at("recommendation_accuracy").at("of").get<int>() >= 1);

        const auto text = test::runCli({"metrics", "--db", m_db, "--workspace", "demo"});
        QVERIFY2(text.out.find("Acceptance rate") != std::string::npos, text.out.c_str());
        QVERIFY(text.out.find(" of ") != std::string::npos);
    }

    void badOutcomes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no status") << QStringList{"outcome", "1"} << 2 << "--status";
        QTest::newRow("bad status")
            << QStringList{"outcome", "1", "--status", "done"} << 2 << "got 'done'";
        QTest::newRow("bad id") << QStringList{"outcome", "x1", "--status", "failed"} << 2
                                << "RECOMMENDATION_ID";
        QTest::newRow("bad money")
            << QStringList{"outcome", "1", "--status", "failed", "--actual-usd", "lots"} << 2
            << "--actual-usd";
        QTest::newRow("unknown recommendation")
            << QStringList{"outcome", "999999", "--status", "failed"} << 3 << "does not exist";
        QTest::newRow("bad item") << QStringList{"checklist", "tick", "hard_launch"} << 2
                                  << "TIER/ITEM";
        QTest::newRow("unknown item")
            << QStringList{"checklist", "tick", "hard_launch/nope"} << 3 << "no item 'nope'";
        QTest::newRow("bad verb") << QStringList{"checklist", "flip", "a/b"} << 2 << "tick|untick";
    }
    void badOutcomes() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        std::vector<std::string> argv;
        for (const auto& a : args) {
            argv.push_back(a.toStdString());
        }
        argv.insert(argv.end(), {"--db", m_db, "--workspace", "demo"});
        const auto before = eventCount();
        const auto r = test::runCli(argv);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.find(message.toStdString()) != std::string::npos, r.err.c_str());
        QCOMPARE(eventCount(), before);
    }

    // Every subcommand that reads a workspace names an unknown one the same way (exit 2).
    void unknownWorkspaceIsAUsageError_data() {
        QTest::addColumn<QString>("command");
        for (const char* c : {"metrics", "monitor", "readiness", "alerts", "mode", "autoscale",
                              "health-snapshots"}) {
            QTest::newRow(c) << QString::fromLatin1(c);
        }
    }
    void unknownWorkspaceIsAUsageError() {
        QFETCH(QString, command);
        const auto r =
            test::runCli({command.toStdString(), "--db", m_db, "--workspace", "nowhere"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.find("headroom " + command.toStdString() + ": ") == 0, r.err.c_str());
        QVERIFY2(r.err.find("nowhere") != std::string::npos, r.err.c_str());
    }

    void monitorOnDemo() {
        const auto r = test::runCli({"monitor", "--db", m_db, "--workspace", "demo", "--json"});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out);
        QCOMPARE(j.at("metrics").size(), std::size_t(6));
        for (const auto& row : j.at("metrics")) {
            QVERIFY(row.contains("status"));
            QVERIFY(row.contains("trend_7d"));
        }
        const auto text = test::runCli({"monitor", "--db", m_db, "--workspace", "demo"});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.find("Queue depth") != std::string::npos, text.out.c_str());
        QVERIFY(text.out.find("7-day trend") != std::string::npos);
    }

    void tickChangesReadiness() {
        const auto before =
            test::runCli({"readiness", "--db", m_db, "--workspace", "demo", "--json"});
        QCOMPARE(before.code, 0);
        const json b = json::parse(before.out);
        const auto& hard = b.at("checklists").at("hard_launch");
        QVERIFY(!hard.at(0).at("checked").get<bool>());
        const std::string item = "hard_launch/" + hard.at(0).at("id").get<std::string>();
        QCOMPARE(test::runCli({"checklist", "tick", item, "--db", m_db, "--workspace", "demo",
                               "--reason", "done in staging"})
                     .code,
                 0);
        const json a = json::parse(
            test::runCli({"readiness", "--db", m_db, "--workspace", "demo", "--json"}).out);
        QVERIFY(a.at("checklists").at("hard_launch").at(0).at("checked").get<bool>());
        if (!b.at("next").is_null() && b.at("next").at("to_tier") == "hard_launch") {
            QCOMPARE(a.at("next").at("done").get<int>(), b.at("next").at("done").get<int>() + 1);
            QCOMPARE(a.at("next").at("strain_status").get<std::string>(),
                     std::string("no_test_yet"));
        }
        const auto text = test::runCli({"readiness", "--db", m_db, "--workspace", "demo"});
        QVERIFY2(text.out.find("[x] " + item) != std::string::npos, text.out.c_str());
    }

    // Readiness takes the strain status from the stored runs: the latest run of each scenario of
    // the next tier's suite, a suite scenario never run counting as not passing.
    void storedStrainRunsDecideTheStrainStatus() {
        const json before = json::parse(
            test::runCli({"readiness", "--db", m_db, "--workspace", "demo", "--json"}).out);
        if (before.at("next").is_null()) {
            QSKIP("the demo is at the last tier");
        }
        const std::string toTier = before.at("next").at("to_tier").get<std::string>();
        const Catalog catalog = *loadDefaultCatalog();
        std::vector<std::string> scenarios;
        for (const StrainSuite& suite : catalog.strain.suites) {
            if (suite.tierId == toTier) {
                for (const StrainSuiteRun& run : suite.runs) {
                    scenarios.push_back(run.scenarioId);
                }
            }
        }
        QVERIFY2(scenarios.size() >= 3, toTier.c_str());
        auto store = Store::open(m_db);
        QVERIFY(store.has_value());
        // Every scenario of the suite failed once, then all but the first passed later.
        const Timestamp t0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 1}};
        for (int round = 0; round < 2; ++round) {
            for (std::size_t i = 0; i < scenarios.size(); ++i) {
                StrainRunRecord run;
                run.workspace = "demo";
                run.result.scenarioId = scenarios[i];
                run.result.startedAt = t0 + std::chrono::hours(round * 24 + int(i));
                run.result.urls = {"http://127.0.0.1/"};
                run.verdict = round == 1 && i > 0 ? "passed" : "failed";
                QVERIFY((*store)->addStrainRun(run).has_value());
            }
        }
        const json after = json::parse(
            test::runCli({"readiness", "--db", m_db, "--workspace", "demo", "--json"}).out);
        const double expected =
            double(scenarios.size() - 1) / double(scenarios.size()); // 2 of 3, 3 of 4
        QCOMPARE(after.at("next").at("strain_pass_rate").get<double>(), expected);
        QCOMPARE(after.at("next").at("strain_status").get<std::string>(),
                 std::string(expected >= 0.8 ? "passed" : "below_required"));
    }

private:
    RowId acceptOneDemoRecommendation() {
        auto store = Store::open(m_db);
        if (!store) {
            qFatal("%s", store.error().message.c_str());
        }
        auto ws = (*store)->workspace("demo");
        const RecommendationState open[] = {RecommendationState::Open};
        auto recs = (*store)->recommendations(ws->id, open);
        if (!recs || recs->empty()) {
            qFatal("the demo workspace has no open recommendation");
        }
        DecisionRequest d;
        d.workspaceId = ws->id;
        d.recommendationId = recs->front().id;
        d.verdict = Verdict::Accept;
        d.decidedAt = recs->front().lastSeen;
        auto decided = (*store)->recordDecision(d);
        if (!decided) {
            qFatal("%s", decided.error().message.c_str());
        }
        return d.recommendationId;
    }

    std::size_t eventCount() {
        auto store = Store::open(m_db);
        auto ws = (*store)->workspace("demo");
        HistoryFilter f;
        f.limit = 1'000'000;
        return (*store)->events(ws->id, f)->size();
    }

    QTemporaryDir m_home;
    std::string m_db;
};

QTEST_GUILESS_MAIN(TestCliGovernance)
#include "tst_cli_governance.moc"
