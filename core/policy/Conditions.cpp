#include "Conditions.h"

#include "Numeric.h"

#include <algorithm>

namespace headroom {

std::optional<double> subjectValue(const ConditionSubject& subject, const ConditionContext& ctx) {
    if (const auto* metric = std::get_if<MetricId>(&subject)) {
        return ctx.snapshot.value(*metric);
    }
    switch (std::get<DerivedValue>(subject)) {
    case DerivedValue::HeadroomPercent:
        return ctx.capacity.headroomPercent;
    case DerivedValue::ClientUtilisation: {
        const auto clients = ctx.snapshot.value(MetricId::ActiveClients);
        if (!clients || ctx.tier.maxClients <= 0) {
            return std::nullopt;
        }
        return *clients / ctx.tier.maxClients;
    }
    }
    return std::nullopt;
}

std::optional<double> absoluteThreshold(const Condition& condition, const Tier& tier) {
    if (!condition.relativeToTierLimit) {
        return condition.threshold;
    }
    const auto* metric = std::get_if<MetricId>(&condition.subject);
    if (metric == nullptr) {
        return std::nullopt; // derived values have no tier limit
    }
    const auto limit = tier.limitFor(*metric);
    if (!limit) {
        return std::nullopt;
    }
    return condition.threshold * *limit;
}

std::optional<Evidence> evaluateCondition(const Condition& condition, const ConditionContext& ctx) {
    const auto threshold = absoluteThreshold(condition, ctx.tier);
    if (!threshold) {
        return std::nullopt;
    }
    const auto value = subjectValue(condition.subject, ctx);
    if (!value || !compare(*value, condition.comparison, *threshold)) {
        return std::nullopt;
    }
    return Evidence{condition.subject, *value, *threshold, condition.comparison};
}

} // namespace headroom
