#include "Anomalies.h"

#include "model/Text.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace headroom {

namespace {

// Iglewicz and Hoaglin's modified z-score: 0.6745 is the 75th percentile of the standard normal,
// which makes the MAD an estimate of the standard deviation for normal data.
constexpr double kMadScale = 0.6745;
// When the MAD is 0: sqrt(2 / pi), the ratio of the mean absolute deviation to the standard
// deviation of normal data (IBM SPSS's fallback for the modified z-score).
constexpr double kMeanAbsDevScale = 0.7979;

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

bool present(double v) {
    return !std::isnan(v);
}

std::string describe(const AnomalyKey& key) {
    if (key.providerId.empty() && key.clientId.empty()) {
        return "series without a key";
    }
    if (key.clientId.empty()) {
        return cat("provider '", key.providerId, "'");
    }
    if (key.providerId.empty()) {
        return cat("client '", key.clientId, "'");
    }
    return cat("provider '", key.providerId, "' client '", key.clientId, "'");
}

Result<void> checkSeries(const AnomalyKey& key, std::string_view name,
                         std::span<const DailyValue> series) {
    for (std::size_t i = 0; i < series.size(); ++i) {
        const DailyValue& point = series[i];
        if (i > 0 && point.day <= series[i - 1].day) {
            return fail(ErrorCode::ValidationError,
                        cat("anomalies: ", describe(key), " ", name, " series: day ",
                            formatDay(point.day),
                            point.day == series[i - 1].day ? " is repeated" : " is out of order",
                            " (days must be strictly ascending)"));
        }
        if (point.value && (!std::isfinite(*point.value) || *point.value < 0.0)) {
            return fail(ErrorCode::ValidationError,
                        cat("anomalies: ", describe(key), " ", name, " on ", formatDay(point.day),
                            " is ", *point.value, " (must be finite and >= 0)"));
        }
    }
    return {};
}

Result<void> checkSettings(const AnomalySettings& s) {
    if (s.trailingDays < 1 || s.robustWindowDays < 1 || s.minHistoryDays < 1) {
        return fail(ErrorCode::InvalidArgument,
                    cat("anomalies: trailingDays (", s.trailingDays, "), robustWindowDays (",
                        s.robustWindowDays, ") and minHistoryDays (", s.minHistoryDays,
                        ") must be at least 1"));
    }
    if (!(s.costSpikeRatio > 0.0) || !(s.usageSpikeRatio > 0.0) || !(s.robustZThreshold > 0.0)) {
        return fail(ErrorCode::InvalidArgument,
                    cat("anomalies: costSpikeRatio (", s.costSpikeRatio, "), usageSpikeRatio (",
                        s.usageSpikeRatio, ") and robustZThreshold (", s.robustZThreshold,
                        ") must be positive"));
    }
    return {};
}

// Median of a non-empty buffer; reorders it. nth_element and one scan, no allocation.
double medianInPlace(std::span<double> values) {
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1) {
        return upper;
    }
    // Even count: everything before mid is <= upper, so the lower middle is their maximum.
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(mid));
    return (lower + upper) / 2.0;
}

// The rules' view of one series on one day.
struct Verdict {
    bool spike = false;
    bool outlier = false;
};

// One dense series (NaN = missing) walked day by day. The robust window is kept sorted and moved
// one day at a time (one binary-search insert and one erase of at most robustWindowDays
// doubles), so the median is a lookup; the MAD, which needs every deviation, is computed only for
// the rare material departures. The buffers are reused for every key: a day costs no allocation.
class RollingSeries {
public:
    explicit RollingSeries(const AnomalySettings& settings)
        : m_settings(settings) {
        m_sorted.reserve(std::size_t(settings.robustWindowDays) + 1);
        m_scratch.reserve(std::size_t(settings.robustWindowDays) + 1);
    }

    void reset(std::vector<double>&& dense) {
        m_dense = std::move(dense);
        m_sorted.clear();
        m_day = 0;
    }
    std::vector<double> release() { return std::move(m_dense); }
    std::vector<double>& dense() { return m_dense; }
    bool hasDay(std::size_t i) const { return present(m_dense[i]); }

    // Moves the robust window to the days before day i (called with i = 0, 1, 2, ...).
    void advanceTo(std::size_t i) {
        const auto window = std::size_t(m_settings.robustWindowDays);
        for (; m_day < i; ++m_day) {
            insert(m_dense[m_day]);
            if (m_day >= window) {
                erase(m_dense[m_day - window]);
            }
        }
    }

