#include "InfraCost.h"

#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace headroom {

namespace {

// Guards roundings up against representation error: 4 x 0.19 / 0.8 = 0.95 must not become
// 0.9500000000000001 and round up a whole extra step.
constexpr double kRelativeSlack = 1e-9;

Result<void> checkAmount(std::string_view field, const std::optional<double>& value,
                         double maximum) {
    if (value && (!std::isfinite(*value) || *value < 0.0 || *value > maximum)) {
        return fail(ErrorCode::ValidationError,
                    cat("infrastructure cost: ", field, " is ", *value,
                        maximum < HUGE_VAL ? " (must be between 0 and 1)" : " (must be >= 0)"));
    }
    return {};
}

// A part of the hourly cost in unrounded micro-dollars; nullopt when an input is missing.
std::optional<double> part(std::optional<double> a, std::optional<double> b, MicroUsd price) {
    if (!a || !b) {
        return std::nullopt;
    }
    return *a * *b * double(price.value);
}

std::optional<MicroUsd> rounded(std::optional<double> microDollars) {
    if (!microDollars) {
        return std::nullopt;
    }
    return MicroUsd{std::llround(*microDollars)};
}

Result<void> checkSettings(const EfficiencySettings& s) {
    if (!(s.targetUtilisationLow > 0.0 && s.targetUtilisationLow <= s.targetUtilisationHigh &&
          s.targetUtilisationHigh < 1.0)) {
        return fail(ErrorCode::InvalidArgument,
                    cat("efficiency: target band ", s.targetUtilisationLow, "..",
                        s.targetUtilisationHigh, " must satisfy 0 < low <= high < 1"));
    }
    if (!(s.rightSizePercentile > 0.0 && s.rightSizePercentile < 1.0)) {
        return fail(ErrorCode::InvalidArgument, cat("efficiency: rightSizePercentile ",
                                                    s.rightSizePercentile, " must be in (0, 1)"));
    }
    if (s.lookback.count() <= 0) {
        return fail(ErrorCode::InvalidArgument,
                    cat("efficiency: lookback (", s.lookback.count(), " days) must be positive"));
    }
    return {};
}

// The values of the samples inside (now - lookback, now].
Result<std::vector<double>> windowValues(std::span<const UtilisationSample> samples, Timestamp now,
                                         const EfficiencySettings& settings) {
    if (auto ok = checkSettings(settings); !ok) {
        return std::unexpected(ok.error());
    }
    const Timestamp from = now - settings.lookback;
    std::vector<double> values;
    values.reserve(samples.size());
    for (const UtilisationSample& s : samples) {
        if (!s.value || s.at <= from || s.at > now) {
            continue;
        }
        if (!std::isfinite(*s.value) || *s.value < 0.0 || *s.value > 1.0) {
            return fail(ErrorCode::ValidationError,
                        cat("efficiency: utilisation at ", formatIso(s.at), " is ", *s.value,
                            " (must be between 0 and 1)"));
        }
        values.push_back(*s.value);
    }
    return values;
}

double roundUpToStep(double size, double step) {
    const double steps = std::ceil(size / step * (1.0 - kRelativeSlack));
    return std::max(1.0, steps) * step;
}

} // namespace

ResourceUsage resourceUsageFrom(const Snapshot& snapshot, const ProvisionedResources& provisioned) {
    ResourceUsage usage;
    usage.cpuCores = provisioned.cpuCores;
    usage.memoryGb = provisioned.memoryGb;
    usage.cpuUtilisation = snapshot.value(MetricId::CpuUtilization);
    usage.memoryUtilisation = snapshot.value(MetricId::MemoryUtilization);
    usage.storageGb = snapshot.value(MetricId::StorageUsageGb);
    usage.networkMb = snapshot.value(MetricId::BandwidthUsageMb);
    return usage;
}

