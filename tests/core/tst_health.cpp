#include "policy/Health.h"
#include "support/CorePrinters.h"
#include "support/PolicyFixtures.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

class TestHealth : public QObject {
    Q_OBJECT
private slots:
    // formulas.md section 2: 10 clients, 2 warnings, 1 at risk, lab mode ($10/day), $15 spent,
    // cpu 45 %, p50 120 ms, error 0.02 -> infra 95, pressure 100, density 40, churn 10,
    // overall 0.3 x 95 + 0.25 x 0 + 0.25 x 60 + 0.2 x 90 = 61.5.
    void seed001WorkedExample() {
        const Catalog c = seedCatalog();
        const Snapshot s = snapshotOf({{MetricId::ActiveClients, 10},
                                       {MetricId::EarlyWarningEvents, 2},
                                       {MetricId::AtRiskClients, 1},
                                       {MetricId::AiSpendPerDayUsd, 15},
                                       {MetricId::CpuUtilization, 0.45},
                                       {MetricId::ResponseTimeP50Ms, 120},
                                       {MetricId::ErrorRate, 0.02}});
        const HealthScores h = healthScores(s, c, *c.findMode("lab"));
        QCOMPARE(h.infraHealth, std::optional<double>(95.0));
        QCOMPARE(h.aiCostPressure, std::optional<double>(100.0));
        QCOMPARE(h.warningDensity, std::optional<double>(40.0));
        QCOMPARE(h.churnRisk, std::optional<double>(10.0));
        QCOMPARE(h.overall, std::optional<double>(61.5));
    }

    // Strict '>' on every step: a value equal to a step takes the step below.
    void infraPenalties_data() {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("infra");
        const int cpu = int(MetricId::CpuUtilization);
        const int p50 = int(MetricId::ResponseTimeP50Ms);
        const int err = int(MetricId::ErrorRate);
        QTest::newRow("cpu 0.40") << cpu << 0.40 << 100.0;
        QTest::newRow("cpu 0.45") << cpu << 0.45 << 95.0;
        QTest::newRow("cpu 0.60") << cpu << 0.60 << 95.0;
        QTest::newRow("cpu 0.61") << cpu << 0.61 << 80.0;
        QTest::newRow("cpu 0.80") << cpu << 0.80 << 80.0;
        QTest::newRow("cpu 0.81") << cpu << 0.81 << 60.0;
        QTest::newRow("p50 200") << p50 << 200.0 << 100.0;
        QTest::newRow("p50 201") << p50 << 201.0 << 95.0;
        QTest::newRow("p50 301") << p50 << 301.0 << 85.0;
        QTest::newRow("p50 501") << p50 << 501.0 << 70.0;
        QTest::newRow("err 0.02") << err << 0.02 << 100.0;
        QTest::newRow("err 0.021") << err << 0.021 << 95.0;
        QTest::newRow("err 0.05") << err << 0.05 << 95.0;
        QTest::newRow("err 0.06") << err << 0.06 << 85.0;
        QTest::newRow("err 0.11") << err << 0.11 << 70.0;
    }
    void infraPenalties() {
        QFETCH(int, metric);
        QFETCH(double, value);
        QFETCH(double, infra);
        const Catalog c = seedCatalog();
        const Snapshot s = snapshotOf({{static_cast<MetricId>(metric), value}});
        QCOMPARE(infraHealthScore(s, c.health), std::optional<double>(infra));
    }

    void infraSumsAndFloorsAtZero() {
        Catalog c = builtSeedCatalog();
        const Snapshot worst = snapshotOf({{MetricId::CpuUtilization, 0.9},
                                           {MetricId::ResponseTimeP50Ms, 900},
                                           {MetricId::ErrorRate, 0.2}});
        QCOMPARE(infraHealthScore(worst, c.health), std::optional<double>(0.0)); // 100-40-30-30
        c.health.infraPenalties[0].steps[0].penalty = 60; // 100-60-30-30 would be -20
        QCOMPARE(infraHealthScore(worst, c.health), std::optional<double>(0.0));
    }

    void missingInputsGiveNoScore() {
        const Catalog c = seedCatalog();
        const HealthScores none = healthScores(Snapshot(kNow), c, *c.findMode("lab"));
        QVERIFY(!none.infraHealth && !none.aiCostPressure && !none.warningDensity);
        QVERIFY(!none.churnRisk && !none.overall);

        // Warnings without a client count cannot be a density.
        const HealthScores noClients = healthScores(
            snapshotOf({{MetricId::EarlyWarningEvents, 3}, {MetricId::AtRiskClients, 1}}), c,
            *c.findMode("lab"));
        QVERIFY(!noClients.warningDensity && !noClients.churnRisk && !noClients.overall);
    }

    void zeroClientsScoreZero() {
        const Catalog c = seedCatalog();
        const HealthScores h = healthScores(snapshotOf({{MetricId::ActiveClients, 0},
                                                        {MetricId::EarlyWarningEvents, 3},
                                                        {MetricId::AtRiskClients, 0}}),
                                            c, *c.findMode("lab"));
        QCOMPARE(h.warningDensity, std::optional<double>(0.0));
        QCOMPARE(h.churnRisk, std::optional<double>(0.0));
        QCOMPARE(h.overall, std::optional<double>(100.0));
    }

    // The cost limit is the current mode's: $15 of growth's $200 is 7.5.
    void pressureUsesCurrentMode() {
        const Catalog c = seedCatalog();
        const Snapshot s = snapshotOf({{MetricId::AiSpendPerDayUsd, 15}});
        QCOMPARE(healthScores(s, c, *c.findMode("growth")).aiCostPressure,
                 std::optional<double>(7.5));
        QCOMPARE(healthScores(s, c, *c.findMode("pilot")).aiCostPressure,
                 std::optional<double>(30.0));
        // overall over the one score that exists: 100 - 30
        QCOMPARE(healthScores(s, c, *c.findMode("pilot")).overall, std::optional<double>(70.0));
    }

    // Weights are renormalised over the present scores: infra 95 (w 0.30) and churn 10
    // (goodness 90, w 0.20) -> (28.5 + 18) / 0.5 = 93.
    void overallRenormalises() {
        const Catalog c = seedCatalog();
        const Snapshot s = snapshotOf({{MetricId::CpuUtilization, 0.45},
                                       {MetricId::ActiveClients, 10},
                                       {MetricId::AtRiskClients, 1}});
        const HealthScores h = healthScores(s, c, *c.findMode("lab"));
        QVERIFY(!h.aiCostPressure && !h.warningDensity);
        QCOMPARE(h.overall, std::optional<double>(93.0));
    }

    // Math.round(v x 100) / 100: 1/3 of clients at risk -> 33.33; 2/3 -> 66.67.
    void roundsToTwoDecimals() {
        const Catalog c = seedCatalog();
        const auto churn = [&](double atRisk) {
            return healthScores(snapshotOf({{MetricId::ActiveClients, 3},
                                            {MetricId::AtRiskClients, atRisk}}),
                                c, *c.findMode("lab"))
                .churnRisk;
        };
        QCOMPARE(churn(1), std::optional<double>(33.33));
        QCOMPARE(churn(2), std::optional<double>(66.67));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
