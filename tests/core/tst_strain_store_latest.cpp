// Store::latestStrainRunsPerScenario (issue 8): the newest run of each scenario that started in a
// half-open period, what the investor report and the governance readiness count. Period bounds,
// several scenarios with several runs each, ties on the start time, another workspace's runs left
// out, the baseline flag carried, no bounds, an empty period and an unknown workspace.
#include "store/Store.h"
#include "support/TempDatabases.h"

#include <map>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t kT0 = 1796083200; // 2026-12-01T00:00:00Z

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

// A plain judged run of `scenario` that started at kT0 + offset seconds.
StrainRunRecord run(std::string scenario, std::int64_t offset, std::string workspace = "local",
                    std::string verdict = "passed") {
    StrainRunRecord r;
    r.workspace = std::move(workspace);
    r.result.scenarioId = std::move(scenario);
    r.result.scenarioName = "Scenario " + r.result.scenarioId;
    r.result.startedAt = t(kT0 + offset);
    r.result.elapsed = 30'000ms;
    r.result.plannedDuration = 30s;
    r.result.users = 5;
    r.result.method = "GET";
    r.result.urls = {"/"};
    r.result.measurement.p95 = std::chrono::microseconds{1000 + offset};
    r.result.measurement.throughputPerSecond = 40.0;
    r.result.measurement.requests = 1200;
    r.result.completed = 1200;
    r.verdict = std::move(verdict);
    return r;
}

// "scenario@offset" of each run, in the order given.
QStringList named(const std::vector<StrainRunRecord>& runs) {
    QStringList out;
    for (const StrainRunRecord& r : runs) {
        const auto offset = r.result.startedAt.time_since_epoch().count() - kT0;
        out << QStringLiteral("%1@%2").arg(QString::fromStdString(r.result.scenarioId)).arg(offset);
    }
    return out;
}

} // namespace

class TestStrainStoreLatest : public QObject {
    Q_OBJECT

    test::TempDatabases m_files{QStringLiteral("latest")};
    std::unique_ptr<Store> m_store;
    std::map<std::string, RowId> m_ids; // "scenario@offset" (local) -> id

    RowId add(const StrainRunRecord& record) {
        auto id = m_store->addStrainRun(record);
        if (!id) {
            qFatal("%s", id.error().message.c_str());
        }
        return *id;
    }

private slots:
    void initTestCase() {
        m_store = m_files.open(m_files.freshPath());
        QVERIFY(m_store != nullptr);
        for (const char* name : {"local", "other", "empty"}) {
            Workspace w;
            w.name = name;
            w.title = name;
            w.createdAt = t(kT0);
            QVERIFY(m_store->createWorkspace(w).has_value());
        }
        // Stored out of time and name order, so the answer's order is the query's own.
        for (const auto& [scenario, offset] :
             std::vector<std::pair<std::string, std::int64_t>>{{"zeta", 300},
                                                               {"alpha", 999},
                                                               {"alpha", 50},
                                                               {"alpha", 1000},
                                                               {"beta", 200},
                                                               {"alpha", 100},
                                                               {"zeta", 200},
                                                               {"alpha", 500},
                                                               {"gamma", 1000},
                                                               {"gamma", 2000}}) {
            m_ids[scenario + "@" + std::to_string(offset)] = add(run(scenario, offset));
        }
        // Another workspace: a newer alpha and a scenario of its own, inside the period.
        add(run("alpha", 998, "other"));
        add(run("delta", 500, "other"));
    }

    void newestOfEachScenarioInThePeriod() {
        // [kT0 + 100, kT0 + 1000): alpha@100 is in, alpha@1000 and gamma@1000 are out.
        auto latest = m_store->latestStrainRunsPerScenario("local", t(kT0 + 100), t(kT0 + 1000));
        QVERIFY2(latest.has_value(), latest ? "" : latest.error().message.c_str());
        QCOMPARE(named(latest->runs), (QStringList{"alpha@999", "beta@200", "zeta@300"}));
        QCOMPARE(latest->runs[0].id, m_ids.at("alpha@999"));
        QCOMPARE(latest->runs[0].workspace, std::string("local"));
        QCOMPARE(latest->runs[0].result.scenarioName, std::string("Scenario alpha"));
        // alpha 100, 500, 999; beta 200; zeta 200, 300.
        QCOMPARE(latest->runsInPeriod, std::size_t{6});
    }

