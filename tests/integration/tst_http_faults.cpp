// HttpClient against Debian's real nginx on 127.0.0.1: a normal file with keep-alive, gzip, error
// statuses, a body over the cap, a slow drip, a total timeout, a redirect loop, invalid UTF-8,
// basic and bearer auth, TLS, connection refused, DNS failure and cancellation. Each failure must
// have its kind, and a message that names the URL and never a secret.

#include "integration/support/HttpPrinters.h"
#include "integration/support/NginxServer.h"
#include "net/HttpClient.h"
#include "support/CorePrinters.h"

#include <stop_token>
#include <thread>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

constexpr const char* kHello = "hello from nginx\n";
constexpr const char* kBearer = "s3cret-token";
constexpr const char* kPassword = "hunter2-pw";

// Whether a message names the URL; also logs the message, so the test log shows what a person
// would read for each fault.
bool names(const std::string& message, const std::string& url) {
    qInfo("%s", message.c_str());
    return message.find(url) != std::string::npos;
}

QByteArray repeated(const QByteArray& line, int bytes) {
    QByteArray out;
    out.reserve(bytes + line.size());
    while (out.size() < bytes)
        out += line;
    out.truncate(bytes);
    return out;
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

} // namespace

class TestHttpFaults : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<NginxServer> m_server;
    bool m_tls = false;
    QString m_certificate;

    HttpRequest request(const QString& path) const {
        HttpRequest r;
        r.url = m_server->url(path);
        r.connectTimeout = 2s;
        r.totalTimeout = 10s;
        return r;
    }

