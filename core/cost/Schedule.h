#pragma once
// Schedule optimisation (seed 003): when load follows a predictable daily or weekly pattern,
// capacity sized for the peak can be scaled down in the off-peak hours. Pure: an hourly series
// in, a verdict out, no clock.
//
// Patterns. The daily model predicts each hour by the mean of its hour of day (24 means), the
// weekly model by the mean of its hour of the week (168 means, Monday 00:00 UTC first). A model
// is predictable when the share of variance it explains, adjusted for its number of means
// (1 - (SSres / (n - k)) / (SStot / (n - 1))), reaches scheduleMinExplainedVariance: without the
// adjustment 168 means fitted to two weeks of pure noise would "explain" about half of it. A
// model needs every one of its hours seen at least twice (two full periods, gaps allowed when
// they are made up elsewhere). Of the predictable models the one explaining more wins, the daily
// one on a tie (it is the simpler schedule).
//
// Off-peak windows. Capacity sized so that the peak hour's mean sits at the top of the target
// band runs an hour with mean m at targetHigh x m / peak; hours where that is below targetLow
// (m / peak < low / high, 0.875 with the defaults) are off-peak. Each maximal run of them
// (wrapping around the period) is one window, scaled to the share of capacity its busiest hour
// needs; the saving is hourlyCost x (1 - share) x hours for each period in a 30-day month.
// Nothing is guessed: too little data, no pattern and a flat series each have their own outcome.

#include "model/CostSettings.h"
#include "model/Error.h"
#include "model/Money.h"
#include "model/Time.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace headroom {

// One hour of load (requests, CPU, any measure of demand >= 0). The time is floored to its hour.
struct HourlyPoint {
    Timestamp at{};
    std::optional<double> value; // nullopt: no data that hour

    friend bool operator==(const HourlyPoint&, const HourlyPoint&) = default;
};

enum class SchedulePeriod { Daily, Weekly };

inline constexpr int kHoursPerDay = 24;
inline constexpr int kHoursPerWeek = 7 * kHoursPerDay;

enum class ScheduleOutcome {
    Pattern,       // a predictable pattern: windows and saving are set
    NotEnoughData, // no model has every hour of its period at least twice
    NoPattern,     // no model explains enough of the variance
    NoVariation,   // the load never changes (or is always 0): nothing to schedule
};

struct OffPeakWindow {
    int startHour = 0;        // hour of the period: 0..23, or 0..167 from Monday 00:00 UTC
    int hours = 0;            // length; may wrap past the end of the period
    double capacityShare = 0; // the window's busiest hour mean / the peak hour mean, < low/high
    MicroUsd monthlySaving;

    friend bool operator==(const OffPeakWindow&, const OffPeakWindow&) = default;
};

struct ScheduleAnalysis {
    ScheduleOutcome outcome = ScheduleOutcome::NotEnoughData;
    int samples = 0; // hours with a value
    // Adjusted shares of variance explained; nullopt: too little data for that model (or no
    // variation).
    std::optional<double> dailyExplained;
    std::optional<double> weeklyExplained;
    // Set only for Pattern:
    std::optional<SchedulePeriod> period;
    std::vector<double> profile;        // the mean of each hour of the period (24 or 168)
    double peak = 0.0;                  // the highest of them
    std::vector<OffPeakWindow> windows; // by startHour
    MicroUsd monthlySaving;             // the windows' unrounded savings summed, rounded once

    friend bool operator==(const ScheduleAnalysis&, const ScheduleAnalysis&) = default;
};

// hourlyCost is what the capacity sized for the peak costs an hour. Fails (ValidationError
// naming the hour) on hours out of order or repeated, or a value that is negative or not finite;
// (InvalidArgument) on a target band outside 0 < low <= high or scheduleMinExplainedVariance
// outside (0, 1].
Result<ScheduleAnalysis> analyseSchedule(std::span<const HourlyPoint> series, MicroUsd hourlyCost,
                                         const EfficiencySettings& settings);

std::string_view keyOf(ScheduleOutcome outcome); // "pattern", "not_enough_data", ...
std::string_view keyOf(SchedulePeriod period);   // "daily", "weekly"

} // namespace headroom
