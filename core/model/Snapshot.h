#pragma once
// Snapshot: what the engine knew about the business at one moment. Every metric is optional and
// its absence is explicit (std::nullopt, never a silent 0); each present value carries the time it
// was observed and the source it came from, so the truth layer can judge completeness and
// freshness. Values are validated on the way in: NaN, infinities and impossible values (negative
// counts, a fraction above 1) are refused with an error naming the metric.

#include "Error.h"
#include "Metric.h"
#include "Time.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

struct MetricSample {
    double value = 0.0;
    Timestamp observedAt{};
    std::string source; // "host", "demo", "file:metrics.json", a source id...

    friend bool operator==(const MetricSample&, const MetricSample&) = default;
};

// Month-to-date usage of one AI provider, in the provider's unit (tokens or characters).
struct ProviderUsage {
    std::string providerId; // matches AiProvider::id in the catalog
    double used = 0.0;
    Timestamp observedAt{};
    std::string source;

    friend bool operator==(const ProviderUsage&, const ProviderUsage&) = default;
};

class Snapshot {
public:
    Snapshot() = default;
    explicit Snapshot(Timestamp takenAt)
        : m_takenAt(takenAt)
    {
    }

    Timestamp takenAt() const { return m_takenAt; }
    void setTakenAt(Timestamp t) { m_takenAt = t; }

    const std::optional<MetricSample>& get(MetricId id) const { return m_samples[metricIndex(id)]; }
    std::optional<double> value(MetricId id) const;
    bool has(MetricId id) const { return m_samples[metricIndex(id)].has_value(); }
    std::size_t presentCount() const;

    // Validates the value against the metric's range; on error the snapshot is unchanged.
    Result<void> set(MetricId id, MetricSample sample);
    void clear(MetricId id) { m_samples[metricIndex(id)].reset(); }

    const std::vector<ProviderUsage>& aiUsage() const { return m_aiUsage; }
    Result<void> setAiUsage(ProviderUsage usage); // replaces the provider's earlier entry

    friend bool operator==(const Snapshot&, const Snapshot&) = default;

private:
    Timestamp m_takenAt{};
    std::array<std::optional<MetricSample>, kMetricCount> m_samples{};
    std::vector<ProviderUsage> m_aiUsage;
};

// The reason a value is refused, or nothing when it is acceptable for the metric.
Result<void> validateMetricValue(MetricId id, double value);

} // namespace headroom
