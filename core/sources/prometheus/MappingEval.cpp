#include "sources/prometheus/MappingEval.h"

#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::string describe(const Selector& selector) {
    std::string out = selector.name;
    if (selector.matchers.empty())
        return out;
    out += "{";
    for (std::size_t i = 0; i < selector.matchers.size(); ++i) {
        const auto& m = selector.matchers[i];
        out += cat(i ? ", " : "", m.label, keyOf(m.op), "\"", m.value, "\"");
    }
    return out + "}";
}

std::unexpected<Error> noSeries(const Selector& selector) {
    return fail(ErrorCode::NotFound, cat("no series matches ", describe(selector)));
}

// Rates of the matching series; `matched` tells whether any sample matched at all.
std::vector<double> rates(const Selector& selector, std::span<const SeriesSample> samples,
                          double timeSeconds, CounterRateState& state, bool& matched) {
    const SelectorMatcher matcher(selector);
    std::vector<double> out;
    matched = false;
    for (const auto& sample : samples) {
        if (!matcher.matches(sample))
            continue;
        matched = true;
        if (auto r = state.observe(seriesKey(sample), sample.value, timeSeconds))
            out.push_back(*r);
    }
    return out;
}

double applyForm(double ratio, RatioForm form) {
    return form == RatioForm::OneMinus ? 1.0 - ratio : ratio;
}

} // namespace

std::optional<double> aggregate(Aggregation aggregation, std::span<const double> values) {
    if (values.empty())
        return std::nullopt;
    switch (aggregation) {
    case Aggregation::Sum: {
        double sum = 0;
        for (double v : values)
            sum += v;
        return sum;
    }
    case Aggregation::Avg: {
        double sum = 0;
        for (double v : values)
            sum += v;
        return sum / static_cast<double>(values.size());
    }
    case Aggregation::Max:
        return *std::max_element(values.begin(), values.end());
    case Aggregation::Min:
        return *std::min_element(values.begin(), values.end());
    case Aggregation::Count:
        return static_cast<double>(values.size());
    }
    return std::nullopt;
}

std::optional<double> evaluateSelect(const SeriesSelect& select,
                                     std::span<const SeriesSample> samples) {
    const SelectorMatcher matcher(select.selector);
    std::vector<double> values;
    for (const auto& sample : samples)
        if (matcher.matches(sample))
            values.push_back(sample.value);
    return aggregate(select.aggregation, values);
}

std::string seriesKey(const SeriesSample& sample) {
    auto labels = sample.labels;
    std::sort(labels.begin(), labels.end());
    std::string key = sample.name;
    key += '{';
    for (const auto& [name, value] : labels) {
        // \x1f cannot occur in a label name, so keys of different label sets never collide.
        key += name;
        key += '\x1f';
        key += value;
        key += '\x1e';
    }
    key += '}';
    return key;
}

std::optional<double> CounterRateState::observe(const std::string& key, double value,
                                                double timeSeconds) {
    auto [it, inserted] = m_entries.try_emplace(key);
    Entry& e = it->second;
    if (inserted) {
        e.lastValue = value;
        e.lastTime = timeSeconds;
        return std::nullopt;
    }
    if (timeSeconds < e.lastTime)
        return std::nullopt;
    if (timeSeconds > e.lastTime) {
        e.previousValue = e.lastValue;
        e.previousTime = e.lastTime;
        e.hasPrevious = true;
        e.lastTime = timeSeconds;
    }
    e.lastValue = value;
    if (!e.hasPrevious)
        return std::nullopt;
    // A counter only goes down when its process restarted: it counted `value` since then.
    const double increase =
        e.lastValue >= e.previousValue ? e.lastValue - e.previousValue : e.lastValue;
    return increase / (e.lastTime - e.previousTime);
}

void CounterRateState::forgetUnseenSince(double timeSeconds) {
    std::erase_if(m_entries, [&](const auto& item) { return item.second.lastTime < timeSeconds; });
}

Result<std::optional<double>> evaluateRate(const CounterRate& rate,
                                           std::span<const SeriesSample> samples,
                                           double timeSeconds, CounterRateState& state) {
    bool matched = false;
    const auto values = rates(rate.selector, samples, timeSeconds, state, matched);
    if (!matched)
        return noSeries(rate.selector);
    return aggregate(rate.aggregation, values);
}

