#pragma once
// Rolling-origin backtest: how well a method would have forecast this very series. For each fold
// the method is fitted on the points up to an origin and forecasts every point up to `horizon`
// units of x later; the errors are compared with the naive "tomorrow is like today" forecast from
// the same origin (the value at the origin). This is what lets a forecast prove itself.
//
// Origins are points whose x leaves a whole horizon of observed history after them; the latest
// `origins` of them are used, one point apart (Tashman's rolling origin). A fold is skipped when
// its training part has too few points for the method, or when no point falls in its horizon
// (a gap in the data); the result says how many folds ran.

#include "Method.h"
#include "model/CostSettings.h"
#include "model/Error.h"

#include <optional>
#include <span>

namespace headroom {

struct BacktestOptions {
    int origins = 8;            // folds wanted
    double horizon = 7.0;       // units of x forecast ahead from each origin
    int minTrainingPoints = 0;  // at least this many training points (and at least the method's)
    double intervalLevel = 0.8; // of the intervals whose coverage is measured

    friend bool operator==(const BacktestOptions&, const BacktestOptions&) = default;
};

// The daily options of a limit forecast: backtestOrigins, backtestHorizon (days), intervalLevel.
BacktestOptions backtestOptions(const ForecastSettings& settings);

// Invariants: foldsRun <= foldsWanted; truths counts compared forecasts (zero when no fold ran);
// mape, coverage and skill are nullopt when they cannot be measured.
struct BacktestResult {
    ForecastMethod method = ForecastMethod::Linear;
    int foldsWanted = 0;
    int foldsRun = 0;
    int truths = 0;            // forecast/truth pairs over all folds
    int zeroTruthsSkipped = 0; // truths equal to 0, left out of the MAPE (no percentage exists)
    // Mean absolute percentage error as a fraction (0.05 = 5 %), over the non-zero truths.
    std::optional<double> mape;
    // Share of truths inside the stated interval (bounds inclusive), 0..1.
    std::optional<double> coverage;
    double maeMethod = 0.0; // mean absolute error of the method
    double maeNaive = 0.0;  // ... and of the naive forecast on the same truths
    // 1 - maeMethod / maeNaive: > 0 beats naive, 0 ties, < 0 loses. nullopt when naive made no
    // error at all (nothing to beat) or no fold ran.
    std::optional<double> skill;

    bool beatsNaive() const { return skill && *skill > 0.0; }
    bool losesToNaive() const { return skill && *skill <= 0.0; }
};

// Fails (InvalidArgument) when x does not strictly increase or a value is not finite, or the
// options are impossible (origins < 0, horizon <= 0, level outside (0, 1)).
Result<BacktestResult> backtest(ForecastMethod method, std::span<const FitPoint> series,
                                const BacktestOptions& options);

} // namespace headroom
