#include "sources/prometheus/JsonPointer.h"
#include "support/CorePrinters.h"

#include <cmath>

#include <QTest>

using namespace headroom;

namespace {

// A health endpoint of the kind a founder's app exposes, with RFC 6901's awkward keys.
const char* const kHealth = R"({
  "data": {
    "clients": {"active": 28, "at_risk": "3", "ratio": "0.25"},
    "queues": [{"name": "visual", "depth": 35}, {"name": "mail", "depth": 0}],
    "flags": {"ok": true, "note": null}
  },
  "a/b": 1,
  "m~n": 8,
  "": 5,
  " ": 7,
  "01": 9,
  "latency": {"p95_ms": 1800.5},
  "counts": [10, 20, 30]
})";

} // namespace

Q_DECLARE_METATYPE(headroom::ErrorCode)

class TestJsonEndpoint : public QObject {
    Q_OBJECT
private slots:
    void pointers_data() {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<double>("expected");
        QTest::newRow("nested key") << "/data/clients/active" << 28.0;
        QTest::newRow("array of objects") << "/data/queues/0/depth" << 35.0;
        QTest::newRow("second item") << "/data/queues/1/depth" << 0.0;
        QTest::newRow("slash escaped ~1") << "/a~1b" << 1.0;
        QTest::newRow("tilde escaped ~0") << "/m~0n" << 8.0;
        QTest::newRow("empty key") << "/" << 5.0;
        QTest::newRow("space key") << "/ " << 7.0;
        QTest::newRow("key that looks like an index") << "/01" << 9.0;
        QTest::newRow("fraction") << "/latency/p95_ms" << 1800.5;
        QTest::newRow("array index") << "/counts/2" << 30.0;
    }
    void pointers() {
        QFETCH(QString, pointer);
        QFETCH(double, expected);
        auto v = readJsonNumber(kHealth, "health", pointer.toStdString());
        QVERIFY2(v.has_value(), v ? "" : v.error().message.c_str());
        QCOMPARE(*v, expected);
    }

    void wholeDocument() {
        QCOMPARE(readJsonNumber("42", "n", "").value(), 42.0);
        QVERIFY(!readJsonNumber("{}", "n", "").has_value());
    }

    void tokens() {
        auto t = parseJsonPointer("/a~1b/~0/c~01");
        QVERIFY(t.has_value());
        QCOMPARE(t->size(), std::size_t{3});
        QCOMPARE((*t)[0], std::string("a/b"));
        QCOMPARE((*t)[1], std::string("~"));
        // ~01 is "~" then "1", not "/": unescaping is one pass, left to right.
        QCOMPARE((*t)[2], std::string("c~1"));
        QCOMPARE(parseJsonPointer("")->size(), std::size_t{0});
        QCOMPARE(parseJsonPointer("/")->size(), std::size_t{1});
    }

    void errors_data() {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("missing key")
            << "/data/clients/idle" << ErrorCode::NotFound
            << QStringList{"/data/clients/idle", "\"idle\" missing", "/data/clients"};
        QTest::newRow("missing at top")
            << "/nope" << ErrorCode::NotFound << QStringList{"\"nope\" missing", "the document"};
        QTest::newRow("index out of range")
            << "/data/queues/2/depth" << ErrorCode::NotFound
            << QStringList{"index 2 out of range", "2 items", "/data/queues"};
        QTest::newRow("leading zero index")
            << "/counts/01" << ErrorCode::NotFound << QStringList{"\"01\" is not an array index"};
        QTest::newRow("dash index")
            << "/counts/-" << ErrorCode::NotFound << QStringList{"\"-\" is not an array index"};
        QTest::newRow("through a number") << "/data/clients/active/x" << ErrorCode::NotFound
                                          << QStringList{"cannot look up \"x\"", "28"};
        QTest::newRow("object not number") << "/data/clients" << ErrorCode::ValidationError
                                           << QStringList{"not a number", "an object with 3 keys"};
        QTest::newRow("array not number") << "/counts" << ErrorCode::ValidationError
                                          << QStringList{"not a number", "an array of 3"};
        QTest::newRow("boolean") << "/data/flags/ok" << ErrorCode::ValidationError
                                 << QStringList{"the boolean true"};
        QTest::newRow("null") << "/data/flags/note" << ErrorCode::ValidationError
                              << QStringList{"found null"};
        QTest::newRow("string rejected") << "/data/clients/at_risk" << ErrorCode::ValidationError
                                         << QStringList{"the string \"3\"", "not accepted"};
        QTest::newRow("no leading slash")
            << "data/clients" << ErrorCode::InvalidArgument << QStringList{"start with '/'"};
        QTest::newRow("bad escape")
            << "/a~2b" << ErrorCode::InvalidArgument << QStringList{"'~' at offset 2"};
        QTest::newRow("tilde at end")
            << "/a~" << ErrorCode::InvalidArgument << QStringList{"followed by 0 or 1"};
    }
    void errors() {
        QFETCH(QString, pointer);
        QFETCH(ErrorCode, code);
        QFETCH(QStringList, mentions);
        auto v = readJsonNumber(kHealth, "health", pointer.toStdString());
        QVERIFY(!v.has_value());
        QCOMPARE(v.error().code, code);
        const QString message = QString::fromStdString(v.error().message);
        for (const auto& m : mentions)
            QVERIFY2(message.contains(m), qPrintable(message + " lacks " + m));
    }

    void stringsAcceptedOnlyWithTheFlag() {
        QCOMPARE(readJsonNumber(kHealth, "h", "/data/clients/ratio", StringNumbers::Accept).value(),
                 0.25);
        QCOMPARE(
            readJsonNumber(kHealth, "h", "/data/clients/at_risk", StringNumbers::Accept).value(),
            3.0);
        QVERIFY(!readJsonNumber(kHealth, "h", "/data/clients/ratio").has_value());
        QVERIFY(!readJsonNumber(R"({"a":"forty"})", "h", "/a", StringNumbers::Accept).has_value());
        QVERIFY(std::isinf(
            readJsonNumber(R"({"a":"+Inf"})", "h", "/a", StringNumbers::Accept).value()));
    }

    void notJson() {
        auto v = readJsonNumber("{\"a\": ", "https://app.example/health", "/a");
        QVERIFY(!v.has_value());
        QCOMPARE(v.error().code, ErrorCode::ParseError);
        QVERIFY(v.error().message.find("https://app.example/health") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestJsonEndpoint)
#include "tst_json_endpoint.moc"
