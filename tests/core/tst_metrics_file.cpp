#include "sources/MetricsFile.h"
#include "support/CorePrinters.h"

#include <fstream>

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;

namespace {

const Timestamp kNow{std::chrono::seconds{1'800'000'000}};

// Seed 000's usage example, as a metrics file.
const char* const kSeedExample = R"({
  "cpu_utilization": 0.45,
  "error_rate": 0.015,
  "ai_latency_ms": 1800,
  "queue_depth": 35,
  "token_usage": 180000,
  "storage_usage_gb": 28,
  "bandwidth_usage_mb": 120,
  "active_clients": 28
})";

} // namespace

class TestMetricsFile : public QObject {
    Q_OBJECT
private slots:
    void seedExampleParses() {
        auto s = parseMetricsJson(kSeedExample, "example.json", kNow);
        QVERIFY2(s.has_value(), s ? "" : s.error().message.c_str());
        QCOMPARE(s->takenAt(), kNow);
        QCOMPARE(s->presentCount(), std::size_t{8});
        QCOMPARE(s->value(MetricId::CpuUtilization), std::optional<double>(0.45));
        QCOMPARE(s->value(MetricId::ErrorRate), std::optional<double>(0.015));
        QCOMPARE(s->value(MetricId::AiLatencyMs), std::optional<double>(1800));
        QCOMPARE(s->value(MetricId::QueueDepth), std::optional<double>(35));
        QCOMPARE(s->value(MetricId::TokenUsage), std::optional<double>(180000));
        QCOMPARE(s->value(MetricId::StorageUsageGb), std::optional<double>(28));
        QCOMPARE(s->value(MetricId::BandwidthUsageMb), std::optional<double>(120));
        QCOMPARE(s->value(MetricId::ActiveClients), std::optional<double>(28));
        QCOMPARE(s->get(MetricId::ActiveClients)->source, std::string("example.json"));
        QCOMPARE(s->get(MetricId::ActiveClients)->observedAt, kNow);
        QVERIFY(!s->has(MetricId::MemoryUtilization));
    }

    void takenAtNullAndAiUsage() {
        auto s = parseMetricsJson(
            R"({"taken_at": "2026-11-25T07:00:00Z", "cpu_utilization": null, "queue_depth": 3,
                "ai_usage": {"claude": 120000, "elevenlabs": 5000}})",
            "m.json", kNow);
        QVERIFY2(s.has_value(), s ? "" : s.error().message.c_str());
        const Timestamp expected =
            std::chrono::sys_days{std::chrono::year{2026} / std::chrono::November / 25} +
            std::chrono::hours{7};
        QCOMPARE(s->takenAt(), expected);
        QCOMPARE(s->get(MetricId::QueueDepth)->observedAt, expected);
        QVERIFY(!s->has(MetricId::CpuUtilization)); // null = explicitly absent
        QCOMPARE(s->aiUsage().size(), std::size_t{2});
        const auto& claude =
            s->aiUsage()[0].providerId == "claude" ? s->aiUsage()[0] : s->aiUsage()[1];
        QCOMPARE(claude.providerId, std::string("claude"));
        QCOMPARE(claude.used, 120000.0);
        QCOMPARE(claude.observedAt, expected);
    }

    void badInputNamesTheProblem_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("unknown key") << R"({"cpu_utilisation": 0.4})"
                                     << QStringList{"bad.json", "'cpu_utilisation'", "not a known"};
        QTest::newRow("string value")
            << R"({"queue_depth": "35"})"
            << QStringList{"'queue_depth'", "expected a number", "string"};
        QTest::newRow("boolean value")
            << R"({"error_rate": true})" << QStringList{"'error_rate'", "boolean"};
        QTest::newRow("percentage not fraction")
            << R"({"cpu_utilization": 45})" << QStringList{"'cpu_utilization'", "above"};
        QTest::newRow("negative count")
            << R"({"queue_depth": -1})" << QStringList{"'queue_depth'", "below"};
        QTest::newRow("fractional clients")
            << R"({"active_clients": 2.5})" << QStringList{"'active_clients'", "whole number"};
        // The JSON parser itself refuses numbers beyond double, before any key is known.
        QTest::newRow("overflow") << R"({"ai_latency_ms": 1e400})"
                                  << QStringList{"bad.json", "overflow", "1e400"};
        QTest::newRow("array root") << R"([1, 2])" << QStringList{"bad.json", "array", "object"};
        QTest::newRow("malformed")
            << R"({"cpu_utilization": 0.4,})" << QStringList{"bad.json", "malformed JSON at byte"};
        QTest::newRow("bad taken_at")
            << R"({"taken_at": "yesterday"})" << QStringList{"'taken_at'", "ISO 8601"};
        QTest::newRow("ai_usage not object")
            << R"({"ai_usage": 5})" << QStringList{"'ai_usage'", "object"};
        QTest::newRow("ai_usage string")
            << R"({"ai_usage": {"claude": "lots"}})" << QStringList{"'ai_usage.claude'", "number"};
        QTest::newRow("ai_usage negative")
            << R"({"ai_usage": {"claude": -5}})" << QStringList{"'ai_usage.claude'"};
    }

    void badInputNamesTheProblem() {
        QFETCH(QString, json);
        QFETCH(QStringList, mentions);
        auto s = parseMetricsJson(json.toStdString(), "bad.json", kNow);
        QVERIFY(!s.has_value());
        const QString message = QString::fromStdString(s.error().message);
        for (const QString& m : mentions) {
            QVERIFY2(message.contains(m), qPrintable(message + " lacks " + m));
        }
    }

    void parseErrorGivesByteOffset() {
        // After the stray comma the parser stops at the '}', the 25th byte (1-based).
        auto s = parseMetricsJson(R"({"cpu_utilization": 0.4,})", "x", kNow);
        QVERIFY(!s.has_value());
        QCOMPARE(s.error().code, ErrorCode::ParseError);
        QVERIFY2(QString::fromStdString(s.error().message).contains("byte 25"),
                 s.error().message.c_str());
    }

    void readsFileWithFileSource() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/metrics.json").toStdString();
        std::ofstream(path) << kSeedExample;
        auto s = readMetricsFile(path, kNow);
        QVERIFY2(s.has_value(), s ? "" : s.error().message.c_str());
        QCOMPARE(s->get(MetricId::CpuUtilization)->source, std::string("file:metrics.json"));

        auto missing = readMetricsFile(dir.path().toStdString() + "/nope.json", kNow);
        QVERIFY(!missing.has_value());
        QVERIFY(QString::fromStdString(missing.error().message).contains("nope.json"));

        std::ofstream(path, std::ios::trunc) << R"({"queue_depth": "x"})";
        auto bad = readMetricsFile(path, kNow);
        QVERIFY(!bad.has_value());
        QVERIFY(QString::fromStdString(bad.error().message).contains(QString::fromStdString(path)));
    }
};

QTEST_GUILESS_MAIN(TestMetricsFile)
#include "tst_metrics_file.moc"