    void periodBounds_data() {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<int>("inPeriod");
        QTest::newRow("from is inclusive")
            << qint64{999} << qint64{1000} << QStringList{"alpha@999"} << 1;
        QTest::newRow("to is exclusive")
            << qint64{1000} << qint64{1001} << QStringList{"alpha@1000", "gamma@1000"} << 2;
        QTest::newRow("an older run when the newest is after the period")
            << qint64{0} << qint64{999} << QStringList{"alpha@500", "beta@200", "zeta@300"} << 6;
        QTest::newRow("one second")
            << qint64{200} << qint64{201} << QStringList{"beta@200", "zeta@200"} << 2;
    }

    void periodBounds() {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QStringList, runs);
        QFETCH(int, inPeriod);
        auto latest = m_store->latestStrainRunsPerScenario("local", t(kT0 + from), t(kT0 + to));
        QVERIFY(latest.has_value());
        QCOMPARE(named(latest->runs), runs);
        QCOMPARE(latest->runsInPeriod, static_cast<std::size_t>(inPeriod));
    }

    void withoutBoundsEveryRunCounts() {
        auto latest = m_store->latestStrainRunsPerScenario("local");
        QVERIFY(latest.has_value());
        QCOMPARE(named(latest->runs),
                 (QStringList{"alpha@1000", "beta@200", "gamma@2000", "zeta@300"}));
        QCOMPARE(latest->runsInPeriod, std::size_t{10});
        auto from = m_store->latestStrainRunsPerScenario("local", t(kT0 + 1000), std::nullopt);
        QVERIFY(from.has_value());
        QCOMPARE(named(from->runs), (QStringList{"alpha@1000", "gamma@2000"}));
        auto to = m_store->latestStrainRunsPerScenario("local", std::nullopt, t(kT0 + 100));
        QVERIFY(to.has_value());
        QCOMPARE(named(to->runs), (QStringList{"alpha@50"}));
    }

    void anotherWorkspaceHasItsOwn() {
        auto other = m_store->latestStrainRunsPerScenario("other", t(kT0), t(kT0 + 1000));
        QVERIFY(other.has_value());
        QCOMPARE(named(other->runs), (QStringList{"alpha@998", "delta@500"}));
        QCOMPARE(other->runs[0].workspace, std::string("other"));
        QCOMPARE(other->runsInPeriod, std::size_t{2});
    }

    void emptyResults() {
        auto before = m_store->latestStrainRunsPerScenario("local", t(kT0 - 100), t(kT0));
        QVERIFY(before.has_value());
        QVERIFY(before->runs.empty());
        QCOMPARE(before->runsInPeriod, std::size_t{0});
        auto none = m_store->latestStrainRunsPerScenario("empty");
        QVERIFY(none.has_value());
        QVERIFY(none->runs.empty());
        QCOMPARE(none->runsInPeriod, std::size_t{0});
        // A period that ends before it starts holds nothing.
        auto backwards = m_store->latestStrainRunsPerScenario("local", t(kT0 + 1000), t(kT0));
        QVERIFY(backwards.has_value());
        QVERIFY(backwards->runs.empty());
    }

    void unknownWorkspaceIsNotFound() {
        auto latest = m_store->latestStrainRunsPerScenario("nowhere");
        QVERIFY(!latest.has_value());
        QCOMPARE(latest.error().code, ErrorCode::NotFound);
    }

    // Runs are stored last so that the counts above hold.
    void aTieOnTheStartGoesToTheLaterRun() {
        const RowId first = add(run("tie", 5000));
        const RowId second = add(run("tie", 5000, "local", "failed"));
        QVERIFY(second > first);
        auto latest = m_store->latestStrainRunsPerScenario("local", t(kT0 + 5000), t(kT0 + 5001));
        QVERIFY(latest.has_value());
        QCOMPARE(latest->runs.size(), std::size_t{1});
        QCOMPARE(latest->runs[0].id, second);
        QCOMPARE(latest->runs[0].verdict, std::string("failed"));
        QCOMPARE(latest->runsInPeriod, std::size_t{2});
        // The same order as strainRuns, newest first.
        QCOMPARE(m_store->strainRuns("local", "tie", 1).value().front().id, second);
    }

    void theBaselineFlagIsCarried() {
        const RowId beta = m_ids.at("beta@200");
        QVERIFY(m_store->setStrainBaseline("local", beta, "test", t(kT0 + 6000)).has_value());
        auto latest = m_store->latestStrainRunsPerScenario("local", t(kT0), t(kT0 + 1000));
        QVERIFY(latest.has_value());
        QCOMPARE(named(latest->runs), (QStringList{"alpha@999", "beta@200", "zeta@300"}));
        QVERIFY(!latest->runs[0].baseline);
        QVERIFY(latest->runs[1].baseline);
        QVERIFY(!latest->runs[2].baseline);
    }
};

QTEST_GUILESS_MAIN(TestStrainStoreLatest)
#include "tst_strain_store_latest.moc"
