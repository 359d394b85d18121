// Seed 002's resource monitor (core/policy/ResourceMonitor.h): the Visual Job Risk Score and its
// caps, the status at each threshold, the 7-day trend (rising, falling, flat, unknown with too
// few days) and the table built from a snapshot, a tier and the history.
#include "policy/ResourceMonitor.h"

#include <QTest>

using namespace headroom;

namespace {

constexpr std::int64_t kT0 = 1'764'000'000; // 2025-11-24T16:00:00Z
constexpr std::int64_t kDay = 86400;

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

std::vector<TimedValue> daily(const std::vector<double>& values, std::int64_t end = kT0) {
    std::vector<TimedValue> out;
    const auto n = static_cast<std::int64_t>(values.size());
    for (std::int64_t i = 0; i < n; ++i) {
        out.push_back({t(end - (n - 1 - i) * kDay), values[std::size_t(i)]});
    }
    return out;
}

ResourceMonitorSettings seedSettings() {
    ResourceMonitorSettings s;
    s.metrics = {
        {"ai_token_usage", "AI token usage", MonitorSubject::Metric, MetricId::AiTokensPerDay,
         MonitorScale::ShareOfTierLimit, 0.7, 0.9},
        {"queue_depth", "Queue depth", MonitorSubject::Metric, MetricId::QueueDepth,
         MonitorScale::Absolute, 50, 200},
        {"storage", "Storage", MonitorSubject::Metric, MetricId::StorageUsageGb,
         MonitorScale::Absolute, 5, 10},
        {"visual_job_risk", "Visual job risk", MonitorSubject::VisualJobRisk,
         MetricId::AiTokensPerDay, MonitorScale::Absolute, 0.6, 0.8},
    };
    return s;
}

} // namespace

class TestResourceMonitor : public QObject {
    Q_OBJECT
private slots:
    void visualJobRiskScore_data() {
        QTest::addColumn<double>("pending");
        QTest::addColumn<double>("failed");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("score");
        QTest::newRow("idle") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("half of each") << 25.0 << 5.0 << 30.0 << 0.5;
        QTest::newRow("queue only, full") << 50.0 << 0.0 << 0.0 << 0.4;
        QTest::newRow("capped at 1 each") << 500.0 << 100.0 << 600.0 << 1.0;
        QTest::newRow("seed weights") << 10.0 << 2.0 << 30.0 << (0.4 * 0.2 + 0.3 * 0.2 + 0.15);
    }
    void visualJobRiskScore() {
        QFETCH(double, pending);
        QFETCH(double, failed);
        QFETCH(double, seconds);
        QFETCH(double, score);
        const auto r = visualJobRisk(pending, failed, seconds, VisualJobRiskSettings{});
        QVERIFY(r.has_value());
        QVERIFY(std::abs(r->score - score) < 1e-9);
    }

    void visualJobRiskNeedsEveryInput() {
        QVERIFY(!visualJobRisk(10.0, std::nullopt, 30.0, VisualJobRiskSettings{}));
        Snapshot s(t(kT0));
        (void)s.set(MetricId::VisualJobsPending, {10, t(kT0), "test"});
        (void)s.set(MetricId::VisualJobsFailedRecently, {1, t(kT0), "test"});
        QVERIFY(!visualJobRisk(s, VisualJobRiskSettings{}));
        (void)s.set(MetricId::VisualJobAvgProcessingS, {12, t(kT0), "test"});
        QVERIFY(visualJobRisk(s, VisualJobRiskSettings{}).has_value());
    }