Result<std::optional<double>> evaluateCounterRatio(const CounterRatio& ratio,
                                                   std::span<const SeriesSample> samples,
                                                   double timeSeconds, CounterRateState& state) {
    bool matched = false;
    const auto numerators = rates(ratio.numerator, samples, timeSeconds, state, matched);
    if (!matched)
        return noSeries(ratio.numerator);
    const auto denominators = rates(ratio.denominator, samples, timeSeconds, state, matched);
    if (!matched)
        return noSeries(ratio.denominator);
    const auto num = aggregate(Aggregation::Sum, numerators);
    const auto den = aggregate(Aggregation::Sum, denominators);
    if (!num || !den)
        return std::optional<double>{};
    if (*den == 0)
        return fail(ErrorCode::ValidationError,
                    cat("rate of ", describe(ratio.denominator),
                        " is 0 between the last two scrapes: the ratio is undefined"));
    return std::optional<double>{applyForm(*num / *den, ratio.form)};
}

Result<double> evaluateGaugeRatio(const GaugeRatio& ratio, std::span<const SeriesSample> samples) {
    const auto num = evaluateSelect(SeriesSelect{ratio.numerator, Aggregation::Sum}, samples);
    if (!num)
        return noSeries(ratio.numerator);
    const auto den = evaluateSelect(SeriesSelect{ratio.denominator, Aggregation::Sum}, samples);
    if (!den)
        return noSeries(ratio.denominator);
    if (*den == 0)
        return fail(ErrorCode::ValidationError,
                    cat(describe(ratio.denominator), " is 0: the ratio is undefined"));
    return applyForm(*num / *den, ratio.form);
}

