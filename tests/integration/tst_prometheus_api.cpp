// The Prometheus HTTP API end to end: Debian's prometheus (scrape_interval 1 s) scrapes itself and
// a real prometheus-node-exporter; the test builds query URLs with promInstantQueryUrl /
// promRangeQueryUrl, fetches them with a plain HTTP/1.0 GET (core/net is not needed), and parses
// them with parsePromResponse. The node_exporter mapping evaluated here over series fetched from
// Prometheus must agree with the same figure computed by PromQL on the server. Both programs are
// stopped by their destructors whatever happens.
#include "integration/support/PlainHttpGet.h"
#include "integration/support/PrometheusStack.h"
#include "sources/prometheus/MappingEval.h"
#include "sources/prometheus/PromRequest.h"
#include "sources/prometheus/PromResponse.h"
#include "sources/prometheus/ReadyMappings.h"
#include "support/CorePrinters.h"

#ifdef HEADROOM_HAVE_EXPOSITION
#include "sources/exposition/ExpositionDocument.h"
#endif

#include <cmath>
#include <memory>
#include <thread>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

Timestamp nowSeconds() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace

class TestPrometheusApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (!test::PrometheusServer::available() || !test::NodeExporterServer::available())
            QSKIP("prometheus or prometheus-node-exporter is not installed "
                  "(apt-get install prometheus prometheus-node-exporter)");
        QVERIFY(m_dir.isValid());
        const QString node = m_node.start(m_dir.path());
        QVERIFY2(node.isEmpty(), qPrintable(node));
        const QString prom =
            m_prometheus.start(m_dir.path(), {{"prometheus", 0}, {"node", m_node.port()}});
        QVERIFY2(prom.isEmpty(), qPrintable(prom));
        m_base = m_prometheus.baseUrl() + "/";

        // Ready, then both targets scraped at least once.
        QTRY_VERIFY_WITH_TIMEOUT(test::plainHttpGet(m_base + "-/ready", 2s).status == 200, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(scalarQuery("sum(up)") == 2, 20000);
        // Eight seconds of node_exporter history, so that instants a few seconds back have data.
        QTRY_VERIFY_WITH_TIMEOUT(scalarQuery("sum(count_over_time(up{job=\"node\"}[1m]))") >= 8,
                                 30000);
    }

    void instantQueryUp() {
        auto url = promInstantQueryUrl(m_base, "up");
        QVERIFY(url.has_value());
        const auto response = test::plainHttpGet(*url);
        QCOMPARE(response.status, 200L);
        auto result = parsePromResponse(response.body, response.status);
        QVERIFY2(result.has_value(), result ? "" : result.error().message.c_str());
        QCOMPARE(result->type, PromResultType::Vector);
        QCOMPARE(result->series.size(), std::size_t{2});
        QStringList jobs;
        for (const auto& s : result->series) {
            QCOMPARE(s.label("__name__"), std::optional<std::string>("up"));
            QCOMPARE(s.points.size(), std::size_t{1});
            QCOMPARE(s.points[0].value, 1.0);
            // Evaluated at the server's "now": within a few seconds of ours.
            QVERIFY(std::abs(s.points[0].time -
                             static_cast<double>(nowSeconds().time_since_epoch().count())) < 30);
            jobs << QString::fromStdString(s.label("job").value_or(""));
        }
        jobs.sort();
        QCOMPARE(jobs, QStringList({"node", "prometheus"}));
    }

    void rangeQuery() {
        // A few seconds of history at the finest step the 11 000-point limit allows (1 s).
        const Timestamp end = nowSeconds() - 1s;
        const Timestamp start = end - 4s;
        auto step = chooseStep(start, end, 1s);
        QVERIFY(step.has_value());
        QCOMPARE(step->count(), 1L);
        auto url = promRangeQueryUrl(m_base, {"up{job=\"node\"}", start, end, *step});
        QVERIFY(url.has_value());
        const auto response = test::plainHttpGet(*url);
        QCOMPARE(response.status, 200L);
        auto result = parsePromResponse(response.body, response.status);
        QVERIFY2(result.has_value(), result ? "" : result.error().message.c_str());
        QCOMPARE(result->type, PromResultType::Matrix);
        QCOMPARE(result->series.size(), std::size_t{1});
        const auto& points = result->series[0].points;
        QVERIFY2(points.size() >= 2, qPrintable(QString::number(points.size())));
        QVERIFY(points.size() <= 5);
        for (std::size_t i = 0; i < points.size(); ++i) {
            QCOMPARE(points[i].value, 1.0);
            QVERIFY(points[i].time >= static_cast<double>(start.time_since_epoch().count()));
            QVERIFY(points[i].time <= static_cast<double>(end.time_since_epoch().count()));
            if (i > 0)
                QCOMPARE(points[i].time - points[i - 1].time, 1.0);
        }
    }

    void scalarsWithNaNAndInfinity() {
        auto check = [&](const char* query, auto verify) {
            const auto response = test::plainHttpGet(promInstantQueryUrl(m_base, query).value());
            QCOMPARE(response.status, 200L);
            auto result = parsePromResponse(response.body, response.status);
            QVERIFY2(result.has_value(), result ? "" : result.error().message.c_str());
            QCOMPARE(result->type, PromResultType::Scalar);
            verify(result->scalar.value);
        };
        check("1/0", [](double v) { QCOMPARE(v, std::numeric_limits<double>::infinity()); });
        check("-1/0", [](double v) { QCOMPARE(v, -std::numeric_limits<double>::infinity()); });
        check("0/0", [](double v) { QVERIFY(std::isnan(v)); });
        check("scalar(count(up))", [](double v) { QCOMPARE(v, 2.0); });
    }

    void malformedPromQlIsBadData() {
        const auto response =
            test::plainHttpGet(promInstantQueryUrl(m_base, "sum(rate(up[1m]) by").value());
        QCOMPARE(response.status, 400L);
        auto result = parsePromResponse(response.body, response.status);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().message.find("bad_data") != std::string::npos,
                 result.error().message.c_str());
        QVERIFY(result.error().message.find("HTTP 400") != std::string::npos);
    }

    void readyMappingAgreesWithPromQl() {
        // The direct-scrape mapping, fed with node_exporter series read from Prometheus at two
        // instants, gives exactly what PromQL computes from the same samples on the server.
        const Timestamp t2 = nowSeconds() - 1s;
        const Timestamp t1 = t2 - 4s;
        const auto direct = readyMappingBindings(ReadyMapping::NodeExporter).value();
        auto fetch = [&](const std::string& query, Timestamp at) {
            const auto response =
                test::plainHttpGet(promInstantQueryUrl(m_base, query, at).value());
            auto result = parsePromResponse(response.body, response.status);
            if (!result)
                qWarning("%s", result.error().message.c_str());
            return result;
        };
        CounterRateState state;
        std::optional<double> cpu;
        for (Timestamp at : {t1, t2}) {
            auto series =
                fetch("{__name__=~\"node_cpu_seconds_total|node_memory_Mem.*_bytes\"}", at);
            QVERIFY(series.has_value());
            QVERIFY(series->series.size() > 2);
            const auto samples = samplesFromResult(*series);
            auto v = evaluateOnSamples(direct[0], samples,
                                       static_cast<double>(at.time_since_epoch().count()), state);
            QVERIFY2(v.has_value(), v ? "" : v.error().message.c_str());
            cpu = *v;
            auto memory = evaluateOnSamples(direct[1], samples, 0, state);
            QVERIFY2(memory.has_value() && memory->has_value(),
                     memory ? "" : memory.error().message.c_str());
            auto serverMemory = fetch(
                "1 - sum(node_memory_MemAvailable_bytes) / sum(node_memory_MemTotal_bytes)", at);
            QVERIFY(serverMemory.has_value());
            const double expected = singleValue(*serverMemory, "memory").value();
            QVERIFY2(std::abs(**memory - expected) < 1e-9,
                     qPrintable(QString("%1 vs %2").arg(**memory).arg(expected)));
            QVERIFY(**memory > 0 && **memory < 1);
        }
        QVERIFY(cpu.has_value());
        // The same ratio on the server over the same two instants (4 s apart, no extrapolation).
        auto serverCpu = fetch("1 - sum(node_cpu_seconds_total{mode=\"idle\"} - "
                               "node_cpu_seconds_total{mode=\"idle\"} offset 4s) / "
                               "sum(node_cpu_seconds_total - node_cpu_seconds_total offset 4s)",
                               t2);
        QVERIFY(serverCpu.has_value());
        const double expected = singleValue(*serverCpu, "cpu").value();
        QVERIFY2(std::abs(*cpu - expected) < 1e-9,
                 qPrintable(QString("%1 vs %2").arg(*cpu).arg(expected)));
        QVERIFY(*cpu >= 0 && *cpu <= 1);

        // The ready-made PromQL mapping answers with one number in range for each metric.
        const auto viaPrometheus =
            readyMappingBindings(ReadyMapping::PrometheusNodeExporter).value();
        for (const auto& binding : viaPrometheus) {
            const auto& query = std::get<PromQl>(binding.expression).expression;
            auto result = fetch(query, t2);
            QVERIFY(result.has_value());
            auto value = evaluateOnPromResult(binding, *result);
            QVERIFY2(value.has_value(), value ? query.c_str() : value.error().message.c_str());
            const auto& info = metricInfo(binding.metric);
            QVERIFY2(*value >= info.minimum && *value <= info.maximum, query.c_str());
        }
    }