    void statusAtThresholds_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("below warning") << 49.0 << int(MonitorStatus::Normal);
        QTest::newRow("at warning") << 50.0 << int(MonitorStatus::Warning);
        QTest::newRow("between") << 199.0 << int(MonitorStatus::Warning);
        QTest::newRow("at critical") << 200.0 << int(MonitorStatus::Critical);
    }
    void statusAtThresholds() {
        QFETCH(double, value);
        QFETCH(int, status);
        QCOMPARE(int(monitorStatus(value, 50, 200)), status);
        QCOMPARE(monitorStatus(std::nullopt, 50, 200), MonitorStatus::NoData);
    }

    void trend_data() {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<int>("direction");
        QTest::newRow("rising") << std::vector<double>{10, 12, 14, 16, 18, 20, 22}
                                << int(TrendDirection::Rising);
        QTest::newRow("falling") << std::vector<double>{22, 20, 18, 16, 14, 12, 10}
                                 << int(TrendDirection::Falling);
        QTest::newRow("flat with noise")
            << std::vector<double>{100, 101, 99, 100, 101, 99, 100} << int(TrendDirection::Flat);
        QTest::newRow("three days only")
            << std::vector<double>{10, 20, 30} << int(TrendDirection::Unknown);
        QTest::newRow("all zero") << std::vector<double>{0, 0, 0, 0, 0}
                                  << int(TrendDirection::Flat);
    }
    void trend() {
        QFETCH(std::vector<double>, values);
        QFETCH(int, direction);
        const auto points = daily(values);
        QCOMPARE(int(trendDirection(points, t(kT0), TrendSettings{})), direction);
    }

    void trendLooksAtTheLastSevenDaysOnly() {
        // A steep climb two weeks ago, flat since.
        auto points = daily({1, 2, 4, 8, 16, 32, 64}, kT0 - 10 * kDay);
        const auto recent = daily({64, 64, 64, 64, 64, 64, 64});
        points.insert(points.end(), recent.begin(), recent.end());
        QCOMPARE(trendDirection(points, t(kT0), TrendSettings{}), TrendDirection::Flat);
    }

    void tableFromSnapshotTierAndHistory() {
        Tier tier;
        tier.id = "soft_launch";
        tier.limits = {{MetricId::AiTokensPerDay, 500000}};
        Snapshot s(t(kT0));
        (void)s.set(MetricId::AiTokensPerDay, {400000, t(kT0), "test"});
        (void)s.set(MetricId::QueueDepth, {20, t(kT0), "test"});
        (void)s.set(MetricId::VisualJobsPending, {50, t(kT0), "test"});
        (void)s.set(MetricId::VisualJobsFailedRecently, {10, t(kT0), "test"});
        (void)s.set(MetricId::VisualJobAvgProcessingS, {0, t(kT0), "test"});
        ResourceMonitorInput input;
        input.latest = s;
        input.tier = &tier;
        input.now = t(kT0);
        input.history[MetricId::QueueDepth] = daily({10, 12, 14, 16, 18, 20, 22});
        const auto report = buildResourceMonitor(input, seedSettings());
        QCOMPARE(report.rows.size(), std::size_t(4));
        const auto& tokens = report.rows[0];
        QCOMPARE(*tokens.tierLimit, 500000.0);
        QCOMPARE(*tokens.value, 0.8);
        QCOMPARE(tokens.status, MonitorStatus::Warning);
        QCOMPARE(tokens.trend, TrendDirection::Unknown); // no history given
        QCOMPARE(report.rows[1].status, MonitorStatus::Normal);
        QCOMPARE(report.rows[1].trend, TrendDirection::Rising);
        QCOMPARE(report.rows[2].status, MonitorStatus::NoData); // storage not measured
        QVERIFY(!report.rows[2].value);
        QCOMPARE(*report.rows[3].value, 0.7); // 0.4 + 0.3 + 0
        QCOMPARE(report.rows[3].status, MonitorStatus::Warning);
        QCOMPARE(report.overall, MonitorStatus::Warning);
    }

    void shareOfTierLimitWithoutLimitIsNoData() {
        Snapshot s(t(kT0));
        (void)s.set(MetricId::AiTokensPerDay, {400000, t(kT0), "test"});
        ResourceMonitorInput input;
        input.latest = s;
        input.now = t(kT0);
        const auto report = buildResourceMonitor(input, seedSettings());
        QCOMPARE(*report.rows[0].measured, 400000.0);
        QCOMPARE(report.rows[0].status, MonitorStatus::NoData);
    }

    void monitoredMetricsListsTheRiskInputs() {
        const auto metrics = monitoredMetrics(seedSettings());
        QCOMPARE(metrics.size(), std::size_t(6));
        QVERIFY(std::ranges::find(metrics, MetricId::VisualJobAvgProcessingS) != metrics.end());
    }
};

QTEST_GUILESS_MAIN(TestResourceMonitor)
#include "tst_resource_monitor.moc"
