#pragma once
// CostReport: everything the AI Capacity tab and `headroom costs` show for one workspace and one
// period, computed by one pure function (buildCostReport) so that the console and the command line
// print the same numbers. It carries codes and numbers, never prose. Money is MicroUsd; a day
// without ledger rows is "no data" (nullopt), never zero spend; a figure that cannot be computed
// honestly (too little history) is absent and says why through its status code.

#include "AiBudget.h"               // AiBudgetSuggestion
#include "Anomalies.h"              // AnomalyRule
#include "CostShield.h"             // LimitState, BudgetAlert, ShieldRecommendation
#include "InfraCost.h"              // InfraCost, EfficiencyScore, RightSizing
#include "LedgerIndex.h"            // CostShare, UnpricedUsage
#include "Projection.h"             // ProjectionTrust
#include "Schedule.h"               // ScheduleAnalysis
#include "forecast/LimitForecast.h" // DailyReading, ForecastStatus
#include "forecast/Method.h"        // ForecastMethod
#include "model/Catalog.h"
#include "model/Day.h"
#include "model/Error.h"
#include "model/Evaluation.h"
#include "model/Ledger.h"
#include "model/Metric.h"
#include "model/Money.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace headroom {

struct DailyCost {
    Day day{};
    std::optional<MicroUsd> cost; // nullopt: the ledger has no row for the day
};

struct CostBreakdown {
    MicroUsd total;
    MicroUsd ai;
    MicroUsd services;
    std::vector<CostShare> byProvider; // each list is ordered by cost, largest first
    std::vector<CostShare> byClient;
    std::vector<CostShare> byService;
    std::vector<CostShare> byCategory;
    std::vector<CostShare> byFeature;
    std::vector<CostShare> byTeam;
};

// Seed 000's AI capacity planner for one provider this month.
struct ProviderBudget {
    std::string providerId;
    AiUnit unit = AiUnit::Tokens;
    std::optional<double> usedThisMonth; // none: the ledger has no row this month at all
    std::optional<double> allocation;    // none: the tier gives the provider no allocation
    std::optional<double> utilisation;
    std::optional<double> projectedMonthEnd; // month-to-date / days elapsed x days in month
    Status status = Status::Unknown;
    AiBudgetSuggestion suggestion = AiBudgetSuggestion::None;
    MicroUsd costThisMonth;
};

// An anomaly (core/cost/Anomalies.h) as the report lists it.
struct CostAnomaly {
    // A provider's anomaly names no client. A client's anomaly names the provider whose spend
    // for that client rose most over its trailing mean that day.
    std::string providerId;
    std::string clientId; // empty: the provider's total over all clients
    Day day{};
    std::vector<AnomalyRule> rules; // every rule that fired, the headline first
    double actual = 0.0;            // dollars (cost) or units (usage-only anomalies)
    double expected = 0.0;          // the baseline the rule compared against
    double impact = 0.0;            // actual - expected
    bool usage = false;             // the figures are usage units, not dollars
    std::optional<double> robustZ;
};

// How a forecast fared on the workspace's own history (rolling origin).
struct ForecastBacktest {
    int folds = 0;
    std::optional<double> mape;     // mean absolute percentage error, 0..; nullopt: no folds
    std::optional<double> coverage; // share of truths inside the stated interval, 0..1
    std::optional<double> skill;    // 1 - MAE / MAE(naive); > 0 beats "tomorrow is like today"
};

enum class ProjectionHorizon { Month, Quarter, Year };

// The total cost over the next `months` months from the report's day (core/cost/Projection.h).
struct ProjectedCost {
    ProjectionHorizon horizon = ProjectionHorizon::Month;
    int months = 1;
    MicroUsd expected; // the median
    MicroUsd low;
    MicroUsd high;
};

struct CostProjectionView {
    MicroUsd currentMonthly;
    double monthlyGrowth = 0.0;
    bool fallbackGrowth = false; // no history to measure growth: the catalog's default was used
    double confidence = 0.0;     // 0..1
    double intervalLevel = 0.8;
    bool intervalKnown = false;          // false: too little spread to measure (bounds = total)
    std::vector<ProjectedCost> horizons; // empty: the ledger has no cost to project from
    ForecastBacktest backtest;
    ProjectionTrust trust = ProjectionTrust::Untested; // LosesToNaive: for reference only
    int historyDays = 0;
};