Result<double> histogramQuantile(double q, std::span<const Bucket> input) {
    if (input.empty())
        return fail(ErrorCode::NotFound, "histogram has no buckets");
    if (std::isnan(q))
        return std::nan("");
    if (q < 0)
        return -kInf;
    if (q > 1)
        return kInf;
    std::vector<Bucket> buckets(input.begin(), input.end());
    std::stable_sort(buckets.begin(), buckets.end(),
                     [](const Bucket& a, const Bucket& b) { return a.upperBound < b.upperBound; });
    if (buckets.back().upperBound != kInf)
        return std::nan("");
    // Equal bounds ("1" and "1.0") are one bucket: add their counts, as Prometheus does.
    std::vector<Bucket> merged;
    for (const auto& b : buckets) {
        if (!merged.empty() && merged.back().upperBound == b.upperBound)
            merged.back().count += b.count;
        else
            merged.push_back(b);
    }
    // Scrapes racing with observations can make a higher bucket count less than a lower one.
    double highest = -kInf;
    for (auto& b : merged) {
        if (b.count > highest)
            highest = b.count;
        else if (b.count < highest)
            b.count = highest;
    }
    if (merged.size() < 2)
        return std::nan("");
    const double observations = merged.back().count;
    if (observations == 0)
        return std::nan("");
    double rank = q * observations;
    std::size_t b = 0;
    while (b < merged.size() - 1 && merged[b].count < rank)
        ++b;
    if (b == merged.size() - 1)
        return merged[merged.size() - 2].upperBound;
    if (b == 0 && merged[0].upperBound <= 0)
        return merged[0].upperBound;
    double bucketStart = 0;
    const double bucketEnd = merged[b].upperBound;
    double count = merged[b].count;
    if (b > 0) {
        bucketStart = merged[b - 1].upperBound;
        count -= merged[b - 1].count;
        rank -= merged[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

Result<std::optional<double>> evaluateHistogramQuantile(const HistogramQuantile& histogram,
                                                        std::span<const SeriesSample> samples,
                                                        double timeSeconds,
                                                        CounterRateState& state) {
    const SelectorMatcher matcher(histogram.selector);
    const std::string bucketName = histogram.selector.name + "_bucket";
    std::map<double, double> byBound; // sum by (le)
    bool matched = false;
    bool warming = false;
    for (const auto& sample : samples) {
        if (!matcher.matches(sample, bucketName))
            continue;
        std::optional<double> bound;
        for (const auto& [name, value] : sample.labels)
            if (name == "le")
                bound = parsePromValue(value);
        if (!bound || std::isnan(*bound))
            continue; // Prometheus ignores bucket samples without a valid le
        matched = true;
        if (histogram.window == HistogramWindow::Lifetime) {
            byBound[*bound] += sample.value;
            continue;
        }
        // Rates instead of increases: every bucket shares the interval, so quantiles agree.
        auto rate = state.observe(seriesKey(sample), sample.value, timeSeconds);
        if (!rate)
            warming = true;
        else
            byBound[*bound] += *rate;
    }
    if (!matched)
        return fail(ErrorCode::NotFound,
                    cat("no bucket series matches ", describe(histogram.selector), " (looked for ",
                        bucketName, " with an le label)"));
    if (warming)
        return std::optional<double>{};
    std::vector<Bucket> buckets;
    buckets.reserve(byBound.size());
    for (const auto& [bound, count] : byBound)
        buckets.push_back(Bucket{bound, count});
    auto q = histogramQuantile(histogram.q, buckets);
    if (!q)
        return std::unexpected(q.error());
    return std::optional<double>{*q};
}

Result<std::optional<double>> evaluateOnSamples(const MetricBinding& binding,
                                                std::span<const SeriesSample> samples,
                                                double timeSeconds, CounterRateState& state) {
    struct Eval {
        std::span<const SeriesSample> samples;
        double time;
        CounterRateState& state;
        Result<std::optional<double>> operator()(const SeriesSelect& e) const {
            auto v = evaluateSelect(e, samples);
            if (!v)
                return noSeries(e.selector);
            return v;
        }
        Result<std::optional<double>> operator()(const CounterRate& e) const {
            return evaluateRate(e, samples, time, state);
        }
        Result<std::optional<double>> operator()(const CounterRatio& e) const {
            return evaluateCounterRatio(e, samples, time, state);
        }
        Result<std::optional<double>> operator()(const GaugeRatio& e) const {
            auto v = evaluateGaugeRatio(e, samples);
            if (!v)
                return std::unexpected(v.error());
            return std::optional<double>{*v};
        }
        Result<std::optional<double>> operator()(const HistogramQuantile& e) const {
            return evaluateHistogramQuantile(e, samples, time, state);
        }
        Result<std::optional<double>> operator()(const PromQl& e) const {
            return fail(ErrorCode::InvalidArgument,
                        cat("PromQL `", e.expression, "` needs a Prometheus server, not a scrape"));
        }
        Result<std::optional<double>> operator()(const JsonPointer& e) const {
            return fail(ErrorCode::InvalidArgument,
                        cat("JSON pointer ", e.pointer, " needs a JSON document, not a scrape"));
        }
    };
    auto value = std::visit(Eval{samples, timeSeconds, state}, binding.expression);
    if (!value || !*value)
        return value;
    if (std::isnan(**value))
        return fail(ErrorCode::ValidationError,
                    cat(metricKey(binding.metric), ": ", expressionKind(binding.expression),
                        " gave NaN (no observations?)"));
    return std::optional<double>{**value * binding.scale};
}

std::vector<SeriesSample> samplesFromResult(const PromQueryResult& result) {
    std::vector<SeriesSample> out;
    out.reserve(result.series.size());
    for (const auto& series : result.series) {
        if (series.points.empty())
            continue;
        SeriesSample sample;
        for (const auto& [name, value] : series.labels) {
            if (name == "__name__")
                sample.name = value;
            else
                sample.labels.emplace_back(name, value);
        }
        sample.value = series.points.back().value;
        out.push_back(std::move(sample));
    }
    return out;
}

Result<double> evaluateOnPromResult(const MetricBinding& binding, const PromQueryResult& result) {
    const auto* promql = std::get_if<PromQl>(&binding.expression);
    if (!promql)
        return fail(ErrorCode::InvalidArgument,
                    cat(metricKey(binding.metric), " is bound to ",
                        expressionKind(binding.expression), ", not promql"));
    auto value = singleValue(result, promql->expression);
    if (!value)
        return value;
    if (std::isnan(*value))
        return fail(ErrorCode::ValidationError, cat("PromQL `", promql->expression, "` gave NaN"));
    return *value * binding.scale;
}

Result<double> evaluateOnJson(const MetricBinding& binding, const nlohmann::json& document) {
    const auto* pointer = std::get_if<JsonPointer>(&binding.expression);
    if (!pointer)
        return fail(ErrorCode::InvalidArgument,
                    cat(metricKey(binding.metric), " is bound to ",
                        expressionKind(binding.expression), ", not json_pointer"));
    auto value = readJsonNumber(document, pointer->pointer, pointer->strings);
    if (!value)
        return value;
    return *value * binding.scale;
}

} // namespace headroom
