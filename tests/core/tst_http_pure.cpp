// The pure half of the HTTP client: URL redaction, UTF-8 validation, request validation, the
// mapping of a request to libcurl limits and of libcurl codes to failure kinds. No server needed.

#include "integration/support/HttpPrinters.h"
#include "net/HttpClient.h"
#include "net/HttpOptions.h"
#include "net/UrlRedaction.h"
#include "net/Utf8.h"
#include "support/CorePrinters.h"

#include <functional>
#include <set>

#include <QTest>

#include <curl/curl.h>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

struct ValidationCase {
    const char* name;
    std::function<void(HttpRequest&)> change;
    std::optional<HttpFailure> failure; // nullopt = valid
    const char* fragment;               // the message must name this
};

const std::vector<ValidationCase>& validationCases() {
    static const std::vector<ValidationCase> cases = {
        {"defaults are valid", [](HttpRequest&) {}, std::nullopt, ""},
        {"https is valid", [](HttpRequest& r) { r.url = "HTTPS://example.com:8443/x?y=1"; },
         std::nullopt, ""},
        {"empty url", [](HttpRequest& r) { r.url.clear(); }, HttpFailure::InvalidRequest, "empty"},
        {"ftp", [](HttpRequest& r) { r.url = "ftp://example.com/f"; },
         HttpFailure::UnsupportedProtocol, "ftp"},
        {"file", [](HttpRequest& r) { r.url = "file:///etc/passwd"; },
         HttpFailure::UnsupportedProtocol, "file"},
        {"no scheme", [](HttpRequest& r) { r.url = "127.0.0.1:9100/metrics"; },
         HttpFailure::InvalidRequest, "scheme"},
        {"no host", [](HttpRequest& r) { r.url = "http:///metrics"; }, HttpFailure::InvalidRequest,
         "no host"},
        {"space in url", [](HttpRequest& r) { r.url = "http://h/a b"; },
         HttpFailure::InvalidRequest, "spaces"},
        {"connect timeout 0", [](HttpRequest& r) { r.connectTimeout = 0ms; },
         HttpFailure::InvalidRequest, "connectTimeout"},
        {"total timeout negative", [](HttpRequest& r) { r.totalTimeout = -5ms; },
         HttpFailure::InvalidRequest, "totalTimeout"},
        {"low speed window 0", [](HttpRequest& r) { r.lowSpeedWindow = 0ms; },
         HttpFailure::InvalidRequest, "lowSpeedWindow"},
        {"low speed off allows window 0",
         [](HttpRequest& r) {
             r.lowSpeedWindow = 0ms;
             r.lowSpeedBytesPerSecond = 0;
         },
         std::nullopt, ""},
        {"size cap 0", [](HttpRequest& r) { r.maxResponseBytes = 0; }, HttpFailure::InvalidRequest,
         "maxResponseBytes"},
        {"redirects negative", [](HttpRequest& r) { r.maxRedirects = -1; },
         HttpFailure::InvalidRequest, "maxRedirects"},
        {"redirects 0 allowed", [](HttpRequest& r) { r.maxRedirects = 0; }, std::nullopt, ""},
        {"method with space", [](HttpRequest& r) { r.method = "GE T"; },
         HttpFailure::InvalidRequest, "method"},
        {"header injection",
         [](HttpRequest& r) {
             r.headers = {{"X-Scope", "a\r\nInjected: 1"}};
         },
         HttpFailure::InvalidRequest, "X-Scope"},
        {"header name with space",
         [](HttpRequest& r) {
             r.headers = {{"Bad Name", "v"}};
         },
         HttpFailure::InvalidRequest, "Bad Name"},
        {"empty bearer", [](HttpRequest& r) { r.bearerToken = ""; }, HttpFailure::InvalidRequest,
         "bearer"},
        {"bearer with newline", [](HttpRequest& r) { r.bearerToken = "abc\ndef"; },
         HttpFailure::InvalidRequest, "bearer"},
        {"basic user with colon",
         [](HttpRequest& r) {
             r.basicAuth = BasicAuth{"a:b", "pw"};
         },
         HttpFailure::InvalidRequest, "user name"},
    };
    return cases;
}

} // namespace