    Verdict judge(std::size_t i, double spikeRatio) {
        Verdict verdict;
        const double x = m_dense[i];
        int count = 0;
        const double mean = trailingMean(i, count);
        if (count >= m_settings.minHistoryDays && x > spikeRatio * mean) {
            verdict.spike = true;
        }
        if (int(m_sorted.size()) >= m_settings.minHistoryDays) {
            const double median = medianOfWindow();
            // The z is only worth computing for a material departure (see the header).
            if (x > spikeRatio * median) {
                const Robust r = robust(x, median);
                verdict.outlier = r.unbounded || (r.z && *r.z > m_settings.robustZThreshold);
            }
        }
        return verdict;
    }

    // Every figure, for an anomalous day.
    AnomalyReading reading(std::size_t i) {
        AnomalyReading out;
        out.actual = m_dense[i];
        int count = 0;
        const double mean = trailingMean(i, count);
        out.trailingCount = count;
        if (count >= m_settings.minHistoryDays) {
            out.trailingMean = mean;
        }
        out.robustCount = int(m_sorted.size());
        if (int(m_sorted.size()) >= m_settings.minHistoryDays) {
            const double median = medianOfWindow();
            out.median = median;
            out.robustZ = robust(out.actual, median).z;
        }
        return out;
    }

private:
    struct Robust {
        std::optional<double> z;
        bool unbounded = false; // constant window and a value above it
    };

    void insert(double v) {
        if (present(v)) {
            m_sorted.insert(std::upper_bound(m_sorted.begin(), m_sorted.end(), v), v);
        }
    }
    void erase(double v) {
        if (present(v)) {
            m_sorted.erase(std::lower_bound(m_sorted.begin(), m_sorted.end(), v));
        }
    }

    double medianOfWindow() const {
        const std::size_t n = m_sorted.size();
        return n % 2 == 1 ? m_sorted[n / 2] : (m_sorted[n / 2 - 1] + m_sorted[n / 2]) / 2.0;
    }

    // Mean of the present values of the trailingDays days before day i; count = how many. Summed
    // afresh each day (a handful of additions) so that no running sum drifts across a year.
    double trailingMean(std::size_t i, int& count) const {
        const auto days = std::size_t(m_settings.trailingDays);
        const std::size_t from = i > days ? i - days : 0;
        double sum = 0.0;
        count = 0;
        for (std::size_t j = from; j < i; ++j) {
            if (present(m_dense[j])) {
                sum += m_dense[j];
                ++count;
            }
        }
        return count > 0 ? sum / count : 0.0;
    }

    // The modified z of x against the window's median.
    Robust robust(double x, double median) {
        m_scratch.clear();
        double sumDeviation = 0.0;
        for (double v : m_sorted) {
            m_scratch.push_back(std::abs(v - median));
            sumDeviation += m_scratch.back();
        }
        const double mad = medianInPlace(m_scratch);
        if (mad > 0.0) {
            return {kMadScale * (x - median) / mad, false};
        }
        const double meanDeviation = sumDeviation / double(m_scratch.size());
        if (meanDeviation > 0.0) {
            return {kMeanAbsDevScale * (x - median) / meanDeviation, false};
        }
        return {std::nullopt, x > median};
    }

    const AnomalySettings& m_settings;
    std::vector<double> m_dense;
    std::size_t m_day = 0; // the window holds the present values of [m_day - window, m_day)
    std::vector<double> m_sorted;
    std::vector<double> m_scratch;
};

class Detector {
public:
    explicit Detector(const AnomalySettings& settings)
        : m_settings(settings)
        , m_cost(settings)
        , m_usage(settings) {}

