#pragma once
// When will a limit (a tier's client cap, a token budget, storage, a queue, spend) be reached at
// the current trend? From a daily series, a limit, "today" and ForecastSettings: the least
// squares line and Holt's smoothing are both backtested on the series, the better one answers,
// and its backtest travels with the answer, so "Hard Launch client cap in 23 days (±4)" can show
// how good such a forecast has been. Nothing is guessed: too little data, a flat or falling trend
// and a method that loses to the naive forecast each have their own status and give no date.
//
// x is the day number, so missing days stay missing (a gap is an honest gap, never a zero).
//
// The checks, in order: no reading or fewer than pointsNeeded -> TooLittleData (but a latest
// reading at the limit is AlreadyReached whatever the count); the better backtest (lower MAE;
// a tie, as on a straight line, goes to the line) with skill <= 0 -> NoSkill; a trend <= 0 ->
// NotRising; otherwise the day-by-day scan from the day after the last reading to today +
// horizon gives WithinHorizon or BeyondHorizon. With no backtest fold possible (short history)
// the line answers and its backtest says foldsRun 0: untested, not disproved.

#include "Backtest.h"
#include "Method.h"
#include "model/CostSettings.h"
#include "model/Day.h"
#include "model/Error.h"

#include <optional>
#include <span>
#include <string_view>

namespace headroom {

// One day's reading of the limited quantity (clients, tokens, bytes, dollars, ...).
struct DailyReading {
    Day day{};
    double value = 0.0;

    friend bool operator==(const DailyReading&, const DailyReading&) = default;
};

enum class ForecastStatus {
    AlreadyReached, // the latest reading is at or above the limit
    WithinHorizon,  // reachDay is set, within today + horizon
    BeyondHorizon,  // rising, but the forecast stays below the limit up to today + horizon
    NotRising,      // the trend is flat or falling
    TooLittleData,  // fewer than pointsNeeded points
    NoSkill,        // the better method still does no better than naive in its backtest
};

// "already_reached", "within_horizon", "beyond_horizon", "not_rising", "too_little_data",
// "no_skill".
std::string_view keyOf(ForecastStatus status);

// Invariants: reachDay, daysFromToday set only for WithinHorizon; earliestDay <= reachDay <=
// latestDay where set; backtest set unless AlreadyReached or TooLittleData.
struct LimitForecast {
    ForecastStatus status = ForecastStatus::TooLittleData;
    int points = 0;       // readings in the series
    int pointsNeeded = 0; // readings a forecast needs (max(minPoints, what Holt needs))
    double limit = 0.0;
    double latestValue = 0.0; // the last reading (0 when there is none)
    ForecastMethod method = ForecastMethod::Linear;
    double trendPerDay = 0.0; // the chosen method's current trend

    std::optional<Day> reachDay;      // first day the forecast reaches the limit
    std::optional<int> daysFromToday; // reachDay - today (negative when the data is stale and
                                      // the trend passed the limit after the last reading)
    std::optional<Day> earliestDay;   // first day the interval's upper bound reaches the limit
    std::optional<Day> latestDay;     // first day its lower bound does; nullopt: not by horizon
    // max(reachDay - earliestDay, latestDay - reachDay), the "±"; nullopt when latestDay is.
    std::optional<int> plusMinusDays;

    std::optional<BacktestResult> backtest;      // of `method`
    std::optional<BacktestResult> otherBacktest; // of the method not chosen
};

// The series must have strictly increasing days and finite values; settings must be possible
// (minPoints >= 1, horizon > 0 days, intervalLevel in (0, 1), backtestOrigins >= 0,
// backtestHorizon > 0 days). Otherwise InvalidArgument naming the day or field.
Result<LimitForecast> forecastLimit(std::span<const DailyReading> series, double limit, Day today,
                                    const ForecastSettings& settings);

} // namespace headroom
