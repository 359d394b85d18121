// Seed 004's scaling triggers (core/policy/PolicyTriggers): CPU above 80 % sustained for five
// minutes on timestamped samples (a gap breaks the run), database connections above 80 % of the
// maximum, p95 above 2 s or p99 above 5 s, and under-utilisation with right-sizing at the
// window's 95th percentile.

#include "catalog/CatalogLoader.h"
#include "policy/PolicyTriggers.h"

#include <cmath>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kNow = Timestamp{std::chrono::days{20000}};

const PolicyTriggerSettings& settings() {
    static const PolicyTriggerSettings s = loadDefaultCatalog()->policies.triggers;
    return s;
}

const PolicyTriggerFinding* findKind(const std::vector<PolicyTriggerFinding>& findings,
                                     PolicyTriggerKind kind) {
    for (const auto& f : findings) {
        if (f.kind == kind) {
            return &f;
        }
    }
    return nullptr;
}

// CPU samples ending at kNow, one per `spacing`, values given oldest first.
std::vector<MetricPoint> cpuSeries(std::vector<double> values, std::chrono::seconds spacing) {
    std::vector<MetricPoint> out;
    const auto n = static_cast<int>(values.size());
    for (int i = 0; i < n; ++i) {
        out.push_back({kNow - spacing * (n - 1 - i), MetricId::CpuUtilization, values[i]});
    }
    return out;
}

} // namespace

class TestPolicyTriggers : public QObject {
    Q_OBJECT
private slots:
    void cpuSustained_data() {
        QTest::addColumn<QVector<double>>("values"); // one a minute, the last at now
        QTest::addColumn<bool>("fires");
        QTest::newRow("above for exactly 5 min")
            << QVector<double>{0.81, 0.85, 0.9, 0.95, 0.9, 0.82} << true;
        QTest::newRow("above for 4 min")
            << QVector<double>{0.5, 0.85, 0.9, 0.95, 0.9, 0.82} << false;
        QTest::newRow("at 80 % is not above")
            << QVector<double>{0.8, 0.85, 0.9, 0.95, 0.9, 0.82} << false;
        QTest::newRow("dip inside the run")
            << QVector<double>{0.9, 0.9, 0.7, 0.95, 0.9, 0.82} << false;
        QTest::newRow("latest below")
            << QVector<double>{0.9, 0.9, 0.9, 0.95, 0.9, 0.9, 0.5} << false;
        QTest::newRow("long run") << QVector<double>(20, 0.99) << true;
    }
    void cpuSustained() {
        QFETCH(QVector<double>, values);
        QFETCH(bool, fires);
        const auto history = cpuSeries({values.begin(), values.end()}, 60s);
        const auto findings = evaluatePolicyTriggers(settings(), Snapshot(kNow), history, kNow);
        const auto* f = findKind(findings, PolicyTriggerKind::CpuSustained);
        QCOMPARE(f != nullptr, fires);
        if (f) {
            QVERIFY(f->run);
            QVERIFY(f->run->until - f->run->since >= 300s);
            QCOMPARE(f->evidence.size(), std::size_t(1));
            QCOMPARE(f->evidence[0].threshold, 0.8);
            QCOMPARE(f->evidence[0].value,
                     *std::ranges::min_element(values.end() - 6, values.end()));
        }
    }

    // Samples six minutes apart never make a sustained run: the gap between them is not data.
    void gapBreaksTheRun() {
        auto history = cpuSeries({0.9, 0.9}, 360s);
        auto findings = evaluatePolicyTriggers(settings(), Snapshot(kNow), history, kNow);
        QVERIFY(!findKind(findings, PolicyTriggerKind::CpuSustained));
        // A run of 5 minutes with a 3-minute hole in the middle is broken too.
        history = {{kNow - 300s, MetricId::CpuUtilization, 0.9},
                   {kNow - 240s, MetricId::CpuUtilization, 0.9},
                   {kNow - 60s, MetricId::CpuUtilization, 0.9},
                   {kNow, MetricId::CpuUtilization, 0.9}};
        findings = evaluatePolicyTriggers(settings(), Snapshot(kNow), history, kNow);
        QVERIFY(!findKind(findings, PolicyTriggerKind::CpuSustained));
        const auto run = runAbove(history, MetricId::CpuUtilization, 0.8, 120s, kNow);
        QVERIFY(run);
        QCOMPARE(run->since, kNow - 60s);
        QCOMPARE(run->samples, 2);
    }

    // Old data says nothing about now: a run that ended long ago does not fire.
    void staleRunDoesNotFire() {
        const auto history = cpuSeries(std::vector<double>(10, 0.95), 60s);
        const Timestamp later = kNow + 10min;
        const auto findings = evaluatePolicyTriggers(settings(), Snapshot(later), history, later);
        QVERIFY(!findKind(findings, PolicyTriggerKind::CpuSustained));
    }

    // The latest snapshot counts as a sample of the run.
    void latestSnapshotJoinsTheRun() {
        auto history = cpuSeries({0.9, 0.9, 0.9, 0.9, 0.9}, 60s); // kNow-4min .. kNow
        Snapshot latest(kNow + 60s);
        QVERIFY(latest.set(MetricId::CpuUtilization, {0.92, kNow + 60s, "t"}).has_value());
        const auto findings = evaluatePolicyTriggers(settings(), latest, history, kNow + 60s);
        QVERIFY(findKind(findings, PolicyTriggerKind::CpuSustained));
    }

