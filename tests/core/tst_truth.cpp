#include "policy/Truth.h"
#include "support/CorePrinters.h"
#include "support/PolicyFixtures.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

class TestTruth : public QObject {
    Q_OBJECT
private:
    // Three required metrics keep the fractions easy to compute by hand.
    static Catalog threeRequired() {
        Catalog c = builtSeedCatalog();
        c.truth.required = {MetricId::CpuUtilization, MetricId::ErrorRate, MetricId::ActiveClients};
        c.truth.staleAfter = 900s;
        return c;
    }

private slots:
    void completeAndFresh() {
        const Snapshot s = snapshotOf({{MetricId::CpuUtilization, 0.4},
                                       {MetricId::ErrorRate, 0.01},
                                       {MetricId::ActiveClients, 3}});
        const DataQuality q = assessQuality(s, threeRequired(), kNow);
        QCOMPARE(q.completeness, 1.0);
        QCOMPARE(q.freshness, 1.0);
        QCOMPARE(q.confidence, 1.0);
        QVERIFY(q.missing.empty());
        QVERIFY(q.stale.empty());
    }

    void missingLowersCompleteness() {
        const Snapshot s = snapshotOf({{MetricId::CpuUtilization, 0.4}, {MetricId::QueueDepth, 3}});
        const DataQuality q = assessQuality(s, threeRequired(), kNow);
        QCOMPARE(q.completeness, 1.0 / 3.0);
        QCOMPARE(q.freshness, 1.0);
        QCOMPARE(q.confidence, 1.0 / 3.0);
        QCOMPARE(q.missing, (std::vector<MetricId>{MetricId::ErrorRate, MetricId::ActiveClients}));
    }

    // Stale means strictly older than staleAfter: exactly 900 s old is still fresh.
    void staleness_data() {
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<bool>("stale");
        QTest::newRow("now") << 0 << false;
        QTest::newRow("exactly staleAfter") << 900 << false;
        QTest::newRow("one second more") << 901 << true;
        QTest::newRow("a day") << 86400 << true;
    }
    void staleness() {
        QFETCH(int, ageSeconds);
        QFETCH(bool, stale);
        Snapshot s = snapshotOf({{MetricId::CpuUtilization, 0.4}, {MetricId::ErrorRate, 0.01}});
        QVERIFY(s.set(MetricId::ActiveClients, {3, kNow - std::chrono::seconds{ageSeconds}, "test"})
                    .has_value());
        const DataQuality q = assessQuality(s, threeRequired(), kNow);
        QCOMPARE(q.completeness, 1.0);
        QCOMPARE(q.freshness, stale ? 2.0 / 3.0 : 1.0);
        QCOMPARE(q.confidence, stale ? 2.0 / 3.0 : 1.0);
        QCOMPARE(q.stale.size(), stale ? std::size_t{1} : std::size_t{0});
    }

    void missingAndStaleCombine() {
        const Snapshot s =
            snapshotOf({{MetricId::CpuUtilization, 0.4}, {MetricId::ErrorRate, 0.01}}, kNow - 1h);
        const DataQuality q = assessQuality(s, threeRequired(), kNow);
        QCOMPARE(q.completeness, 2.0 / 3.0);
        QCOMPARE(q.freshness, 0.0);
        QCOMPARE(q.confidence, 0.0);
        QCOMPARE(q.stale, (std::vector<MetricId>{MetricId::CpuUtilization, MetricId::ErrorRate}));
    }

    void nothingPresent() {
        const DataQuality q = assessQuality(Snapshot(kNow), threeRequired(), kNow);
        QCOMPARE(q.completeness, 0.0);
        QCOMPARE(q.freshness, 0.0);
        QCOMPARE(q.confidence, 0.0);
        QCOMPARE(q.missing.size(), std::size_t{3});
    }

    void nothingRequired() {
        Catalog c = threeRequired();
        c.truth.required.clear();
        const DataQuality q = assessQuality(Snapshot(kNow), c, kNow);
        QCOMPARE(q.confidence, 1.0);
    }

    // The default catalog requires nine inputs; seed 000's example has five of them.
    void seed000AgainstDefaultCatalog() {
        const Catalog c = seedCatalog();
        QCOMPARE(c.truth.required.size(), std::size_t{9});
        const DataQuality q = assessQuality(seed000Snapshot(), c, kNow);
        QCOMPARE(q.completeness, 5.0 / 9.0);
        QCOMPARE(q.freshness, 1.0);
        QCOMPARE(q.missing.size(), std::size_t{4});
    }
};

QTEST_GUILESS_MAIN(TestTruth)
#include "tst_truth.moc"
