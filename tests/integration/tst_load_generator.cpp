// The load generator (runLoad, issue 8) against servers this test starts on 127.0.0.1: nginx with a
// fast 12-byte file, `return 500`, `return 404`, `return 444` (closed without an answer), a server
// with keepalive_timeout 0 and an HTTP/2 cleartext listener; the python3 stall server; and a port
// nobody listens on. What must hold: the figures add up (result invariants of model/StrainRun.h)
// and agree with what nginx logged; the open model keeps its rate and shows a stall in its
// percentiles; each failure lands in its own error kind; every bound ends the run on time; an
// impossible rate is reported as a saturated generator rather than as the server's latency.
//
// Durations are 1–3 s so the whole test stays well under a minute on two shared cores.

#include "integration/support/NginxServer.h"
#include "integration/support/StallServer.h"
#include "net/LoadGenerator.h"
#include "strain/StrainScenario.h"
#include "support/CorePrinters.h"

#include <algorithm>
#include <optional>
#include <set>
#include <stop_token>
#include <thread>
#include <vector>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace QTest {

template <>
inline char* toString(const headroom::LoadStop& value) {
    return qstrdup(std::string(headroom::keyOf(value)).c_str());
}

template <>
inline char* toString(const headroom::GeneratorSaturation& value) {
    return qstrdup(std::string(headroom::keyOf(value)).c_str());
}

} // namespace QTest