Result<InfraCost> infraCost(const ResourceUsage& usage, const InfraUnitPrices& prices) {
    struct Field {
        std::string_view name;
        const std::optional<double>& value;
        double maximum;
    };
    for (const Field& f : {Field{"cpuCores", usage.cpuCores, HUGE_VAL},
                           Field{"cpuUtilisation", usage.cpuUtilisation, 1.0},
                           Field{"memoryGb", usage.memoryGb, HUGE_VAL},
                           Field{"memoryUtilisation", usage.memoryUtilisation, 1.0},
                           Field{"storageGb", usage.storageGb, HUGE_VAL},
                           Field{"networkMb", usage.networkMb, HUGE_VAL}}) {
        if (auto ok = checkAmount(f.name, f.value, f.maximum); !ok) {
            return std::unexpected(ok.error());
        }
    }
    const std::optional<double> one = 1.0;
    const std::optional<double> cpu =
        part(usage.cpuCores, usage.cpuUtilisation, prices.perCoreHour);
    const std::optional<double> memory =
        part(usage.memoryGb, usage.memoryUtilisation, prices.perMemoryGbHour);
    const std::optional<double> storage = part(usage.storageGb, one, prices.perStorageGbHour);
    const std::optional<double> network = part(usage.networkMb, one, prices.perNetworkMb);

    InfraCost cost;
    cost.cpu = rounded(cpu);
    cost.memory = rounded(memory);
    cost.storage = rounded(storage);
    cost.network = rounded(network);
    if (cpu && memory && storage && network) {
        const double hourly = *cpu + *memory + *storage + *network;
        cost.hourly = rounded(hourly);
        cost.monthly = rounded(hourly * kHoursPerBillingMonth);
    }
    return cost;
}

double utilisationEfficiency(double utilisation, const EfficiencySettings& settings) {
    const double low = settings.targetUtilisationLow;
    const double high = settings.targetUtilisationHigh;
    if (utilisation < low) {
        return std::max(0.0, utilisation / low);
    }
    if (utilisation > high) {
        return std::max(0.0, (1.0 - utilisation) / (1.0 - high));
    }
    return 1.0;
}

Result<EfficiencyScore> efficiencyScore(std::span<const UtilisationSample> samples, Timestamp now,
                                        const EfficiencySettings& settings) {
    auto values = windowValues(samples, now, settings);
    if (!values) {
        return std::unexpected(values.error());
    }
    EfficiencyScore out;
    double sum = 0.0;
    for (double u : *values) {
        sum += utilisationEfficiency(u, settings);
        if (u < settings.targetUtilisationLow) {
            ++out.belowBand;
        } else if (u > settings.targetUtilisationHigh) {
            ++out.aboveBand;
        } else {
            ++out.inBand;
        }
    }
    out.samples = int(values->size());
    if (out.samples > 0) {
        out.score = sum / out.samples;
    }
    return out;
}

Result<RightSizing> rightSize(std::span<const UtilisationSample> samples, Timestamp now,
                              const RightSizingInput& input, const EfficiencySettings& settings) {
    if (!(std::isfinite(input.currentSize) && input.currentSize > 0.0 &&
          std::isfinite(input.sizeStep) && input.sizeStep > 0.0)) {
        return fail(ErrorCode::InvalidArgument,
                    cat("right-sizing: currentSize (", input.currentSize, ") and sizeStep (",
                        input.sizeStep, ") must be positive"));
    }
    auto values = windowValues(samples, now, settings);
    if (!values) {
        return std::unexpected(values.error());
    }
    RightSizing out;
    out.currentSize = input.currentSize;
    out.samples = int(values->size());
    out.samplesNeeded =
        int(std::ceil(1.0 / (1.0 - settings.rightSizePercentile) * (1.0 - kRelativeSlack)));
    if (out.samples < out.samplesNeeded) {
        return out;
    }
    const double p = *percentileOf(*values, settings.rightSizePercentile);
    out.percentile = p;
    double recommended = input.currentSize;
    if (p > settings.targetUtilisationHigh || p < settings.targetUtilisationLow) {
        recommended =
            roundUpToStep(input.currentSize * p / settings.targetUtilisationHigh, input.sizeStep);
    }
    if (p < settings.targetUtilisationLow && recommended >= input.currentSize) {
        recommended = input.currentSize; // the step allows nothing smaller
    }
    out.action = recommended > input.currentSize   ? RightSizeAction::Grow
                 : recommended < input.currentSize ? RightSizeAction::Shrink
                                                   : RightSizeAction::Keep;
    out.recommendedSize = recommended;
    out.projectedUtilisation = p * input.currentSize / recommended;
    out.monthlySaving =
        MicroUsd{std::llround((input.currentSize - recommended) *
                              double(input.pricePerUnitHour.value) * kHoursPerBillingMonth)};
    return out;
}

std::string_view keyOf(RightSizeAction action) {
    switch (action) {
    case RightSizeAction::Shrink:
        return "shrink";
    case RightSizeAction::Grow:
        return "grow";
    case RightSizeAction::Keep:
        return "keep";
    case RightSizeAction::NotEnoughSamples:
        return "not_enough_samples";
    }
    return "unknown";
}

} // namespace headroom
