// The engine end to end on real endpoints started here on 127.0.0.1: a prometheus-node-exporter,
// a prometheus scraping it every second, and an nginx that serves an exposition and the faults.
// The engine, fed only by configured sources (saved through Engine::saveSource as the Sources
// dialog does), must store snapshots whose CPU and memory utilisation agree with what Prometheus
// itself computes, from the direct scrape and from PromQL; and a failing or hanging endpoint must
// never stop the others. Stated tolerances: CPU 0.2 from the direct scrape (its window is the
// engine's two last scrapes, Prometheus's the last few seconds, on a machine busy with builds),
// 0.05 from PromQL (the same query a moment apart); memory 0.02.
#include "catalog/CatalogLoader.h"
#include "core/support/EngineTestSupport.h"
#include "engine/Engine.h"
#include "integration/support/NginxServer.h"
#include "integration/support/PlainHttpGet.h"
#include "integration/support/PrometheusStack.h"
#include "sources/prometheus/PromRequest.h"
#include "sources/prometheus/PromResponse.h"
#include "support/CorePrinters.h"

#include <cmath>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

// The latest stored snapshot whose `metric` came from `sourceId`, if any.
std::optional<StoredSnapshot> latestFrom(const Recorder& recorder, MetricId metric,
                                         const std::string& sourceId) {
    for (auto it = recorder.stored.rbegin(); it != recorder.stored.rend(); ++it) {
        const auto& sample = it->second.snapshot.get(metric);
        if (sample && sample->source == sourceId) {
            return it->second;
        }
    }
    return std::nullopt;
}

} // namespace

class TestEngineEndpoints : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalog m_catalog;
    NodeExporterServer m_node;
    PrometheusServer m_prometheus;
    std::string m_promBase;

    double promScalar(const std::string& query) {
        auto url = promInstantQueryUrl(m_promBase, query);
        if (!url) {
            return NAN;
        }
        const auto response = plainHttpGet(*url, 5s);
        auto result = parsePromResponse(response.body, response.status);
        if (!result) {
            return NAN;
        }
        auto value = singleValue(*result, query);
        return value ? *value : NAN;
    }

    EngineOptions options(const QString& file) {
        EngineOptions o;
        o.databasePath = m_dir.filePath(file).toStdString();
        o.catalog = m_catalog;
        o.clock = systemClock();
        o.pollInterval = 1s; // a snapshot every second from the latest readings
        o.createDemoWorkspace = false;
        return o;
    }

