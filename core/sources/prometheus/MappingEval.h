#pragma once
// Pure evaluation of mapping expressions (Mapping.h) over one scrape's samples. Rates need the
// previous scrape: CounterRateState keeps, per series, the last two (time, value) pairs seen, so
// several expressions may read the same counter in one scrape (CPU idle is in both sides of the
// CPU ratio) without disturbing each other. Rate-based results are nullopt until a series has been
// seen in two scrapes with increasing times ("warming up"); errors name the selector.

#include "model/Error.h"
#include "sources/prometheus/Mapping.h"
#include "sources/prometheus/PromResponse.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace headroom {

// Aggregates values like PromQL's sum/avg/max/min/count; nullopt for no values.
std::optional<double> aggregate(Aggregation aggregation, std::span<const double> values);

// The aggregated value of the samples matching the selector; nullopt when none match.
std::optional<double> evaluateSelect(const SeriesSelect& select,
                                     std::span<const SeriesSample> samples);

// Canonical identity of a series: name and labels sorted by name.
std::string seriesKey(const SeriesSample& sample);

class CounterRateState {
public:
    // Records `value` of series `key` observed at `timeSeconds` and returns its increase per
    // second since the previous distinct time: (value - previous) / dt, or value / dt after a
    // reset (value lower than before). nullopt for a series seen once, or a time older than the
    // last one (out of order, ignored). The same time again is the same scrape: the rate against
    // the scrape before is returned again.
    std::optional<double> observe(const std::string& key, double value, double timeSeconds);
    // Drops series not observed since `timeSeconds` (they vanished from the source).
    void forgetUnseenSince(double timeSeconds);
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        double lastValue = 0;
        double lastTime = 0;
        double previousValue = 0;
        double previousTime = 0;
        bool hasPrevious = false;
    };
    std::unordered_map<std::string, Entry> m_entries;
};

// Per-series rates of the matching counters, aggregated. nullopt while warming up; NotFound
// error when no sample matches.
Result<std::optional<double>> evaluateRate(const CounterRate& rate,
                                           std::span<const SeriesSample> samples,
                                           double timeSeconds, CounterRateState& state);

// sum(rate(numerator)) / sum(rate(denominator)) [1 - x]. A zero denominator rate is an error.
Result<std::optional<double>> evaluateCounterRatio(const CounterRatio& ratio,
                                                   std::span<const SeriesSample> samples,
                                                   double timeSeconds, CounterRateState& state);

// sum(numerator) / sum(denominator) [1 - x]. A zero denominator is an error.
Result<double> evaluateGaugeRatio(const GaugeRatio& ratio, std::span<const SeriesSample> samples);

// A cumulative histogram bucket: observations <= upperBound.
struct Bucket {
    double upperBound = 0;
    double count = 0;
};

// Prometheus's histogram_quantile on one histogram's buckets (any order), with its rules: q < 0
// gives -Inf, q > 1 gives +Inf, NaN q gives NaN; no +Inf bucket, fewer than two distinct bounds or
// zero observations give NaN; buckets with equal bounds are added; counts that decrease with
// the bound are raised to the maximum seen before (Prometheus's ensureMonotonic); a rank in the
// +Inf bucket gives the highest finite bound; a rank in the first bucket interpolates from 0
// unless that bucket's bound is <= 0, which is returned. No buckets at all is a NotFound error
// (Prometheus returns no series).
Result<double> histogramQuantile(double q, std::span<const Bucket> buckets);

// histogram_quantile(q, sum by (le) (...)) over the selector's <name>_bucket samples: their
// increase since the last scrape (nullopt while warming up) or their lifetime counts.
Result<std::optional<double>> evaluateHistogramQuantile(const HistogramQuantile& histogram,
                                                        std::span<const SeriesSample> samples,
                                                        double timeSeconds,
                                                        CounterRateState& state);

// A binding over scraped samples, scaled. nullopt while warming up. Errors: PromQl/JsonPointer
// bindings (they need a server or a document), no matching series, NaN result.
Result<std::optional<double>> evaluateOnSamples(const MetricBinding& binding,
                                                std::span<const SeriesSample> samples,
                                                double timeSeconds, CounterRateState& state);

// The series of a Vector or Matrix result as samples (the __name__ label becomes the name; a
// matrix series gives its last point), so that scrape mappings can run over what a Prometheus
// returns. Series without points are left out; a Scalar or String gives none.
std::vector<SeriesSample> samplesFromResult(const PromQueryResult& result);

// A PromQl binding's value from the server's result (one series or a scalar), scaled.
Result<double> evaluateOnPromResult(const MetricBinding& binding, const PromQueryResult& result);

// A JsonPointer binding's value from a JSON document, scaled.
Result<double> evaluateOnJson(const MetricBinding& binding, const nlohmann::json& document);

} // namespace headroom
