// buildHttp1Request and parseTarget (core/net): the exact bytes of the fast path's request
// (request line, Host with port and IPv6 brackets, defaults replaced or removed by the caller's
// headers, Content-Length rules, never Expect), URLs split by libcurl's URL API, and the refusals
// that keep a scenario from smuggling a second request (CR, LF or NUL in names, values, method
// or path; caller framing headers) or leaking credentials into an error message.

#include "net/Http1Request.h"

#include <string>
#include <vector>

#include <QTest>

using namespace headroom;
using namespace headroom::load;

namespace {

ParsedTarget target(std::string host, int port = 80, std::string path = "/",
                    std::string scheme = "http") {
    return {std::move(scheme), std::move(host), port, std::move(path)};
}

std::string build(std::string_view method, const ParsedTarget& to,
                  const std::vector<HttpHeader>& headers = {}, std::string_view body = {},
                  std::string_view userAgent = "headroom/1.0") {
    const auto built = buildHttp1Request(method, to, headers, body, userAgent);
    if (!built) {
        qWarning("refused: %s", built.error().message.c_str());
        return "<refused>";
    }
    return *built;
}

} // namespace

Q_DECLARE_METATYPE(ParsedTarget)

class TestHttp1Request : public QObject {
    Q_OBJECT

private slots:
    void parsesTargets_data();
    void parsesTargets();
    void refusesUrls_data();
    void refusesUrls();
    void plainGet();
    void hostCarriesPortAndBrackets();
    void contentLength();
    void callerHeadersReplaceDefaults();
    void refusesSmuggling_data();
    void refusesSmuggling();
};

void TestHttp1Request::parsesTargets_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<ParsedTarget>("expected");
    QTest::newRow("no path") << "http://example.com" << target("example.com", 80, "/");
    QTest::newRow("port, path, query, fragment dropped")
        << "https://example.com:8443/a/b?x=1&y=2#frag"
        << target("example.com", 8443, "/a/b?x=1&y=2", "https");
    QTest::newRow("https default port") << "https://api.example.com/v1/items"
                                        << target("api.example.com", 443, "/v1/items", "https");
    QTest::newRow("explicit default port")
        << "http://127.0.0.1:80/health" << target("127.0.0.1", 80, "/health");
    QTest::newRow("IPv6 literal") << "http://[::1]:8080/p?q" << target("::1", 8080, "/p?q");
    QTest::newRow("upper-case scheme") << "HTTP://example.com/X" << target("example.com", 80, "/X");
    QTest::newRow("encoded path kept")
        << "http://h.test/a%20b/%0D" << target("h.test", 80, "/a%20b/%0D");
    QTest::newRow("IDN as punycode") << QString::fromUtf8("http://b\xc3\xbc"
                                                          "cher.example/")
                                     << target("xn--bcher-kva.example", 80, "/");
}

void TestHttp1Request::parsesTargets() {
    QFETCH(QString, url);
    QFETCH(ParsedTarget, expected);
    const auto parsed = parseTarget(url.toStdString());
    QVERIFY2(parsed.has_value(), parsed ? "" : parsed.error().message.c_str());
    QCOMPARE(parsed->scheme, expected.scheme);
    QCOMPARE(parsed->host, expected.host);
    QCOMPARE(parsed->port, expected.port);
    QCOMPARE(parsed->pathAndQuery, expected.pathAndQuery);
}

void TestHttp1Request::refusesUrls_data() {
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << "";
    QTest::newRow("no scheme") << "example.com/x";
    QTest::newRow("relative") << "/api/health";
    QTest::newRow("ftp") << "ftp://example.com/file";
    QTest::newRow("credentials") << "http://alice:s3cr3t-pw@example.com/";
    QTest::newRow("space") << "http://example.com/a b";
    QTest::newRow("CRLF") << "http://example.com/a\r\nX-Injected: 1";
    QTest::newRow("port out of range") << "http://example.com:99999/";
    QTest::newRow("no host") << "http://";
    QTest::newRow("only a port") << "http://:80/";
}

