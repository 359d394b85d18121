#include "Snapshot.h"

#include "Text.h"

#include <algorithm>
#include <cmath>

namespace headroom {

std::optional<double> Snapshot::value(MetricId id) const
{
    const auto& sample = m_samples[metricIndex(id)];
    if (!sample) {
        return std::nullopt;
    }
    return sample->value;
}

std::size_t Snapshot::presentCount() const
{
    return static_cast<std::size_t>(
        std::ranges::count_if(m_samples, [](const auto& s) { return s.has_value(); }));
}

Result<void> validateMetricValue(MetricId id, double value)
{
    const MetricInfo& info = metricInfo(id);
    if (std::isnan(value)) {
        return fail(ErrorCode::ValidationError, cat(info.key, ": value is NaN"));
    }
    if (std::isinf(value)) {
        return fail(ErrorCode::ValidationError, cat(info.key, ": value is infinite"));
    }
    if (value < info.minimum) {
        return fail(ErrorCode::ValidationError,
                    cat(info.key, ": ", value, " is below the smallest possible value ",
                        info.minimum));
    }
    if (value > info.maximum) {
        return fail(ErrorCode::ValidationError,
                    cat(info.key, ": ", value, " is above the largest possible value ", info.maximum,
                        info.unit == MetricUnit::Fraction ? " (fractions are 0..1, not percentages)"
                                                          : ""));
    }
    if (info.integral && std::floor(value) != value) {
        return fail(ErrorCode::ValidationError,
                    cat(info.key, ": ", value, " is not a whole number"));
    }
    return {};
}

Result<void> Snapshot::set(MetricId id, MetricSample sample)
{
    if (auto ok = validateMetricValue(id, sample.value); !ok) {
        return ok;
    }
    m_samples[metricIndex(id)] = std::move(sample);
    return {};
}

Result<void> Snapshot::setAiUsage(ProviderUsage usage)
{
    if (usage.providerId.empty()) {
        return fail(ErrorCode::ValidationError, "ai usage: provider id is empty");
    }
    if (!std::isfinite(usage.used) || usage.used < 0.0) {
        return fail(ErrorCode::ValidationError,
                    cat("ai usage of '", usage.providerId, "': ", usage.used,
                        " is not a possible amount"));
    }
    auto it = std::ranges::find(m_aiUsage, usage.providerId, &ProviderUsage::providerId);
    if (it != m_aiUsage.end()) {
        *it = std::move(usage);
    } else {
        m_aiUsage.push_back(std::move(usage));
    }
    return {};
}

} // namespace headroom
