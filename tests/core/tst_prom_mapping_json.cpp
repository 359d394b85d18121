#include "sources/prometheus/MappingEval.h"
#include "sources/prometheus/MappingJson.h"
#include "sources/prometheus/ReadyMappings.h"
#include "support/CorePrinters.h"

#include <cmath>

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;

namespace {

// One binding of every kind, with non-default options, so a round trip proves every field.
std::vector<MetricBinding> everyKind() {
    const Selector requests{"http_requests_total",
                            {{"code", MatchOp::RegexMatch, "5.."},
                             {"handler", MatchOp::NotEqual, "/health"},
                             {"job", MatchOp::Equal, "api"},
                             {"env", MatchOp::RegexNoMatch, "dev|test"}}};
    return {
        {MetricId::QueueDepth, SeriesSelect{{"queue_depth", {}}, Aggregation::Max}, 1.0},
        {MetricId::RequestsPerMinute, CounterRate{requests, Aggregation::Avg}, 60.0},
        {MetricId::CpuUtilization,
         CounterRatio{{"node_cpu_seconds_total", {{"mode", MatchOp::Equal, "idle"}}},
                      {"node_cpu_seconds_total", {}},
                      RatioForm::OneMinus},
         1.0},
        {MetricId::MemoryUtilization, GaugeRatio{{"used", {}}, {"total", {}}, RatioForm::Plain},
         1.0},
        {MetricId::ResponseTimeP95Ms,
         HistogramQuantile{{"http_request_duration_seconds", {{"job", MatchOp::Equal, "api"}}},
                           0.95,
                           HistogramWindow::Lifetime},
         1000.0},
        {MetricId::ErrorRate, PromQl{"sum(rate(x{code=~\"5..\"}[5m])) / sum(rate(x[5m]))"}, 1.0},
        {MetricId::ActiveClients, JsonPointer{"/data/clients/active", StringNumbers::Accept}, 1.0},
        {MetricId::StorageUsageGb, JsonPointer{"/disk/used_bytes"}, 1e-9},
    };
}

} // namespace

Q_DECLARE_METATYPE(headroom::ErrorCode)

class TestPromMappingJson : public QObject {
    Q_OBJECT
private slots:
    void roundTrip() {
        const auto bindings = everyKind();
        const std::string text = bindingsToJsonText(bindings);
        auto back = bindingsFromJsonText(text, "workspace 1");
        QVERIFY2(back.has_value(), back ? "" : back.error().message.c_str());
        QCOMPARE(back->size(), bindings.size());
        for (std::size_t i = 0; i < bindings.size(); ++i)
            QVERIFY2((*back)[i] == bindings[i], qPrintable(QString("binding %1").arg(i)));
    }

    void storedForm() {
        // The documented shape, written by hand.
        const auto json = bindingToJson(everyKind()[2]);
        QCOMPARE(json["metric"].get<std::string>(), std::string("cpu_utilization"));
        QCOMPARE(json["expression"]["kind"].get<std::string>(), std::string("counter_ratio"));
        QCOMPARE(json["expression"]["one_minus"].get<bool>(), true);
        QCOMPARE(json["expression"]["numerator"]["matchers"][0]["op"].get<std::string>(),
                 std::string("="));
        QVERIFY(!json["expression"]["denominator"].contains("matchers"));
    }

    void defaults() {
        auto b = bindingFromJson(nlohmann::json::parse(
            R"({"metric":"queue_depth","expression":{"kind":"series","selector":{"name":"q"}}})"));
        QVERIFY2(b.has_value(), b ? "" : b.error().message.c_str());
        QCOMPARE(b->scale, 1.0);
        const auto& select = std::get<SeriesSelect>(b->expression);
        QCOMPARE(select.aggregation, Aggregation::Sum);
        QVERIFY(select.selector.matchers.empty());
        auto h = bindingFromJson(nlohmann::json::parse(
            R"({"metric":"response_time_p99_ms","scale":1000,"expression":{"kind":"histogram_quantile","q":0.99,"selector":{"name":"d"}}})"));
        QVERIFY(h.has_value());
        QCOMPARE(std::get<HistogramQuantile>(h->expression).window,
                 HistogramWindow::SinceLastScrape);
    }

