// EndpointSource end to end against real servers on 127.0.0.1: Debian's nginx serving exposition
// files (rewritten between polls, so counters move), JSON documents and faults switched on by flag
// files; a real prometheus-node-exporter scraped with the ready-made mapping; a real prometheus
// scraping it, queried with the PromQL mapping. Every fault must give a clear error naming the
// source and the URL, never a secret, and the same source must poll fine once the fault is gone.
// All servers are stopped by RAII whatever happens.

#include "integration/support/NginxServer.h"
#include "integration/support/PrometheusStack.h"
#include "integration/support/TestServerProcess.h"
#include "net/UrlRedaction.h"
#include "sources/endpoint/EndpointSource.h"
#include "support/CorePrinters.h"

#include <cmath>
#include <thread>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

constexpr const char* kBearer = "s3cret-bearer-token";
constexpr const char* kApiKey = "k3y-value-123";
constexpr const char* kPassword = "hunter2-pw";

// An application's /metrics at t0 and 10 s later: 1 230 more requests (30 of them 5xx), 200 more
// observations in the latency histogram, 5 more CPU seconds.
constexpr const char* kAppV1 = R"(# HELP http_requests_total Requests served.
# TYPE http_requests_total counter
http_requests_total{code="200",handler="/api"} 1000
http_requests_total{code="500",handler="/api"} 10
# HELP http_request_duration_seconds Latency.
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.1"} 50
http_request_duration_seconds_bucket{le="0.5"} 80
http_request_duration_seconds_bucket{le="1"} 95
http_request_duration_seconds_bucket{le="+Inf"} 100
http_request_duration_seconds_sum 30
http_request_duration_seconds_count 100
# TYPE queue_depth gauge
queue_depth{queue="a"} 3
queue_depth{queue="b"} 4
# TYPE process_cpu_seconds_total counter
process_cpu_seconds_total 100
)";

constexpr const char* kAppV2 = R"(# HELP http_requests_total Requests served.
# TYPE http_requests_total counter
http_requests_total{code="200",handler="/api"} 2200
http_requests_total{code="500",handler="/api"} 40
# HELP http_request_duration_seconds Latency.
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.1"} 150
http_request_duration_seconds_bucket{le="0.5"} 240
http_request_duration_seconds_bucket{le="1"} 291
http_request_duration_seconds_bucket{le="+Inf"} 300
http_request_duration_seconds_sum 90
http_request_duration_seconds_count 300
# TYPE queue_depth gauge
queue_depth{queue="a"} 5
queue_depth{queue="b"} 4
# TYPE process_cpu_seconds_total counter
process_cpu_seconds_total 105
)";

// The same application in OpenMetrics (counter families without _total, # EOF).
constexpr const char* kAppOpenMetrics = R"(# TYPE http_requests counter
http_requests_total{code="200"} 1000
# TYPE queue_depth gauge
queue_depth 6
# EOF
)";

// One family whose every line is malformed between two good ones.
// (A plain literal: moc's lexer loses its way in a raw string with an odd number of quotes.)
constexpr const char* kOneBadFamily = "# TYPE queue_depth gauge\n"
                                      "queue_depth{queue=\"a\"} 3\n"
                                      "# TYPE broken gauge\n"
                                      "broken{label=\"x} 1\n"
                                      "broken 1x\n"
                                      "# TYPE active_clients gauge\n"
                                      "active_clients 12\n";

constexpr const char* kSimple = "# TYPE queue_depth gauge\nqueue_depth 5\n";

Timestamp nowSeconds() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

// The message a person reads, logged so the test log shows each fault's wording.
const std::string& shown(const Error& error) {
    qInfo("%s", error.message.c_str());
    return error.message;
}

std::size_t sampleLines(std::string_view text) {
    std::size_t count = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        if (end > start && text[start] != '#')
            ++count;
        start = end + 1;
    }
    return count;
}

Selector select(std::string name, std::vector<LabelMatcher> matchers = {}) {
    return Selector{std::move(name), std::move(matchers)};
}

SourceConfig expositionSource(std::string name, std::string url,
                              std::vector<MetricBinding> bindings) {
    SourceConfig config;
    config.name = std::move(name);
    config.kind = EndpointKind::Exposition;
    config.url = std::move(url);
    config.timeout = 5s;
    config.bindings = std::move(bindings);
    return config;
}

std::vector<MetricBinding> appBindings() {
    return {
        {MetricId::QueueDepth, SeriesSelect{select("queue_depth"), Aggregation::Sum}, 1.0},
        {MetricId::RequestsPerMinute, CounterRate{select("http_requests_total")}, 60.0},
        {MetricId::ErrorRate,
         CounterRatio{select("http_requests_total", {{"code", MatchOp::RegexMatch, "5.."}}),
                      select("http_requests_total")},
         1.0},
        {MetricId::ResponseTimeP95Ms,
         HistogramQuantile{select("http_request_duration_seconds"), 0.95}, 1000.0},
        {MetricId::ResponseTimeP50Ms,
         HistogramQuantile{select("http_request_duration_seconds"), 0.5}, 1000.0},
        {MetricId::CpuUtilization, CounterRate{select("process_cpu_seconds_total")}, 1.0},
    };
}

const BindingOutcome* outcomeOf(const ProbeReport& report, MetricId metric) {
    for (const auto& outcome : report.outcomes)
        if (outcome.metric == metric)
            return &outcome;
    return nullptr;
}

