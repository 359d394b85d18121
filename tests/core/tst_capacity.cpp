#include "policy/Capacity.h"
#include "support/CorePrinters.h"
#include "support/PolicyFixtures.h"

#include <algorithm>

#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {
const MetricUtilisation* find(const CapacityStatus& cs, MetricId id) {
    auto it = std::ranges::find(cs.utilisation, id, &MetricUtilisation::metric);
    return it == cs.utilisation.end() ? nullptr : &*it;
}
} // namespace

class TestCapacity : public QObject {
    Q_OBJECT
private slots:
    void tierForClients_data() {
        QTest::addColumn<int>("clients"); // -1 = unknown
        QTest::addColumn<QString>("tier");
        QTest::newRow("unknown") << -1 << "soft_launch";
        QTest::newRow("0") << 0 << "soft_launch";
        QTest::newRow("5") << 5 << "soft_launch";
        QTest::newRow("6") << 6 << "hard_launch";
        QTest::newRow("28") << 28 << "hard_launch";
        QTest::newRow("50") << 50 << "hard_launch";
        QTest::newRow("51") << 51 << "growth_phase";
        QTest::newRow("100") << 100 << "growth_phase";
        QTest::newRow("above last") << 1000 << "growth_phase";
    }
    void tierForClients() {
        QFETCH(int, clients);
        QFETCH(QString, tier);
        const Catalog catalog = seedCatalog();
        const auto count = clients < 0 ? std::nullopt : std::optional<int>(clients);
        QCOMPARE(headroom::tierForClients(catalog, count).id, tier.toStdString());
    }

    // Seed 000: 28 clients, cpu 0.45 of 0.7, errors 0.015 of 0.03, latency 1800 of 2500,
    // queue 35 of 100: all healthy, headroom round((1 - 0.72) x 100) = 28, clients accepted.
    void seed000Example() {
        const Catalog catalog = seedCatalog();
        const Snapshot s = seed000Snapshot();
        const Tier& tier = headroom::tierForClients(catalog, activeClients(s));
        QCOMPARE(tier.id, std::string("hard_launch"));
        const CapacityStatus cs = capacityStatus(s, catalog, tier);
        QCOMPARE(cs.tierId, std::string("hard_launch"));
        struct Expected {
            MetricId metric;
            double value, limit;
        };
        for (const Expected& e : {Expected{MetricId::CpuUtilization, 0.45, 0.7},
                                  Expected{MetricId::ErrorRate, 0.015, 0.03},
                                  Expected{MetricId::AiLatencyMs, 1800, 2500},
                                  Expected{MetricId::QueueDepth, 35, 100}}) {
            const MetricUtilisation* u = find(cs, e.metric);
            QVERIFY2(u != nullptr, metricKey(e.metric).data());
            QCOMPARE(u->value, e.value);
            QCOMPARE(u->limit, e.limit);
            QCOMPARE(u->utilisation, e.value / e.limit);
            QCOMPARE(u->status, Status::Healthy);
        }
        QCOMPARE(cs.overall, Status::Healthy);
        QCOMPARE(cs.headroomPercent, std::optional<double>(28.0));
        QVERIFY(cs.canAcceptNewClients);
    }

    // Inclusive bands on the hard tier's CPU limit 0.7: 0.56 is exactly 80 %, 0.63 exactly 90 %.
    void statusBoundaries_data() {
        QTest::addColumn<double>("cpu");
        QTest::addColumn<Status>("status");
        QTest::addColumn<double>("headroom");
        QTest::addColumn<bool>("accepts");
        QTest::newRow("just below 80%") << 0.5599 << Status::Healthy << 20.0 << true;
        QTest::newRow("exactly 80%") << 0.56 << Status::Warning << 20.0 << true;
        QTest::newRow("between") << 0.6 << Status::Warning << 14.0 << true;
        QTest::newRow("just below 90%") << 0.6299 << Status::Warning << 10.0 << true;
        QTest::newRow("exactly 90%") << 0.63 << Status::Critical << 10.0 << false;
        QTest::newRow("over the limit") << 0.77 << Status::Critical << 0.0 << false;
    }
    void statusBoundaries() {
        QFETCH(double, cpu);
        QFETCH(Status, status);
        QFETCH(double, headroom);
        QFETCH(bool, accepts);
        const Catalog catalog = seedCatalog();
        const Snapshot s = snapshotOf({{MetricId::ActiveClients, 28},
                                       {MetricId::CpuUtilization, cpu},
                                       {MetricId::QueueDepth, 0}});
        const CapacityStatus cs = capacityStatus(s, catalog, *catalog.findTier("hard_launch"));
        QCOMPARE(find(cs, MetricId::CpuUtilization)->status, status);
        QCOMPARE(cs.overall, status);
        QCOMPARE(cs.headroomPercent, std::optional<double>(headroom));
        QCOMPARE(cs.canAcceptNewClients, accepts);
    }