private slots:
    void initTestCase() {
        if (!NginxServer::available())
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        m_server = std::make_unique<NginxServer>();
        m_server->writeFile(QStringLiteral("hello.txt"), kHello);
        m_server->writeFile(
            QStringLiteral("gz/lines.txt"),
            repeated("node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 1234.5\n", 200000));
        m_server->writeFile(QStringLiteral("big.bin"), QByteArray(2 * 1024 * 1024, 'x'));
        m_server->writeFile(QStringLiteral("slow/drip.txt"), repeated("drip ", 100000));
        m_server->writeFile(QStringLiteral("bad.txt"), QByteArray("ok \xFF\xFE tail\n"));
        m_server->writeFile(QStringLiteral("basic/secret.txt"), "basic ok\n");
        m_server->writeFile(QStringLiteral("bearer/secret.txt"), "bearer ok\n");
        QFile htpasswd(m_server->dir() + QStringLiteral("/htpasswd"));
        QVERIFY(htpasswd.open(QIODevice::WriteOnly));
        htpasswd.write(
            htpasswdLine(QStringLiteral("bob"), QString::fromLatin1(kPassword)).toUtf8());
        htpasswd.close();

        // A self-signed certificate for 127.0.0.1, when openssl is there to make one.
        NginxConfig config;
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (!openssl.isEmpty()) {
            m_certificate = m_server->dir() + QStringLiteral("/cert.pem");
            const QString key = m_server->dir() + QStringLiteral("/key.pem");
            QProcess process;
            process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"),
                                    QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                    QStringLiteral("-out"), m_certificate, QStringLiteral("-days"),
                                    QStringLiteral("2"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                    QStringLiteral("subjectAltName=IP:127.0.0.1")});
            m_tls = process.waitForFinished(30000) && process.exitCode() == 0;
            if (m_tls) {
                config.tlsCertificate = m_certificate;
                config.tlsKey = key;
            }
        }
        config.locations = QStringLiteral(R"(
        location /gz/ { gzip on; gzip_types text/plain; gzip_min_length 0; }
        location = /error500 { return 500; }
        location = /error503 { return 503 '{"status":"error","error":"overloaded"}'; }
        location /slow/ { limit_rate 100; }
        location = /loop { return 302 /loop; }
        location = /moved { return 301 /hello.txt; }
        location = /to-ftp { return 302 ftp://127.0.0.1/x; }
        location /basic/ { auth_basic "headroom"; auth_basic_user_file %1/htpasswd; }
        location /bearer/ {
            if ($http_authorization != "Bearer %2") { return 401 "token rejected"; }
        }
        location = /agent { return 200 "$http_user_agent|$http_x_scope|$request_method"; }
)")
                               .arg(m_server->dir(), QString::fromLatin1(kBearer));
        const QString error = m_server->start(config);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_server.reset(); }

    void normalFileWithKeepAlive() {
        HttpClient client;
        for (int i = 0; i < 3; ++i) {
            const auto response = client.perform(request(QStringLiteral("/hello.txt")));
            QVERIFY2(response, response ? "" : response.error().message.c_str());
            QCOMPARE(response->status, 200L);
            QCOMPARE(response->body, std::string(kHello));
            QCOMPARE(response->bytes, std::strlen(kHello));
            QCOMPARE(response->contentType, std::string("text/plain"));
            QCOMPARE(response->effectiveUrl, m_server->url(QStringLiteral("/hello.txt")));
            QVERIFY(response->elapsed.count() > 0);
            // The first request opens the connection; the next two reuse it.
            QCOMPARE(response->reusedConnection, i > 0);
        }
    }

    void userAgentHeadersAndMethod() {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/agent"));
        r.headers = {{"X-Scope", "tenant-7"}};
        r.method = "DELETE";
        const auto response = client.perform(r);
        QVERIFY2(response, response ? "" : response.error().message.c_str());
        QCOMPARE(response->body, std::string(httpUserAgent()) + "|tenant-7|DELETE");
    }

    void gzipArrivesDecompressed() {
        HttpClient client;
        const auto response = client.perform(request(QStringLiteral("/gz/lines.txt")));
        QVERIFY2(response, response ? "" : response.error().message.c_str());
        QCOMPARE(response->body.size(), std::size_t{200000});
        QVERIFY(
            response->body.starts_with("node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 1234.5\n"));
        bool gzipped = false;
        for (const auto& [name, value] : response->headers)
            gzipped = gzipped || (QByteArray::fromStdString(name).toLower() == "content-encoding" &&
                                  value == "gzip");
        QVERIFY2(gzipped, "nginx did not compress: the test would not prove decompression");
    }

    void errorStatus_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<long>("status");
        QTest::addColumn<QString>("bodyFragment");
        QTest::newRow("500") << "/error500" << 500L << "500 Internal Server Error";
        QTest::newRow("404") << "/missing.txt" << 404L << "404 Not Found";
        QTest::newRow("503 json envelope") << "/error503" << 503L << "overloaded";
    }

    void errorStatus() {
        QFETCH(QString, path);
        QFETCH(long, status);
        QFETCH(QString, bodyFragment);
        HttpClient client;
        HttpRequest r = request(path);
        const auto failed = client.perform(r);
        QVERIFY(!failed);
        QCOMPARE(failed.error().failure, HttpFailure::HttpStatus);
        QCOMPARE(failed.error().code, ErrorCode::NetworkError);
        QCOMPARE(failed.error().status, status);
        const std::string& message = failed.error().message;
        QVERIFY2(names(message, r.url), message.c_str());
        QVERIFY2(message.find("HTTP " + std::to_string(status)) != std::string::npos,
                 message.c_str());
        QVERIFY2(message.find(bodyFragment.toStdString()) != std::string::npos, message.c_str());

        // The Prometheus API case: the caller opts out to read the error envelope itself.
        r.errorPolicy = HttpErrorPolicy::ReturnErrorStatus;
        const auto returned = client.perform(r);
        QVERIFY2(returned, returned ? "" : returned.error().message.c_str());
        QCOMPARE(returned->status, status);
        QVERIFY(returned->body.find(bodyFragment.toStdString()) != std::string::npos);
    }

    void bodyOverCapByContentLength() {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/big.bin"));
        r.maxResponseBytes = 1024 * 1024;
        const auto result = client.perform(r);
        QVERIFY(!result);
        QCOMPARE(result.error().failure, HttpFailure::TooLarge);
        const std::string& message = result.error().message;
        QVERIFY2(names(message, r.url), message.c_str());
        QVERIFY2(message.find("1048576 bytes") != std::string::npos, message.c_str());
        r.maxResponseBytes = 2 * 1024 * 1024; // exactly the size is allowed
        const auto fits = client.perform(r);
        QVERIFY2(fits, fits ? "" : fits.error().message.c_str());
        QCOMPARE(fits->body.size(), std::size_t{2 * 1024 * 1024});
    }

    void bodyOverCapWhileReceiving() {
        // Gzip means no Content-Length for the decompressed body: the cap must bite in the
        // write callback, on decompressed bytes (a small compressed body can expand a lot).
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/gz/lines.txt"));
        r.maxResponseBytes = 50000;
        const auto result = client.perform(r);
        QVERIFY(!result);
        QCOMPARE(result.error().failure, HttpFailure::TooLarge);
        QVERIFY2(result.error().message.find("50000 bytes") != std::string::npos,
                 result.error().message.c_str());
    }

    void slowDrip() {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/slow/drip.txt"));
        r.lowSpeedBytesPerSecond = 1000; // nginx sends 100 bytes/s
        r.lowSpeedWindow = 1s;
        const auto started = std::chrono::steady_clock::now();
        const auto result = client.perform(r);
        const auto took = std::chrono::steady_clock::now() - started;
        QVERIFY(!result);
        QCOMPARE(result.error().failure, HttpFailure::TooSlow);
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(names(result.error().message, r.url), result.error().message.c_str());
        QVERIFY2(result.error().message.find("too slow") != std::string::npos,
                 result.error().message.c_str());
        QVERIFY(took < 5s);
    }

    void totalTimeout() {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/slow/drip.txt"));
        r.lowSpeedBytesPerSecond = 0;
        r.totalTimeout = 1500ms;
        const auto started = std::chrono::steady_clock::now();
        const auto result = client.perform(r);
        const auto took = std::chrono::steady_clock::now() - started;
        QVERIFY(!result);
        QCOMPARE(result.error().failure, HttpFailure::TotalTimeout);
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(names(result.error().message, r.url), result.error().message.c_str());
        QVERIFY2(result.error().message.find("1500 ms") != std::string::npos,
                 result.error().message.c_str());
        QVERIFY(took >= 1400ms && took < 3s);
    }

    void redirects() {
        HttpClient client;
        HttpRequest loop = request(QStringLiteral("/loop"));
        loop.maxRedirects = 4;
        const auto looped = client.perform(loop);
        QVERIFY(!looped);
        QCOMPARE(looped.error().failure, HttpFailure::TooManyRedirects);
        QVERIFY2(names(looped.error().message, loop.url), looped.error().message.c_str());
        QVERIFY2(looped.error().message.find("redirects") != std::string::npos,
                 looped.error().message.c_str());

        const auto moved = client.perform(request(QStringLiteral("/moved")));
        QVERIFY2(moved, moved ? "" : moved.error().message.c_str());
        QCOMPARE(moved->body, std::string(kHello));
        QCOMPARE(moved->redirects, 1);
        QCOMPARE(moved->effectiveUrl, m_server->url(QStringLiteral("/hello.txt")));

        HttpRequest notFollowed = request(QStringLiteral("/moved"));
        notFollowed.maxRedirects = 0;
        const auto first = client.perform(notFollowed);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QCOMPARE(first->status, 301L);

        const auto ftp = client.perform(request(QStringLiteral("/to-ftp")));
        QVERIFY(!ftp);
        QCOMPARE(ftp.error().failure, HttpFailure::UnsupportedProtocol);
    }

    void invalidUtf8() {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/bad.txt"));
        const auto bytes = client.perform(r);
        QVERIFY2(bytes, bytes ? "" : bytes.error().message.c_str()); // bytes are fine by default
        r.requireText = BodyText::Utf8;
        const auto text = client.perform(r);
        QVERIFY(!text);
        QCOMPARE(text.error().failure, HttpFailure::InvalidText);
        QCOMPARE(text.error().code, ErrorCode::ParseError);
        const std::string& message = text.error().message;
        QVERIFY2(names(message, r.url), message.c_str());
        QVERIFY2(message.find("offset 3") != std::string::npos, message.c_str());
        QVERIFY2(message.find("0xFF") != std::string::npos, message.c_str());
    }

    void basicAuth() {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/basic/secret.txt"));
        const auto anonymous = client.perform(r);
        QVERIFY(!anonymous);
        QCOMPARE(anonymous.error().status, 401L);

        r.basicAuth = BasicAuth{"bob", "wrong-pw-123"};
        const auto wrong = client.perform(r);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().failure, HttpFailure::HttpStatus);
        QCOMPARE(wrong.error().status, 401L);
        QVERIFY2(wrong.error().message.find("wrong-pw-123") == std::string::npos,
                 wrong.error().message.c_str());

        r.basicAuth = BasicAuth{"bob", kPassword};
        const auto ok = client.perform(r);
        QVERIFY2(ok, ok ? "" : ok.error().message.c_str());
        QCOMPARE(ok->body, std::string("basic ok\n"));

        // Credentials in the URL work too, and never show in messages or the effective URL.
        HttpRequest inUrl;
        inUrl.url = QStringLiteral("http://bob:%1@127.0.0.1:%2/basic/secret.txt")
                        .arg(QString::fromLatin1(kPassword))
                        .arg(m_server->port())
                        .toStdString();
        const auto viaUrl = client.perform(inUrl);
        QVERIFY(viaUrl);
        QVERIFY(viaUrl->effectiveUrl.find(kPassword) == std::string::npos);
        inUrl.url = QStringLiteral("http://bob:wrong-pw-456@127.0.0.1:%1/basic/secret.txt")
                        .arg(m_server->port())
                        .toStdString();
        const auto wrongInUrl = client.perform(inUrl);
        QVERIFY(!wrongInUrl);
        const std::string& message = wrongInUrl.error().message;
        QVERIFY2(message.find("wrong-pw-456") == std::string::npos, message.c_str());
        QVERIFY2(message.find("/basic/secret.txt") != std::string::npos, message.c_str());
    }

    void bearerToken() {
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/bearer/secret.txt"));
        r.bearerToken = "n0t-the-token";
        const auto wrong = client.perform(r);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().failure, HttpFailure::HttpStatus);
        QCOMPARE(wrong.error().status, 401L);
        const std::string& message = wrong.error().message;
        QVERIFY2(names(message, r.url), message.c_str());
        QVERIFY2(message.find("token rejected") != std::string::npos, message.c_str());
        QVERIFY2(message.find("n0t-the-token") == std::string::npos, message.c_str());

        r.bearerToken = kBearer;
        const auto ok = client.perform(r);
        QVERIFY2(ok, ok ? "" : ok.error().message.c_str());
        QCOMPARE(ok->body, std::string("bearer ok\n"));

        // The next request on the same client must not carry the token any more.
        const auto after = client.perform(request(QStringLiteral("/bearer/secret.txt")));
        QVERIFY(!after);
        QCOMPARE(after.error().status, 401L);
    }

    void tls() {
        if (!m_tls)
            QSKIP("openssl could not make a certificate; TLS not tested");
        HttpClient client;
        HttpRequest r;
        r.url = m_server->tlsUrl(QStringLiteral("/hello.txt"));
        const auto untrusted = client.perform(r);
        QVERIFY(!untrusted);
        QCOMPARE(untrusted.error().failure, HttpFailure::TlsFailure);
        const std::string& message = untrusted.error().message;
        QVERIFY2(names(message, r.url), message.c_str());
        QVERIFY2(message.find("certificate") != std::string::npos, message.c_str());

        r.caFile = m_certificate.toStdString();
        const auto trusted = client.perform(r);
        QVERIFY2(trusted, trusted ? "" : trusted.error().message.c_str());
        QCOMPARE(trusted->body, std::string(kHello));

        HttpRequest insecure;
        insecure.url = r.url;
        insecure.verify = TlsVerification::Off;
        const auto unverified = client.perform(insecure);
        QVERIFY2(unverified, unverified ? "" : unverified.error().message.c_str());
        QCOMPARE(unverified->body, std::string(kHello));
    }

    void connectionRefused() {
        const int port = freeLocalPort();
        QVERIFY(port > 0);
        HttpClient client;
        HttpRequest r;
        r.url = QStringLiteral("http://127.0.0.1:%1/metrics?token=abc123").arg(port).toStdString();
        const auto result = client.perform(r);
        QVERIFY(!result);
        QCOMPARE(result.error().failure, HttpFailure::ConnectionRefused);
        QCOMPARE(result.error().code, ErrorCode::NetworkError);
        const std::string& message = result.error().message;
        QVERIFY2(
            message.find(
                QStringLiteral("http://127.0.0.1:%1/metrics?token=***").arg(port).toStdString()) !=
                std::string::npos,
            message.c_str());
        QVERIFY2(message.find("abc123") == std::string::npos, message.c_str());
        QVERIFY2(message.find("refused") != std::string::npos, message.c_str());
    }

    void dnsFailure() {
        // .invalid is reserved (RFC 2606): no resolver may answer it.
        HttpClient client;
        HttpRequest r;
        r.url = "http://headroom-test.invalid/metrics";
        const auto result = client.perform(r);
        QVERIFY(!result);
        QCOMPARE(result.error().failure, HttpFailure::DnsFailure);
        QVERIFY2(names(result.error().message, r.url), result.error().message.c_str());
    }

    void cancelAbortsSlowTransfer_data() {
        QTest::addColumn<bool>("useStopToken");
        QTest::newRow("atomic flag") << false;
        QTest::newRow("stop token") << true;
    }

    void cancelAbortsSlowTransfer() {
        QFETCH(bool, useStopToken);
        HttpClient client;
        HttpRequest r = request(QStringLiteral("/slow/drip.txt"));
        r.lowSpeedBytesPerSecond = 0;
        r.totalTimeout = 30s;
        std::atomic<bool> flag{false};
        std::stop_source source;
        if (useStopToken)
            r.stopToken = source.get_token();
        else
            r.cancelFlag = &flag;
        std::chrono::steady_clock::time_point cancelledAt;
        std::thread canceller([&] {
            std::this_thread::sleep_for(300ms);
            cancelledAt = std::chrono::steady_clock::now();
            if (useStopToken)
                source.request_stop();
            else
                flag = true;
        });
        const auto result = client.perform(r);
        const auto finishedAt = std::chrono::steady_clock::now();
        canceller.join();
        QVERIFY(!result);
        QCOMPARE(result.error().failure, HttpFailure::Cancelled);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        const auto delay =
            std::chrono::duration_cast<std::chrono::milliseconds>(finishedAt - cancelledAt);
        QVERIFY2(delay < 1100ms, std::to_string(delay.count()).c_str());

        // The client is usable after a cancelled transfer.
        const auto next = client.perform(request(QStringLiteral("/hello.txt")));
        QVERIFY2(next, next ? "" : next.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestHttpFaults)
#include "tst_http_faults.moc"
