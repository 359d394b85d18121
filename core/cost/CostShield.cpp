#include "CostShield.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

__extension__ using Int128 = __int128;

MicroUsd levelAmount(MicroUsd limit, double level) {
    return MicroUsd{std::llround(level * static_cast<double>(limit.value))};
}

double ratioOf(MicroUsd value, MicroUsd reference) {
    return reference.value != 0
               ? static_cast<double>(value.value) / static_cast<double>(reference.value)
               : 0.0;
}

LimitState limitState(BudgetKind kind, std::string client, MicroUsd spend, MicroUsd limit,
                      double alertThreshold) {
    LimitState state{kind,  std::move(client),     spend,
                     limit, ratioOf(spend, limit), ShieldStatus::Ok};
    if (spend >= limit) {
        state.status = ShieldStatus::Exceeded;
    } else if (spend >= levelAmount(limit, alertThreshold)) {
        state.status = ShieldStatus::Approaching;
    }
    return state;
}

// The first day of the run of consecutive days with data at or above `amount` that ends on the
// series' last day (today). A day without data ends the run.
Day runStart(const DailyCosts& series, MicroUsd amount) {
    std::size_t start = series.values.size() - 1;
    while (start > 0 && series.values[start - 1] && *series.values[start - 1] >= amount) {
        --start;
    }
    return series.dayAt(start);
}

// The average of the days with data among the `trailingDays` days before the series' last day;
// empty with fewer than `minDays` such days.
std::optional<MicroUsd> trailingAverage(const DailyCosts& series, int trailingDays, int minDays) {
    const std::size_t last = series.values.size() - 1;
    std::int64_t sum = 0;
    int days = 0;
    for (std::size_t back = 1;
         back <= static_cast<std::size_t>(std::max(trailingDays, 0)) && back <= last; ++back) {
        if (const auto& value = series.values[last - back]) {
            sum += value->value;
            ++days;
        }
    }
    if (days == 0 || days < minDays) {
        return std::nullopt;
    }
    return MicroUsd{(sum + days / 2) / days};
}

void addDailyAlerts(std::vector<BudgetAlert>& alerts, BudgetKind kind, const std::string& client,
                    const DailyCosts& series, MicroUsd limit, const std::vector<double>& levels) {
    const auto& today = series.values.back();
    if (!today) {
        return;
    }
    for (double level : levels) {
        const MicroUsd amount = levelAmount(limit, level);
        if (amount.value > 0 && *today >= amount) {
            alerts.push_back(BudgetAlert{kind, client, level, amount, *today, limit,
                                         *today - amount, runStart(series, amount)});
        }
    }
}

} // namespace

std::string_view keyOf(BudgetKind kind) {
    switch (kind) {
    case BudgetKind::Daily:
        return "daily";
    case BudgetKind::Monthly:
        return "monthly";
    case BudgetKind::ClientDaily:
        break;
    }
    return "client_daily";
}

std::string_view keyOf(ShieldStatus status) {
    switch (status) {
    case ShieldStatus::Ok:
        return "ok";
    case ShieldStatus::Approaching:
        return "approaching";
    case ShieldStatus::Exceeded:
        break;
    }
    return "exceeded";
}

std::string_view keyOf(ShieldAction action) {
    switch (action) {
    case ShieldAction::Pause:
        return "pause_spend";
    case ShieldAction::AutoThrottle:
        return "auto_throttle";
    case ShieldAction::ClientRunaway:
        break;
    }
    return "client_runaway";
}

std::string_view keyOf(ShieldReason reason) {
    switch (reason) {
    case ShieldReason::LimitReached:
        return "limit_reached";
    case ShieldReason::LimitApproaching:
        return "limit_approaching";
    case ShieldReason::SpendAccelerating:
        return "spend_accelerating";
    case ShieldReason::MonthlyPaceOverLimit:
        return "monthly_pace_over_limit";
    case ShieldReason::ClientOverLimit:
        return "client_over_limit";
    case ShieldReason::ClientAboveOwnAverage:
        break;
    }
    return "client_above_own_average";
}

