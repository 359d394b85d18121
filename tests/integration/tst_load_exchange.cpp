// The load generator's cleartext HTTP/1.1 exchange (core/net/LoadExchange.cpp: libcurl connects,
// the worker writes and reads the socket itself) against what servers really do to a keep-alive
// client, each started here on 127.0.0.1: nginx closing idle connections (keepalive_timeout 1s)
// and closing after a number of requests (keepalive_requests 3); a POST body the server must
// receive whole; HEAD answers without a body; gzip answers in chunked framing; and the python3
// stall server outliving the request timeout. What must hold: no request is lost or counted as
// an error that the server answered, nginx's own log agrees with the generator's figures, and a
// timed-out request does not poison the connection for the next one.

#include "integration/support/NginxServer.h"
#include "integration/support/StallServer.h"
#include "net/LoadGenerator.h"
#include "strain/StrainScenario.h"

#include <optional>
#include <utility>

#include <QFile>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

constexpr const char* kFastBody = "hello world\n";

StrainScenario scenario(const std::string& path, int users, std::chrono::milliseconds think) {
    StrainScenario s;
    s.id = "load_exchange_test";
    s.name = "Load exchange test";
    s.model = LoadModel::Closed;
    s.users = users;
    s.duration = 2s;
    s.rampUp = 0s;
    s.thinkTime = think;
    s.requestTimeout = 5s;
    s.urls = {path};
    return s;
}

Result<StrainRunResult> runAgainst(const StrainScenario& scenario, const std::string& target,
                                   std::optional<std::chrono::seconds> duration = std::nullopt) {
    StrainOverrides overrides;
    overrides.target = target;
    overrides.duration = duration;
    auto plan = planRun(scenario, StrainLimits{}, overrides);
    if (!plan)
        return std::unexpected(plan.error());
    LoadOptions options;
    options.threads = 1; // one connection pool, so the log's connection count is the generator's
    return runLoad(*plan, options, std::stop_token{}, systemClock());
}

// nginx's log lines ("$connection $connection_requests $status ...") since the file was last
// truncated. nginx logs a request after its last byte went out, so the line of the run's last
// answer can come a moment after the generator saw it: waits up to 2 s for `expected` lines.
QStringList takeLog(const QString& path, qsizetype expected = 0) {
    QFile file(path);
    QStringList lines;
    for (int attempt = 0; attempt < 40; ++attempt) {
        if (file.open(QIODevice::ReadOnly)) {
            lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            file.close();
        }
        if (lines.size() >= expected)
            break;
        QTest::qWait(50);
    }
    if (file.open(QIODevice::ReadWrite))
        file.resize(0);
    return lines;
}

// Connections nginx opened: the lines of a connection's first request. ($connection alone would
// not do: each nginx worker process numbers its connections from 1.)
int newConnections(const QStringList& lines) {
    int count = 0;
    for (const QString& line : lines)
        count += line.section(QLatin1Char(' '), 1, 1) == QLatin1String("1") ? 1 : 0;
    return count;
}

QString summary(const StrainRunResult& r) {
    return QStringLiteral("completed %1, status errors %2, timeouts %3, connection %4, other %5")
        .arg(r.completed)
        .arg(r.errors.status)
        .arg(r.errors.timeout)
        .arg(r.errors.connection)
        .arg(r.errors.other);
}

// Sums one numeric field of nginx's log lines (5: $request_length, 6: $bytes_sent).
long long sumField(const QStringList& lines, int field) {
    long long sum = 0;
    for (const QString& line : lines)
        sum += line.section(QLatin1Char(' '), field, field).toLongLong();
    return sum;
}

} // namespace

class TestLoadExchange : public QObject {
    Q_OBJECT

    std::unique_ptr<NginxServer> m_nginx;
    int m_idleClosePort = 0;
    int m_fewRequestsPort = 0;

    QString logPath() const { return m_nginx->dir() + QStringLiteral("/exchange.log"); }
    static std::string targetAt(int port) {
        return QStringLiteral("http://127.0.0.1:%1").arg(port).toStdString();
    }

    // Runs the scenario and checks what every case needs: at least `atLeast` answers, not one
    // error, and one nginx log line per answer. The log, or empty with the test failed.
    std::optional<std::pair<StrainRunResult, QStringList>>
    runAllAnswered(const StrainScenario& scenario, const std::string& target,
                   std::optional<std::chrono::seconds> duration, std::int64_t atLeast) {
        auto r = runAgainst(scenario, target, duration);
        if (!r) {
            QTest::qFail(r.error().message.c_str(), __FILE__, __LINE__);
            return std::nullopt;
        }
        QStringList log = takeLog(logPath(), static_cast<qsizetype>(r->completed));
        const QString problem =
            r->completed < atLeast || r->errors.total() != 0
                ? summary(*r)
                : (log.size() != r->completed
                       ? QStringLiteral("nginx logged %1 requests, the generator answered %2")
                             .arg(log.size())
                             .arg(r->completed)
                       : QString());
        if (!problem.isEmpty()) {
            QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
            return std::nullopt;
        }
        return std::pair{std::move(*r), std::move(log)};
    }

private slots:
    void initTestCase() {
        if (!NginxServer::available())
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        m_nginx = std::make_unique<NginxServer>();
        m_nginx->writeFile(QStringLiteral("fast.txt"), kFastBody);
        // Long enough for gzip to be worth it, so nginx answers in chunked framing.
        m_nginx->writeFile(QStringLiteral("text.txt"), QByteArray(20000, 'a'));
        m_idleClosePort = freeLocalPort();
        m_fewRequestsPort = freeLocalPort();
        NginxConfig config;
        config.locations = QStringLiteral(R"(
        keepalive_requests 1000000;
        access_log %1 exchange;
        location = /post { return 200 "received\n"; }
        location = /text.txt { gzip on; gzip_min_length 1; gzip_types text/plain; }
)")
                               .arg(logPath());
        config.httpExtra = QStringLiteral(R"(
    log_format exchange '$connection $connection_requests $status $request_method $content_length $request_length $bytes_sent';
    server {
        listen 127.0.0.1:%1;
        keepalive_timeout 1s;
        access_log %3 exchange;
        root %4;
    }
    server {
        listen 127.0.0.1:%2;
        keepalive_requests 3;
        access_log %3 exchange;
        root %4;
    }
)")
                               .arg(m_idleClosePort)
                               .arg(m_fewRequestsPort)
                               .arg(logPath(), m_nginx->root());
        const QString error = m_nginx->start(config);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(waitForTcpPort(m_idleClosePort, 5s));
        QVERIFY(waitForTcpPort(m_fewRequestsPort, 5s));
    }