QString htpasswdLine(const QString& user, const QString& password) {
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (!openssl.isEmpty()) {
        QProcess process;
        process.start(openssl, {QStringLiteral("passwd"), QStringLiteral("-apr1"), password});
        if (process.waitForFinished(10000) && process.exitCode() == 0) {
            const QString hash = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
            if (hash.startsWith(QStringLiteral("$apr1$")))
                return user + QLatin1Char(':') + hash + QLatin1Char('\n');
        }
    }
    return user + QStringLiteral(":{PLAIN}") + password + QLatin1Char('\n');
}

QByteArray paddedExposition(int bytes) {
    QByteArray out = kSimple;
    while (out.size() < bytes)
        out += "# padding to make the body long enough for the test...................\n";
    return out;
}

} // namespace

class TestEndpointSources : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<NginxServer> m_server;
    bool m_tls = false;
    QString m_certificate;
    QTemporaryDir m_dir;
    // Declared after m_dir so that they stop before the directory is removed.
    NodeExporterServer m_node;
    PrometheusServer m_prometheus;

    QString flag(const QString& name) const { return m_server->root() + "/flags/" + name; }
    void setFlag(const QString& name) const { m_server->writeFile("flags/" + name, "on"); }
    void clearFlag(const QString& name) const { QFile::remove(flag(name)); }

    std::string flipUrl() const { return m_server->url(QStringLiteral("/flip/metrics.prom")); }

    // A source on the flip location, whose faults are switched by flag files.
    SourceConfig flipSource(const std::string& name) const {
        return expositionSource(
            name, flipUrl(),
            {{MetricId::QueueDepth, SeriesSelect{select("queue_depth"), Aggregation::Sum}, 1.0}});
    }

    // The same source works again once the fault is gone.
    void pollsFine(EndpointSource& source) {
        Snapshot snapshot;
        const auto result = source.poll(nowSeconds(), snapshot);
        QVERIFY2(result, result ? "" : result.error().message.c_str());
        QCOMPARE(snapshot.value(MetricId::QueueDepth), std::optional<double>(5.0));
    }

    bool startNodeExporter() {
        if (m_node.isRunning())
            return true;
        if (!NodeExporterServer::available())
            return false;
        const QString error = m_node.start(m_dir.path());
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty();
    }

    std::string nodeMetricsUrl() const { return m_node.metricsUrl(); }