#ifdef HEADROOM_HAVE_EXPOSITION
    void directScrapeAgreesWithPrometheus() {
        // The ready-made node_exporter mapping on our own scrapes of node_exporter, 6 s apart,
        // against the same ratio PromQL computes from Prometheus's scrapes over the same 6 s.
        // Both scrape every second but not at the same instants: up to 1 s of each end of the
        // window differs, so a machine whose load jumps can differ by up to ~1/3 of the jump.
        // Stated tolerance: 0.2 for CPU, 0.02 for memory (MemAvailable drifts slowly).
        const auto bindings = readyMappingBindings(ReadyMapping::NodeExporter).value();
        const std::string metricsUrl = m_node.metricsUrl();
        CounterRateState state;
        auto scrape = [&](Timestamp at, std::optional<double>& cpu, double& memory) {
            const auto response = test::plainHttpGet(metricsUrl);
            QCOMPARE(response.status, 200L);
            const auto document = exposition::parseExpositionDocument(
                response.body, exposition::ExpositionFormat::Text004);
            std::vector<SeriesSample> samples;
            for (const auto& family : document.families)
                for (const auto& s : family.samples) {
                    SeriesSample sample{s.name, {}, s.value};
                    for (const auto& label : s.labels)
                        sample.labels.emplace_back(label.name, label.value);
                    samples.push_back(std::move(sample));
                }
            QVERIFY(samples.size() > 100);
            const double t = static_cast<double>(at.time_since_epoch().count());
            auto c = evaluateOnSamples(bindings[0], samples, t, state);
            QVERIFY2(c.has_value(), c ? "" : c.error().message.c_str());
            cpu = *c;
            auto m = evaluateOnSamples(bindings[1], samples, t, state);
            QVERIFY2(m.has_value() && m->has_value(), m ? "" : m.error().message.c_str());
            memory = **m;
        };
        std::optional<double> cpu;
        double memory = 0;
        const Timestamp t1 = nowSeconds();
        scrape(t1, cpu, memory);
        QVERIFY(!cpu.has_value()); // one scrape: no rate yet
        std::this_thread::sleep_until(std::chrono::system_clock::time_point(t1 + 6s));
        const Timestamp t2 = nowSeconds();
        scrape(t2, cpu, memory);
        QVERIFY(cpu.has_value());
        // Prometheus has scraped t2's second once it is over.
        QTest::qWait(1500);
        auto query = [&](const std::string& promql) {
            const auto response =
                test::plainHttpGet(promInstantQueryUrl(m_base, promql, t2).value());
            auto result = parsePromResponse(response.body, response.status);
            return result ? singleValue(*result, promql)
                          : Result<double>(std::unexpected(result.error()));
        };
        auto serverCpu = query("1 - sum(node_cpu_seconds_total{mode=\"idle\"} - "
                               "node_cpu_seconds_total{mode=\"idle\"} offset 6s) / "
                               "sum(node_cpu_seconds_total - node_cpu_seconds_total offset 6s)");
        QVERIFY2(serverCpu.has_value(), serverCpu ? "" : serverCpu.error().message.c_str());
        QVERIFY2(std::abs(*cpu - *serverCpu) < 0.2,
                 qPrintable(QString("direct %1, Prometheus %2").arg(*cpu).arg(*serverCpu)));
        auto serverMemory =
            query("1 - sum(node_memory_MemAvailable_bytes) / sum(node_memory_MemTotal_bytes)");
        QVERIFY(serverMemory.has_value());
        QVERIFY2(std::abs(memory - *serverMemory) < 0.02,
                 qPrintable(QString("direct %1, Prometheus %2").arg(memory).arg(*serverMemory)));
        qInfo("CPU direct %.4f vs Prometheus %.4f; memory direct %.4f vs Prometheus %.4f", *cpu,
              *serverCpu, memory, *serverMemory);
    }
#endif

private:
    // A one-series query's value, or -1 when it has none yet.
    double scalarQuery(const std::string& query) {
        auto url = promInstantQueryUrl(m_base, query);
        const auto response = test::plainHttpGet(url.value(), 2s);
        auto result = parsePromResponse(response.body, response.status);
        if (!result)
            return -1;
        auto v = singleValue(*result, query);
        return v ? *v : -1;
    }

    QTemporaryDir m_dir;
    // Declared after m_dir so they stop before the directory is removed.
    test::NodeExporterServer m_node;
    test::PrometheusServer m_prometheus;
    std::string m_base;
};

QTEST_GUILESS_MAIN(TestPrometheusApi)
#include "tst_prometheus_api.moc"
