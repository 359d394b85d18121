#include "sources/prometheus/MappingEval.h"
#include "support/CorePrinters.h"

#include <cmath>
#include <limits>

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

SeriesSample sample(std::string name, std::vector<std::pair<std::string, std::string>> labels,
                    double value) {
    return SeriesSample{std::move(name), std::move(labels), value};
}

// Two CPUs of node_exporter, idle and user time, at one scrape.
std::vector<SeriesSample> cpuScrape(double idle0, double user0, double idle1, double user1) {
    return {sample("node_cpu_seconds_total", {{"cpu", "0"}, {"mode", "idle"}}, idle0),
            sample("node_cpu_seconds_total", {{"cpu", "0"}, {"mode", "user"}}, user0),
            sample("node_cpu_seconds_total", {{"mode", "idle"}, {"cpu", "1"}}, idle1),
            sample("node_cpu_seconds_total", {{"cpu", "1"}, {"mode", "user"}}, user1)};
}

std::vector<SeriesSample> requestSamples() {
    return {sample("http_requests_total", {{"code", "200"}, {"handler", "/api"}}, 10),
            sample("http_requests_total", {{"code", "500"}, {"handler", "/api"}}, 4),
            sample("http_requests_total", {{"code", "503"}, {"handler", "/login"}}, 6),
            sample("http_requests_total", {{"handler", "/health"}}, 100),
            sample("other_total", {{"code", "500"}}, 1000)};
}

std::vector<Bucket> standardBuckets() {
    // 50 observations: 10 <= 0.1 s, 20 more <= 0.5 s, 15 more <= 1 s, 5 above.
    return {{0.1, 10}, {0.5, 30}, {1, 45}, {kInf, 50}};
}

Selector cpuIdle() {
    return Selector{"node_cpu_seconds_total", {{"mode", MatchOp::Equal, "idle"}}};
}

} // namespace

