#pragma once
// Infrastructure cost and efficiency (seed 003). Pure functions: no clock ("now" is passed in),
// no I/O.
//
// - The hourly cost model: cores x CPU utilisation x price + memory GB x memory utilisation x
//   price + storage GB x price + network MB x price, from InfraUnitPrices; the month is seed
//   003's 24 x 30 hours. Sums are taken in unrounded micro-dollars and rounded once, so the
//   parts shown may differ from the total by a micro-dollar. A missing input makes its part and
//   the total missing, never zero.
// - The efficiency score (0..1) of utilisation samples against the target band
//   [targetUtilisationLow, targetUtilisationHigh] over the lookback window.
// - Right-sizing: the size that puts the window's rightSizePercentile utilisation at the top of
//   the target band, and what that saves (or costs) a month.
// Utilisations are fractions 0..1 as the CpuUtilization / MemoryUtilization metrics are.

#include "model/CostSettings.h"
#include "model/Error.h"
#include "model/Money.h"
#include "model/Percentile.h"
#include "model/Snapshot.h"
#include "model/Time.h"

#include <optional>
#include <span>

namespace headroom {

// Seed 003: monthlyCost = hourlyCost x 24 x 30 (a 30-day billing month, not a calendar month).
inline constexpr int kBillingDaysPerMonth = 30;
inline constexpr int kHoursPerBillingMonth = 24 * kBillingDaysPerMonth;

// What one service used in one hour. Sizes are what is provisioned; utilisations what share of
// it was busy. Every field may be unknown.
struct ResourceUsage {
    std::optional<double> cpuCores;
    std::optional<double> cpuUtilisation; // 0..1
    std::optional<double> memoryGb;
    std::optional<double> memoryUtilisation; // 0..1
    std::optional<double> storageGb;         // used storage
    std::optional<double> networkMb;         // transferred in the hour

    friend bool operator==(const ResourceUsage&, const ResourceUsage&) = default;
};

// The provisioned sizes, which snapshots do not measure (they come from the service's plan).
struct ProvisionedResources {
    std::optional<double> cpuCores;
    std::optional<double> memoryGb;
};

// A snapshot's CpuUtilization, MemoryUtilization, StorageUsageGb and BandwidthUsageMb with the
// provisioned sizes. BandwidthUsageMb is taken as the MB transferred in the hour being costed; a
// source that reports another span must be scaled by the caller.
ResourceUsage resourceUsageFrom(const Snapshot& snapshot, const ProvisionedResources& provisioned);

// Per-hour parts (each rounded on its own, for display), the hourly total and the month.
struct InfraCost {
    std::optional<MicroUsd> cpu;
    std::optional<MicroUsd> memory;
    std::optional<MicroUsd> storage;
    std::optional<MicroUsd> network;
    std::optional<MicroUsd> hourly;  // all parts present: their unrounded sum, rounded once
    std::optional<MicroUsd> monthly; // the unrounded hourly sum x kHoursPerBillingMonth, rounded

    friend bool operator==(const InfraCost&, const InfraCost&) = default;
};

// Fails (ValidationError naming the field) on a negative or non-finite value or a utilisation
// above 1.
Result<InfraCost> infraCost(const ResourceUsage& usage, const InfraUnitPrices& prices);

// One utilisation reading (0..1) of a resource; nullopt: not measured at that time.
struct UtilisationSample {
    Timestamp at{};
    std::optional<double> value;

    friend bool operator==(const UtilisationSample&, const UtilisationSample&) = default;
};

// The efficiency of one utilisation: 1 inside the target band [low, high] (ends included);
// below it u / low, falling linearly to 0 at idle, because capacity paid for and unused is waste
// in proportion (35 % busy against a 70 % target is half wasted: 0.5); above it
// (1 - u) / (1 - high), falling linearly to 0 at saturation, because the margin for a burst is
// gone (0.9 against 0.8 is 0.5). Requires 0 < low <= high < 1 and 0 <= u <= 1.
double utilisationEfficiency(double utilisation, const EfficiencySettings& settings);

// The mean efficiency of the samples in the lookback window (now - lookback, now], with counts
// of where they fell. Samples without a value or outside the window are left out; no sample
// left: no score.
struct EfficiencyScore {
    std::optional<double> score; // 0..1
    int samples = 0;
    int belowBand = 0;
    int inBand = 0;
    int aboveBand = 0;

    friend bool operator==(const EfficiencyScore&, const EfficiencyScore&) = default;
};

// Fails on settings outside 0 < low <= high < 1, a lookback that is not positive, or a sample in
// the window that is not a fraction (ValidationError naming its time).
Result<EfficiencyScore> efficiencyScore(std::span<const UtilisationSample> samples, Timestamp now,
                                        const EfficiencySettings& settings);

// The resource being sized: the size now, the step it is sold in, and the price of one unit per
// hour (InfraUnitPrices::perCoreHour or perMemoryGbHour).
struct RightSizingInput {
    double currentSize = 0.0; // > 0: cores or GB
    double sizeStep = 1.0;    // > 0: recommendations round up to a multiple of it
    MicroUsd pricePerUnitHour;
};

enum class RightSizeAction {
    Shrink,           // over-provisioned: the percentile is below the band
    Grow,             // under-provisioned: the percentile is above the band
    Keep,             // the percentile is in the band, or the step allows no smaller size
    NotEnoughSamples, // fewer than samplesNeeded samples in the window: nothing is recommended
};

// Invariants: percentile, recommendedSize, projectedUtilisation and monthlySaving are set unless
// NotEnoughSamples; for Keep, recommendedSize == currentSize and monthlySaving is 0.
struct RightSizing {
    RightSizeAction action = RightSizeAction::NotEnoughSamples;
    int samples = 0;       // values in the window: the evidence
    int samplesNeeded = 0; // ceil(1 / (1 - percentile)): fewer leave no sample above the
                           // percentile, which is then only an interpolation towards the maximum
    std::optional<double> percentile; // the window's rightSizePercentile utilisation
    double currentSize = 0.0;
    std::optional<double> recommendedSize;
    std::optional<double> projectedUtilisation; // percentile x currentSize / recommendedSize
    // (current - recommended) x price x kHoursPerBillingMonth: negative is the extra cost of
    // growing. Priced on the provisioned size, because that is what a resize changes (the seed's
    // utilisation-weighted hourly model charges the same busy cores at any size).
    std::optional<MicroUsd> monthlySaving;

    friend bool operator==(const RightSizing&, const RightSizing&) = default;
};

// The recommended size is currentSize x percentile / targetUtilisationHigh rounded up to the step
// (at least one step). Fails on invalid settings, sizes or samples, as efficiencyScore does.
Result<RightSizing> rightSize(std::span<const UtilisationSample> samples, Timestamp now,
                              const RightSizingInput& input, const EfficiencySettings& settings);

std::string_view keyOf(RightSizeAction action); // "shrink", "grow", "keep", "not_enough_samples"

} // namespace headroom