    void invalid_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not an object") << "[]"
                                       << "binding must be an object";
        QTest::newRow("no metric") << R"({"expression":{"kind":"promql","query":"up"}})"
                                   << "binding.metric is missing";
        QTest::newRow("unknown metric")
            << R"({"metric":"cpu","expression":{"kind":"promql","query":"up"}})"
            << "binding.metric \"cpu\" is not an engine metric";
        QTest::newRow("scale as text")
            << R"({"metric":"queue_depth","scale":"1","expression":{"kind":"promql","query":"up"}})"
            << "binding.scale must be a number";
        QTest::newRow("zero scale")
            << R"({"metric":"queue_depth","scale":0,"expression":{"kind":"promql","query":"up"}})"
            << "binding.scale must be a finite non-zero";
        QTest::newRow("no expression") << R"({"metric":"queue_depth"})"
                                       << "binding.expression is missing";
        QTest::newRow("unknown kind") << R"({"metric":"queue_depth","expression":{"kind":"sql"}})"
                                      << "binding.expression.kind \"sql\" is not series";
        QTest::newRow("no selector") << R"({"metric":"queue_depth","expression":{"kind":"series"}})"
                                     << "binding.expression.selector is missing";
        QTest::newRow("empty name")
            << R"({"metric":"queue_depth","expression":{"kind":"series","selector":{"name":""}}})"
            << "binding.expression.selector.name is empty";
        QTest::newRow("bad op")
            << R"({"metric":"queue_depth","expression":{"kind":"counter_rate","selector":{"name":"x","matchers":[{"label":"a","op":"==","value":"b"}]}}})"
            << "binding.expression.selector.matchers[0].op \"==\" is not";
        QTest::newRow("bad regex")
            << R"({"metric":"cpu_utilization","expression":{"kind":"counter_ratio","numerator":{"name":"x"},"denominator":{"name":"y","matchers":[{"label":"a","op":"=","value":"b"},{"label":"c","op":"=~","value":"*a"}]}}})"
            << "binding.expression.denominator.matchers[1].value: invalid regex \"*a\"";
        QTest::newRow("empty label")
            << R"({"metric":"queue_depth","expression":{"kind":"series","selector":{"name":"x","matchers":[{"label":"","op":"=","value":"b"}]}}})"
            << "binding.expression.selector.matchers[0].label is empty";
        QTest::newRow("bad aggregation")
            << R"({"metric":"queue_depth","expression":{"kind":"series","selector":{"name":"x"},"aggregation":"median"}})"
            << "binding.expression.aggregation \"median\" is not";
        QTest::newRow("no numerator")
            << R"({"metric":"cpu_utilization","expression":{"kind":"gauge_ratio","denominator":{"name":"x"}}})"
            << "binding.expression.numerator is missing";
        QTest::newRow("one_minus as text")
            << R"({"metric":"cpu_utilization","expression":{"kind":"gauge_ratio","numerator":{"name":"x"},"denominator":{"name":"y"},"one_minus":"yes"}})"
            << "binding.expression.one_minus must be true or false";
        QTest::newRow("q above 1")
            << R"({"metric":"response_time_p95_ms","expression":{"kind":"histogram_quantile","q":95,"selector":{"name":"d"}}})"
            << "binding.expression.q must be within [0, 1]";
        QTest::newRow("no q")
            << R"({"metric":"response_time_p95_ms","expression":{"kind":"histogram_quantile","selector":{"name":"d"}}})"
            << "binding.expression.q is missing";
        QTest::newRow("bad window")
            << R"({"metric":"response_time_p95_ms","expression":{"kind":"histogram_quantile","q":0.9,"window":"hour","selector":{"name":"d"}}})"
            << "binding.expression.window must be";
        QTest::newRow("empty promql")
            << R"({"metric":"queue_depth","expression":{"kind":"promql","query":"  "}})"
            << "binding.expression.query is empty";
        QTest::newRow("bad pointer")
            << R"({"metric":"queue_depth","expression":{"kind":"json_pointer","pointer":"a/b"}})"
            << "binding.expression.pointer: JSON pointer \"a/b\"";
        QTest::newRow("pointer as number")
            << R"({"metric":"queue_depth","expression":{"kind":"json_pointer","pointer":3}})"
            << "binding.expression.pointer must be a string";
    }
    void invalid() {
        QFETCH(QString, json);
        QFETCH(QString, field);
        auto b = bindingFromJson(nlohmann::json::parse(json.toStdString()));
        QVERIFY(!b.has_value());
        QCOMPARE(b.error().code, ErrorCode::ValidationError);
        QVERIFY2(QString::fromStdString(b.error().message).contains(field),
                 b.error().message.c_str());
    }

    void listErrors() {
        auto notJson = bindingsFromJsonText("[{", "ws");
        QCOMPARE(notJson.error().code, ErrorCode::ParseError);
        auto notArray = bindingsFromJsonText("{}", "ws");
        QVERIFY(notArray.error().message.find("ws: mappings must be an array") !=
                std::string::npos);
        auto second = bindingsFromJsonText(
            R"([{"metric":"queue_depth","expression":{"kind":"promql","query":"q"}},
                {"metric":"queue_depth","expression":{"kind":"promql","query":"r"}}])",
            "ws");
        QVERIFY(!second.has_value());
        QVERIFY2(second.error().message.find("mappings[1].metric queue_depth is bound twice") !=
                     std::string::npos,
                 second.error().message.c_str());
        auto nested = bindingsFromJsonText(
            R"([{"metric":"queue_depth","expression":{"kind":"promql","query":"q"}},{"metric":1}])",
            "ws");
        QVERIFY(nested.error().message.find("ws: mappings[1].metric must be a string") !=
                std::string::npos);
    }

    void readyMappingsParse() {
        QCOMPARE(allReadyMappings().size(), std::size_t{2});
        for (ReadyMapping m : allReadyMappings()) {
            auto bindings = readyMappingBindings(m);
            QVERIFY2(bindings.has_value(), bindings ? "" : bindings.error().message.c_str());
            QCOMPARE(bindings->size(), std::size_t{4});
            QCOMPARE((*bindings)[0].metric, MetricId::CpuUtilization);
            QCOMPARE((*bindings)[1].metric, MetricId::MemoryUtilization);
            QCOMPARE((*bindings)[2].metric, MetricId::DiskUtilization);
            QCOMPARE((*bindings)[3].metric, MetricId::LoadAverage1m);
            QCOMPARE(readyMappingFromKey(keyOf(m)), std::optional<ReadyMapping>(m));
        }
        QCOMPARE(readyMappingFromKey("nope"), std::optional<ReadyMapping>());
        const auto prom = readyMappingBindings(ReadyMapping::PrometheusNodeExporter).value();
        QCOMPARE(std::get<PromQl>(prom[0].expression).expression,
                 std::string("1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[1m]))"));
    }

    void nodeExporterMappingOnAScrape() {
        // A node_exporter scrape written by hand: two CPUs, memory, two filesystems, load.
        auto scrape = [](double idle0, double sys0, double idle1, double sys1) {
            return std::vector<SeriesSample>{
                {"node_cpu_seconds_total", {{"cpu", "0"}, {"mode", "idle"}}, idle0},
                {"node_cpu_seconds_total", {{"cpu", "0"}, {"mode", "system"}}, sys0},
                {"node_cpu_seconds_total", {{"cpu", "1"}, {"mode", "idle"}}, idle1},
                {"node_cpu_seconds_total", {{"cpu", "1"}, {"mode", "system"}}, sys1},
                {"node_memory_MemAvailable_bytes", {}, 3e9},
                {"node_memory_MemTotal_bytes", {}, 12e9},
                {"node_memory_MemFree_bytes", {}, 1e9},
                {"node_filesystem_avail_bytes", {{"mountpoint", "/"}, {"fstype", "ext4"}}, 40e9},
                {"node_filesystem_size_bytes", {{"mountpoint", "/"}, {"fstype", "ext4"}}, 100e9},
                {"node_filesystem_avail_bytes", {{"mountpoint", "/boot"}}, 1},
                {"node_filesystem_size_bytes", {{"mountpoint", "/boot"}}, 1e12},
                {"node_load1", {}, 0.75},
            };
        };
        const auto bindings = readyMappingBindings(ReadyMapping::NodeExporter).value();
        CounterRateState state;
        const auto first = scrape(500, 100, 600, 50);
        QCOMPARE(evaluateOnSamples(bindings[0], first, 100, state).value(),
                 std::optional<double>());
        QCOMPARE(evaluateOnSamples(bindings[1], first, 100, state).value(),
                 std::optional<double>(0.75));
        QCOMPARE(evaluateOnSamples(bindings[2], first, 100, state).value(),
                 std::optional<double>(0.6));
        QCOMPARE(evaluateOnSamples(bindings[3], first, 100, state).value(),
                 std::optional<double>(0.75));
        // 5 s later: idle +3 and +4, system +2 and +1 over 10 CPU-seconds: busy 0.3.
        const auto second = scrape(503, 102, 604, 51);
        auto cpu = evaluateOnSamples(bindings[0], second, 105, state);
        QVERIFY2(cpu.has_value(), cpu ? "" : cpu.error().message.c_str());
        QVERIFY(cpu->has_value());
        QVERIFY(std::abs(**cpu - 0.3) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestPromMappingJson)
#include "tst_prom_mapping_json.moc"