void TestHttp1Request::refusesUrls() {
    QFETCH(QString, url);
    const auto parsed = parseTarget(url.toStdString());
    QVERIFY(!parsed.has_value());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(parsed.error().message.find("s3cr3t") == std::string::npos,
             parsed.error().message.c_str());
}

void TestHttp1Request::plainGet() {
    QCOMPARE(build("GET", target("example.com", 80, "/a?b=c")),
             std::string("GET /a?b=c HTTP/1.1\r\n"
                         "Host: example.com\r\n"
                         "User-Agent: headroom/1.0\r\n"
                         "Accept: */*\r\n"
                         "\r\n"));
    // No user agent: none sent, as libcurl does.
    QCOMPARE(build("HEAD", target("example.com"), {}, {}, ""),
             std::string("HEAD / HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n"));
}

void TestHttp1Request::hostCarriesPortAndBrackets() {
    const auto hostLine = [](const ParsedTarget& to) {
        const std::string request = build("GET", to);
        const auto start = request.find("Host: ");
        return request.substr(start, request.find("\r\n", start) - start);
    };
    QCOMPARE(hostLine(target("example.com", 8080)), std::string("Host: example.com:8080"));
    QCOMPARE(hostLine(target("example.com", 443, "/", "https")), std::string("Host: example.com"));
    QCOMPARE(hostLine(target("example.com", 80, "/", "https")),
             std::string("Host: example.com:80"));
    QCOMPARE(hostLine(target("::1", 80)), std::string("Host: [::1]"));
    QCOMPARE(hostLine(target("fe80::1", 8443, "/", "https")), std::string("Host: [fe80::1]:8443"));
    // Through parseTarget, the way the generator will use it.
    const auto parsed = parseTarget("http://[2001:db8::7]:9000/x");
    QVERIFY(parsed.has_value());
    QCOMPARE(hostLine(*parsed), std::string("Host: [2001:db8::7]:9000"));
}

void TestHttp1Request::contentLength() {
    const ParsedTarget to = target("h.test", 80, "/submit");
    QCOMPARE(build("POST", to, {{"Content-Type", "application/json"}}, R"({"a":1})"),
             std::string("POST /submit HTTP/1.1\r\n"
                         "Host: h.test\r\n"
                         "User-Agent: headroom/1.0\r\n"
                         "Accept: */*\r\n"
                         "Content-Type: application/json\r\n"
                         "Content-Length: 7\r\n"
                         "\r\n"
                         R"({"a":1})"));
    for (const char* method : {"POST", "PUT", "PATCH"}) {
        const std::string request = build(method, to);
        QVERIFY2(request.ends_with("Accept: */*\r\nContent-Length: 0\r\n\r\n"), method);
    }
    for (const char* method : {"GET", "DELETE", "OPTIONS", "post"}) {
        QVERIFY2(build(method, to).find("Content-Length") == std::string::npos, method);
    }
    QVERIFY(build("DELETE", to, {}, "x").ends_with("Content-Length: 1\r\n\r\nx"));
    // A large body still goes without Expect: 100-continue (no round trip to wait for).
    const std::string big(1 << 20, 'z');
    const std::string request = build("PUT", to, {}, big);
    QVERIFY(request.find("Expect") == std::string::npos);
    QVERIFY(request.ends_with("Content-Length: 1048576\r\n\r\n" + big));
}