private slots:
    void initTestCase() {
        if (!NginxServer::available())
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<NginxServer>();
        m_server->writeFile("app/metrics.prom", kAppV1);
        m_server->writeFile("gz/metrics.prom", kAppV1);
        m_server->writeFile("om/metrics", kAppOpenMetrics);
        m_server->writeFile("bad/metrics.prom", kOneBadFamily);
        m_server->writeFile("html/index.html", "<html><body><h1>Welcome</h1></body></html>\n");
        m_server->writeFile("flip/metrics.prom", kSimple);
        m_server->writeFile("slow/metrics.prom", paddedExposition(20000));
        m_server->writeFile("bearer/metrics.prom", kSimple);
        m_server->writeFile("apikey/metrics.prom", kSimple);
        m_server->writeFile("basic/metrics.prom", kSimple);
        m_server->writeFile("doc/health.json", R"({
            "clients": {"active": 42},
            "queue": {"depth": "17"},
            "disk": {"used_bytes": 5500000000},
            "errors": {"rate": 3}
        })");
        m_server->writeFile("doc/broken.json", "{\"clients\": {\"active\": 42,");
        QFile htpasswd(m_server->dir() + QStringLiteral("/htpasswd"));
        QVERIFY(htpasswd.open(QIODevice::WriteOnly));
        htpasswd.write(
            htpasswdLine(QStringLiteral("bob"), QString::fromLatin1(kPassword)).toUtf8());
        htpasswd.close();

        NginxConfig config;
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (!openssl.isEmpty()) {
            m_certificate = m_server->dir() + QStringLiteral("/cert.pem");
            const QString key = m_server->dir() + QStringLiteral("/key.pem");
            QProcess process;
            process.start(openssl, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                                    "-out", m_certificate, "-days", "2", "-subj", "/CN=127.0.0.1",
                                    "-addext", "subjectAltName=IP:127.0.0.1"});
            m_tls = process.waitForFinished(30000) && process.exitCode() == 0;
            if (m_tls) {
                config.tlsCertificate = m_certificate;
                config.tlsKey = key;
            }
        }
        config.locations =
            QStringLiteral(R"(
        location /gz/ { gzip on; gzip_types application/octet-stream; gzip_min_length 0; }
        location /om/ {
            types { }
            default_type "application/openmetrics-text; version=1.0.0; charset=utf-8";
        }
        location /slow/ { limit_rate 200; }
        location = /flip/metrics.prom {
            if (-f $document_root/flags/fail500) { return 500 "flip says no"; }
            if (-f $document_root/flags/loop) { return 302 /flip/metrics.prom; }
        }
        location /bearer/ {
            access_log %1/bearer_access.log;
            if ($http_authorization != "Bearer %2") { return 401 "rejected: $http_authorization"; }
        }
        location /apikey/ {
            if ($http_x_api_key != "%3") { return 401 "rejected key: $http_x_api_key"; }
        }
        location /basic/ { auth_basic "headroom"; auth_basic_user_file %1/htpasswd; }
)")
                .arg(m_server->dir(), QString::fromLatin1(kBearer), QString::fromLatin1(kApiKey));
        const QString error = m_server->start(config);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_server.reset(); }

    // With a rate clock (the engine gives a monotonic one), rates use its sub-second time, not
    // the whole-second `now`: two polls in the same second, 0.5 s apart on the rate clock.
    void rateClockGivesSubSecondRates() {
        m_server->writeFile("app/metrics.prom", kAppV1);
        double clock = 1000.0;
        EndpointSourceOptions options;
        options.rateClock = [&clock] {
            return clock;
        };
        EndpointSource source(
            expositionSource("app", m_server->url("/app/metrics.prom"), appBindings()),
            std::nullopt, options);
        const Timestamp t0 = nowSeconds();
        Snapshot snapshot;
        QVERIFY(source.poll(t0, snapshot).has_value());
        m_server->writeFile("app/metrics.prom", kAppV2);
        clock += 0.5;
        QVERIFY(source.poll(t0, snapshot).has_value());
        // 1 230 requests in 0.5 s = 2 460/s = 147 600/min.
        QCOMPARE(snapshot.value(MetricId::RequestsPerMinute), std::optional<double>(147600.0));
        QCOMPARE(snapshot.get(MetricId::RequestsPerMinute)->observedAt, t0);
    }

    // (a) Counters become rates on the second poll, the histogram a quantile; gauges at once.
    void expositionRatesAndQuantiles() {
        m_server->writeFile("app/metrics.prom", kAppV1);
        const std::string url = m_server->url("/app/metrics.prom");
        EndpointSource source(expositionSource("app", url, appBindings()), std::nullopt);
        QCOMPARE(source.id(), std::string("endpoint:app"));
        QCOMPARE(source.displayName(), std::string("app"));

        const Timestamp t0 = nowSeconds();
        Snapshot snapshot;
        const auto first = source.poll(t0, snapshot);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        const ProbeReport& r1 = source.lastReport();
        QCOMPARE(r1.httpStatus, 200L);
        QCOMPARE(r1.requests, 1);
        QCOMPARE(r1.bytes, std::strlen(kAppV1));
        QCOMPARE(r1.effectiveUrl, url);
        QCOMPARE(r1.format, std::optional(exposition::ExpositionFormat::Text004));
        QCOMPARE(r1.families, std::size_t{4});
        QCOMPARE(r1.samples, sampleLines(kAppV1));
        QCOMPARE(r1.parseErrors, std::size_t{0});
        QCOMPARE(r1.outcomes.size(), std::size_t{6});
        QCOMPARE(r1.mappedCount(), std::size_t{1});
        QCOMPARE(r1.failedCount(), std::size_t{0});
        // The gauge at once; every rate and quantile is warming up.
        QCOMPARE(r1.outcomes[0].value, std::optional<double>(7.0));
        for (std::size_t i = 1; i < r1.outcomes.size(); ++i)
            QVERIFY(r1.outcomes[i].warmingUp && !r1.outcomes[i].value);
        QCOMPARE(snapshot.presentCount(), std::size_t{1});
        QCOMPARE(snapshot.get(MetricId::QueueDepth)->observedAt, t0);
        QCOMPARE(snapshot.get(MetricId::QueueDepth)->source, std::string("endpoint:app"));

        m_server->writeFile("app/metrics.prom", kAppV2);
        const Timestamp t1 = t0 + 10s;
        const auto second = source.poll(t1, snapshot);
        QVERIFY2(second, second ? "" : second.error().message.c_str());
        const ProbeReport& r2 = source.lastReport();
        QCOMPARE(r2.mappedCount(), std::size_t{6});
        QCOMPARE(snapshot.value(MetricId::QueueDepth), std::optional<double>(9.0));
        // 1 230 requests in 10 s = 123/s = 7 380/min; 30 of them 5xx.
        QCOMPARE(snapshot.value(MetricId::RequestsPerMinute), std::optional<double>(7380.0));
        QVERIFY(qFuzzyCompare(*snapshot.value(MetricId::ErrorRate), 30.0 / 1230.0));
        // Increases per bucket 100, 160, 196, 200: p95 ranks 190th, 30/36 into (0.5, 1].
        QVERIFY(qFuzzyCompare(*snapshot.value(MetricId::ResponseTimeP95Ms),
                              1000.0 * (0.5 + 0.5 * 30.0 / 36.0)));
        QVERIFY(qFuzzyCompare(*snapshot.value(MetricId::ResponseTimeP50Ms), 100.0));
        QCOMPARE(snapshot.value(MetricId::CpuUtilization), std::optional<double>(0.5));
        for (const auto& outcome : r2.outcomes) {
            QCOMPARE(snapshot.get(outcome.metric)->observedAt, t1);
            QCOMPARE(snapshot.get(outcome.metric)->source, std::string("endpoint:app"));
            QCOMPARE(snapshot.value(outcome.metric), outcome.value);
        }
    }

    void expositionThroughGzipAndOpenMetrics() {
        EndpointSource gz(expositionSource("gz", m_server->url("/gz/metrics.prom"), appBindings()),
                          std::nullopt);
        Snapshot snapshot;
        const auto viaGzip = gz.poll(nowSeconds(), snapshot);
        QVERIFY2(viaGzip, viaGzip ? "" : viaGzip.error().message.c_str());
        QCOMPARE(gz.lastReport().bytes, std::strlen(kAppV1)); // decompressed
        QCOMPARE(snapshot.value(MetricId::QueueDepth), std::optional<double>(7.0));

        EndpointSource om(
            expositionSource(
                "om", m_server->url("/om/metrics"),
                {{MetricId::QueueDepth, SeriesSelect{select("queue_depth"), Aggregation::Sum}, 1},
                 {MetricId::RequestsPerMinute, CounterRate{select("http_requests_total")}, 60}}),
            std::nullopt);
        const auto viaOm = om.poll(nowSeconds(), snapshot);
        QVERIFY2(viaOm, viaOm ? "" : viaOm.error().message.c_str());
        const ProbeReport& report = om.lastReport();
        QVERIFY2(report.contentType.starts_with("application/openmetrics-text"),
                 report.contentType.c_str());
        QCOMPARE(report.format, std::optional(exposition::ExpositionFormat::OpenMetrics));
        QCOMPARE(report.parseErrors, std::size_t{0});
        QCOMPARE(snapshot.value(MetricId::QueueDepth), std::optional<double>(6.0));
        QVERIFY(report.outcomes[1].warmingUp);
    }

    // (a) One malformed family: the others still map, the report says what was skipped.
    void malformedFamilyDoesNotHideTheOthers() {
        const std::string url = m_server->url("/bad/metrics.prom");
        EndpointSource source(
            expositionSource(
                "bad", url,
                {{MetricId::QueueDepth, SeriesSelect{select("queue_depth")}, 1.0},
                 {MetricId::ActiveClients, SeriesSelect{select("active_clients")}, 1.0},
                 {MetricId::DbConnections, SeriesSelect{select("broken")}, 1.0}}),
            std::nullopt);
        Snapshot snapshot;
        const auto result = source.poll(nowSeconds(), snapshot);
        QVERIFY2(result, result ? "" : result.error().message.c_str());
        const ProbeReport& report = source.lastReport();
        QCOMPARE(snapshot.value(MetricId::QueueDepth), std::optional<double>(3.0));
        QCOMPARE(snapshot.value(MetricId::ActiveClients), std::optional<double>(12.0));
        QVERIFY(!snapshot.has(MetricId::DbConnections));
        QCOMPARE(report.mappedCount(), std::size_t{2});
        QCOMPARE(report.failedCount(), std::size_t{1});
        const auto* broken = outcomeOf(report, MetricId::DbConnections);
        QVERIFY(broken && broken->error);
        QCOMPARE(broken->error->code, ErrorCode::NotFound);
        QVERIFY2(contains(broken->error->message, "broken"), broken->error->message.c_str());
        QCOMPARE(report.parseErrors, std::size_t{2});
        QCOMPARE(report.samples, std::size_t{2});
        std::vector<int> errorLines;
        for (const auto& problem : report.problems) {
            qInfo("line %d:%d: %s [%s] skipped: %s", problem.line, problem.column,
                  problem.message.c_str(), problem.family.c_str(), problem.skipped.c_str());
            if (problem.severity == exposition::Severity::Error) {
                errorLines.push_back(problem.line);
                QVERIFY(problem.column >= 1);
                QVERIFY(contains(problem.skipped, "broken"));
            }
        }
        QCOMPARE(errorLines, (std::vector<int>{4, 5}));
    }

    void notAnExpositionAtAll() {
        const std::string url = m_server->url("/html/index.html");
        EndpointSource source(
            expositionSource("web", url,
                             {{MetricId::QueueDepth, SeriesSelect{select("queue_depth")}, 1.0}}),
            std::nullopt);
        Snapshot snapshot;
        const auto result = source.poll(nowSeconds(), snapshot);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ParseError);
        const std::string& message = shown(result.error());
        QVERIFY(contains(message, "source 'web'"));
        QVERIFY(contains(message, url));
        QVERIFY(contains(message, "malformed exposition"));
        QVERIFY(contains(message, "line 1:"));
        QCOMPARE(snapshot.presentCount(), std::size_t{0});
        QVERIFY(!source.lastReport().problems.empty());
    }

    void everyBindingFailing() {
        const std::string url = m_server->url("/app/metrics.prom");
        EndpointSource source(
            expositionSource(
                "app", url,
                {{MetricId::QueueDepth, SeriesSelect{select("no_such_metric")}, 1.0},
                 {MetricId::ActiveClients, SeriesSelect{select("nor_this_one")}, 1.0}}),
            std::nullopt);
        Snapshot snapshot;
        const auto result = source.poll(nowSeconds(), snapshot);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        const std::string& message = shown(result.error());
        QVERIFY(contains(message, "source 'app' (" + url + ")"));
        QVERIFY(contains(message, "queue_depth: no series matches no_such_metric"));
        QCOMPARE(source.lastReport().failedCount(), std::size_t{2});
        QCOMPARE(snapshot.presentCount(), std::size_t{0});
    }

    // (b) A JSON document read by JSON Pointers; a value out of range is that binding's error.
    void jsonDocument() {
        SourceConfig config;
        config.name = "health";
        config.kind = EndpointKind::JsonDocument;
        config.url = m_server->url("/doc/health.json");
        config.bindings = {
            {MetricId::ActiveClients, JsonPointer{"/clients/active"}, 1.0},
            {MetricId::QueueDepth, JsonPointer{"/queue/depth", StringNumbers::Accept}, 1.0},
            {MetricId::StorageUsageGb, JsonPointer{"/disk/used_bytes"}, 1e-9},
            {MetricId::ErrorRate, JsonPointer{"/errors/rate"}, 1.0},
            {MetricId::DbConnections, JsonPointer{"/db/connections"}, 1.0},
        };
        EndpointSource source(config, std::nullopt);
        const Timestamp now = nowSeconds();
        Snapshot snapshot;
        const auto result = source.poll(now, snapshot);
        QVERIFY2(result, result ? "" : result.error().message.c_str());
        const ProbeReport& report = source.lastReport();
        QCOMPARE(report.httpStatus, 200L);
        QCOMPARE(report.contentType, std::string("application/json"));
        QVERIFY(!report.format);
        QCOMPARE(snapshot.value(MetricId::ActiveClients), std::optional<double>(42.0));
        QCOMPARE(snapshot.value(MetricId::QueueDepth), std::optional<double>(17.0));
        QVERIFY(qFuzzyCompare(*snapshot.value(MetricId::StorageUsageGb), 5.5));
        QCOMPARE(snapshot.get(MetricId::ActiveClients)->source, std::string("endpoint:health"));
        QCOMPARE(snapshot.get(MetricId::ActiveClients)->observedAt, now);
        QVERIFY(!snapshot.has(MetricId::ErrorRate));
        QVERIFY(!snapshot.has(MetricId::DbConnections));
        const auto* errorRate = outcomeOf(report, MetricId::ErrorRate);
        QVERIFY(errorRate && errorRate->error && !errorRate->value);
        QVERIFY2(contains(errorRate->error->message, "above the largest possible value"),
                 errorRate->error->message.c_str());
        const auto* missing = outcomeOf(report, MetricId::DbConnections);
        QVERIFY(missing && missing->error);
        QVERIFY2(contains(missing->error->message, "/db"), missing->error->message.c_str());
        QCOMPARE(report.mappedCount(), std::size_t{3});
        QCOMPARE(report.failedCount(), std::size_t{2});

        config.url = m_server->url("/doc/broken.json");
        EndpointSource broken(config, std::nullopt);
        Snapshot untouched;
        const auto failed = broken.poll(now, untouched);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::ParseError);
        const std::string& message = shown(failed.error());
        QVERIFY(contains(message, "source 'health' (" + config.url + ")"));
        QVERIFY(contains(message, "not JSON"));
        QCOMPARE(untouched.presentCount(), std::size_t{0});
    }

    // (c) A real node_exporter with the ready-made mapping: host metrics in range.
    void nodeExporterReadyMapping() {
        if (!startNodeExporter())
            QSKIP("prometheus-node-exporter is not installed (apt-get install "
                  "prometheus-node-exporter); .ci/run installs it");
        SourceConfig config = sourceFromReadyMapping(ReadyMapping::NodeExporter, "node");
        config.url = nodeMetricsUrl();
        EndpointSource source(config, std::nullopt);
        const Timestamp t0 = nowSeconds();
        Snapshot snapshot;
        const auto first = source.poll(t0, snapshot);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QVERIFY(source.lastReport().samples > 100);
        QVERIFY(outcomeOf(source.lastReport(), MetricId::CpuUtilization)->warmingUp);
        QVERIFY(snapshot.has(MetricId::MemoryUtilization));
        std::this_thread::sleep_for(1100ms);
        const auto second = source.poll(t0 + 1s, snapshot);
        QVERIFY2(second, second ? "" : second.error().message.c_str());
        for (const auto& outcome : source.lastReport().outcomes)
            QVERIFY2(!outcome.error, outcome.error->message.c_str());
        for (MetricId metric :
             {MetricId::CpuUtilization, MetricId::MemoryUtilization, MetricId::DiskUtilization}) {
            const auto value = snapshot.value(metric);
            QVERIFY2(value && *value >= 0 && *value <= 1, metricKey(metric).data());
        }
        QVERIFY(*snapshot.value(MetricId::MemoryUtilization) > 0);
        QVERIFY(*snapshot.value(MetricId::LoadAverage1m) >= 0);
        qInfo("node_exporter: cpu %.3f memory %.3f disk %.3f load %.2f",
              *snapshot.value(MetricId::CpuUtilization),
              *snapshot.value(MetricId::MemoryUtilization),
              *snapshot.value(MetricId::DiskUtilization), *snapshot.value(MetricId::LoadAverage1m));

        // probe() takes the second reading itself after the warm-up gap.
        EndpointSource fresh(config, std::nullopt, EndpointSourceOptions{500ms});
        Snapshot probed;
        const auto started = std::chrono::steady_clock::now();
        const auto report = fresh.probe(nowSeconds(), probed);
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QVERIFY(std::chrono::steady_clock::now() - started >= 500ms);
        QCOMPARE(report->mappedCount(), std::size_t{4});
        QVERIFY(probed.has(MetricId::CpuUtilization));
        QCOMPARE(fresh.lastReport().mappedCount(), std::size_t{4});
    }

    // (d) A real prometheus scraping node_exporter, with the PromQL mapping; a bad query is that
    // binding's bad_data error.
    void prometheusReadyMapping() {
        if (!PrometheusServer::available() || !startNodeExporter())
            QSKIP("prometheus or prometheus-node-exporter is not installed (apt-get install "
                  "prometheus prometheus-node-exporter); .ci/run installs them");
        const QString error = m_prometheus.start(m_dir.path(), {{"node", m_node.port()}});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        SourceConfig config = sourceFromReadyMapping(ReadyMapping::PrometheusNodeExporter, "prom");
        config.url = m_prometheus.baseUrl() + "/";
        config.timeout = 5s;
        config.bindings.push_back(
            {MetricId::ErrorRate, PromQl{"sum(rate(node_cpu_seconds_total[1m]) by"}, 1.0});
        EndpointSource source(config, std::nullopt);
        // Until Prometheus has two scrapes in its [1m] window, the CPU query has no series.
        Snapshot snapshot;
        QTRY_VERIFY_WITH_TIMEOUT(source.poll(nowSeconds(), snapshot).has_value() &&
                                     snapshot.has(MetricId::CpuUtilization),
                                 30000);
        const ProbeReport& report = source.lastReport();
        QCOMPARE(report.requests, 5);
        QCOMPARE(report.httpStatus, 400L); // the last query is the bad one
        QCOMPARE(report.mappedCount(), std::size_t{4});
        for (MetricId metric :
             {MetricId::CpuUtilization, MetricId::MemoryUtilization, MetricId::DiskUtilization}) {
            const auto value = snapshot.value(metric);
            QVERIFY2(value && *value >= 0 && *value <= 1, metricKey(metric).data());
            QCOMPARE(snapshot.get(metric)->source, std::string("endpoint:prom"));
        }
        const auto* bad = outcomeOf(report, MetricId::ErrorRate);
        QVERIFY(bad && bad->error);
        QCOMPARE(bad->error->code, ErrorCode::InvalidArgument);
        QVERIFY2(contains(bad->error->message, "bad_data"), bad->error->message.c_str());
        QVERIFY(!snapshot.has(MetricId::ErrorRate));

        // Memory agrees with the direct scrape of the same node_exporter (it drifts slowly).
        SourceConfig direct = sourceFromReadyMapping(ReadyMapping::NodeExporter, "node");
        direct.url = nodeMetricsUrl();
        EndpointSource node(direct, std::nullopt);
        Snapshot scraped;
        QVERIFY(node.poll(nowSeconds(), scraped).has_value());
        QVERIFY2(std::abs(*scraped.value(MetricId::MemoryUtilization) -
                          *snapshot.value(MetricId::MemoryUtilization)) < 0.05,
                 qPrintable(QString("direct %1, PromQL %2")
                                .arg(*scraped.value(MetricId::MemoryUtilization))
                                .arg(*snapshot.value(MetricId::MemoryUtilization))));

        // Only the bad query: the poll fails with it.
        config.bindings = {
            {MetricId::ErrorRate, PromQl{"sum(rate(node_cpu_seconds_total[1m]) by"}, 1.0}};
        config.readyMapping.reset();
        EndpointSource onlyBad(config, std::nullopt);
        const auto failed = onlyBad.poll(nowSeconds(), snapshot);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::InvalidArgument);
        const std::string& message = shown(failed.error());
        QVERIFY(contains(message, "source 'prom'"));
        QVERIFY(contains(message, redactUrl(config.url)));
        QVERIFY(contains(message, "error_rate: Prometheus API error bad_data"));
    }

    // (e) Faults: each a clear error naming the source and URL; the source works again after.
    // A query API that refuses names its server and the PromQL as written, not percent-encoded.
    void queryApiRefusedNamesTheQuery() {
        const int port = freeLocalPort();
        SourceConfig config = sourceFromReadyMapping(ReadyMapping::PrometheusNodeExporter, "prom");
        config.url = "http://127.0.0.1:" + std::to_string(port);
        EndpointSource source(config, std::nullopt);
        Snapshot snapshot;
        const auto result = source.poll(nowSeconds(), snapshot);
        QVERIFY(!result);
        const std::string& message = result.error().message;
        QVERIFY2(contains(message, "source 'prom': " + config.url + " (query 1 - avg(rate("),
                 message.c_str());
        QVERIFY2(contains(message, "connection refused"), message.c_str());
        QVERIFY2(!contains(message, "%28"), message.c_str());
    }

    void connectionRefused() {
        const int port = freeLocalPort();
        const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/metrics";
        SourceConfig config = expositionSource(
            "gone", url, {{MetricId::LoadAverage1m, SeriesSelect{select("node_load1")}, 1.0}});
        EndpointSource source(config, std::nullopt);
        Snapshot snapshot;
        for (int attempt = 0; attempt < 2; ++attempt) {
            const auto result = source.poll(nowSeconds(), snapshot);
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::NetworkError);
            const std::string& message = shown(result.error());
            QVERIFY(contains(message, "source 'gone'"));
            QVERIFY(contains(message, url));
            QVERIFY(contains(message, "connection refused"));
            QCOMPARE(snapshot.presentCount(), std::size_t{0});
        }
        // Something starts listening there: the same source reads it.
        if (!NodeExporterServer::available())
            QSKIP("prometheus-node-exporter is not installed: recovery after refusal untested");
        NodeExporterServer exporter;
        const QString error = exporter.start(m_dir.path(), port);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto result = source.poll(nowSeconds(), snapshot);
        QVERIFY2(result, result ? "" : result.error().message.c_str());
        QVERIFY(snapshot.has(MetricId::LoadAverage1m));
    }

    void serverError() {
        EndpointSource source(flipSource("flip"), std::nullopt);
        setFlag("fail500");
        Snapshot snapshot;
        const auto result = source.poll(nowSeconds(), snapshot);
        clearFlag("fail500");
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NetworkError);
        const std::string& message = shown(result.error());
        QVERIFY(contains(message, "source 'flip'"));
        QVERIFY(contains(message, flipUrl()));
        QVERIFY(contains(message, "HTTP 500"));
        QVERIFY(contains(message, "flip says no"));
        QCOMPARE(source.lastReport().outcomes.size(), std::size_t{0});
        pollsFine(source);
    }

    void bodyOverCap() {
        SourceConfig config = flipSource("flip");
        config.maxResponseBytes = 2048;
        EndpointSource source(config, std::nullopt);
        m_server->writeFile("flip/metrics.prom", paddedExposition(4096));
        Snapshot snapshot;
        const auto result = source.poll(nowSeconds(), snapshot);
        m_server->writeFile("flip/metrics.prom", kSimple);
        QVERIFY(!result);
        const std::string& message = shown(result.error());
        QVERIFY(contains(message, "source 'flip'"));
        QVERIFY(contains(message, flipUrl()));
        QVERIFY(contains(message, "too large"));
        QVERIFY(contains(message, "2048 bytes"));
        pollsFine(source);
    }

    void timeout() {
        SourceConfig config =
            expositionSource("slow", m_server->url("/slow/metrics.prom"),
                             {{MetricId::QueueDepth, SeriesSelect{select("queue_depth")}, 1.0}});
        config.timeout = 1000ms;
        EndpointSource source(config, std::nullopt);
        Snapshot snapshot;
        const auto started = std::chrono::steady_clock::now();
        const auto result = source.poll(nowSeconds(), snapshot);
        const auto took = std::chrono::steady_clock::now() - started;
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        const std::string& message = shown(result.error());
        QVERIFY(contains(message, "source 'slow'"));
        QVERIFY(contains(message, "/slow/metrics.prom"));
        QVERIFY(contains(message, "1000 ms"));
        QVERIFY(took >= 900ms && took < 3s);
        QCOMPARE(snapshot.presentCount(), std::size_t{0});
    }

    void invalidUtf8() {
        EndpointSource source(flipSource("flip"), std::nullopt);
        m_server->writeFile("flip/metrics.prom", "queue_depth{q=\"\xFF\xFE\"} 5\n");
        Snapshot snapshot;
        const auto result = source.poll(nowSeconds(), snapshot);
        m_server->writeFile("flip/metrics.prom", kSimple);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ParseError);
        const std::string& message = shown(result.error());
        QVERIFY(contains(message, "source 'flip'"));
        QVERIFY(contains(message, flipUrl()));
        QVERIFY(contains(message, "not valid UTF-8"));
        QVERIFY(contains(message, "offset 15"));
        pollsFine(source);
    }

    void redirectLoop() {
        EndpointSource source(flipSource("flip"), std::nullopt);
        setFlag("loop");
        Snapshot snapshot;
        const auto result = source.poll(nowSeconds(), snapshot);
        clearFlag("loop");
        QVERIFY(!result);
        const std::string& message = shown(result.error());
        QVERIFY(contains(message, "source 'flip'"));
        QVERIFY(contains(message, flipUrl()));
        QVERIFY(contains(message, "too many redirects"));
        pollsFine(source);
    }

    void missingCredentialsSendNothing() {
        SourceConfig config =
            expositionSource("private", m_server->url("/bearer/metrics.prom"),
                             {{MetricId::QueueDepth, SeriesSelect{select("queue_depth")}, 1.0}});
        config.auth = AuthKind::Bearer;
        const QString log = m_server->dir() + "/bearer_access.log";
        const qint64 logged = QFileInfo(log).size();
        for (const std::optional<std::string>& secret :
             {std::optional<std::string>(), std::optional<std::string>("")}) {
            EndpointSource source(config, secret);
            Snapshot snapshot;
            const auto result = source.poll(nowSeconds(), snapshot);
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::NotFound);
            const std::string& message = shown(result.error());
            QVERIFY(contains(message, "source 'private'"));
            QVERIFY(contains(message, config.url));
            QVERIFY(contains(message, "credentials missing"));
            QCOMPARE(source.lastReport().requests, 0);
            QCOMPARE(source.lastReport().httpStatus, 0L);
        }
        QCOMPARE(QFileInfo(log).size(), logged); // nginx saw no request
    }

    void bearerAuth() {
        SourceConfig config =
            expositionSource("private", m_server->url("/bearer/metrics.prom"),
                             {{MetricId::QueueDepth, SeriesSelect{select("queue_depth")}, 1.0}});
        config.auth = AuthKind::Bearer;
        EndpointSource wrong(config, std::string("n0t-the-token"));
        Snapshot snapshot;
        const auto rejected = wrong.poll(nowSeconds(), snapshot);
        QVERIFY(!rejected);
        const std::string& message = shown(rejected.error());
        QVERIFY(contains(message, "HTTP 401"));
        QVERIFY(contains(message, "rejected"));
        QVERIFY2(!contains(message, "n0t-the-token"), message.c_str());

        EndpointSource right(config, std::string(kBearer));
        const auto accepted = right.poll(nowSeconds(), snapshot);
        QVERIFY2(accepted, accepted ? "" : accepted.error().message.c_str());
        QCOMPARE(snapshot.value(MetricId::QueueDepth), std::optional<double>(5.0));
    }

    void apiKeyHeaderAuth() {
        SourceConfig config =
            expositionSource("keyed", m_server->url("/apikey/metrics.prom"),
                             {{MetricId::QueueDepth, SeriesSelect{select("queue_depth")}, 1.0}});
        config.auth = AuthKind::ApiKeyHeader;
        config.authHeader = "X-API-Key";
        EndpointSource wrong(config, std::string("wr0ng-key-value"));
        Snapshot snapshot;
        const auto rejected = wrong.poll(nowSeconds(), snapshot);
        QVERIFY(!rejected);
        const std::string& message = shown(rejected.error());
        QVERIFY(contains(message, "HTTP 401"));
        // nginx echoes the key it rejected; the message must not.
        QVERIFY(contains(message, "rejected key: ***"));
        QVERIFY2(!contains(message, "wr0ng-key-value"), message.c_str());

        EndpointSource right(config, std::string(kApiKey));
        const auto accepted = right.poll(nowSeconds(), snapshot);
        QVERIFY2(accepted, accepted ? "" : accepted.error().message.c_str());
        QCOMPARE(snapshot.value(MetricId::QueueDepth), std::optional<double>(5.0));
    }

    void basicAuth() {
        SourceConfig config =
            expositionSource("basic", m_server->url("/basic/metrics.prom"),
                             {{MetricId::QueueDepth, SeriesSelect{select("queue_depth")}, 1.0}});
        config.auth = AuthKind::Basic;
        config.username = "bob";
        EndpointSource wrong(config, std::string("wrong-pw-789"));
        Snapshot snapshot;
        const auto rejected = wrong.poll(nowSeconds(), snapshot);
        QVERIFY(!rejected);
        QVERIFY(contains(shown(rejected.error()), "HTTP 401"));
        QVERIFY(!contains(rejected.error().message, "wrong-pw-789"));
        EndpointSource right(config, std::string(kPassword));
        const auto accepted = right.poll(nowSeconds(), snapshot);
        QVERIFY2(accepted, accepted ? "" : accepted.error().message.c_str());
        QCOMPARE(snapshot.value(MetricId::QueueDepth), std::optional<double>(5.0));
    }

    void tls() {
        if (!m_tls)
            QSKIP("openssl could not make a certificate; TLS not tested");
        SourceConfig config =
            expositionSource("secure", m_server->tlsUrl("/flip/metrics.prom"),
                             {{MetricId::QueueDepth, SeriesSelect{select("queue_depth")}, 1.0}});
        Snapshot snapshot;
        EndpointSource untrusted(config, std::nullopt);
        const auto refused = untrusted.poll(nowSeconds(), snapshot);
        QVERIFY(!refused);
        QVERIFY(contains(shown(refused.error()), "TLS"));
        QVERIFY(contains(refused.error().message, "source 'secure'"));

        config.caFile = m_certificate.toStdString();
        EndpointSource trusted(config, std::nullopt);
        const auto ok = trusted.poll(nowSeconds(), snapshot);
        QVERIFY2(ok, ok ? "" : ok.error().message.c_str());
        QVERIFY(trusted.lastReport().warnings.empty());

        config.caFile.clear();
        config.tls = TlsVerification::Off;
        EndpointSource insecure(config, std::nullopt);
        const auto unverified = insecure.poll(nowSeconds(), snapshot);
        QVERIFY2(unverified, unverified ? "" : unverified.error().message.c_str());
        QCOMPARE(insecure.lastReport().warnings,
                 std::vector<std::string>{"TLS verification is off"});
    }

    // (f) cancel() from another thread ends a slow transfer, and a warm-up wait, within ~1 s.
    void cancelSlowPoll() {
        SourceConfig config =
            expositionSource("slow", m_server->url("/slow/metrics.prom"),
                             {{MetricId::QueueDepth, SeriesSelect{select("queue_depth")}, 1.0}});
        config.timeout = 60s;
        EndpointSource source(config, std::nullopt);
        source.cancel(); // while idle: no effect on the next poll
        Result<void> result;
        std::chrono::steady_clock::duration took{};
        std::thread poller([&] {
            Snapshot snapshot;
            const auto started = std::chrono::steady_clock::now();
            result = source.poll(nowSeconds(), snapshot);
            took = std::chrono::steady_clock::now() - started;
        });
        std::this_thread::sleep_for(500ms);
        const auto cancelledAt = std::chrono::steady_clock::now();
        source.cancel();
        poller.join();
        const auto afterCancel = std::chrono::steady_clock::now() - cancelledAt;
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(contains(shown(result.error()), "source 'slow'"));
        QVERIFY(took >= 400ms); // it really was in flight
        QVERIFY2(afterCancel < 1200ms, "cancel took longer than about a second");
    }

    void cancelWarmUpWait() {
        SourceConfig config = expositionSource(
            "app", m_server->url("/app/metrics.prom"),
            {{MetricId::RequestsPerMinute, CounterRate{select("http_requests_total")}, 60.0}});
        EndpointSource source(config, std::nullopt, EndpointSourceOptions{30s});
        const Timestamp t0 = nowSeconds();
        Result<ProbeReport> result;
        std::thread prober([&] {
            Snapshot snapshot;
            result = source.probe(t0, snapshot);
        });
        std::this_thread::sleep_for(500ms);
        const auto cancelledAt = std::chrono::steady_clock::now();
        source.cancel();
        prober.join();
        QVERIFY(std::chrono::steady_clock::now() - cancelledAt < 1s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(contains(shown(result.error()), "warm-up"));

        // The same source polls again, and its first reading counts towards the rate.
        Snapshot polled;
        const auto again = source.poll(t0 + 5s, polled);
        QVERIFY2(again, again ? "" : again.error().message.c_str());
        QCOMPARE(polled.value(MetricId::RequestsPerMinute), std::optional<double>(0.0));

        // Usable again: a probe with a short gap gives the rate.
        EndpointSource quick(config, std::nullopt, EndpointSourceOptions{200ms});
        Snapshot snapshot;
        const auto probed = quick.probe(nowSeconds(), snapshot);
        QVERIFY2(probed, probed ? "" : probed.error().message.c_str());
        QCOMPARE(probed->mappedCount(), std::size_t{1});
        QCOMPARE(snapshot.value(MetricId::RequestsPerMinute), std::optional<double>(0.0));
    }
};

QTEST_GUILESS_MAIN(TestEndpointSources)
#include "tst_endpoint_sources.moc"
