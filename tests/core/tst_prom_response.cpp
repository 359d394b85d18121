#include "sources/prometheus/PromResponse.h"
#include "support/CorePrinters.h"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include <QTest>

using namespace headroom;

namespace {

std::string fixture(const char* name) {
    std::ifstream in(std::string(HEADROOM_PROM_FIXTURES) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

PromLabels labels(std::initializer_list<std::pair<std::string, std::string>> list) {
    return PromLabels(list);
}

} // namespace

Q_DECLARE_METATYPE(headroom::ErrorCode)

class TestPromResponse : public QObject {
    Q_OBJECT
private slots:
    void vector() {
        const std::string body = fixture("vector.json");
        QVERIFY(!body.empty());
        auto r = parsePromResponse(body, 200);
        QVERIFY2(r.has_value(), r ? "" : r.error().message.c_str());
        QCOMPARE(r->type, PromResultType::Vector);
        QCOMPARE(r->series.size(), std::size_t{2});
        // Labels come sorted by name whatever order the server wrote them in.
        QVERIFY(
            r->series[0].labels ==
            labels({{"__name__", "up"}, {"instance", "localhost:9090"}, {"job", "prometheus"}}));
        QCOMPARE(r->series[0].points.size(), std::size_t{1});
        QCOMPARE(r->series[0].points[0].time, 1435781451.781);
        QCOMPARE(r->series[0].points[0].value, 1.0);
        QCOMPARE(r->series[1].label("job"), std::optional<std::string>("node"));
        QCOMPARE(r->series[1].points[0].value, 0.0);
        QCOMPARE(r->series[1].label("absent"), std::optional<std::string>());
        QVERIFY(r->warnings.empty());
    }

    void matrix() {
        auto r = parsePromResponse(fixture("matrix.json"), 200);
        QVERIFY2(r.has_value(), r ? "" : r.error().message.c_str());
        QCOMPARE(r->type, PromResultType::Matrix);
        QCOMPARE(r->series.size(), std::size_t{2});
        QCOMPARE(r->series[1].points.size(), std::size_t{3});
        QCOMPARE(r->series[1].points[0].time, 1435781430.781);
        QCOMPARE(r->series[1].points[1].time, 1435781445.781);
        QCOMPARE(r->series[1].points[1].value, 0.0);
        QCOMPARE(r->series[1].points[2].value, 1.0);
        QCOMPARE(r->series[1].label("instance"), std::optional<std::string>("localhost:9091"));
    }

    void scalarAndString() {
        auto s = parsePromResponse(fixture("scalar.json"), 200);
        QVERIFY2(s.has_value(), s ? "" : s.error().message.c_str());
        QCOMPARE(s->type, PromResultType::Scalar);
        QCOMPARE(s->scalar.time, 1700000000.0);
        QCOMPARE(s->scalar.value, 0.25);
        QVERIFY(s->series.empty());
        QCOMPARE(singleValue(*s, "0.25").value(), 0.25);

        auto t = parsePromResponse(fixture("string.json"), 200);
        QVERIFY2(t.has_value(), t ? "" : t.error().message.c_str());
        QCOMPARE(t->type, PromResultType::String);
        QCOMPARE(t->text, std::string("hello \"world\""));
        QCOMPARE(t->scalar.time, 1700000000.5);
        QVERIFY(!singleValue(*t, "\"x\"").has_value());
    }

    void nanAndInfinitySurvive() {
        auto r = parsePromResponse(fixture("nan_inf.json"), 200);
        QVERIFY2(r.has_value(), r ? "" : r.error().message.c_str());
        QCOMPARE(r->series.size(), std::size_t{5});
        QVERIFY(std::isnan(r->series[0].points[0].value));
        QCOMPARE(r->series[1].points[0].value, std::numeric_limits<double>::infinity());
        QCOMPARE(r->series[2].points[0].value, -std::numeric_limits<double>::infinity());
        QCOMPARE(r->series[3].points[0].value, 0.0015);
        QCOMPARE(r->series[4].points[0].value, -42.0);
    }

    void promValues_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");
        QTest::newRow("integer") << "17" << true << 17.0;
        QTest::newRow("decimal") << "0.125" << true << 0.125;
        QTest::newRow("exponent") << "2.5e3" << true << 2500.0;
        QTest::newRow("plus sign") << "+3" << true << 3.0;
        QTest::newRow("minus") << "-0.5" << true << -0.5;
        QTest::newRow("+Inf") << "+Inf" << true << std::numeric_limits<double>::infinity();
        QTest::newRow("-Inf") << "-Inf" << true << -std::numeric_limits<double>::infinity();
        QTest::newRow("Inf") << "Inf" << true << std::numeric_limits<double>::infinity();
        QTest::newRow("empty") << "" << false << 0.0;
        QTest::newRow("letters") << "abc" << false << 0.0;
        QTest::newRow("trailing junk") << "1.5x" << false << 0.0;
        QTest::newRow("double sign") << "--1" << false << 0.0;
        QTest::newRow("space") << " 1" << false << 0.0;
    }
    void promValues() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const auto value = parsePromValue(text.toStdString());
        QCOMPARE(value.has_value(), valid);
        if (valid)
            QCOMPARE(*value, expected);
    }

    void nanText() { QVERIFY(std::isnan(parsePromValue("NaN").value())); }

    void warningsAndInfosAreReturned() {
        auto r = parsePromResponse(fixture("warnings.json"), 200);
        QVERIFY2(r.has_value(), r ? "" : r.error().message.c_str());
        QCOMPARE(r->warnings.size(), std::size_t{2});
        QCOMPARE(r->warnings[1], std::string("partial response: store 2 unavailable"));
        QCOMPARE(r->infos.size(), std::size_t{1});
        QVERIFY(r->series[0].labels.empty());
        QCOMPARE(singleValue(*r, "count(up)").value(), 3.0);
    }

