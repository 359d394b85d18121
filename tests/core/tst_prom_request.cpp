#include "sources/prometheus/PromRequest.h"
#include "support/CorePrinters.h"

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kStart{std::chrono::seconds{1'700'000'000}};

} // namespace

class TestPromRequest : public QObject {
    Q_OBJECT
private slots:
    void encoding_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << "up"
                               << "up";
        QTest::newRow("unreserved kept") << "a-b.c_d~e"
                                         << "a-b.c_d~e";
        QTest::newRow("selector") << "up{job=\"node\"}"
                                  << "up%7Bjob%3D%22node%22%7D";
        QTest::newRow("space and plus") << "a + b"
                                        << "a%20%2B%20b";
        QTest::newRow("range and slash") << "rate(x[5m]) / 2"
                                         << "rate%28x%5B5m%5D%29%20%2F%202";
        QTest::newRow("regex and ampersand") << "x{a=~\"b|c\"} & y"
                                             << "x%7Ba%3D~%22b%7Cc%22%7D%20%26%20y";
        QTest::newRow("newline hash percent") << "a\n#%"
                                              << "a%0A%23%25";
        QTest::newRow("utf-8") << QString::fromUtf8("é") << "%C3%A9";
    }
    void encoding() {
        QFETCH(QString, text);
        QFETCH(QString, encoded);
        QCOMPARE(urlEncode(text.toStdString()), encoded.toStdString());
    }

    void baseUrls_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("bare") << "http://127.0.0.1:9090"
                              << "http://127.0.0.1:9090";
        QTest::newRow("trailing slash") << "http://127.0.0.1:9090/"
                                        << "http://127.0.0.1:9090";
        QTest::newRow("many slashes") << "https://prom.example///"
                                      << "https://prom.example";
        QTest::newRow("mimir prefix") << "https://mimir.example/prometheus/"
                                      << "https://mimir.example/prometheus";
        QTest::newRow("thanos prefix") << "http://thanos:10902/a/b"
                                       << "http://thanos:10902/a/b";
        QTest::newRow("pasted api path") << "http://h:9090/api/v1/"
                                         << "http://h:9090";
        QTest::newRow("prefix and api path") << "http://h/prometheus/api/v1"
                                             << "http://h/prometheus";
        QTest::newRow("spaces around") << "  http://h:9090  "
                                       << "http://h:9090";
    }
    void baseUrls() {
        QFETCH(QString, base);
        QFETCH(QString, normalized);
        auto url = normalizePromBaseUrl(base.toStdString());
        QVERIFY2(url.has_value(), url ? "" : url.error().message.c_str());
        QCOMPARE(*url, normalized.toStdString());
    }

    void badBaseUrls_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no scheme") << "127.0.0.1:9090"
                                   << "http://";
        QTest::newRow("ftp") << "ftp://h"
                             << "http://";
        QTest::newRow("no host") << "http:///x"
                                 << "no host";
        QTest::newRow("port only") << "http://:9090"
                                   << "no host";
        QTest::newRow("query") << "http://h/?x=1"
                               << "query string";
        QTest::newRow("fragment") << "http://h/#a"
                                  << "fragment";
    }
    void badBaseUrls() {
        QFETCH(QString, base);
        QFETCH(QString, mentions);
        auto url = normalizePromBaseUrl(base.toStdString());
        QVERIFY(!url.has_value());
        QCOMPARE(url.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(url.error().message).contains(mentions),
                 url.error().message.c_str());
        QVERIFY(url.error().message.find(base.toStdString()) != std::string::npos);
    }

    void instantQuery() {
        auto url = promInstantQueryUrl("http://127.0.0.1:9090/", "sum(rate(x[1m]))");
        QVERIFY(url.has_value());
        QCOMPARE(
            *url,
            std::string("http://127.0.0.1:9090/api/v1/query?query=sum%28rate%28x%5B1m%5D%29%29"));
        auto timed = promInstantQueryUrl("https://m.example/prometheus", "up", kStart);
        QVERIFY(timed.has_value());
        QCOMPARE(*timed,
                 std::string("https://m.example/prometheus/api/v1/query?query=up&time=1700000000"));
        QVERIFY(!promInstantQueryUrl("http://h", "").has_value());
        QVERIFY(!promInstantQueryUrl("h", "up").has_value());
    }

    void rangeQuery() {
        PromRangeQuery q{"up", kStart, kStart + 3600s, 15s};
        auto url = promRangeQueryUrl("http://h:9090", q);
        QVERIFY2(url.has_value(), url ? "" : url.error().message.c_str());
        QCOMPARE(*url, std::string("http://h:9090/api/v1/query_range?query=up&start=1700000000"
                                   "&end=1700003600&step=15"));
        // The same range and step as Prometheus' documentation's example, through a prefix.
        PromRangeQuery doc{"up", kStart, kStart + 30s, 15s};
        QCOMPARE(promRangeQueryUrl("http://h/prom/", doc).value(),
                 std::string("http://h/prom/api/v1/query_range?query=up&start=1700000000"
                             "&end=1700000030&step=15"));
    }

    void rangeQueryRejects() {
        PromRangeQuery backwards{"up", kStart, kStart - 1s, 15s};
        QVERIFY(!promRangeQueryUrl("http://h", backwards).has_value());
        PromRangeQuery zeroStep{"up", kStart, kStart + 60s, 0s};
        QVERIFY(!promRangeQueryUrl("http://h", zeroStep).has_value());
        // 11 000 points is the limit: a 10 999 s range at 1 s has 11 000 points and passes,
        // 11 000 s at 1 s has 11 001 and is refused before the server refuses it.
        PromRangeQuery atLimit{"up", kStart, kStart + 10999s, 1s};
        QVERIFY(promRangeQueryUrl("http://h", atLimit).has_value());
        PromRangeQuery over{"up", kStart, kStart + 11000s, 1s};
        auto refused = promRangeQueryUrl("http://h", over);
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().message.find("11001 points") != std::string::npos);
    }

    void pointCount() {
        QCOMPARE(promPointCount(kStart, kStart, 1s), std::size_t{1});
        QCOMPARE(promPointCount(kStart, kStart + 30s, 15s), std::size_t{3});
        QCOMPARE(promPointCount(kStart, kStart + 44s, 15s), std::size_t{3});
        QCOMPARE(promPointCount(kStart, kStart + 45s, 15s), std::size_t{4});
    }

    void step_data() {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("minStep");
        QTest::addColumn<qint64>("maxPoints");
        QTest::addColumn<qint64>("expected");
        // (span / step) + 1 <= 11000 with the smallest whole step.
        QTest::newRow("empty range") << 0LL << 0LL << 11000LL << 1LL;
        QTest::newRow("empty range keeps min step") << 0LL << 30LL << 11000LL << 30LL;
        QTest::newRow("10999 s fits at 1 s") << 10999LL << 1LL << 11000LL << 1LL;
        QTest::newRow("11000 s needs 2 s") << 11000LL << 1LL << 11000LL << 2LL;
        QTest::newRow("21999 s fits at 2 s") << 21999LL << 1LL << 11000LL << 2LL;
        QTest::newRow("22000 s needs 3 s") << 22000LL << 1LL << 11000LL << 3LL;
        QTest::newRow("a day") << 86400LL << 0LL << 11000LL << 8LL;
        QTest::newRow("30 days") << 2592000LL << 15LL << 11000LL << 236LL;
        QTest::newRow("min step wins") << 3600LL << 60LL << 11000LL << 60LL;
        QTest::newRow("small max points") << 100LL << 1LL << 11LL << 10LL;
        QTest::newRow("small max points just over") << 110LL << 1LL << 11LL << 11LL;
        QTest::newRow("two points") << 100LL << 1LL << 2LL << 51LL;
    }
    void step() {
        QFETCH(qint64, span);
        QFETCH(qint64, minStep);
        QFETCH(qint64, maxPoints);
        QFETCH(qint64, expected);
        const Timestamp end = kStart + std::chrono::seconds{span};
        auto s = chooseStep(kStart, end, std::chrono::seconds{minStep},
                            static_cast<std::size_t>(maxPoints));
        QVERIFY2(s.has_value(), s ? "" : s.error().message.c_str());
        QCOMPARE(static_cast<qint64>(s->count()), expected);
        // The chosen step keeps within the limit and one second less would not (unless the
        // minimum or 1 s decided).
        QVERIFY(promPointCount(kStart, end, *s) <= static_cast<std::size_t>(maxPoints));
        if (expected > std::max<qint64>(minStep, 1))
            QVERIFY(promPointCount(kStart, end, *s - 1s) > static_cast<std::size_t>(maxPoints));
    }

    void stepRejects() {
        QVERIFY(!chooseStep(kStart, kStart - 1s, 1s).has_value());
        QVERIFY(!chooseStep(kStart, kStart + 10s, 1s, 1).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPromRequest)
#include "tst_prom_request.moc"
