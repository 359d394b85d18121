#include "sources/HostCollector.h"
#include "support/CorePrinters.h"

#include <filesystem>
#include <fstream>

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;

namespace {

const Timestamp kNow{std::chrono::seconds{1'800'000'000}};

void writeFile(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

const char* const kMeminfo = "MemTotal:       16000000 kB\n"
                             "MemFree:         1000000 kB\n"
                             "MemAvailable:    4000000 kB\n"
                             "Buffers:          200000 kB\n";

} // namespace

class TestHostCollector : public QObject {
    Q_OBJECT
private slots:
    void parsesAggregateCpuLineWithoutGuestTime() {
        auto t = parseProcStat("cpu  10 20 30 40 50 60 70 80 90 100\ncpu0 1 2 3 4 5 6 7 8 9 10\n",
                               "stat");
        QVERIFY(t.has_value());
        QCOMPARE(t->idle, std::uint64_t{40 + 50});
        QCOMPARE(t->total, std::uint64_t{10 + 20 + 30 + 40 + 50 + 60 + 70 + 80});
        QCOMPARE(t->cpus, 1); // one "cpuN" line
    }

    void cpuDeltaBetweenPollsIsExact() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        writeFile(root / "stat", "cpu  100 0 50 800 50 0 0 0 0 0\n");
        writeFile(root / "meminfo", kMeminfo);
        writeFile(root / "loadavg", "1.25 0.80 0.50 2/300 1234\n");

        HostCollector collector({root, root, std::chrono::milliseconds{0}});
        Snapshot first(kNow);
        QVERIFY(collector.poll(kNow, first).has_value());
        // Both first readings were identical: no time passed, so no CPU value is invented.
        QVERIFY(!first.has(MetricId::CpuUtilization));
        QCOMPARE(first.value(MetricId::MemoryUtilization), std::optional<double>(1.0 - 0.25));
        QCOMPARE(first.value(MetricId::LoadAverage1m), std::optional<double>(1.25));
        QCOMPARE(first.get(MetricId::LoadAverage1m)->source, std::string("host"));
        QCOMPARE(first.get(MetricId::LoadAverage1m)->observedAt, kNow);
        // The provisioned size: no "cpuN" line here, so no core count is claimed; MemTotal
        // 16 000 000 kB = 16 000 000 / 1024^2 GB.
        QVERIFY(!first.has(MetricId::CpuCores));
        QCOMPARE(first.value(MetricId::MemoryTotalGb),
                 std::optional<double>(16'000'000.0 / (1024.0 * 1024.0)));

        // 180 ticks passed, 100 of them idle (80 idle + 20 iowait).
        writeFile(root / "stat", "cpu  160 0 70 880 70 0 0 0 0 0\ncpu0 80 0 35 440 35 0 0 0 0 0\n"
                                 "cpu1 80 0 35 440 35 0 0 0 0 0\n");
        Snapshot second(kNow);
        QVERIFY(collector.poll(kNow, second).has_value());
        QCOMPARE(second.value(MetricId::CpuUtilization),
                 std::optional<double>(1.0 - 100.0 / 180.0));
        QCOMPARE(second.value(MetricId::CpuCores), std::optional<double>(2.0));
        // The host's own disk is not the business's storage: it is reported as disk only.
        QVERIFY(!second.has(MetricId::StorageUsageGb));
        const double disk = second.value(MetricId::DiskUtilization).value();
        QVERIFY(disk > 0.0 && disk <= 1.0);
        // The host knows nothing about the business.
        QVERIFY(!second.has(MetricId::ActiveClients));
        QVERIFY(!second.has(MetricId::ErrorRate));
    }

    void badFilesNameTheFileAndLine_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content"); // empty = the file is missing
        QTest::addColumn<QString>("mentions");
        QTest::newRow("stat not numbers") << "stat"
                                          << "cpu  1 two 3 4 5\n"
                                          << "stat line 1";
        QTest::newRow("stat too short") << "stat"
                                        << "intr 5\ncpu  1 2\n"
                                        << "stat line 2";
        QTest::newRow("stat no cpu line") << "stat"
                                          << "intr 5\n"
                                          << "no aggregate 'cpu' line";
        QTest::newRow("stat missing") << "stat"
                                      << ""
                                      << "stat: cannot be read";
        QTest::newRow("meminfo bad number")
            << "meminfo"
            << "MemFree: 1 kB\nMemTotal: lots kB\nMemAvailable: 1 kB\n"
            << "meminfo line 2";
        QTest::newRow("meminfo no available") << "meminfo"
                                              << "MemTotal: 100 kB\n"
                                              << "no MemAvailable";
        QTest::newRow("loadavg garbage") << "loadavg"
                                         << "high 0.1 0.1\n"
                                         << "loadavg line 1";
        QTest::newRow("loadavg missing") << "loadavg"
                                         << ""
                                         << "loadavg: cannot be read";
    }

    void badFilesNameTheFileAndLine() {
        QFETCH(QString, file);
        QFETCH(QString, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        writeFile(root / "stat", "cpu  100 0 50 800 50 0 0 0 0 0\n");
        writeFile(root / "meminfo", kMeminfo);
        writeFile(root / "loadavg", "1.25 0.80 0.50 2/300 1234\n");
        if (content.isEmpty()) {
            std::filesystem::remove(root / file.toStdString());
        } else {
            writeFile(root / file.toStdString(), content.toStdString());
        }

        HostCollector collector({root, root, std::chrono::milliseconds{0}});
        Snapshot into(kNow);
        QVERIFY(into.set(MetricId::ActiveClients, {7, kNow, "other"}).has_value());
        const Snapshot before = into;
        auto result = collector.poll(kNow, into);
        QVERIFY(!result.has_value());
        const QString message = QString::fromStdString(result.error().message);
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QCOMPARE(into, before); // a failed poll writes nothing
    }

    void missingFilesystemIsAnError() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        writeFile(root / "stat", "cpu  100 0 50 800 50 0 0 0 0 0\n");
        writeFile(root / "meminfo", kMeminfo);
        writeFile(root / "loadavg", "0.5 0.5 0.5 1/1 1\n");
        HostCollector collector({root, root / "no-such-dir", std::chrono::milliseconds{0}});
        Snapshot into(kNow);
        auto result = collector.poll(kNow, into);
        QVERIFY(!result.has_value());
        QVERIFY(QString::fromStdString(result.error().message).contains("no-such-dir"));
    }

    void realProcGivesValuesInRange() {
        if (!std::filesystem::exists("/proc/stat")) {
            QSKIP("this system has no /proc (not Linux)");
        }
        HostCollector collector;
        Snapshot snapshot(kNow);
        auto result = collector.poll(kNow, snapshot);
        QVERIFY2(result.has_value(), result ? "" : result.error().message.c_str());
        const double cpu = snapshot.value(MetricId::CpuUtilization).value();
        QVERIFY(cpu >= 0.0 && cpu <= 1.0);
        const double memory = snapshot.value(MetricId::MemoryUtilization).value();
        QVERIFY(memory > 0.0 && memory < 1.0);
        const double disk = snapshot.value(MetricId::DiskUtilization).value();
        QVERIFY(disk >= 0.0 && disk <= 1.0);
        QVERIFY(!snapshot.has(MetricId::StorageUsageGb));
        QVERIFY(snapshot.value(MetricId::LoadAverage1m).value() >= 0.0);
        // A second poll uses the reading kept from the first.
        Snapshot again(kNow);
        QVERIFY(collector.poll(kNow, again).has_value());
    }
};

QTEST_GUILESS_MAIN(TestHostCollector)
#include "tst_host_collector.moc"
