#pragma once
// Cost Shield (seed 002) with seed 004's budget alerts: for "today", the spend of the day and of
// the month to date against the daily, monthly and per-client daily limits of
// CostShieldSettings; an alert at every budgetAlertLevels level crossed (50/75/90/100 %), each
// saying which budget (and client), which level, by how much and since when; and recommendations
// as codes with evidence: pause (a hard limit reached: "hard stop at daily limit"), auto-throttle
// (approaching a limit, spend accelerating, or on pace to pass the monthly limit) and per-client
// runaway (over the per-client limit, or runawayRatio x its own trailing average).
//
// Conventions: reaching a limit counts as exceeding it (spend >= limit: the seed stops *at* the
// limit); a level is crossed when spend >= round(level x limit); a limit <= 0 is "not set" and is
// skipped. Days without data are never taken as zero spend: today without data has no spend
// (spendToday is empty, no daily alert), a missing day ends a run of days over a limit, and
// trailing averages count only days with data. Which rows count is CostShieldOptions::scope;
// the default is the AI providers, whose rates seed 002's Cost Shield protects. Pure: "today"
// is a parameter.

#include "LedgerIndex.h"
#include "model/CostSettings.h"
#include "model/Day.h"
#include "model/Money.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

enum class BudgetKind {
    Daily,       // CostShieldSettings::dailyLimit, today's spend
    Monthly,     // monthlyLimit, month-to-date spend
    ClientDaily, // perClientDailyLimit, one client's spend today
};
std::string_view keyOf(BudgetKind kind); // "daily", "monthly", "client_daily"

enum class ShieldStatus { Ok, Approaching, Exceeded };
std::string_view keyOf(ShieldStatus status); // "ok", "approaching", "exceeded"

struct LimitState {
    BudgetKind kind = BudgetKind::Daily;
    std::string client; // ClientDaily only
    MicroUsd spend;
    MicroUsd limit;
    double utilisation = 0.0; // spend / limit
    ShieldStatus status = ShieldStatus::Ok;
};

// One crossed level of one budget.
struct BudgetAlert {
    BudgetKind kind = BudgetKind::Daily;
    std::string client;   // ClientDaily only
    double level = 0.0;   // fraction of the limit, e.g. 0.75
    MicroUsd levelAmount; // round(level x limit): the threshold crossed
    MicroUsd spend;       // today's or month-to-date spend
    MicroUsd limit;
    MicroUsd aboveLevel; // spend - levelAmount, >= 0
    // Daily budgets: the first day of the current run of consecutive days at or above the level
    // (ending today). Monthly: the day the cumulative month-to-date spend reached the level.
    Day since{};
};

enum class ShieldAction { Pause, AutoThrottle, ClientRunaway };
std::string_view keyOf(ShieldAction action); // "pause_spend", "auto_throttle", "client_runaway"

enum class ShieldReason {
    LimitReached,          // value = spend, reference = limit
    LimitApproaching,      // value = spend, reference = limit (>= alertThreshold x limit)
    SpendAccelerating,     // value = today, reference = trailing average of days with data
    MonthlyPaceOverLimit,  // value = month-to-date projected to month end, reference = limit
    ClientOverLimit,       // value = client's spend today, reference = per-client limit
    ClientAboveOwnAverage, // value = client's spend today, reference = its trailing average
};
std::string_view keyOf(ShieldReason reason); // "limit_reached", "limit_approaching", ...

struct ShieldEvidence {
    ShieldReason reason = ShieldReason::LimitReached;
    BudgetKind budget = BudgetKind::Daily;
    MicroUsd value;
    MicroUsd reference;
    double ratio = 0.0; // value / reference
};

struct ShieldRecommendation {
    ShieldAction action = ShieldAction::AutoThrottle;
    std::string client; // ClientRunaway only
    std::vector<ShieldEvidence> evidence;
};

struct CostShieldOptions {
    CostScope scope = CostScope::Ai;
};

struct CostShieldReport {
    Day today{};
    std::optional<MicroUsd> spendToday; // empty: no row today
    MicroUsd monthToDate;
    std::vector<LimitState> limits;  // daily, monthly, then clients with spend today by name
    std::vector<BudgetAlert> alerts; // daily levels ascending, monthly, then clients by name
    std::vector<ShieldRecommendation> recommendations; // pause, throttle, runaways by spend
};

// `settings` supplies the shield's limits and, for "accelerating" and a client's own average,
// the anomaly settings' trailingDays, costSpikeRatio and minHistoryDays.
CostShieldReport evaluateCostShield(const LedgerIndex& ledger, const CostSettings& settings,
                                    Day today, const CostShieldOptions& options = {});

} // namespace headroom