CostShieldReport evaluateCostShield(const LedgerIndex& ledger, const CostSettings& settings,
                                    Day today, const CostShieldOptions& options) {
    const CostShieldSettings& shield = settings.shield;
    const AnomalySettings& anomalies = settings.anomalies;
    CostShieldReport report;
    report.today = today;

    // From the ledger's first day (runs over a daily limit may start before this month) to today.
    const Day monthStart = firstOfMonth(today);
    Day from = monthStart;
    if (auto span = ledger.daysSpanned(); span && span->from < from) {
        from = span->from;
    }
    const DayRange range{from, today};
    const DailyCosts total = ledger.daily(range, DailyFilter{options.scope, {}, {}, {}});
    report.spendToday = total.values.back();

    // Month to date, and the day the cumulative spend reached each monthly level.
    const auto monthOffset = static_cast<std::size_t>((monthStart - from).count());
    std::vector<MicroUsd> cumulative;
    for (std::size_t i = monthOffset; i < total.values.size(); ++i) {
        report.monthToDate = report.monthToDate + total.values[i].value_or(MicroUsd{});
        cumulative.push_back(report.monthToDate);
    }

    const bool dailySet = shield.dailyLimit.value > 0;
    const bool monthlySet = shield.monthlyLimit.value > 0;
    const bool clientSet = shield.perClientDailyLimit.value > 0;
    if (dailySet) {
        report.limits.push_back(limitState(BudgetKind::Daily, {},
                                           report.spendToday.value_or(MicroUsd{}),
                                           shield.dailyLimit, shield.alertThreshold));
        addDailyAlerts(report.alerts, BudgetKind::Daily, {}, total, shield.dailyLimit,
                       shield.budgetAlertLevels);
    }
    if (monthlySet) {
        report.limits.push_back(limitState(BudgetKind::Monthly, {}, report.monthToDate,
                                           shield.monthlyLimit, shield.alertThreshold));
        for (double level : shield.budgetAlertLevels) {
            const MicroUsd amount = levelAmount(shield.monthlyLimit, level);
            if (amount.value <= 0 || report.monthToDate < amount) {
                continue;
            }
            const auto reached =
                std::ranges::find_if(cumulative, [&](MicroUsd sum) { return sum >= amount; });
            report.alerts.push_back(
                BudgetAlert{BudgetKind::Monthly,
                            {},
                            level,
                            amount,
                            report.monthToDate,
                            shield.monthlyLimit,
                            report.monthToDate - amount,
                            monthStart + std::chrono::days{reached - cumulative.begin()}});
        }
    }

    // Pause: a hard limit reached.
    ShieldRecommendation pause{ShieldAction::Pause, {}, {}};
    ShieldRecommendation throttle{ShieldAction::AutoThrottle, {}, {}};
    for (const LimitState& state : report.limits) {
        if (state.status == ShieldStatus::Exceeded) {
            pause.evidence.push_back(ShieldEvidence{ShieldReason::LimitReached, state.kind,
                                                    state.spend, state.limit, state.utilisation});
        } else if (state.status == ShieldStatus::Approaching) {
            throttle.evidence.push_back(ShieldEvidence{ShieldReason::LimitApproaching, state.kind,
                                                       state.spend, state.limit,
                                                       state.utilisation});
        }
    }
    // Accelerating: today above costSpikeRatio x the trailing average (seed 004's spike rule,
    // applied to the shielded spend).
    if (report.spendToday) {
        if (auto average = trailingAverage(total, anomalies.trailingDays, anomalies.minHistoryDays);
            average && average->value > 0 &&
            static_cast<double>(report.spendToday->value) >
                anomalies.costSpikeRatio * static_cast<double>(average->value)) {
            throttle.evidence.push_back(ShieldEvidence{
                ShieldReason::SpendAccelerating, BudgetKind::Daily, *report.spendToday, *average,
                ratioOf(*report.spendToday, *average)});
        }
    }
    // On pace: month to date per elapsed day (counted from the ledger's first day when it starts
    // within the month) times the days of the month reaches the monthly limit.
    if (monthlySet && report.monthToDate < shield.monthlyLimit && report.monthToDate.value > 0) {
        const auto span = ledger.daysSpanned(); // set: the month has spend
        const Day paceFrom = std::max(monthStart, span->from);
        const auto elapsed = (today - paceFrom).count() + 1;
        const auto monthDays = (lastOfMonth(today) - paceFrom).count() + 1;
        const Int128 projected =
            (Int128{report.monthToDate.value} * monthDays + elapsed / 2) / elapsed;
        if (projected >= shield.monthlyLimit.value) {
            const MicroUsd value{static_cast<std::int64_t>(projected)};
            throttle.evidence.push_back(
                ShieldEvidence{ShieldReason::MonthlyPaceOverLimit, BudgetKind::Monthly, value,
                               shield.monthlyLimit, ratioOf(value, shield.monthlyLimit)});
        }
    }
    if (!pause.evidence.empty()) {
        report.recommendations.push_back(std::move(pause));
    }
    if (!throttle.evidence.empty()) {
        report.recommendations.push_back(std::move(throttle));
    }

    // Per client: limit states, alerts at the limit, runaways.
    std::vector<std::pair<MicroUsd, ShieldRecommendation>> runaways;
    for (const KeyedDailyCosts& client : ledger.dailyBy(Dimension::Client, range, options.scope)) {
        const auto& todayValue = client.daily.values.back();
        if (client.key.empty() || !todayValue) {
            continue; // unattributed spend has no per-client limit; no row today: nothing to judge
        }
        ShieldRecommendation runaway{ShieldAction::ClientRunaway, client.key, {}};
        if (clientSet) {
            LimitState state = limitState(BudgetKind::ClientDaily, client.key, *todayValue,
                                          shield.perClientDailyLimit, shield.alertThreshold);
            if (state.status == ShieldStatus::Exceeded) {
                report.alerts.push_back(
                    BudgetAlert{BudgetKind::ClientDaily, client.key, 1.0,
                                shield.perClientDailyLimit, *todayValue, shield.perClientDailyLimit,
                                *todayValue - shield.perClientDailyLimit,
                                runStart(client.daily, shield.perClientDailyLimit)});
                runaway.evidence.push_back(
                    ShieldEvidence{ShieldReason::ClientOverLimit, BudgetKind::ClientDaily,
                                   *todayValue, shield.perClientDailyLimit, state.utilisation});
            }
            report.limits.push_back(std::move(state));
        }
        // Far above its own habit, and not trivially small: at least the alert threshold of the
        // per-client limit (CostSettings' runawayRatio contract).
        const MicroUsd floor =
            clientSet ? levelAmount(shield.perClientDailyLimit, shield.alertThreshold) : MicroUsd{};
        if (auto average =
                trailingAverage(client.daily, anomalies.trailingDays, anomalies.minHistoryDays);
            average && *todayValue >= floor &&
            static_cast<double>(todayValue->value) >
                shield.runawayRatio * static_cast<double>(average->value)) {
            runaway.evidence.push_back(ShieldEvidence{ShieldReason::ClientAboveOwnAverage,
                                                      BudgetKind::ClientDaily, *todayValue,
                                                      *average, ratioOf(*todayValue, *average)});
        }
        if (!runaway.evidence.empty()) {
            runaways.emplace_back(*todayValue, std::move(runaway));
        }
    }
    std::ranges::stable_sort(runaways,
                             [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [spend, recommendation] : runaways) {
        report.recommendations.push_back(std::move(recommendation));
    }
    return report;
}

} // namespace headroom