enum class LimitKind {
    TierClients,    // the tier's maximum clients
    ModeClients,    // the scaling mode's client range
    AiTokensPerDay, // the tier's daily token limit
    MonthlyTokens,  // a provider's monthly allocation
    StorageGb,      // the tier's storage limit
    QueueDepth,     // the tier's queue limit
    DailySpend,     // the Cost Shield's daily limit
    MonthlySpend,   // the Cost Shield's monthly limit
};

struct LimitForecastView {
    LimitKind kind = LimitKind::TierClients;
    std::string scope; // tier id, mode id or provider id the limit belongs to
    std::optional<double> current;
    double limit = 0.0;
    ForecastStatus status = ForecastStatus::TooLittleData;
    std::optional<ForecastMethod> method; // none: no forecast was made
    std::optional<Day> reachDay;
    std::optional<int> daysUntil;
    std::optional<int> plusMinusDays;
    int points = 0;
    int pointsNeeded = 0;
    ForecastBacktest backtest;
};

// Seed 003's infrastructure cost and efficiency: the hourly cost of the latest snapshot's usage
// at the provisioned size the host reports, how well the CPU and memory are used against the
// target band over the lookback window, right-sizing at its 95th percentile, and whether the load
// follows a daily or weekly pattern that a schedule could scale down for. Each part says why it
// is absent (no provisioned size, too few samples) through its own status.
struct InfraView {
    std::optional<double> cpuCores; // provisioned, from the snapshot (host collector)
    std::optional<double> memoryGb;
    InfraCost cost;
    EfficiencyScore cpuEfficiency;
    EfficiencyScore memoryEfficiency;
    std::optional<RightSizing> cpu;           // none: the core count is unknown
    std::optional<RightSizing> memory;        // none: the memory size is unknown
    std::optional<ScheduleAnalysis> schedule; // none: no hourly cost to schedule against
};

struct CostReport {
    std::string workspace;
    bool demo = false;
    DayRange range;
    Day today{};
    std::optional<DayRange> ledgerSpan; // days the ledger holds at all
    std::string tierId;
    CostBreakdown period;         // totals over range
    std::vector<DailyCost> daily; // every day of range
    std::vector<UnpricedUsage> unpriced;
    std::optional<MicroUsd> spentToday; // none: no ledger row today
    MicroUsd spentThisMonth;
    std::vector<LimitState> budgets; // Cost Shield limits (core/cost/CostShield.h)
    std::vector<BudgetAlert> alerts;
    std::vector<ShieldRecommendation> actions;
    std::vector<ProviderBudget> providers;
    std::vector<CostAnomaly> anomalies; // within range, newest first
    CostProjectionView projection;
    std::vector<LimitForecastView> limits; // nearest first; unforecastable ones last
    InfraView infrastructure;
};

// The daily history of one measured metric (the snapshots' daily maximum), oldest first.
struct MetricHistory {
    MetricId metric = MetricId::ActiveClients;
    std::vector<DailyReading> days;
};

// What buildCostReport reads: the workspace's ledger rows and metric history up to range.to
// (later rows are ignored, so a report on a past period is reproducible), the tier and mode it
// was on, and the period.
struct CostReportInputs {
    std::string workspace;
    bool demo = false;
    std::span<const UsageRow> usage;
    std::span<const ServiceCostRow> services;
    std::vector<MetricHistory> metrics; // ActiveClients, StorageUsageGb, QueueDepth, ...
    // The latest snapshot up to range.to, and the CPU and memory utilisation samples of the
    // weeks before it (seed 003's efficiency, right-sizing and schedule).
    std::optional<Snapshot> latest;
    std::vector<UtilisationSample> cpuSamples;
    std::vector<UtilisationSample> memorySamples;
    std::string tierId;
    std::string modeId;
    DayRange range; // the report is judged as of range.to
};

// Everything for the period, judged as of range.to. Fails on an impossible period or ledger
// rows the index refuses (core/cost/LedgerIndex.h), naming the row.
Result<CostReport> buildCostReport(const CostReportInputs& inputs, const Catalog& catalog);

std::string_view keyOf(ProjectionHorizon horizon);
std::string_view keyOf(LimitKind kind);

} // namespace headroom