    void errorEnvelopes_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("http");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("text");
        QTest::newRow("bad_data 400")
            << "error_bad_data.json" << 400 << ErrorCode::InvalidArgument << "bad_data"
            << "unexpected right parenthesis";
        QTest::newRow("execution 422")
            << "error_execution.json" << 422 << ErrorCode::ValidationError << "execution"
            << "too many samples";
        QTest::newRow("timeout 503")
            << "error_timeout.json" << 503 << ErrorCode::Timeout << "timeout"
            << "query timed out";
        QTest::newRow("unavailable 503")
            << "error_unavailable.json" << 503 << ErrorCode::NetworkError << "unavailable"
            << "shutting down";
    }
    void errorEnvelopes() {
        QFETCH(QString, file);
        QFETCH(int, http);
        QFETCH(ErrorCode, code);
        QFETCH(QString, errorType);
        QFETCH(QString, text);
        auto r = parsePromResponse(fixture(file.toUtf8().constData()), http);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, code);
        const QString message = QString::fromStdString(r.error().message);
        QVERIFY2(message.contains(errorType), qPrintable(message));
        QVERIFY2(message.contains(text), qPrintable(message));
        QVERIFY2(message.contains(QString("HTTP %1").arg(http)), qPrintable(message));
    }

    void errorEnvelopeKeepsWarnings() {
        auto r = parsePromResponse(fixture("error_timeout.json"), 503);
        QVERIFY(!r.has_value());
        QVERIFY(r.error().message.find("slow store") != std::string::npos);
    }

    void malformed_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("http");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << "{\"status\": \"succ" << 200 << ErrorCode::ParseError
                                  << "not JSON";
        QTest::newRow("html from a proxy") << "<html><body>Bad Gateway</body></html>" << 502
                                           << ErrorCode::NetworkError << "HTTP 502";
        QTest::newRow("array document") << "[]" << 200 << ErrorCode::ParseError << "object";
        QTest::newRow("no status")
            << "{\"data\":{}}" << 200 << ErrorCode::ParseError << "status is missing";
        QTest::newRow("odd status")
            << "{\"status\":\"ok\"}" << 200 << ErrorCode::ParseError << "\"ok\"";
        QTest::newRow("no data") << "{\"status\":\"success\"}" << 200 << ErrorCode::ParseError
                                 << "data is missing";
        QTest::newRow("unknown type")
            << R"({"status":"success","data":{"resultType":"table","result":[]}})" << 200
            << ErrorCode::ParseError << "\"table\"";
        QTest::newRow("result not array")
            << R"({"status":"success","data":{"resultType":"vector","result":{}}})" << 200
            << ErrorCode::ParseError << "data.result should be an array";
        QTest::newRow("value as number")
            << R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})"
            << 200 << ErrorCode::ParseError << "data.result[0].value[1] should be a string";
        QTest::newRow("value not numeric")
            << R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"x1"]}]}})"
            << 200 << ErrorCode::ParseError << "data.result[0].value[1] is not a number";
        QTest::newRow("time as string")
            << R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],["2","1"]]}]}})"
            << 200 << ErrorCode::ParseError << "data.result[0].values[1][0]";
        QTest::newRow("label not string")
            << R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"1"]}]}})"
            << 200 << ErrorCode::ParseError << "data.result[0].metric.a";
        QTest::newRow("missing values")
            << R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{}}]}})"
            << 200 << ErrorCode::ParseError << "data.result[0].values is missing";
        QTest::newRow("native histogram")
            << R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"histogram":[1,{}]}]}})"
            << 200 << ErrorCode::ParseError << "native histograms";
        QTest::newRow("pair too long")
            << R"({"status":"success","data":{"resultType":"scalar","result":[1,"1",3]}})" << 200
            << ErrorCode::ParseError << "data.result should be an array [time";
        QTest::newRow("warnings not strings")
            << R"({"status":"success","warnings":[1],"data":{"resultType":"vector","result":[]}})"
            << 200 << ErrorCode::ParseError << "warnings[0]";
        QTest::newRow("success with HTTP 500")
            << R"({"status":"success","data":{"resultType":"vector","result":[]}})" << 500
            << ErrorCode::NetworkError << "HTTP 500";
    }
    void malformed() {
        QFETCH(QString, body);
        QFETCH(int, http);
        QFETCH(ErrorCode, code);
        QFETCH(QString, mentions);
        auto r = parsePromResponse(body.toStdString(), http);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, code);
        const QString message = QString::fromStdString(r.error().message);
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void singleValueNeedsOneSeries() {
        auto many = parsePromResponse(fixture("vector.json"), 200);
        QVERIFY(many.has_value());
        auto v = singleValue(*many, "up");
        QVERIFY(!v.has_value());
        QCOMPARE(v.error().code, ErrorCode::ValidationError);
        QVERIFY(v.error().message.find("2 series") != std::string::npos);

        auto none = parsePromResponse(fixture("empty_vector.json"), 200);
        QVERIFY(none.has_value());
        QVERIFY(none->series.empty());
        QCOMPARE(singleValue(*none, "absent").error().code, ErrorCode::NotFound);

        // A matrix's single series gives its latest point.
        auto m = parsePromResponse(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"4"],[2,"7"]]}]}})",
            200);
        QVERIFY(m.has_value());
        QCOMPARE(singleValue(*m, "x").value(), 7.0);
    }
};

QTEST_GUILESS_MAIN(TestPromResponse)
#include "tst_prom_response.moc"