    void init() { takeLog(logPath()); }

    void idleConnectionsClosedByTheServerAreReplaced() {
        // nginx closes each connection 1 s after its answer, before the user's next request: the
        // generator sees the close (or, in a race, fails the send and resends once) and the
        // request goes out on a new connection instead of failing.
        const auto run =
            runAllAnswered(scenario("/fast.txt", 2, 1300ms), targetAt(m_idleClosePort), 4s, 4);
        QVERIFY(run);
        const auto& [r, log] = *run;
        // Each request on a connection of its own: nginx saw as many connections as requests.
        QCOMPARE(newConnections(log), static_cast<int>(log.size()));
    }

    void connectionsClosedAfterSomeRequestsAreReplaced() {
        // keepalive_requests 3: every third answer says "Connection: close".
        const auto run = runAllAnswered(scenario("/fast.txt", 4, 0ms), targetAt(m_fewRequestsPort),
                                        std::nullopt, 30);
        QVERIFY(run);
        const auto& [r, log] = *run;
        for (const QString& line : log)
            QVERIFY2(line.section(QLatin1Char(' '), 1, 1).toInt() <= 3, qPrintable(line));
        QVERIFY(newConnections(log) >= static_cast<int>(r.completed) / 3);
    }

    void postSendsItsBody() {
        StrainScenario s = scenario("/post", 2, 0ms);
        s.method = "POST";
        s.body = R"({"plan":"growth","seats":12})";
        s.headers = {{"Content-Type", "application/json"}};
        const auto run = runAllAnswered(s, m_nginx->url(QString()), 1s, 10);
        QVERIFY(run);
        const auto& [r, log] = *run;
        for (const QString& line : log) {
            const QStringList f = line.split(QLatin1Char(' '));
            QCOMPARE(f.value(2), QStringLiteral("200"));
            QCOMPARE(f.value(3), QStringLiteral("POST"));
            QCOMPARE(f.value(4).toLongLong(), static_cast<long long>(s.body.size()));
        }
        // Request lines and headers as nginx counted them, plus the bodies: `return` reads and
        // discards a body without counting it in $request_length. Had a body been cut short or
        // run over, nginx would have read the next request wrong on these kept-alive connections.
        QCOMPARE(r.bytesSent, static_cast<std::int64_t>(sumField(log, 5)) +
                                  r.completed * static_cast<std::int64_t>(s.body.size()));
        QCOMPARE(newConnections(log), 2);
    }

    void headAnswersHaveNoBody() {
        // nginx says Content-Length: 12 to a HEAD and sends no body; a client that waited for
        // those 12 bytes would time out on every request.
        StrainScenario s = scenario("/fast.txt", 2, 0ms);
        s.method = "HEAD";
        s.requestTimeout = 2s;
        const auto run = runAllAnswered(s, m_nginx->url(QString()), 1s, 10);
        QVERIFY(run);
        QCOMPARE(newConnections(run->second), 2); // kept alive throughout
    }

    void chunkedAnswersKeepTheConnection() {
        StrainScenario s = scenario("/text.txt", 2, 0ms);
        s.headers = {{"Accept-Encoding", "gzip"}};
        const auto run = runAllAnswered(s, m_nginx->url(QString()), 1s, 10);
        QVERIFY(run);
        const auto& [r, log] = *run;
        QCOMPARE(newConnections(log), 2);
        // Compressed (so chunked) and received whole: what nginx sent is what was counted.
        const long long sentByLog = sumField(log, 6);
        QVERIFY(sentByLog < static_cast<long long>(r.completed) * 20000);
        QCOMPARE(r.bytesReceived, static_cast<std::int64_t>(sentByLog));
    }

    void timeoutDoesNotPoisonTheConnection() {
        if (const QString why = StallServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        StallServer stall;
        const QString error = stall.start({.every = 10, .stall = 3000ms});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        StrainScenario s = scenario("/", 1, 0ms);
        s.requestTimeout = 1s;
        const auto r = runAgainst(s, stall.url(QString()), 3s);
        QVERIFY2(r.has_value(), r ? "" : r.error().message.c_str());
        // One user: the 10th request stalls and times out, the next goes out on a new connection
        // and is answered, not mistaken for the stalled one's late answer.
        QVERIFY2(r->errors.timeout >= 1, qPrintable(summary(*r)));
        QVERIFY2(r->completed >= 9, qPrintable(summary(*r)));
        QCOMPARE(r->errors.connection + r->errors.other + r->errors.status, 0);
        QVERIFY(r->measurement.max < 1000ms); // no answer counted after its timeout
    }
};

QTEST_GUILESS_MAIN(TestLoadExchange)
#include "tst_load_exchange.moc"
