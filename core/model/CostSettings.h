#pragma once
// The cost catalog (resources/catalogs/costs.json): provider rates with the day each took effect,
// Cost Shield budgets, infrastructure unit prices, and the settings of anomaly detection,
// projections and forecasts. The defaults below are the seeds' numbers (002: rates and budgets;
// 003: hourly cost model and efficiency; 004: budget alert levels, spike ratios, 10 % fallback
// growth). Policy and cost code read only this struct, never literals, so a founder's edited
// costs.json changes every figure at once. Money is integer micro-dollars (model/Money.h).

#include "Day.h"
#include "Money.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

// What one provider charges from effectiveFrom until the next rate of the same provider takes
// effect. A price that does not apply to the provider is zero. Usage is charged at the rate in
// force on the usage's own day, so a rate change never rewrites the past.
struct ProviderRate {
    std::string providerId; // matches AiProvider::id
    Day effectiveFrom{};
    MicroUsd perMillionInputTokens;
    MicroUsd perMillionOutputTokens;
    MicroUsd perThousandCharacters;
    MicroUsd perRequest;

    friend bool operator==(const ProviderRate&, const ProviderRate&) = default;
};

// Seed 002's Cost Shield and seed 004's budget alert levels.
struct CostShieldSettings {
    MicroUsd dailyLimit = MicroUsd::fromDollars(50.0);
    MicroUsd monthlyLimit = MicroUsd::fromDollars(500.0);
    MicroUsd perClientDailyLimit = MicroUsd::fromDollars(5.0);
    double alertThreshold = 0.8;                                // "approaching the limit", 0..1
    std::vector<double> budgetAlertLevels{0.5, 0.75, 0.9, 1.0}; // ascending fractions of a limit
    // A client whose day costs this many times its own trailing average (and at least the
    // per-client limit's alert threshold) is a runaway even below the per-client limit.
    double runawayRatio = 3.0;

    friend bool operator==(const CostShieldSettings&, const CostShieldSettings&) = default;
};

// Seed 003's hourly cost model: cores x usage x price + memory x usage x price + storage x price
// + network x price.
struct InfraUnitPrices {
    MicroUsd perCoreHour = MicroUsd::fromDollars(0.05);
    MicroUsd perMemoryGbHour = MicroUsd::fromDollars(0.01);
    MicroUsd perStorageGbHour = MicroUsd::fromDollars(0.001);
    MicroUsd perNetworkMb = MicroUsd::fromDollars(0.00001);

    friend bool operator==(const InfraUnitPrices&, const InfraUnitPrices&) = default;
};

// Seed 003's efficiency and right-sizing: target utilisation 70-80 %, sizing at the 95th
// percentile of the lookback window.
struct EfficiencySettings {
    double targetUtilisationLow = 0.70;
    double targetUtilisationHigh = 0.80;
    double rightSizePercentile = 0.95;
    std::chrono::days lookback{7};
    // A daily or weekly pattern counts as predictable when it explains at least this share of
    // the variance (schedule optimisation).
    double scheduleMinExplainedVariance = 0.6;

    friend bool operator==(const EfficiencySettings&, const EfficiencySettings&) = default;
};

// Seed 004's anomaly rules plus a robust test (Iglewicz-Hoaglin modified z-score).
struct AnomalySettings {
    int trailingDays = 7;
    double costSpikeRatio = 1.5;  // a day above 1.5 x the trailing average is a cost spike
    double usageSpikeRatio = 2.0; // usage above 2 x the trailing average is a usage spike
    double robustZThreshold = 3.5;
    int robustWindowDays = 28;
    int minHistoryDays = 3; // fewer trailing days: no verdict
    // A cost anomaly whose impact (actual - expected) is smaller is not listed: a client's
    // 30-cent blip is noise to a founder, however large its ratio. Not in the seeds.
    MicroUsd minImpact = MicroUsd::fromDollars(1.0);

    friend bool operator==(const AnomalySettings&, const AnomalySettings&) = default;
};

// Seed 004's projections: from the observed monthly growth rate; the fixed fallback applies only
// when there is no history to measure one, and the projection then says so.
struct ProjectionSettings {
    double fallbackMonthlyGrowth = 0.10;
    double intervalLevel = 0.80; // central prediction interval, 0..1
    int minMonthsForGrowth = 2;  // months of history needed to measure a growth rate

    friend bool operator==(const ProjectionSettings&, const ProjectionSettings&) = default;
};

// Forecasts of when a limit is reached.
struct ForecastSettings {
    int minPoints = 14;             // daily points needed before a forecast is made
    std::chrono::days horizon{365}; // a limit further out is "not within the horizon"
    double intervalLevel = 0.80;    // central interval of the reach date
    int backtestOrigins = 8;        // rolling-origin backtest folds
    std::chrono::days backtestHorizon{7};

    friend bool operator==(const ForecastSettings&, const ForecastSettings&) = default;
};

struct CostSettings {
    std::vector<ProviderRate> rates; // in any order; rateOn() picks the one in force
    CostShieldSettings shield;
    InfraUnitPrices infra;
    EfficiencySettings efficiency;
    AnomalySettings anomalies;
    ProjectionSettings projection;
    ForecastSettings forecast;

    // The rate in force for the provider on the day, or nullptr before its first rate.
    const ProviderRate* rateOn(std::string_view providerId, Day day) const;

    friend bool operator==(const CostSettings&, const CostSettings&) = default;
};

} // namespace headroom