namespace {

constexpr const char* kFastBody = "hello world\n"; // 12 bytes, as in the reference figures

// A fixed start time: the result's startedAt must come from the clock it is given.
const Timestamp kStartedAt{std::chrono::seconds{1'800'000'000}};

Timestamp fixedClock() {
    return kStartedAt;
}

// A closed-model scenario of one path; tests override the load, duration and bounds.
StrainScenario scenarioFor(const std::string& path) {
    StrainScenario s;
    s.id = "load_generator_test";
    s.name = "Load generator test";
    s.model = LoadModel::Closed;
    s.users = 1;
    s.duration = 2s;
    // Short, so a run that has to drain (a stalled or dropped request) still ends quickly.
    s.requestTimeout = 5s;
    s.urls = {path};
    return s;
}

// The load of one run (planRun()'s overrides): a number of users (closed model) or a rate (open).
StrainOverrides closedLoad(int users, std::chrono::seconds duration, std::string target,
                           std::optional<std::int64_t> maxRequests = std::nullopt) {
    StrainOverrides o;
    o.users = users;
    o.duration = duration;
    o.target = std::move(target);
    o.maxRequests = maxRequests;
    return o;
}

StrainOverrides openLoad(double ratePerSecond, std::chrono::seconds duration, std::string target) {
    StrainOverrides o;
    o.arrivalRatePerSecond = ratePerSecond;
    o.duration = duration;
    o.target = std::move(target);
    return o;
}

double ms(std::chrono::microseconds us) {
    return static_cast<double>(us.count()) / 1000.0;
}

// One line per run in the test log, so a failure (and the report) shows the figures.
void describe(const char* what, const StrainRunResult& r) {
    const auto& m = r.measurement;
    qInfo("%s: requests %zu completed %lld errors{status %lld timeout %lld connection %lld other "
          "%lld} dropped %zu | p50 %.2f p90 %.2f p95 %.2f p99 %.2f p99.9 %.2f max %.2f ms | "
          "%.0f req/s over %lld ms, %s, stop %s, saturation %s (cpu %.2f, late %lld, worst lag "
          "%.2f ms), %zu samples",
          what, m.requests, static_cast<long long>(r.completed),
          static_cast<long long>(r.errors.status), static_cast<long long>(r.errors.timeout),
          static_cast<long long>(r.errors.connection), static_cast<long long>(r.errors.other),
          m.dropped, ms(m.p50), ms(m.p90), ms(m.p95), ms(m.p99), ms(m.p999), ms(m.max),
          m.throughputPerSecond, static_cast<long long>(r.elapsed.count()), r.httpVersion.c_str(),
          std::string(keyOf(r.stop)).c_str(), std::string(keyOf(r.generator.saturation)).c_str(),
          r.generator.cpuShare, static_cast<long long>(r.generator.lateSends),
          ms(r.generator.worstSendLag), r.timeline.size());
}

// The invariants every result must keep (model/StrainRun.h), whatever the server did.
// Returns an empty string when they hold, else the first one broken. Tests check it last, so that
// a broken invariant does not hide the figures checked before it.
std::string brokenInvariant(const StrainRunResult& r) {
    const auto& m = r.measurement;
    const auto ended = r.completed + r.errors.timeout + r.errors.connection + r.errors.other;
    if (static_cast<std::int64_t>(m.requests) != ended)
        return "requests != completed + timeout + connection + other";
    std::int64_t statuses = 0;
    for (std::size_t i = 0; i < r.statusCounts.size(); ++i) {
        statuses += r.statusCounts[i].count;
        if (i > 0 && r.statusCounts[i - 1].status >= r.statusCounts[i].status)
            return "statusCounts not in ascending status order";
    }
    if (statuses != r.completed)
        return "sum of statusCounts != completed";
    for (std::size_t i = 1; i < r.timeline.size(); ++i) {
        if (r.timeline[i - 1].at >= r.timeline[i].at)
            return "timeline samples not in increasing order: sample " + std::to_string(i - 1) +
                   " at " + std::to_string(r.timeline[i - 1].at.count()) + " ms, sample " +
                   std::to_string(i) + " at " + std::to_string(r.timeline[i].at.count()) +
                   " ms (of " + std::to_string(r.timeline.size()) + ")";
    }
    if (!(m.p50 <= m.p90 && m.p90 <= m.p95 && m.p95 <= m.p99 && m.p99 <= m.p999 && m.p999 <= m.max))
        return "percentiles not ordered p50 <= p90 <= p95 <= p99 <= p99.9 <= max";
    if (r.startedAt != kStartedAt)
        return "startedAt is not the given clock's time";
    return {};
}

std::int64_t statusCount(const StrainRunResult& r, int status) {
    for (const auto& s : r.statusCounts) {
        if (s.status == status)
            return s.count;
    }
    return 0;
}

QStringList readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestLoadGenerator : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<NginxServer> m_nginx;
    int m_noKeepAlivePort = 0;
    int m_h2Port = 0;
    int m_h2TlsPort = 0; // 0 when openssl could not make a certificate
    std::unique_ptr<StallServer> m_stall;
    QString m_stallUnavailable;

    QString countedLog() const { return m_nginx->dir() + QStringLiteral("/counted.log"); }
    QString tlsLog() const { return m_nginx->dir() + QStringLiteral("/tls.log"); }
    std::string target() const { return m_nginx->url(QString()); }
    static std::string targetAt(int port) {
        return QStringLiteral("http://127.0.0.1:%1").arg(port).toStdString();
    }

    static Result<StrainPlan> plan(const StrainScenario& scenario, StrainOverrides overrides,
                                   const StrainLimits& limits = {}) {
        return planRun(scenario, limits, overrides);
    }

    static Result<StrainRunResult> run(const StrainPlan& plan, const LoadOptions& options = {},
                                       std::stop_token stop = {},
                                       const LoadProgressCallback& progress = {}) {
        return runLoad(plan, options, std::move(stop), fixedClock, progress);
    }

private slots:
    void initTestCase() {
        if (!NginxServer::available())
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        m_nginx = std::make_unique<NginxServer>();
        m_nginx->writeFile(QStringLiteral("fast.txt"), kFastBody);
        m_nginx->writeFile(QStringLiteral("counted/fast.txt"), kFastBody);
        m_noKeepAlivePort = freeLocalPort();
        m_h2Port = freeLocalPort();
        // A self-signed certificate for HTTP/2 over TLS, when openssl is there to make one.
        QString tlsServer;
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (!openssl.isEmpty()) {
            const QString cert = m_nginx->dir() + QStringLiteral("/cert.pem");
            const QString key = m_nginx->dir() + QStringLiteral("/key.pem");
            QProcess process;
            process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"),
                                    QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                    QStringLiteral("-out"), cert, QStringLiteral("-days"),
                                    QStringLiteral("2"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=127.0.0.1")});
            if (process.waitForFinished(30000) && process.exitCode() == 0) {
                m_h2TlsPort = freeLocalPort();
                tlsServer = QStringLiteral(R"(
    server {
        listen 127.0.0.1:%1 ssl http2;
        ssl_certificate %2;
        ssl_certificate_key %3;
        keepalive_requests 1000000;
        access_log %4 counted;
        root %5;
    }
)")
                                .arg(m_h2TlsPort)
                                .arg(cert, key, tlsLog(), m_nginx->root());
            }
        }

        NginxConfig config;
        // nginx closes a keep-alive connection after 1000 requests by default; lifted so that the
        // closed-model test can count the generator's own connections in the access log.
        config.locations = QStringLiteral(R"(
        keepalive_requests 1000000;
        location /counted/ { access_log %1 counted; }
        location = /error500 { return 500; }
        location = /error404 { return 404; }
        location = /close { return 444; }
)")
                               .arg(countedLog());
        // HTTP/2: keepalive_requests also bounds an h2 connection's streams (GOAWAY after 1000),
        // which is not what this test is about.
        config.httpExtra = QStringLiteral(R"(
    log_format counted '$connection $connection_requests $status';
    server {
        listen 127.0.0.1:%1;
        keepalive_timeout 0;
        root %3;
    }
    server {
        listen 127.0.0.1:%2 http2;
        keepalive_requests 1000000;
        root %3;
    }
)")
                               .arg(m_noKeepAlivePort)
                               .arg(m_h2Port)
                               .arg(m_nginx->root()) +
                           tlsServer;
        const QString error = m_nginx->start(config);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // NginxServer waits for its own port only.
        QVERIFY(waitForTcpPort(m_noKeepAlivePort, 5s));
        QVERIFY(waitForTcpPort(m_h2Port, 5s));
        if (m_h2TlsPort != 0) {
            QVERIFY(waitForTcpPort(m_h2TlsPort, 5s));
        }

        m_stallUnavailable = StallServer::unavailableReason();
        if (m_stallUnavailable.isEmpty()) {
            m_stall = std::make_unique<StallServer>();
            const QString stallError = m_stall->start({.every = 50, .stall = 1000ms});
            QVERIFY2(stallError.isEmpty(), qPrintable(stallError));
        }
    }

    void cleanupTestCase() {
        m_stall.reset();
        m_nginx.reset();
    }

    void closedModelAgainstFastFile() {
        constexpr int kUsers = 8;
        const auto p = plan(scenarioFor("/counted/fast.txt"), closedLoad(kUsers, 2s, target()));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        const auto r = run(*p);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("closed, 8 users, 2 s", *r);

        const auto& m = r->measurement;
        QVERIFY(m.requests > 0);
        QCOMPARE(r->completed, static_cast<std::int64_t>(m.requests));
        QCOMPARE(r->errors, LoadErrorCounts{});
        QCOMPARE(m.errors, std::size_t{0});
        QCOMPARE(m.errorRate, 0.0);
        QCOMPARE(m.dropped, std::size_t{0});
        QVERIFY(m.p50.count() > 0);
        QCOMPARE(r->statusCounts.size(), std::size_t{1});
        QCOMPARE(r->statusCounts.front(), (StatusCount{200, r->completed}));
        // Headers and bodies: at least the 12-byte body of each answer.
        QVERIFY(r->bytesReceived >= r->completed * 12);
        QVERIFY(r->bytesSent > 0);
        QCOMPARE(r->httpVersion, std::string("HTTP/1.1"));
        QCOMPARE(r->stop, LoadStop::Finished);
        QCOMPARE(r->model, LoadModel::Closed);
        QCOMPARE(r->users, kUsers);
        QVERIFY(!r->timeline.empty());

        // Throughput is completed requests over the measured window (~ the elapsed time).
        QVERIFY(r->elapsed >= 1900ms);
        const double expected =
            static_cast<double>(r->completed) / (static_cast<double>(r->elapsed.count()) / 1000.0);
        QVERIFY2(std::abs(m.throughputPerSecond - expected) <= 0.10 * expected,
                 qPrintable(QStringLiteral("throughput %1/s, completed / elapsed %2/s")
                                .arg(m.throughputPerSecond)
                                .arg(expected)));
        std::int64_t sampled = 0;
        for (const auto& sample : r->timeline)
            sampled += sample.completed;
        qInfo("timeline: %zu samples, %lld completed in them", r->timeline.size(),
              static_cast<long long>(sampled));
        QVERIFY(sampled <= r->completed);

        // nginx saw exactly the requests the result says were sent, on at most one connection
        // per user: keep-alive connections were reused, not reopened. nginx writes a line after
        // it has sent the answer, so allow it a moment to catch up with the client.
        QStringList lines;
        for (int i = 0; i < 50; ++i) {
            lines = readLines(countedLog());
            if (lines.size() >= static_cast<qsizetype>(m.requests))
                break;
            QThread::msleep(20);
        }
        QCOMPARE(lines.size(), static_cast<qsizetype>(m.requests));
        std::set<QString> connections;
        for (const auto& line : lines) {
            const auto fields = line.split(QLatin1Char(' '));
            QCOMPARE(fields.size(), qsizetype{3});
            QCOMPARE(fields[2], QStringLiteral("200"));
            connections.insert(fields[0]);
        }
        qInfo("nginx: %lld requests on %zu connections", static_cast<long long>(lines.size()),
              connections.size());
        QVERIFY(!connections.empty());
        QVERIFY(connections.size() <= std::size_t{kUsers});
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    void openModelKeepsItsRate() {
        const auto p = plan(scenarioFor("/fast.txt"), openLoad(200.0, 2s, target()));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        const auto r = run(*p);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("open, 200/s, 2 s", *r);

        const auto& m = r->measurement;
        QCOMPARE(r->model, LoadModel::Open);
        QVERIFY2(m.requests >= 360 && m.requests <= 440,
                 qPrintable(QStringLiteral("%1 requests, 400 expected").arg(m.requests)));
        QCOMPARE(r->completed, static_cast<std::int64_t>(m.requests));
        QCOMPARE(r->errors, LoadErrorCounts{});
        QCOMPARE(m.dropped, std::size_t{0});
        QVERIFY(!m.generatorSaturated);
        QCOMPARE(r->generator.saturation, GeneratorSaturation::None);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    // A stall of 1 s on every 50th request. The open model measures from each arrival's due
    // time, so the stalled share (2 %) must reach p99; the closed model with one user is printed
    // beside it to show what coordinated omission does to the same server.
    void openModelShowsStall() {
        if (!m_stall)
            QSKIP(qPrintable(m_stallUnavailable));
        StrainScenario s = scenarioFor("/stall");
        const auto open = plan(s, openLoad(100.0, 3s, m_stall->url(QString())));
        QVERIFY2(open, open ? "" : open.error().message.c_str());
        const auto o = run(*open);
        QVERIFY2(o, o ? "" : o.error().message.c_str());
        describe("stall, open 100/s, 3 s", *o);

        const auto closed = plan(s, closedLoad(1, 3s, m_stall->url(QString())));
        QVERIFY2(closed, closed ? "" : closed.error().message.c_str());
        const auto c = run(*closed);
        QVERIFY2(c, c ? "" : c.error().message.c_str());
        describe("stall, closed 1 user, 3 s", *c);
        qInfo("stall every 50th request by 1000 ms: open p99 %.1f ms (p50 %.2f ms), closed p99 "
              "%.1f ms (p50 %.2f ms)",
              ms(o->measurement.p99), ms(o->measurement.p50), ms(c->measurement.p99),
              ms(c->measurement.p50));

        QCOMPARE(o->errors, LoadErrorCounts{});
        QVERIFY(o->measurement.requests >= 270);
        QVERIFY2(o->measurement.p99 >= 900ms,
                 qPrintable(QStringLiteral("open p99 %1 ms").arg(ms(o->measurement.p99))));
        QVERIFY2(o->measurement.p50 < 100ms,
                 qPrintable(QStringLiteral("open p50 %1 ms").arg(ms(o->measurement.p50))));
        QVERIFY2(brokenInvariant(*o).empty(), brokenInvariant(*o).c_str());
        QVERIFY2(brokenInvariant(*c).empty(), brokenInvariant(*c).c_str());
    }

    void errorStatus_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << "/error500" << 500;
        QTest::newRow("404") << "/error404" << 404;
    }

    void errorStatus() {
        QFETCH(QString, path);
        QFETCH(int, status);
        const auto p = plan(scenarioFor(path.toStdString()), closedLoad(2, 1s, target(), 500));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        const auto r = run(*p);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe(qPrintable(path), *r);

        QVERIFY(r->completed > 0);
        QCOMPARE(r->completed, static_cast<std::int64_t>(r->measurement.requests));
        QCOMPARE(r->errors.status, r->completed);
        QCOMPARE(r->errors.connection + r->errors.timeout + r->errors.other, std::int64_t{0});
        QCOMPARE(r->statusCounts.size(), std::size_t{1});
        QCOMPARE(r->statusCounts.front(), (StatusCount{status, r->completed}));
        QCOMPARE(r->measurement.errorRate, 1.0);
        // An answered error still has a latency.
        QVERIFY(r->measurement.max.count() > 0);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    // nginx's 444 closes the connection without a word: a connection failure, never a response.
    void closedWithoutAnswer() {
        const auto p = plan(scenarioFor("/close"), closedLoad(2, 2s, target(), 300));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        const auto r = run(*p);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("return 444", *r);

        QVERIFY(r->errors.connection > 0);
        QCOMPARE(r->completed, std::int64_t{0});
        QVERIFY(r->statusCounts.empty());
        QCOMPARE(r->measurement.p50, 0us);
        QCOMPARE(r->measurement.max, 0us);
        QCOMPARE(r->measurement.errorRate, 1.0);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    // A server that closes after every answer: the generator must reconnect, not fail.
    void noKeepAlive() {
        const auto p =
            plan(scenarioFor("/fast.txt"), closedLoad(4, 1s, targetAt(m_noKeepAlivePort), 3000));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        const auto r = run(*p);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("keepalive_timeout 0", *r);

        QVERIFY(r->measurement.requests > 0);
        QCOMPARE(r->completed, static_cast<std::int64_t>(r->measurement.requests));
        QCOMPARE(r->errors, LoadErrorCounts{});
        QCOMPARE(statusCount(*r, 200), r->completed);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    // Nothing listens: every request fails to connect, and the run still ends by its duration.
    void connectionRefused() {
        const int port = freeLocalPort();
        const auto p = plan(scenarioFor("/fast.txt"), closedLoad(2, 1s, targetAt(port)));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        const auto began = std::chrono::steady_clock::now();
        const auto r = run(*p);
        const auto wall = std::chrono::steady_clock::now() - began;
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("connection refused", *r);

        QVERIFY(r->measurement.requests > 0);
        QCOMPARE(r->errors.connection, static_cast<std::int64_t>(r->measurement.requests));
        QCOMPARE(r->completed, std::int64_t{0});
        QCOMPARE(r->stop, LoadStop::Finished);
        QVERIFY(r->elapsed < 2s);
        QVERIFY(wall < 2s);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    void http2Cleartext() {
        const auto p = plan(scenarioFor("/fast.txt"), closedLoad(4, 1s, targetAt(m_h2Port)));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        LoadOptions options;
        options.httpVersion = LoadHttpVersion::Http2;
        const auto r = run(*p, options);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("h2c", *r);

        QCOMPARE(r->httpVersion, std::string("HTTP/2"));
        QVERIFY(r->completed > 0);
        QCOMPARE(r->errors, LoadErrorCounts{});
        QCOMPARE(statusCount(*r, 200), r->completed);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    // HTTP/2 over TLS (ALPN) multiplexes: many users' requests share a connection or two.
    void http2OverTlsMultiplexes() {
        if (m_h2TlsPort == 0)
            QSKIP("openssl could not make a certificate");
        const auto p = plan(scenarioFor("/fast.txt"),
                            closedLoad(8, 1s, "https://127.0.0.1:" + std::to_string(m_h2TlsPort)));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        LoadOptions options;
        options.httpVersion = LoadHttpVersion::Http2;
        options.verifyTls = false; // self-signed
        const auto r = run(*p, options);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("h2 over TLS", *r);
        QCOMPARE(r->httpVersion, std::string("HTTP/2"));
        QVERIFY(r->completed > 0);
        QCOMPARE(r->errors, LoadErrorCounts{});
        QStringList lines;
        for (int i = 0; i < 50; ++i) {
            lines = readLines(tlsLog());
            if (lines.size() >= static_cast<qsizetype>(r->measurement.requests))
                break;
            QThread::msleep(20);
        }
        std::set<QString> connections;
        for (const auto& line : lines) {
            connections.insert(line.split(QLatin1Char(' ')).value(0));
        }
        qInfo("nginx: %lld requests on %zu TLS connections", static_cast<long long>(lines.size()),
              connections.size());
        QCOMPARE(lines.size(), static_cast<qsizetype>(r->measurement.requests));
        QVERIFY(connections.size() < std::size_t{8}); // fewer than the users: multiplexed
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    void maxRequestsBound() {
        const auto p = plan(scenarioFor("/fast.txt"), closedLoad(4, 10s, target(), 50));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        const auto r = run(*p);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("maxRequests 50", *r);

        QCOMPARE(r->measurement.requests, std::size_t{50});
        QCOMPARE(r->completed, std::int64_t{50});
        QCOMPARE(r->stop, LoadStop::MaxRequests);
        QVERIFY(r->elapsed < 5s);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    void durationBound() {
        const auto p = plan(scenarioFor("/fast.txt"), closedLoad(2, 2s, target()));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        const auto r = run(*p);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("duration 2 s", *r);

        QCOMPARE(r->stop, LoadStop::Finished);
        QVERIFY2(r->elapsed >= 1900ms && r->elapsed < 3s,
                 qPrintable(QStringLiteral("elapsed %1 ms").arg(r->elapsed.count())));
        QCOMPARE(r->plannedDuration, 2s);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    // A stop requested from another thread 300 ms into a 30 s run ends it at once; what ran
    // is kept.
    void cancelFromAnotherThread() {
        const auto p = plan(scenarioFor("/fast.txt"), closedLoad(2, 30s, target()));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        std::stop_source source;
        const auto began = std::chrono::steady_clock::now();
        std::jthread canceller([&source] {
            std::this_thread::sleep_for(300ms);
            source.request_stop();
        });
        const auto r = run(*p, {}, source.get_token());
        const auto wall = std::chrono::steady_clock::now() - began;
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("cancelled", *r);

        QCOMPARE(r->stop, LoadStop::Cancelled);
        QVERIFY2(
            wall < 1300ms,
            qPrintable(
                QStringLiteral("returned after %1 ms")
                    .arg(std::chrono::duration_cast<std::chrono::milliseconds>(wall).count())));
        QVERIFY(r->measurement.requests > 0);
        QVERIFY(r->completed > 0);
        QVERIFY(r->measurement.p50.count() > 0);
        QVERIFY(r->elapsed < 1300ms);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    // 200 000 arrivals a second is beyond any generator here: it must say so (dropped arrivals,
    // a saturation reason) instead of passing its own queueing off as the server's latency.
    void saturatedGenerator() {
        StrainLimits limits;
        limits.maxArrivalRatePerSecond = 1e6;
        const auto p = plan(scenarioFor("/fast.txt"), openLoad(200000.0, 1s, target()), limits);
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        LoadOptions options;
        options.maxConnections = 64; // within the test nginx's 256 worker connections
        const auto r = run(*p, options);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("open 200 000/s", *r);

        QVERIFY(r->measurement.generatorSaturated);
        QVERIFY(r->generator.saturation != GeneratorSaturation::None);
        QVERIFY(r->measurement.dropped > 0);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    void progressPerSample() {
        const auto p = plan(scenarioFor("/fast.txt"), closedLoad(2, 2s, target()));
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        LoadOptions options;
        options.sampleInterval = 200ms;
        std::vector<LoadProgress> calls;
        const auto r = run(*p, options, {},
                           [&calls](const LoadProgress& progress) { calls.push_back(progress); });
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        describe("progress every 200 ms", *r);

        QString trace;
        for (const auto& c : calls)
            trace += QStringLiteral(" %1ms:%2").arg(c.sample.at.count()).arg(c.sent);
        qInfo("%zu progress calls:%s", calls.size(), qPrintable(trace));
        // 2 s / 200 ms = 10, give or take the first and the last.
        QVERIFY2(calls.size() >= 8 && calls.size() <= 12, qPrintable(trace));
        QCOMPARE(calls.size(), r->timeline.size());
        for (std::size_t i = 1; i < calls.size(); ++i) {
            QVERIFY2(calls[i - 1].sample.at < calls[i].sample.at, qPrintable(trace));
            QVERIFY2(calls[i - 1].sent <= calls[i].sent, qPrintable(trace));
            QVERIFY(calls[i - 1].fractionDone <= calls[i].fractionDone);
        }
        QVERIFY(calls.front().sent < calls.back().sent);
        QVERIFY(calls.back().sent <= static_cast<std::int64_t>(r->measurement.requests));
        QVERIFY(calls.back().fractionDone <= 1.0);
        QVERIFY2(brokenInvariant(*r).empty(), brokenInvariant(*r).c_str());
    }

    void invalidPlan_data() {
        QTest::addColumn<int>("broken");
        QTest::newRow("no URL") << 0;
        QTest::newRow("no users and no rate") << 1;
        QTest::newRow("no bound") << 2;
    }

    // Plans planRun() would never produce: built by hand, each missing one thing.
    void invalidPlan() {
        QFETCH(int, broken);
        StrainPlan p;
        p.scenarioId = "hand_made";
        p.model = LoadModel::Closed;
        p.users = 1;
        p.duration = 1s;
        p.maxRequests = 10;
        p.maxTime = 2s;
        p.method = "GET";
        p.urls = {m_nginx->url(QStringLiteral("/fast.txt"))};
        if (broken == 0) {
            p.urls.clear();
        } else if (broken == 1) {
            p.users = 0;
        } else {
            p.duration = 0s;
            p.maxRequests = 0;
            p.maxTime = 0s;
        }
        const auto r = run(p);
        QVERIFY(!r);
        qInfo("%s", r.error().message.c_str());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestLoadGenerator)
#include "tst_load_generator.moc"
