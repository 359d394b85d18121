#pragma once
// Mapping: how one engine metric is computed from what a source returns. A MetricBinding pairs a
// MetricId with a SourceExpression and a scale (unit conversion applied last: seconds -> ms is
// 1000, bytes -> GB is 1e-9). Expressions over scraped series (SeriesSelect, CounterRate,
// CounterRatio, GaugeRatio, HistogramQuantile) are evaluated here by pure functions
// (MappingEval.h) over SeriesSample, a neutral input any exposition parser can fill; PromQl is
// evaluated by the server and JsonPointer reads a JSON document.
// Label matching follows PromQL: a missing label equals "", regexes are fully anchored (std::regex
// ECMAScript syntax, which agrees with RE2 for the usual patterns).

#include "model/Metric.h"
#include "sources/prometheus/JsonPointer.h"

#include <optional>
#include <regex>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace headroom {

// One scraped sample: the sample's metric name as written ("node_cpu_seconds_total",
// "http_request_duration_seconds_bucket"), its labels (any order) and value.
struct SeriesSample {
    std::string name;
    std::vector<std::pair<std::string, std::string>> labels;
    double value = 0;
};

enum class MatchOp { Equal, NotEqual, RegexMatch, RegexNoMatch };
std::string_view keyOf(MatchOp op); // "=", "!=", "=~", "!~"

struct LabelMatcher {
    std::string label;
    MatchOp op = MatchOp::Equal;
    std::string value;
    bool operator==(const LabelMatcher&) const = default;
};

// Which samples an expression reads: a metric name and label matchers, like PromQL's
// `name{label="value", ...}`.
struct Selector {
    std::string name;
    std::vector<LabelMatcher> matchers;
    bool operator==(const Selector&) const = default;
};

enum class Aggregation { Sum, Avg, Max, Min, Count };
std::string_view keyOf(Aggregation aggregation); // "sum", "avg", "max", "min", "count"

// `1 - x` (idle -> busy, available -> used) or x as is.
enum class RatioForm { Plain, OneMinus };

// A gauge's value, aggregated over the matching series.
struct SeriesSelect {
    Selector selector;
    Aggregation aggregation = Aggregation::Sum;
    bool operator==(const SeriesSelect&) const = default;
};

// The per-second rate of a counter between two scrapes, per series then aggregated. A value
// lower than the previous one is a counter reset: the series' increase is its new value.
struct CounterRate {
    Selector selector;
    Aggregation aggregation = Aggregation::Sum;
    bool operator==(const CounterRate&) const = default;
};

// sum(rate(numerator)) / sum(rate(denominator)), optionally 1 - that. Node CPU utilisation is
// 1 - rate(node_cpu_seconds_total{mode="idle"}) / rate(node_cpu_seconds_total).
struct CounterRatio {
    Selector numerator;
    Selector denominator;
    RatioForm form = RatioForm::Plain;
    bool operator==(const CounterRatio&) const = default;
};

// sum(numerator) / sum(denominator) of gauges, optionally 1 - that. Memory utilisation is
// 1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes.
struct GaugeRatio {
    Selector numerator;
    Selector denominator;
    RatioForm form = RatioForm::Plain;
    bool operator==(const GaugeRatio&) const = default;
};

// What the buckets of a histogram count: their increase since the previous scrape (the usual
// meaning of a latency percentile, like histogram_quantile over rate()) or everything since the
// process started.
enum class HistogramWindow { SinceLastScrape, Lifetime };

// Prometheus's histogram_quantile(q, sum by (le) (...)) over `selector.name` + "_bucket" samples
// that match the selector's matchers (selector.name is the histogram's base name).
struct HistogramQuantile {
    Selector selector;
    double q = 0.5;
    HistogramWindow window = HistogramWindow::SinceLastScrape;
    bool operator==(const HistogramQuantile&) const = default;
};

// A PromQL expression evaluated by a Prometheus-compatible server; its result must be one series
// or a scalar.
struct PromQl {
    std::string expression;
    bool operator==(const PromQl&) const = default;
};

// A number in a JSON document.
struct JsonPointer {
    std::string pointer;
    StringNumbers strings = StringNumbers::Reject;
    bool operator==(const JsonPointer&) const = default;
};

using SourceExpression = std::variant<SeriesSelect, CounterRate, CounterRatio, GaugeRatio,
                                      HistogramQuantile, PromQl, JsonPointer>;

// "series", "counter_rate", "counter_ratio", "gauge_ratio", "histogram_quantile", "promql",
// "json_pointer": the kind names used in stored mappings.
std::string_view expressionKind(const SourceExpression& expression);

struct MetricBinding {
    MetricId metric = MetricId::CpuUtilization;
    SourceExpression expression;
    double scale = 1.0; // multiplies the expression's value (unit conversion)
    bool operator==(const MetricBinding&) const = default;
};

// Checks what the types cannot: non-empty names, label names, expressions and pointers, valid
// regexes, q within [0, 1], a finite non-zero scale. The error names the field
// ("expression.numerator.matchers[0].value: invalid regex ...").
Result<void> validateBinding(const MetricBinding& binding);

// A selector with its regexes compiled once, to test many samples. An invalid regex matches
// nothing (validateBinding reports it). Keeps a copy of the selector.
class SelectorMatcher {
public:
    explicit SelectorMatcher(Selector selector);
    // Name equal to the selector's (or to `nameOverride`) and every matcher satisfied.
    bool matches(const SeriesSample& sample) const;
    bool matches(const SeriesSample& sample, std::string_view nameOverride) const;
    // Matchers only (PromQL semantics: a missing label equals "").
    bool matchesLabels(std::span<const std::pair<std::string, std::string>> labels) const;
    const Selector& selector() const { return m_selector; }

private:
    Selector m_selector;
    std::vector<std::optional<std::regex>> m_regexes; // per matcher, for =~ and !~
    bool m_valid = true;
};

} // namespace headroom