class TestPromMapping : public QObject {
    Q_OBJECT
private slots:
    void matchers_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("sum");
        QTest::addColumn<double>("count");
        const int eq = static_cast<int>(MatchOp::Equal);
        const int ne = static_cast<int>(MatchOp::NotEqual);
        const int re = static_cast<int>(MatchOp::RegexMatch);
        const int nre = static_cast<int>(MatchOp::RegexNoMatch);
        QTest::newRow("equal") << "code" << eq << "500" << 4.0 << 1.0;
        QTest::newRow("not equal") << "code" << ne << "200" << 110.0 << 3.0;
        QTest::newRow("regex 5xx") << "code" << re << "5.." << 10.0 << 2.0;
        QTest::newRow("regex is anchored") << "code" << re << "5" << 0.0 << 0.0;
        QTest::newRow("regex alternation") << "handler" << re << "/api|/login" << 20.0 << 3.0;
        QTest::newRow("not regex") << "code" << nre << "5.." << 110.0 << 2.0;
        QTest::newRow("missing label equals empty") << "code" << eq << "" << 100.0 << 1.0;
        QTest::newRow("empty regex matches missing") << "code" << re << ".*" << 120.0 << 4.0;
        QTest::newRow("present label") << "code" << ne << "" << 20.0 << 3.0;
    }
    void matchers() {
        QFETCH(QString, label);
        QFETCH(int, op);
        QFETCH(QString, value);
        QFETCH(double, sum);
        QFETCH(double, count);
        const auto samples = requestSamples();
        const Selector selector{
            "http_requests_total",
            {{label.toStdString(), static_cast<MatchOp>(op), value.toStdString()}}};
        const auto total = evaluateSelect(SeriesSelect{selector, Aggregation::Sum}, samples);
        const auto n = evaluateSelect(SeriesSelect{selector, Aggregation::Count}, samples);
        if (count == 0) {
            QCOMPARE(total, std::optional<double>());
            QCOMPARE(n, std::optional<double>());
        } else {
            QCOMPARE(total, std::optional<double>(sum));
            QCOMPARE(n, std::optional<double>(count));
        }
    }

    void aggregations() {
        const auto samples = requestSamples();
        const Selector all{"http_requests_total", {}};
        QCOMPARE(evaluateSelect({all, Aggregation::Sum}, samples), std::optional<double>(120));
        QCOMPARE(evaluateSelect({all, Aggregation::Avg}, samples), std::optional<double>(30));
        QCOMPARE(evaluateSelect({all, Aggregation::Max}, samples), std::optional<double>(100));
        QCOMPARE(evaluateSelect({all, Aggregation::Min}, samples), std::optional<double>(4));
        QCOMPARE(evaluateSelect({all, Aggregation::Count}, samples), std::optional<double>(4));
        // Several matchers all apply.
        const Selector apiErrors{
            "http_requests_total",
            {{"handler", MatchOp::Equal, "/api"}, {"code", MatchOp::RegexMatch, "5.."}}};
        QCOMPARE(evaluateSelect({apiErrors, Aggregation::Sum}, samples), std::optional<double>(4));
        // An invalid regex matches nothing rather than everything.
        const Selector broken{"http_requests_total", {{"code", MatchOp::RegexNoMatch, "5(("}}};
        QCOMPARE(evaluateSelect({broken, Aggregation::Sum}, samples), std::optional<double>());
    }

    void seriesKeyIgnoresLabelOrder() {
        const auto a = sample("x", {{"a", "1"}, {"b", "2"}}, 0);
        const auto b = sample("x", {{"b", "2"}, {"a", "1"}}, 0);
        const auto c = sample("x", {{"a", "12"}}, 0);
        const auto d = sample("x", {{"a", "1"}, {"2", ""}}, 0);
        QCOMPARE(seriesKey(a), seriesKey(b));
        QVERIFY(seriesKey(a) != seriesKey(c));
        QVERIFY(seriesKey(a) != seriesKey(d));
    }

    void counterRateAndReset() {
        CounterRateState state;
        QCOMPARE(state.observe("s", 100, 0), std::optional<double>());
        QCOMPARE(state.observe("s", 150, 10), std::optional<double>(5)); // +50 in 10 s
        // A lower value is a restart: the counter counted 30 since, over 10 s.
        QCOMPARE(state.observe("s", 30, 20), std::optional<double>(3));
        // The same scrape read again (another expression on the same series) gives the same.
        QCOMPARE(state.observe("s", 30, 20), std::optional<double>(3));
        // Out of order: ignored.
        QCOMPARE(state.observe("s", 10, 15), std::optional<double>());
        QCOMPARE(state.observe("s", 60, 25), std::optional<double>(6)); // +30 in 5 s
        QCOMPARE(state.size(), std::size_t{1});
        state.observe("t", 1, 25);
        state.forgetUnseenSince(25);
        QCOMPARE(state.size(), std::size_t{2});
        state.observe("t", 2, 30);
        state.forgetUnseenSince(30);
        QCOMPARE(state.size(), std::size_t{1});
    }

    void evaluateRateOverSeries() {
        CounterRateState state;
        const CounterRate errors{{"http_requests_total", {{"code", MatchOp::RegexMatch, "5.."}}},
                                 Aggregation::Sum};
        auto first = evaluateRate(errors, requestSamples(), 1000, state);
        QVERIFY(first.has_value());
        QCOMPARE(*first, std::optional<double>()); // warming up
        auto later = requestSamples();
        later[1].value = 14; // 500s: +10
        later[2].value = 2;  // 503s: reset, counted 2
        auto second = evaluateRate(errors, later, 1004, state);
        QVERIFY(second.has_value());
        QCOMPARE(*second, std::optional<double>((10.0 + 2.0) / 4.0));
        auto missing = evaluateRate({{"absent_total", {}}, Aggregation::Sum}, later, 1004, state);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.find("absent_total") != std::string::npos);
    }

    void cpuUtilizationFromCounterRatio() {
        // idle +8 and +5 s, user +2 and +5 s over 10 s: idle share 13/20, busy 0.35.
        const CounterRatio cpu{cpuIdle(), {"node_cpu_seconds_total", {}}, RatioForm::OneMinus};
        CounterRateState state;
        auto first = evaluateCounterRatio(cpu, cpuScrape(1000, 200, 900, 300), 100, state);
        QVERIFY(first.has_value());
        QCOMPARE(*first, std::optional<double>());
        auto second = evaluateCounterRatio(cpu, cpuScrape(1008, 202, 905, 305), 110, state);
        QVERIFY2(second.has_value(), second ? "" : second.error().message.c_str());
        QVERIFY(second->has_value());
        QVERIFY(std::abs(**second - 0.35) < 1e-12);
        // Plain form: the idle share itself.
        CounterRatio idle = cpu;
        idle.form = RatioForm::Plain;
        CounterRateState other;
        (void)evaluateCounterRatio(idle, cpuScrape(1000, 200, 900, 300), 100, other);
        QVERIFY(std::abs(evaluateCounterRatio(idle, cpuScrape(1008, 202, 905, 305), 110, other)
                             .value()
                             .value() -
                         0.65) < 1e-12);
        // Nothing moved: the ratio is undefined, said so.
        auto still = evaluateCounterRatio(cpu, cpuScrape(1008, 202, 905, 305), 120, state);
        QVERIFY(!still.has_value());
        QVERIFY(still.error().message.find("is 0") != std::string::npos);
    }

    void gaugeRatio() {
        const std::vector<SeriesSample> memory{sample("node_memory_MemAvailable_bytes", {}, 4e9),
                                               sample("node_memory_MemTotal_bytes", {}, 16e9)};
        const GaugeRatio used{{"node_memory_MemAvailable_bytes", {}},
                              {"node_memory_MemTotal_bytes", {}},
                              RatioForm::OneMinus};
        QCOMPARE(evaluateGaugeRatio(used, memory).value(), 0.75);
        GaugeRatio plain = used;
        plain.form = RatioForm::Plain;
        QCOMPARE(evaluateGaugeRatio(plain, memory).value(), 0.25);
        const std::vector<SeriesSample> zero{sample("node_memory_MemAvailable_bytes", {}, 1),
                                             sample("node_memory_MemTotal_bytes", {}, 0)};
        QCOMPARE(evaluateGaugeRatio(used, zero).error().code, ErrorCode::ValidationError);
        QCOMPARE(evaluateGaugeRatio(used, {}).error().code, ErrorCode::NotFound);
    }

    void quantile_data() {
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        // rank = q * 50; interpolate linearly inside the bucket that reaches the rank.
        QTest::newRow("median") << 0.5 << 0.4;             // rank 25: 0.1 + 0.4 * 15/20
        QTest::newRow("p90 at a bound") << 0.9 << 1.0;     // rank 45: 0.5 + 0.5 * 15/15
        QTest::newRow("p10 in first") << 0.1 << 0.05;      // rank 5: 0 + 0.1 * 5/10
        QTest::newRow("p0") << 0.0 << 0.0;                 // rank 0: start of the first bucket
        QTest::newRow("p95 in +Inf") << 0.95 << 1.0;       // rank 47.5 above 1 s: highest bound
        QTest::newRow("p100") << 1.0 << 1.0;               // rank 50 is in the +Inf bucket
        QTest::newRow("p70") << 0.7 << 0.6666666666666667; // rank 35: 0.5 + 0.5 * 5/15
        QTest::newRow("q below 0") << -0.1 << -kInf;
        QTest::newRow("q above 1") << 1.1 << kInf;
    }
    void quantile() {
        QFETCH(double, q);
        QFETCH(double, expected);
        auto v = histogramQuantile(q, standardBuckets());
        QVERIFY(v.has_value());
        if (std::isinf(expected))
            QCOMPARE(*v, expected);
        else
            QVERIFY2(std::abs(*v - expected) < 1e-12, qPrintable(QString::number(*v, 'g', 17)));
    }

    void quantileEdgeCases() {
        QVERIFY(std::isnan(histogramQuantile(std::nan(""), standardBuckets()).value()));
        // No +Inf bucket: NaN.
        const std::vector<Bucket> noInf{{0.1, 10}, {0.5, 30}};
        QVERIFY(std::isnan(histogramQuantile(0.5, noInf).value()));
        // Only the +Inf bucket: fewer than two buckets, NaN.
        const std::vector<Bucket> onlyInf{{kInf, 7}};
        QVERIFY(std::isnan(histogramQuantile(0.5, onlyInf).value()));
        // No observations: NaN.
        const std::vector<Bucket> empty{{0.1, 0}, {kInf, 0}};
        QVERIFY(std::isnan(histogramQuantile(0.5, empty).value()));
        // No buckets at all: Prometheus returns no series; here an error.
        QCOMPARE(histogramQuantile(0.5, {}).error().code, ErrorCode::NotFound);
        // Order does not matter.
        const std::vector<Bucket> shuffled{{kInf, 50}, {0.5, 30}, {1, 45}, {0.1, 10}};
        QVERIFY(std::abs(histogramQuantile(0.5, shuffled).value() - 0.4) < 1e-12);
        // Equal bounds add up (two series summed by le without aggregation).
        const std::vector<Bucket> split{{0.1, 5}, {0.1, 5}, {0.5, 30}, {1, 45}, {kInf, 50}};
        QVERIFY(std::abs(histogramQuantile(0.1, split).value() - 0.05) < 1e-12);
        // A lower count after a higher one is raised to it: 0.5's 8 becomes 10. rank 12 then
        // falls in (0.5, 1] with 10 observations before it: 0.5 + 0.5 * 2/10 = 0.6 (unfixed it
        // would be 0.5 + 0.5 * 4/12).
        const std::vector<Bucket> dip{{0.1, 10}, {0.5, 8}, {1, 20}, {kInf, 20}};
        QVERIFY(std::abs(histogramQuantile(0.6, dip).value() - 0.6) < 1e-12);
        // The first bucket's bound <= 0 is returned as is, not interpolated from 0.
        const std::vector<Bucket> negative{{-1, 10}, {1, 20}, {kInf, 20}};
        QCOMPARE(histogramQuantile(0.25, negative).value(), -1.0);
    }

    void histogramOverScrapes() {
        const HistogramQuantile p50{
            {"http_request_duration_seconds", {{"handler", MatchOp::RegexMatch, "/a|/b"}}},
            0.5,
            HistogramWindow::SinceLastScrape};
        auto scrape = [](double a1, double a5, double aInf, double b1, double b5, double bInf) {
            const std::string name = "http_request_duration_seconds_bucket";
            return std::vector<SeriesSample>{
                sample(name, {{"handler", "/a"}, {"le", "0.1"}}, a1),
                sample(name, {{"handler", "/a"}, {"le", "0.5"}}, a5),
                sample(name, {{"handler", "/a"}, {"le", "+Inf"}}, aInf),
                sample(name, {{"handler", "/b"}, {"le", "0.1"}}, b1),
                sample(name, {{"handler", "/b"}, {"le", "0.5"}}, b5),
                sample(name, {{"handler", "/b"}, {"le", "+Inf"}}, bInf),
                sample(name, {{"handler", "/c"}, {"le", "+Inf"}}, 1e6), // not selected
                sample("http_request_duration_seconds_sum", {{"handler", "/a"}}, 1e6),
                sample(name, {{"handler", "/a"}}, 1e6), // no le: ignored
            };
        };
        CounterRateState state;
        auto first = evaluateHistogramQuantile(p50, scrape(60, 120, 150, 40, 80, 100), 0, state);
        QVERIFY2(first.has_value(), first ? "" : first.error().message.c_str());
        QCOMPARE(*first, std::optional<double>());
        // Increases summed by le: 0.1: 4 + 6 = 10, 0.5: 20 + 10 = 30, +Inf: 25 + 15 = 40.
        // rank 20 in (0.1, 0.5]: 0.1 + 0.4 * (20 - 10) / 20 = 0.3.
        auto second = evaluateHistogramQuantile(p50, scrape(64, 140, 175, 46, 90, 115), 10, state);
        QVERIFY2(second.has_value(), second ? "" : second.error().message.c_str());
        QVERIFY(second->has_value());
        QVERIFY(std::abs(**second - 0.3) < 1e-12);

        // Lifetime counts of the first scrape: 100, 200, 250; rank 125: 0.1 + 0.4 * 25/100.
        HistogramQuantile lifetime = p50;
        lifetime.window = HistogramWindow::Lifetime;
        CounterRateState unused;
        auto whole =
            evaluateHistogramQuantile(lifetime, scrape(60, 120, 150, 40, 80, 100), 0, unused);
        QVERIFY(whole.has_value());
        QVERIFY(std::abs(whole->value() - 0.2) < 1e-12);
        QCOMPARE(unused.size(), std::size_t{0});

        // Bound as seconds, engine metric in ms.
        const MetricBinding latency{MetricId::ResponseTimeP50Ms, p50, 1000};
        CounterRateState bindingState;
        (void)evaluateOnSamples(latency, scrape(60, 120, 150, 40, 80, 100), 0, bindingState);
        auto ms = evaluateOnSamples(latency, scrape(64, 140, 175, 46, 90, 115), 10, bindingState);
        QVERIFY(ms.has_value() && ms->has_value());
        QVERIFY(std::abs(**ms - 300) < 1e-9);

        const HistogramQuantile absent{{"nope_seconds", {}}, 0.5, HistogramWindow::Lifetime};
        auto none = evaluateHistogramQuantile(absent, scrape(1, 2, 3, 4, 5, 6), 0, unused);
        QVERIFY(!none.has_value());
        QVERIFY(none.error().message.find("nope_seconds_bucket") != std::string::npos);
    }

    void bindingsOnSamples() {
        CounterRateState state;
        const std::vector<SeriesSample> load{sample("node_load1", {}, 1.5)};
        const MetricBinding l{MetricId::LoadAverage1m, SeriesSelect{{"node_load1", {}}}, 1.0};
        QCOMPARE(evaluateOnSamples(l, load, 0, state).value(), std::optional<double>(1.5));
        const MetricBinding gb{MetricId::StorageUsageGb, SeriesSelect{{"used_bytes", {}}}, 1e-9};
        const std::vector<SeriesSample> bytes{sample("used_bytes", {}, 28e9)};
        QVERIFY(std::abs(evaluateOnSamples(gb, bytes, 0, state).value().value() - 28) < 1e-9);
        QCOMPARE(evaluateOnSamples(gb, load, 0, state).error().code, ErrorCode::NotFound);
        const MetricBinding promql{MetricId::CpuUtilization, PromQl{"up"}, 1.0};
        QCOMPARE(evaluateOnSamples(promql, load, 0, state).error().code,
                 ErrorCode::InvalidArgument);
        const std::vector<SeriesSample> nan{sample("node_load1", {}, std::nan(""))};
        QCOMPARE(evaluateOnSamples(l, nan, 0, state).error().code, ErrorCode::ValidationError);
    }

    void samplesFromAResult() {
        PromQueryResult r;
        r.type = PromResultType::Matrix;
        r.series.push_back({{{"__name__", "node_load1"}, {"instance", "a"}}, {{1, 0.5}, {2, 0.7}}});
        r.series.push_back({{{"instance", "b"}}, {{1, 3}}});
        r.series.push_back({{{"__name__", "empty"}}, {}});
        const auto samples = samplesFromResult(r);
        QCOMPARE(samples.size(), std::size_t{2});
        QCOMPARE(samples[0].name, std::string("node_load1"));
        QCOMPARE(samples[0].labels.size(), std::size_t{1});
        QCOMPARE(samples[0].labels[0].second, std::string("a"));
        QCOMPARE(samples[0].value, 0.7);
        QCOMPARE(samples[1].name, std::string());
        QCOMPARE(samples[1].value, 3.0);
        r.type = PromResultType::Scalar;
        r.series.clear();
        QVERIFY(samplesFromResult(r).empty());
    }

    void bindingsOnPromResultAndJson() {
        PromQueryResult scalar;
        scalar.type = PromResultType::Scalar;
        scalar.scalar = {1700000000, 0.002};
        const MetricBinding latency{MetricId::AiLatencyMs, PromQl{"scalar(x)"}, 1000};
        QVERIFY(std::abs(evaluateOnPromResult(latency, scalar).value() - 2.0) < 1e-12);
        scalar.scalar.value = std::nan("");
        QVERIFY(!evaluateOnPromResult(latency, scalar).has_value());
        const MetricBinding json{MetricId::ActiveClients, JsonPointer{"/clients/active"}, 1.0};
        QVERIFY(!evaluateOnPromResult(json, scalar).has_value());

        const auto document = nlohmann::json::parse(R"({"clients":{"active":28}})");
        QCOMPARE(evaluateOnJson(json, document).value(), 28.0);
        QVERIFY(!evaluateOnJson(latency, document).has_value());
        const MetricBinding missing{MetricId::ActiveClients, JsonPointer{"/clients/idle"}, 1.0};
        QCOMPARE(evaluateOnJson(missing, document).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPromMapping)
#include "tst_prom_mapping.moc"
