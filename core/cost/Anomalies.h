#pragma once
// Cost and usage anomalies of one key (a provider, a client, or a provider's client) over daily
// series (seed 004, issue 4). Pure: series in, anomalies out, no clock.
//
// Rules, each judged against the days before the day (never the day itself):
// - cost spike (seed 004): cost > costSpikeRatio x the mean of the trailing trailingDays days;
// - usage spike (seed 004): usage > usageSpikeRatio x the trailing mean of usage;
// - robust outliers, for cost and for usage: the Iglewicz-Hoaglin modified z-score
//   0.6745 (x - median) / MAD over the trailing robustWindowDays days exceeds robustZThreshold
//   AND the value exceeds its series' spike ratio x that median. The median and MAD barely move
//   when one earlier spike sits in the window, so that spike cannot mask the next one the way it
//   inflates a mean. The ratio condition keeps the seed's notion of a material spike: on a series
//   with little spread a one-cent change can have a huge z, and a z alone would list it.
//   Only upward departures are anomalies: a drop in spend is not a cost risk.
// MAD = 0 (more than half the window equals its median, typical of flat fixed costs): the z uses
// the mean absolute deviation from the median scaled to the same units, 0.7979 (x - median) /
// meanAD (the IBM SPSS / Iglewicz-Hoaglin convention, 0.7979 = sqrt(2/pi)), which still sees the
// departures inside the window. When meanAD is 0 too the window is constant: there is no earlier
// spike to mask anything and any material departure is unbounded in z, so the rule fires on the
// ratio condition alone and robustZ is left empty.
//
// A missing day (nullopt, or a day absent from the series) is "no data", never zero: it is left
// out of every mean, median and count. A rule whose window holds fewer than minHistoryDays present
// days gives no verdict. Several rules firing on one day make one anomaly listing all of them.

#include "model/CostSettings.h"
#include "model/Day.h"
#include "model/Error.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace headroom {

// One day of a series. Cost values are dollars (the caller converts from MicroUsd), usage values
// are in the provider's unit (tokens, characters, requests); both are finite and >= 0.
struct DailyValue {
    Day day{};
    std::optional<double> value; // nullopt: no data that day

    friend bool operator==(const DailyValue&, const DailyValue&) = default;
};

// Whose series it is; passed through to every anomaly. An empty field means "all" or "not
// applicable" (a provider's total has no client).
struct AnomalyKey {
    std::string providerId;
    std::string clientId;

    friend bool operator==(const AnomalyKey&, const AnomalyKey&) = default;
};

// The daily cost of one key and, optionally, its daily usage. Each series is in strictly
// ascending day order; the two need not cover the same days.
struct AnomalySeries {
    AnomalyKey key;
    std::vector<DailyValue> cost;
    std::vector<DailyValue> usage; // empty: no usage rule
};

enum class AnomalyRule : std::uint8_t { CostSpike, CostOutlier, UsageSpike, UsageOutlier };

// The rules that fired on one day, as a bit set so that an anomaly carries them without an
// allocation.
class AnomalyRules {
public:
    void add(AnomalyRule rule) { m_bits |= bit(rule); }
    bool has(AnomalyRule rule) const { return (m_bits & bit(rule)) != 0; }
    bool empty() const { return m_bits == 0; }
    int count() const;
    std::vector<AnomalyRule> list() const; // in AnomalyRule order

    friend bool operator==(const AnomalyRules&, const AnomalyRules&) = default;

private:
    static std::uint8_t bit(AnomalyRule rule) { return std::uint8_t(1U << unsigned(rule)); }
    std::uint8_t m_bits = 0;
};

// What the rules saw in one series on the day. Absent figures had too little history.
struct AnomalyReading {
    double actual = 0.0;
    std::optional<double> trailingMean; // over the present days of the trailingDays window
    int trailingCount = 0;              // present days in that window
    std::optional<double> median;       // over the present days of the robustWindowDays window
    std::optional<double> robustZ;      // empty: no verdict, or a constant window (see above)
    int robustCount = 0;                // present days in the robust window

    friend bool operator==(const AnomalyReading&, const AnomalyReading&) = default;
};

enum class AnomalyMeasure { Cost, Usage };

// One anomalous day of one key. The headline figures come from the headline rule, the first
// fired in the order cost spike, cost outlier, usage spike, usage outlier (money first; the
// seed's mean rule before the robust one). Its expected value is the baseline that rule used:
// the trailing mean for a spike, the trailing median for an outlier.
struct Anomaly {
    AnomalyKey key;
    Day day{};
    AnomalyRule kind = AnomalyRule::CostSpike;     // the headline rule
    AnomalyRules rules;                            // every rule that fired
    AnomalyMeasure measure = AnomalyMeasure::Cost; // the series of the headline figures
    double actual = 0.0;
    double expected = 0.0;
    double impact = 0.0;                   // actual - expected, in the measure's unit
    std::optional<double> ratio;           // actual / expected; empty when expected is 0
    std::optional<double> increasePercent; // (ratio - 1) x 100
    std::optional<double> robustZ;         // of the headline series
    std::optional<AnomalyReading> cost;    // both readings, when the series has the day
    std::optional<AnomalyReading> usage;

    friend bool operator==(const Anomaly&, const Anomaly&) = default;
};

// Anomalies of one key, in day order. Fails (ValidationError naming the key, series and day) on
// days out of order or repeated, and on values that are negative or not finite.
Result<std::vector<Anomaly>> detectAnomalies(const AnomalySeries& series,
                                             const AnomalySettings& settings);

// Anomalies of many keys, in input order then day order; reuses its buffers across keys. Fails
// on the first invalid series, or on settings that cannot work (a window shorter than a day, a
// ratio or threshold that is not positive).
Result<std::vector<Anomaly>> detectAnomalies(std::span<const AnomalySeries> series,
                                             const AnomalySettings& settings);

std::string_view keyOf(AnomalyRule rule); // "cost_spike", "cost_outlier", "usage_spike", ...

} // namespace headroom