    Result<void> run(const AnomalySeries& series, std::vector<Anomaly>& out) {
        if (auto ok = checkSeries(series.key, "cost", series.cost); !ok) {
            return ok;
        }
        if (auto ok = checkSeries(series.key, "usage", series.usage); !ok) {
            return ok;
        }
        if (series.cost.empty() && series.usage.empty()) {
            return {};
        }
        Day first = Day::max();
        Day last = Day::min();
        for (const auto* s : {&series.cost, &series.usage}) {
            if (!s->empty()) {
                first = std::min(first, s->front().day);
                last = std::max(last, s->back().day);
            }
        }
        const std::size_t days = std::size_t((last - first).count()) + 1;
        densify(series.cost, first, days, m_cost);
        densify(series.usage, first, days, m_usage);

        for (std::size_t i = 0; i < days; ++i) {
            m_cost.advanceTo(i);
            m_usage.advanceTo(i);
            const bool hasCost = m_cost.hasDay(i);
            const bool hasUsage = m_usage.hasDay(i);
            AnomalyRules rules;
            if (hasCost) {
                const Verdict v = m_cost.judge(i, m_settings.costSpikeRatio);
                if (v.spike) {
                    rules.add(AnomalyRule::CostSpike);
                }
                if (v.outlier) {
                    rules.add(AnomalyRule::CostOutlier);
                }
            }
            if (hasUsage) {
                const Verdict v = m_usage.judge(i, m_settings.usageSpikeRatio);
                if (v.spike) {
                    rules.add(AnomalyRule::UsageSpike);
                }
                if (v.outlier) {
                    rules.add(AnomalyRule::UsageOutlier);
                }
            }
            if (!rules.empty()) {
                out.push_back(makeAnomaly(series.key, first + std::chrono::days(i), i, rules,
                                          hasCost, hasUsage));
            }
        }
        return {};
    }

private:
    // Lays the series out one slot per day from `first` (NaN where there is no data), reusing the
    // series' previous buffer.
    static void densify(std::span<const DailyValue> series, Day first, std::size_t days,
                        RollingSeries& rolling) {
        std::vector<double> dense = rolling.release();
        dense.assign(days, kMissing);
        for (const DailyValue& point : series) {
            if (point.value) {
                dense[std::size_t((point.day - first).count())] = *point.value;
            }
        }
        rolling.reset(std::move(dense));
    }

    Anomaly makeAnomaly(const AnomalyKey& key, Day day, std::size_t i, AnomalyRules rules,
                        bool hasCost, bool hasUsage) {
        Anomaly a;
        a.key = key;
        a.day = day;
        a.rules = rules;
        if (hasCost) {
            a.cost = m_cost.reading(i);
        }
        if (hasUsage) {
            a.usage = m_usage.reading(i);
        }
        for (AnomalyRule rule : {AnomalyRule::CostSpike, AnomalyRule::CostOutlier,
                                 AnomalyRule::UsageSpike, AnomalyRule::UsageOutlier}) {
            if (rules.has(rule)) {
                a.kind = rule;
                break;
            }
        }
        const bool isCost = a.kind == AnomalyRule::CostSpike || a.kind == AnomalyRule::CostOutlier;
        const bool isSpike = a.kind == AnomalyRule::CostSpike || a.kind == AnomalyRule::UsageSpike;
        const AnomalyReading& r = isCost ? *a.cost : *a.usage;
        a.measure = isCost ? AnomalyMeasure::Cost : AnomalyMeasure::Usage;
        a.actual = r.actual;
        // A rule only fires with its baseline present.
        a.expected = isSpike ? r.trailingMean.value_or(0.0) : r.median.value_or(0.0);
        a.impact = a.actual - a.expected;
        if (a.expected > 0.0) {
            a.ratio = a.actual / a.expected;
            a.increasePercent = (*a.ratio - 1.0) * 100.0;
        }
        a.robustZ = r.robustZ;
        return a;
    }

    const AnomalySettings& m_settings;
    RollingSeries m_cost;
    RollingSeries m_usage;
};

} // namespace

int AnomalyRules::count() const {
    return std::popcount(m_bits);
}

std::vector<AnomalyRule> AnomalyRules::list() const {
    std::vector<AnomalyRule> out;
    for (AnomalyRule rule : {AnomalyRule::CostSpike, AnomalyRule::CostOutlier,
                             AnomalyRule::UsageSpike, AnomalyRule::UsageOutlier}) {
        if (has(rule)) {
            out.push_back(rule);
        }
    }
    return out;
}

Result<std::vector<Anomaly>> detectAnomalies(const AnomalySeries& series,
                                             const AnomalySettings& settings) {
    return detectAnomalies(std::span<const AnomalySeries>(&series, 1), settings);
}

Result<std::vector<Anomaly>> detectAnomalies(std::span<const AnomalySeries> series,
                                             const AnomalySettings& settings) {
    if (auto ok = checkSettings(settings); !ok) {
        return std::unexpected(ok.error());
    }
    std::vector<Anomaly> out;
    Detector detector(settings);
    for (const AnomalySeries& s : series) {
        if (auto ok = detector.run(s, out); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return out;
}

std::string_view keyOf(AnomalyRule rule) {
    switch (rule) {
    case AnomalyRule::CostSpike:
        return "cost_spike";
    case AnomalyRule::CostOutlier:
        return "cost_outlier";
    case AnomalyRule::UsageSpike:
        return "usage_spike";
    case AnomalyRule::UsageOutlier:
        return "usage_outlier";
    }
    return "unknown";
}

} // namespace headroom