    void dbConnections_data() {
        QTest::addColumn<double>("used");
        QTest::addColumn<double>("max");
        QTest::addColumn<bool>("fires");
        QTest::newRow("81 of 100") << 81.0 << 100.0 << true;
        QTest::newRow("80 of 100") << 80.0 << 100.0 << false;
        QTest::newRow("50 of 60") << 50.0 << 60.0 << true;
        QTest::newRow("no maximum known") << 90.0 << -1.0 << false;
    }
    void dbConnections() {
        QFETCH(double, used);
        QFETCH(double, max);
        QFETCH(bool, fires);
        Snapshot s(kNow);
        QVERIFY(s.set(MetricId::DbConnections, {used, kNow, "t"}).has_value());
        if (max > 0) {
            QVERIFY(s.set(MetricId::DbConnectionsMax, {max, kNow, "t"}).has_value());
        }
        const auto findings = evaluatePolicyTriggers(settings(), s, {}, kNow);
        const auto* f = findKind(findings, PolicyTriggerKind::DbConnections);
        QCOMPARE(f != nullptr, fires);
        if (f) {
            QCOMPARE(f->evidence[0].value, used);
            QCOMPARE(f->evidence[0].threshold, 0.8 * max);
        }
    }

    void responseTime_data() {
        QTest::addColumn<double>("p95");
        QTest::addColumn<double>("p99");
        QTest::addColumn<int>("evidence"); // 0 = does not fire
        QTest::newRow("both fine") << 1500.0 << 4000.0 << 0;
        QTest::newRow("p95 at 2000 is not above") << 2000.0 << 4000.0 << 0;
        QTest::newRow("p95 above") << 2100.0 << 4000.0 << 1;
        QTest::newRow("p99 above") << 1500.0 << 5200.0 << 1;
        QTest::newRow("both above") << 2500.0 << 6000.0 << 2;
    }
    void responseTime() {
        QFETCH(double, p95);
        QFETCH(double, p99);
        QFETCH(int, evidence);
        Snapshot s(kNow);
        QVERIFY(s.set(MetricId::ResponseTimeP95Ms, {p95, kNow, "t"}).has_value());
        QVERIFY(s.set(MetricId::ResponseTimeP99Ms, {p99, kNow, "t"}).has_value());
        const auto findings = evaluatePolicyTriggers(settings(), s, {}, kNow);
        const auto* f = findKind(findings, PolicyTriggerKind::ResponseTime);
        QCOMPARE(f ? int(f->evidence.size()) : 0, evidence);
    }

    // 100 hourly samples of CPU and memory: 0.10, 0.11, ... cycling; p95 (type 7) computed by
    // hand below the 30 % threshold, so right-sizing to p95 / 0.7 of the current size.
    void underUtilisation() {
        std::vector<MetricPoint> history;
        for (int i = 0; i < 100; ++i) {
            const Timestamp at = kNow - std::chrono::hours(99 - i);
            history.push_back({at, MetricId::CpuUtilization, 0.05 + 0.002 * i}); // 0.05..0.248
            history.push_back({at, MetricId::MemoryUtilization, 0.1});
        }
        auto findings = evaluatePolicyTriggers(settings(), Snapshot(kNow), history, kNow);
        const auto* f = findKind(findings, PolicyTriggerKind::UnderUtilised);
        QVERIFY(f);
        // p95 of 0.05 + 0.002 i, i = 0..99: h = 99 x 0.95 = 94.05 -> 0.05 + 0.002 x 94.05.
        const double p95 = 0.05 + 0.002 * 94.05;
        QCOMPARE(f->evidence.size(), std::size_t(2));
        QVERIFY(std::abs(f->evidence[0].value - p95) < 1e-12);
        QCOMPARE(f->evidence[0].comparison, Comparison::Below);
        QVERIFY(std::abs(*f->rightSizeFraction - p95 / 0.7) < 1e-12);
        QCOMPARE(f->samples, 100);

        // Memory busy: one resource in use keeps the size.
        for (auto& p : history) {
            if (p.metric == MetricId::MemoryUtilization) {
                p.value = 0.6;
            }
        }
        findings = evaluatePolicyTriggers(settings(), Snapshot(kNow), history, kNow);
        QVERIFY(!findKind(findings, PolicyTriggerKind::UnderUtilised));
    }

    // Too few samples, or samples outside the lookback window, suggest nothing.
    void underUtilisationNeedsEnoughRecentData() {
        std::vector<MetricPoint> history;
        for (int i = 0; i < 19; ++i) { // one short of min_lookback_samples
            history.push_back({kNow - std::chrono::hours(i), MetricId::CpuUtilization, 0.05});
        }
        auto findings = evaluatePolicyTriggers(settings(), Snapshot(kNow), history, kNow);
        QVERIFY(!findKind(findings, PolicyTriggerKind::UnderUtilised));
        for (int i = 0; i < 50; ++i) { // old: outside the 7-day window
            history.push_back({kNow - std::chrono::days(8) - std::chrono::hours(i),
                               MetricId::CpuUtilization, 0.05});
        }
        findings = evaluatePolicyTriggers(settings(), Snapshot(kNow), history, kNow);
        QVERIFY(!findKind(findings, PolicyTriggerKind::UnderUtilised));
        history.push_back({kNow - 30min, MetricId::CpuUtilization, 0.05}); // the 20th
        findings = evaluatePolicyTriggers(settings(), Snapshot(kNow), history, kNow);
        QVERIFY(findKind(findings, PolicyTriggerKind::UnderUtilised));
    }

    // (The percentile itself, model/Percentile.h, is tested in tst_infra_cost.)
};

QTEST_GUILESS_MAIN(TestPolicyTriggers)
#include "tst_policy_triggers.moc"
