#pragma once
// Multiwindow error-budget burn rates (seed 002's error-rate objectives, the SRE workbook's
// alerting on burn rate), pure. A sample is the error rate (failed share of requests, 0..1)
// measured at one time; it stands for the interval since the sample before it (the rate was
// measured over that interval), but for no longer than the sample validity, so a gap in the data
// covers nothing. A window's burn rate is its
// time-weighted error rate over the covered time divided by the budget (1 - objective). A window
// whose coverage is below the minimum is not evaluated: thin data is "unknown", never "ok".

#include "model/AlertRules.h"
#include "model/Time.h"

#include <chrono>
#include <optional>
#include <span>
#include <vector>

namespace headroom {

struct ErrorRateSample {
    Timestamp at{};
    double errorRate = 0.0; // 0..1
};

struct BurnWindow {
    std::chrono::seconds length{0};
    double coverage = 0.0;      // covered share of the window, 0..1
    std::optional<double> burn; // nullopt when coverage < the minimum
};

// The burn rate over (now - length, now]. Samples must be sorted by time (older first);
// samples after `now` are ignored.
BurnWindow burnRateOver(std::span<const ErrorRateSample> samples, Timestamp now,
                        std::chrono::seconds length, double objective,
                        const BurnRateSettings& settings);

enum class BurnVerdict {
    Unknown, // a window lacks coverage: the state is kept, nothing fires or resolves
    Clear,   // at least one window burns below the factor
    Burning, // both windows burn at or above the factor
};

struct BurnPairResult {
    const BurnRatePair* pair = nullptr;
    BurnWindow longWindow;
    BurnWindow shortWindow;
    BurnVerdict verdict = BurnVerdict::Unknown;
};

BurnPairResult evaluateBurnPair(std::span<const ErrorRateSample> samples, Timestamp now,
                                const BurnRatePair& pair, double objective,
                                const BurnRateSettings& settings);

} // namespace headroom
