#include "model/Snapshot.h"
#include "support/CorePrinters.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace headroom;

class TestSnapshot : public QObject {
    Q_OBJECT
private slots:
    void absentMetricIsExplicit()
    {
        Snapshot s(Timestamp{std::chrono::seconds{1000}});
        QVERIFY(!s.has(MetricId::CpuUtilization));
        QVERIFY(!s.value(MetricId::CpuUtilization).has_value());
        QCOMPARE(s.presentCount(), std::size_t{0});
    }

    void acceptsValidValue()
    {
        Snapshot s;
        auto ok = s.set(MetricId::CpuUtilization, {0.45, Timestamp{}, "test"});
        QVERIFY(ok.has_value());
        QCOMPARE(*s.value(MetricId::CpuUtilization), 0.45);
        QCOMPARE(s.get(MetricId::CpuUtilization)->source, std::string("test"));
    }

    void rejectsImpossibleValues_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nan") << int(MetricId::CpuUtilization)
                             << std::numeric_limits<double>::quiet_NaN() << "NaN";
        QTest::newRow("inf") << int(MetricId::AiLatencyMs)
                             << std::numeric_limits<double>::infinity() << "infinite";
        QTest::newRow("negative count") << int(MetricId::QueueDepth) << -1.0 << "queue_depth";
        QTest::newRow("fraction above 1") << int(MetricId::CpuUtilization) << 45.0 << "0..1";
        QTest::newRow("fractional clients") << int(MetricId::ActiveClients) << 2.5 << "whole";
    }

    void rejectsImpossibleValues()
    {
        QFETCH(int, metric);
        QFETCH(double, value);
        QFETCH(QString, mentions);
        Snapshot s;
        auto result = s.set(static_cast<MetricId>(metric), {value, Timestamp{}, "test"});
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::ValidationError);
        QVERIFY2(QString::fromStdString(result.error().message).contains(mentions),
                 result.error().message.c_str());
        QVERIFY(!s.has(static_cast<MetricId>(metric)));
    }

    void metricKeysRoundTrip()
    {
        for (const auto& info : allMetrics()) {
            QCOMPARE(metricFromKey(info.key), std::optional<MetricId>(info.id));
        }
        QVERIFY(!metricFromKey("no_such_metric").has_value());
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