private slots:
    void initTestCase() {
        if (!PrometheusServer::available() || !NodeExporterServer::available()) {
            QSKIP("prometheus or prometheus-node-exporter is not installed "
                  "(apt-get install prometheus prometheus-node-exporter)");
        }
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        m_catalog = *catalog;

        const QString node = m_node.start(m_dir.path());
        QVERIFY2(node.isEmpty(), qPrintable(node));
        const QString prom = m_prometheus.start(m_dir.path(), {{"node", m_node.port()}});
        QVERIFY2(prom.isEmpty(), qPrintable(prom));
        m_promBase = m_prometheus.baseUrl();
        QTRY_VERIFY_WITH_TIMEOUT(plainHttpGet(m_promBase + "/-/ready", 2s).status == 200, 15000);
        // Enough history for rate(...[1m]) to have two points, with room to spare.
        QTRY_VERIFY_WITH_TIMEOUT(promScalar("sum(count_over_time(up{job=\"node\"}[1m]))") >= 5,
                                 30000);
    }

    void directScrapeMatchesPrometheus() {
        Recorder recorder;
        Engine engine(options("direct.db"), {});
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        SourceConfig config = sourceFromReadyMapping(ReadyMapping::NodeExporter, "node");
        config.url = m_node.metricsUrl();
        config.interval = 2s;
        const RequestId save = engine.saveSource("local", config);
        QVERIFY(recorder.waitFor([&] { return recorder.saved.contains(save); }));

        // The CPU rate needs two scrapes; then a snapshot carries it from this source.
        std::optional<StoredSnapshot> stored;
        QVERIFY(recorder.waitFor([&] {
            stored = latestFrom(recorder, MetricId::CpuUtilization, "endpoint:node");
            return stored.has_value();
        }));
        const double cpu = *stored->snapshot.value(MetricId::CpuUtilization);
        const double memory = *stored->snapshot.value(MetricId::MemoryUtilization);
        // Prometheus over the same few seconds (its scrapes are a second apart).
        const double promCpu = promScalar("1 - sum(rate(node_cpu_seconds_total{mode=\"idle\"}[5s]))"
                                          " / sum(rate(node_cpu_seconds_total[5s]))");
        const double promMemory =
            promScalar("1 - sum(node_memory_MemAvailable_bytes) / sum(node_memory_MemTotal_bytes)");
        QVERIFY2(std::abs(cpu - promCpu) < 0.2,
                 qPrintable(QString("%1 vs %2").arg(cpu).arg(promCpu)));
        QVERIFY2(std::abs(memory - promMemory) < 0.02,
                 qPrintable(QString("%1 vs %2").arg(memory).arg(promMemory)));
        QVERIFY(cpu >= 0 && cpu <= 1);
        std::lock_guard lock(recorder.mutex);
        const SourceStatus* status = recorder.status("endpoint:node");
        QVERIFY(status != nullptr);
        QCOMPARE(status->health(), SourceHealth::Ok);
        QCOMPARE(status->mappedMetrics, std::size_t{4});
        QVERIFY(status->warnings.empty());
    }

    void promqlMatchesPrometheus() {
        Recorder recorder;
        Engine engine(options("promql.db"), {});
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        SourceConfig config =
            sourceFromReadyMapping(ReadyMapping::PrometheusNodeExporter, "prometheus");
        config.url = m_promBase;
        config.interval = 2s;
        const RequestId save = engine.saveSource("local", config);
        QVERIFY(recorder.waitFor([&] { return recorder.saved.contains(save); }));

        std::optional<StoredSnapshot> stored;
        QVERIFY(recorder.waitFor([&] {
            stored = latestFrom(recorder, MetricId::CpuUtilization, "endpoint:prometheus");
            return stored.has_value();
        }));
        const double cpu = *stored->snapshot.value(MetricId::CpuUtilization);
        const double memory = *stored->snapshot.value(MetricId::MemoryUtilization);
        const double promCpu =
            promScalar("1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[1m]))");
        const double promMemory =
            promScalar("1 - sum(node_memory_MemAvailable_bytes) / sum(node_memory_MemTotal_bytes)");
        QVERIFY2(std::abs(cpu - promCpu) < 0.05,
                 qPrintable(QString("%1 vs %2").arg(cpu).arg(promCpu)));
        QVERIFY2(std::abs(memory - promMemory) < 0.02,
                 qPrintable(QString("%1 vs %2").arg(memory).arg(promMemory)));
    }

    // A 500, a hanging endpoint and a refused port beside a good one: the good one's metrics are
    // stored on schedule, each fault has its clear error, and the engine keeps running.
    void faultsDoNotStopTheOthers() {
        NginxServer nginx;
        const QByteArray metrics = "# TYPE queue_depth gauge\nqueue_depth 12\n";
        nginx.writeFile("metrics", metrics);
        const QString started = nginx.start({"location = /broken { return 500; }\n"
                                             "location = /slow { limit_rate 1; alias " +
                                                 nginx.root() + "/metrics; }\n",
                                             {},
                                             {},
                                             {}});
        QVERIFY2(started.isEmpty(), qPrintable(started));

        Recorder recorder;
        Engine engine(options("faults.db"), {});
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        auto source = [&](std::string name, const std::string& url) {
            SourceConfig c;
            c.name = std::move(name);
            c.kind = EndpointKind::Exposition;
            c.url = url;
            c.interval = 2s;
            c.timeout = 1500ms;
            c.bindings.push_back({MetricId::QueueDepth,
                                  SeriesSelect{Selector{"queue_depth", {}}, Aggregation::Sum},
                                  1.0});
            return c;
        };
        const std::vector<SourceConfig> configs{
            source("good", nginx.url("/metrics")), source("broken", nginx.url("/broken")),
            source("slow", nginx.url("/slow")), source("refused", "http://127.0.0.1:1/metrics")};
        for (const SourceConfig& c : configs) {
            const RequestId id = engine.saveSource("local", c);
            QVERIFY(recorder.waitFor([&] { return recorder.saved.contains(id); }));
        }
        QVERIFY(recorder.waitFor([&] {
            return latestFrom(recorder, MetricId::QueueDepth, "endpoint:good").has_value() &&
                   std::ranges::all_of(std::vector<std::string>{"broken", "slow", "refused"},
                                       [&](const std::string& n) {
                                           const SourceStatus* s = recorder.status("endpoint:" + n);
                                           return s && s->lastError.has_value();
                                       });
        }));
        std::lock_guard lock(recorder.mutex);
        auto message = [&](const char* name) {
            return recorder.status(std::string("endpoint:") + name)->lastError->message;
        };
        QVERIFY2(message("broken").find("500") != std::string::npos, message("broken").c_str());
        QVERIFY2(message("slow").find("timed out") != std::string::npos ||
                     message("slow").find("timeout") != std::string::npos,
                 message("slow").c_str());
        QVERIFY2(message("refused").find("refused") != std::string::npos,
                 message("refused").c_str());
        QCOMPARE(recorder.status("endpoint:good")->health(), SourceHealth::Ok);
        QVERIFY(engine.running());
    }
};

QTEST_GUILESS_MAIN(TestEngineEndpoints)
#include "tst_engine_endpoints.moc"