    // Headroom must be strictly above 10 % (unrounded) to accept clients, even when healthy.
    void acceptsOnlyAboveMinimumHeadroom() {
        Catalog catalog = builtSeedCatalog();
        catalog.headroom.minHeadroomForNewClients = 30.0;
        const Tier& tier = *catalog.findTier("hard_launch");
        const Snapshot at = snapshotOf({{MetricId::QueueDepth, 70}});
        const CapacityStatus exactly = capacityStatus(at, catalog, tier);
        QCOMPARE(exactly.overall, Status::Healthy);
        QCOMPARE(exactly.headroomPercent, std::optional<double>(30.0));
        QVERIFY(!exactly.canAcceptNewClients);
        const CapacityStatus above =
            capacityStatus(snapshotOf({{MetricId::QueueDepth, 69}}), catalog, tier);
        QVERIFY(above.canAcceptNewClients);
    }

    void headroomRoundsHalfUp() {
        const Catalog catalog = seedCatalog();
        // queue 64.5 of 100 leaves 35.5 % -> Math.round gives 36.
        const CapacityStatus cs = capacityStatus(snapshotOf({{MetricId::QueueDepth, 64.5}}),
                                                 catalog, *catalog.findTier("hard_launch"));
        QCOMPARE(cs.headroomPercent, std::optional<double>(36.0));
    }

    void missingMetricsAreListed() {
        const Catalog catalog = builtSeedCatalog();
        const Snapshot s = snapshotOf({{MetricId::CpuUtilization, 0.35}});
        const Tier& tier = *catalog.findTier("hard_launch");
        const CapacityStatus cs = capacityStatus(s, catalog, tier);
        QCOMPARE(cs.utilisation.size(), std::size_t{1});
        QCOMPARE(cs.unmeasured.size(), tier.limits.size() - 1);
        QVERIFY(std::ranges::find(cs.unmeasured, MetricId::ErrorRate) != cs.unmeasured.end());
        QCOMPARE(cs.headroomPercent, std::optional<double>(50.0));
    }

    void nothingMeasured() {
        const Catalog catalog = seedCatalog();
        const CapacityStatus cs =
            capacityStatus(Snapshot(kNow), catalog, *catalog.findTier("soft_launch"));
        QCOMPARE(cs.overall, Status::Unknown);
        QVERIFY(!cs.headroomPercent.has_value());
        QVERIFY(!cs.canAcceptNewClients);
        QVERIFY(cs.utilisation.empty());
    }

    // Seed 000's planner: red from the hard limit, amber from the soft limit (inclusive).
    void clientCapacity_data() {
        QTest::addColumn<int>("clients");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<Status>("status");
        QTest::addColumn<int>("headroom");
        QTest::newRow("3 soft") << 3 << "soft_launch" << Status::Healthy << 2;
        QTest::newRow("4 soft") << 4 << "soft_launch" << Status::Warning << 1;
        QTest::newRow("5 soft") << 5 << "soft_launch" << Status::Critical << 0;
        QTest::newRow("28 hard") << 28 << "hard_launch" << Status::Healthy << 22;
        QTest::newRow("40 hard") << 40 << "hard_launch" << Status::Warning << 10;
        QTest::newRow("45 hard") << 45 << "hard_launch" << Status::Critical << 5;
        QTest::newRow("51 growth") << 51 << "growth_phase" << Status::Healthy << 49;
        QTest::newRow("80 growth") << 80 << "growth_phase" << Status::Warning << 20;
        QTest::newRow("90 growth") << 90 << "growth_phase" << Status::Critical << 10;
        QTest::newRow("120 growth") << 120 << "growth_phase" << Status::Critical << -20;
    }
    void clientCapacity() {
        QFETCH(int, clients);
        QFETCH(QString, tier);
        QFETCH(Status, status);
        QFETCH(int, headroom);
        const Catalog catalog = seedCatalog();
        const Tier& t = headroom::tierForClients(catalog, clients);
        QCOMPARE(t.id, tier.toStdString());
        const ClientCapacity cc = headroom::clientCapacity(clients, t);
        QCOMPARE(cc.status, status);
        QCOMPARE(cc.headroomClients, std::optional<int>(headroom));
        QCOMPARE(cc.utilisation, std::optional<double>(double(clients) / t.maxClients));
        QCOMPARE(cc.activeClients, std::optional<int>(clients));
    }

    void clientCapacityUnknown() {
        const Catalog catalog = seedCatalog();
        const ClientCapacity cc =
            headroom::clientCapacity(std::nullopt, *catalog.findTier("soft_launch"));
        QCOMPARE(cc.status, Status::Unknown);
        QVERIFY(!cc.utilisation.has_value());
        QVERIFY(!cc.headroomClients.has_value());
        QCOMPARE(cc.tierMaxClients, 5);
    }
};

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