void TestHttp1Request::callerHeadersReplaceDefaults() {
    const ParsedTarget to = target("h.test", 8080);
    QCOMPARE(build("GET", to,
                   {{"X-Trace", "1"},
                    {"accept", "application/json"},
                    {"HOST", "virtual.test"},
                    {"Authorization", "Bearer t"}}),
             std::string("GET / HTTP/1.1\r\n"
                         "HOST: virtual.test\r\n"
                         "User-Agent: headroom/1.0\r\n"
                         "accept: application/json\r\n"
                         "X-Trace: 1\r\n"
                         "Authorization: Bearer t\r\n"
                         "\r\n"));
    // An empty value removes a default and is itself not sent (libcurl's convention).
    QCOMPARE(build("GET", to, {{"User-Agent", ""}, {"X-Empty", "  "}, {"Accept", ""}}),
             std::string("GET / HTTP/1.1\r\nHost: h.test:8080\r\n\r\n"));
    // The caller's user agent wins over the generator's.
    QVERIFY(build("GET", to, {{"user-agent", "bot/2"}}).find("user-agent: bot/2\r\n") !=
            std::string::npos);
    QVERIFY(build("GET", to, {{"user-agent", "bot/2"}}).find("headroom/1.0") == std::string::npos);
}

void TestHttp1Request::refusesSmuggling_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("userAgent");
    const QString ok = "X-Ok";
    QTest::newRow("LF in value") << "GET" << ok << "a\nGET /evil HTTP/1.1"
                                 << "/"
                                 << "ua";
    QTest::newRow("CR in value") << "GET" << ok << "a\rb"
                                 << "/"
                                 << "ua";
    QTest::newRow("CRLF in value") << "GET" << ok << "a\r\n\r\nGET /x HTTP/1.1"
                                   << "/"
                                   << "ua";
    QTest::newRow("NUL in value") << "GET" << ok << QString(QChar(0)) + "x"
                                  << "/"
                                  << "ua";
    QTest::newRow("CRLF in name") << "GET"
                                  << "X-A\r\nX-B"
                                  << "v"
                                  << "/"
                                  << "ua";
    QTest::newRow("colon in name") << "GET"
                                   << "X-A: b"
                                   << "v"
                                   << "/"
                                   << "ua";
    QTest::newRow("space in name") << "GET"
                                   << "X A"
                                   << "v"
                                   << "/"
                                   << "ua";
    QTest::newRow("empty name") << "GET"
                                << ""
                                << "v"
                                << "/"
                                << "ua";
    QTest::newRow("method with space") << "GET / HTTP/1.1\r\nX:" << ok << "v"
                                       << "/"
                                       << "ua";
    QTest::newRow("empty method") << "" << ok << "v"
                                  << "/"
                                  << "ua";
    QTest::newRow("CRLF in path") << "GET" << ok << "v"
                                  << "/a\r\nX: y"
                                  << "ua";
    QTest::newRow("space in path") << "GET" << ok << "v"
                                   << "/a b"
                                   << "ua";
    QTest::newRow("relative path") << "GET" << ok << "v"
                                   << "a"
                                   << "ua";
    QTest::newRow("CRLF in user agent") << "GET" << ok << "v"
                                        << "/"
                                        << "ua\r\nX: y";
    QTest::newRow("caller Content-Length") << "POST"
                                           << "content-length"
                                           << "5"
                                           << "/"
                                           << "ua";
    QTest::newRow("caller Transfer-Encoding") << "POST"
                                              << "Transfer-Encoding"
                                              << "chunked"
                                              << "/"
                                              << "ua";
}

void TestHttp1Request::refusesSmuggling() {
    QFETCH(QString, method);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, userAgent);
    const std::vector<HttpHeader> headers{{name.toStdString(), value.toStdString()}};
    const auto built =
        buildHttp1Request(method.toStdString(), target("h.test", 80, path.toStdString()), headers,
                          "body", userAgent.toStdString());
    QVERIFY2(!built.has_value(), built ? built->c_str() : "");
    QCOMPARE(built.error().code, ErrorCode::InvalidArgument);
    // The same request with harmless parts is accepted, so the refusal is about the bad part.
    const auto fine = buildHttp1Request("POST", target("h.test"), {{"X-Ok", "v"}}, "body", "ua");
    QVERIFY(fine.has_value());
}

QTEST_GUILESS_MAIN(TestHttp1Request)
#include "tst_http1_request.moc"