class TestHttpPure : public QObject {
    Q_OBJECT

private slots:
    void redactUrl_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "http://127.0.0.1:9100/metrics"
                               << "http://127.0.0.1:9100/metrics";
        QTest::newRow("user and password")
            << "https://admin:pa55word@prom.example.com/api/v1/query?query=up"
            << "https://***@prom.example.com/api/v1/query?query=up";
        QTest::newRow("token as user name") << "https://ghp_abc123@host"
                                            << "https://***@host";
        QTest::newRow("@ inside password") << "http://u:p@ss@host:80/x"
                                           << "http://***@host:80/x";
        QTest::newRow("@ in path is not userinfo") << "http://host/a@b"
                                                   << "http://host/a@b";
        QTest::newRow("token parameter") << "http://h/api?query=up&token=abc&step=15"
                                         << "http://h/api?query=up&token=***&step=15";
        QTest::newRow("key and signature, any case")
            << "http://h/?API_KEY=1&X-Amz-Signature=zz&limit=5"
            << "http://h/?API_KEY=***&X-Amz-Signature=***&limit=5";
        QTest::newRow("password parameter") << "http://h/login?user=bob&password=hunter2"
                                            << "http://h/login?user=bob&password=***";
        QTest::newRow("semicolon separated") << "http://h/?a=1;secret=2"
                                             << "http://h/?a=1;secret=***";
        QTest::newRow("fragment token") << "http://h/cb#access_token=abc&state=1"
                                        << "http://h/cb#access_token=***&state=1";
        QTest::newRow("empty secret value kept empty") << "http://h/?token="
                                                       << "http://h/?token=";
        QTest::newRow("no scheme") << "host/x?password=x"
                                   << "host/x?password=***";
        QTest::newRow("empty") << ""
                               << "";
    }

    void redactUrl() {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(headroom::redactUrl(url.toStdString()), expected.toStdString());
    }

    void scrubSecretsReplacesEveryOccurrence() {
        const std::array<std::string_view, 3> secrets = {"s3cret", "", "hunter2"};
        QCOMPARE(scrubSecrets("token s3cret rejected; s3cret! hunter2", secrets),
                 std::string("token *** rejected; ***! ***"));
        QCOMPARE(scrubSecrets("nothing here", secrets), std::string("nothing here"));
    }

    void utf8_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstBad"); // -1 = valid
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("ascii") << QByteArray("# HELP up 1\nup 1\n") << -1;
        QTest::newRow("2-byte e-acute") << QByteArray("caf\xC3\xA9") << -1;
        QTest::newRow("3-byte euro") << QByteArray("\xE2\x82\xAC 5") << -1;
        QTest::newRow("4-byte emoji") << QByteArray("ok \xF0\x9F\x98\x80") << -1;
        QTest::newRow("max code point U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << -1;
        QTest::newRow("FF FE") << QByteArray("\xFF\xFE") << 0;
        QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
        QTest::newRow("truncated 2-byte at end") << QByteArray("abc\xC3") << 3;
        QTest::newRow("truncated 3-byte") << QByteArray("\xE2\x82") << 0;
        QTest::newRow("bad second byte") << QByteArray("\xE2\x28\xA1") << 0;
        QTest::newRow("overlong slash C0 AF") << QByteArray("\xC0\xAF") << 0;
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << 0;
        QTest::newRow("surrogate D800") << QByteArray("x\xED\xA0\x80") << 1;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << 0;
        // 21 ASCII bytes exercise the 8-byte fast path before the bad byte.
        QTest::newRow("bad after long ascii") << QByteArray("abcdefghijklmnopqrstu\xFEz") << 21;
        QTest::newRow("valid after long ascii")
            << QByteArray("abcdefghijklmnopqrstu\xC3\xA9zzzzzzzzz") << -1;
    }

    void utf8() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstBad);
        const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        const auto bad = firstInvalidUtf8(text);
        QCOMPARE(bad.has_value(), firstBad >= 0);
        if (bad)
            QCOMPARE(static_cast<int>(*bad), firstBad);
        QCOMPARE(isValidUtf8(text), firstBad < 0);
    }

    void validateRequest_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < validationCases().size(); ++i)
            QTest::newRow(validationCases()[i].name) << static_cast<int>(i);
    }

    void validateRequest() {
        QFETCH(int, index);
        const ValidationCase& c = validationCases()[static_cast<std::size_t>(index)];
        HttpRequest request;
        request.url = "http://127.0.0.1:9100/metrics";
        c.change(request);
        const auto result = headroom::validateRequest(request);
        QCOMPARE(result.has_value(), !c.failure.has_value());
        if (!c.failure)
            return;
        QCOMPARE(result.error().failure, *c.failure);
        QCOMPARE(result.error().code, errorCodeOf(*c.failure));
        QVERIFY2(result.error().message.find(c.fragment) != std::string::npos,
                 result.error().message.c_str());
    }

    void validationMessageHidesSecrets() {
        HttpRequest request;
        request.url = "http://bob:hunter2@127.0.0.1/x?token=abc123";
        request.totalTimeout = 0ms;
        request.bearerToken = "bearer-secret";
        const auto result = headroom::validateRequest(request);
        QVERIFY(!result);
        const std::string& message = result.error().message;
        QVERIFY2(message.find("hunter2") == std::string::npos, message.c_str());
        QVERIFY2(message.find("abc123") == std::string::npos, message.c_str());
        QVERIFY2(message.find("bearer-secret") == std::string::npos, message.c_str());
        QVERIFY2(message.find("127.0.0.1/x") != std::string::npos, message.c_str());
    }

    void transferLimits_data() {
        QTest::addColumn<int>("windowMs");
        QTest::addColumn<int>("bytesPerSecond");
        QTest::addColumn<int>("expectedLimit");
        QTest::addColumn<int>("expectedSeconds");
        QTest::newRow("whole seconds") << 5000 << 10 << 10 << 5;
        QTest::newRow("rounds up") << 1500 << 10 << 10 << 2;
        QTest::newRow("below a second is one") << 1 << 1 << 1 << 1;
        QTest::newRow("off") << 5000 << 0 << 0 << 0;
    }

    void transferLimits() {
        QFETCH(int, windowMs);
        QFETCH(int, bytesPerSecond);
        QFETCH(int, expectedLimit);
        QFETCH(int, expectedSeconds);
        HttpRequest request;
        request.url = "http://h/";
        request.connectTimeout = 1234ms;
        request.totalTimeout = 5678ms;
        request.lowSpeedWindow = std::chrono::milliseconds(windowMs);
        request.lowSpeedBytesPerSecond = static_cast<std::size_t>(bytesPerSecond);
        request.maxRedirects = 3;
        request.maxResponseBytes = 1000;
        const TransferLimits limits = headroom::transferLimits(request);
        QCOMPARE(limits.connectTimeoutMs, 1234L);
        QCOMPARE(limits.totalTimeoutMs, 5678L);
        QCOMPARE(limits.lowSpeedBytesPerSecond, static_cast<long>(expectedLimit));
        QCOMPARE(limits.lowSpeedSeconds, static_cast<long>(expectedSeconds));
        QCOMPARE(limits.maxRedirects, 3L);
        QCOMPARE(limits.maxResponseBytes, std::int64_t{1000});
    }

    void defaultsAreSafe() {
        const HttpRequest request;
        QCOMPARE(request.verify, TlsVerification::On);
        QCOMPARE(request.errorPolicy, HttpErrorPolicy::FailOnErrorStatus);
        QCOMPARE(request.maxResponseBytes, std::size_t{64} * 1024 * 1024);
        QCOMPARE(request.maxRedirects, 5);
        QVERIFY(request.connectTimeout > 0ms);
        QVERIFY(request.totalTimeout > 0ms);
    }

    void failureOfCurlCode_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("connecting");
        QTest::addColumn<HttpFailure>("expected");
        QTest::newRow("refused") << int(CURLE_COULDNT_CONNECT) << "Failed to connect" << true
                                 << HttpFailure::ConnectionRefused;
        QTest::newRow("dns") << int(CURLE_COULDNT_RESOLVE_HOST) << "Could not resolve host: x"
                             << true << HttpFailure::DnsFailure;
        QTest::newRow("too slow")
            << int(CURLE_OPERATION_TIMEDOUT)
            << "Operation too slow. Less than 100 bytes/sec transferred the last 1 seconds" << false
            << HttpFailure::TooSlow;
        QTest::newRow("total timeout")
            << int(CURLE_OPERATION_TIMEDOUT)
            << "Operation timed out after 1001 milliseconds with 200 out of 9000 bytes received"
            << false << HttpFailure::TotalTimeout;
        QTest::newRow("connect timeout")
            << int(CURLE_OPERATION_TIMEDOUT) << "Connection timed out after 3001 milliseconds"
            << true << HttpFailure::ConnectTimeout;
        QTest::newRow("certificate") << int(CURLE_PEER_FAILED_VERIFICATION)
                                     << "SSL certificate problem: self-signed certificate" << false
                                     << HttpFailure::TlsFailure;
        QTest::newRow("handshake")
            << int(CURLE_SSL_CONNECT_ERROR) << "" << true << HttpFailure::TlsFailure;
        QTest::newRow("redirects")
            << int(CURLE_TOO_MANY_REDIRECTS) << "" << false << HttpFailure::TooManyRedirects;
        QTest::newRow("content-length over cap")
            << int(CURLE_FILESIZE_EXCEEDED) << "" << false << HttpFailure::TooLarge;
        QTest::newRow("protocol") << int(CURLE_UNSUPPORTED_PROTOCOL) << "" << true
                                  << HttpFailure::UnsupportedProtocol;
        QTest::newRow("callback abort")
            << int(CURLE_ABORTED_BY_CALLBACK) << "" << false << HttpFailure::Cancelled;
        QTest::newRow("reset") << int(CURLE_RECV_ERROR) << "Connection reset by peer" << false
                               << HttpFailure::TransferFailed;
    }

    void failureOfCurlCode() {
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(bool, connecting);
        QFETCH(HttpFailure, expected);
        QCOMPARE(headroom::failureOfCurlCode(code, detail.toStdString(),
                                             connecting ? ConnectPhase::Connecting
                                                        : ConnectPhase::Connected),
                 expected);
    }

    void errorCodes() {
        QCOMPARE(errorCodeOf(HttpFailure::TooSlow), ErrorCode::Timeout);
        QCOMPARE(errorCodeOf(HttpFailure::TotalTimeout), ErrorCode::Timeout);
        QCOMPARE(errorCodeOf(HttpFailure::ConnectTimeout), ErrorCode::Timeout);
        QCOMPARE(errorCodeOf(HttpFailure::ConnectionRefused), ErrorCode::NetworkError);
        QCOMPARE(errorCodeOf(HttpFailure::HttpStatus), ErrorCode::NetworkError);
        QCOMPARE(errorCodeOf(HttpFailure::InvalidText), ErrorCode::ParseError);
        QCOMPARE(errorCodeOf(HttpFailure::Cancelled), ErrorCode::Cancelled);
        QCOMPARE(errorCodeOf(HttpFailure::InvalidRequest), ErrorCode::InvalidArgument);
    }

    void failureKeysAreDistinct() {
        std::set<std::string_view> keys;
        for (int i = 0; i <= static_cast<int>(HttpFailure::TransferFailed); ++i) {
            const std::string_view key = keyOf(static_cast<HttpFailure>(i));
            QVERIFY(key != "unknown");
            QVERIFY2(keys.insert(key).second, std::string(key).c_str());
        }
    }

    void userAgentNamesTheProduct() {
        const std::string_view agent = httpUserAgent();
        QVERIFY(agent.starts_with("Headroom/"));
        QVERIFY(agent.size() > 9 && agent[9] >= '0' && agent[9] <= '9');
    }

    void clientRejectsInvalidRequestWithoutIo() {
        HttpClient client;
        HttpRequest request;
        request.url = "gopher://127.0.0.1:1/";
        const auto result = client.perform(request);
        QVERIFY(!result);
        QCOMPARE(result.error().failure, HttpFailure::UnsupportedProtocol);
        // A moved-to client still works, a moved-from one recreates its handle.
        HttpClient moved = std::move(client);
        request.url = "http://127.0.0.1:1/";
        std::atomic<bool> cancel{true};
        request.cancelFlag = &cancel;
        const auto cancelled = moved.perform(request);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().failure, HttpFailure::Cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        const auto again = client.perform(request); // NOLINT(bugprone-use-after-move): documented
        QVERIFY(!again);
        QCOMPARE(again.error().failure, HttpFailure::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestHttpPure)
#include "tst_http_pure.moc"
