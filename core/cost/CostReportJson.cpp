#include "CostReportJson.h"

#include "model/Records.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace headroom {

using nlohmann::json;

namespace {

// Dollars as a JSON number: a double holds every micro-dollar amount below ~$9 billion exactly
// enough that its shortest form is the decimal amount (69120000 -> 69.12).
json dollars(MicroUsd money) {
    return money.dollars();
}

json number(double value) {
    return std::isfinite(value) ? json(value) : json(nullptr);
}

template <class T, class F>
json optional(const std::optional<T>& value, F convert) {
    return value ? convert(*value) : json(nullptr);
}

json optionalNumber(const std::optional<double>& value) {
    return optional(value, number);
}
json day(Day d) {
    return formatDay(d);
}

json shares(const std::vector<CostShare>& list) {
    json out = json::array();
    for (const CostShare& share : list) {
        out.push_back({{"key", share.key}, {"usd", dollars(share.cost)}});
    }
    return out;
}

json breakdown(const CostBreakdown& b) {
    return {{"total_usd", dollars(b.total)},       {"ai_usd", dollars(b.ai)},
            {"services_usd", dollars(b.services)}, {"by_provider", shares(b.byProvider)},
            {"by_client", shares(b.byClient)},     {"by_service", shares(b.byService)},
            {"by_category", shares(b.byCategory)}, {"by_feature", shares(b.byFeature)},
            {"by_team", shares(b.byTeam)}};
}

json backtest(const ForecastBacktest& b) {
    return {{"folds", b.folds},
            {"mape", optionalNumber(b.mape)},
            {"coverage", optionalNumber(b.coverage)},
            {"skill", optionalNumber(b.skill)}};
}

json projection(const CostProjectionView& p) {
    json horizons = json::array();
    for (const ProjectedCost& h : p.horizons) {
        horizons.push_back({{"horizon", std::string(keyOf(h.horizon))},
                            {"months", h.months},
                            {"expected_usd", dollars(h.expected)},
                            {"low_usd", dollars(h.low)},
                            {"high_usd", dollars(h.high)}});
    }
    return {{"current_monthly_usd", dollars(p.currentMonthly)},
            {"monthly_growth", number(p.monthlyGrowth)},
            {"fallback_growth", p.fallbackGrowth},
            {"confidence", number(p.confidence)},
            {"interval_level", number(p.intervalLevel)},
            {"history_days", p.historyDays},
            {"interval_known", p.intervalKnown},
            {"trust", std::string(keyOf(p.trust))},
            {"horizons", horizons},
            {"backtest", backtest(p.backtest)}};
}

json limitForecast(const LimitForecastView& f) {
    return {{"limit", std::string(keyOf(f.kind))},
            {"scope", f.scope},
            {"current", optionalNumber(f.current)},
            {"limit_value", number(f.limit)},
            {"status", std::string(keyOf(f.status))},
            {"method",
             optional(f.method, [](ForecastMethod m) { return json(std::string(keyOf(m))); })},
            {"reach_day", optional(f.reachDay, day)},
            {"days_until", optional(f.daysUntil, [](int v) { return json(v); })},
            {"plus_minus_days", optional(f.plusMinusDays, [](int v) { return json(v); })},
            {"points", f.points},
            {"points_needed", f.pointsNeeded},
            {"backtest", backtest(f.backtest)}};
}

json anomaly(const CostAnomaly& a) {
    json rules = json::array();
    for (AnomalyRule rule : a.rules) {
        rules.push_back(std::string(keyOf(rule)));
    }
    return {{"day", day(a.day)},
            {"provider", a.providerId},
            {"client", a.clientId},
            {"rules", rules},
            {"measure", a.usage ? "usage" : "cost_usd"},
            {"actual", number(a.actual)},
            {"expected", number(a.expected)},
            {"impact", number(a.impact)},
            {"robust_z", optionalNumber(a.robustZ)}};
}

json money(const std::optional<MicroUsd>& m) {
    return optional(m, dollars);
}

json efficiency(const EfficiencyScore& e) {
    return {{"score", optionalNumber(e.score)},
            {"samples", e.samples},
            {"below_band", e.belowBand},
            {"in_band", e.inBand},
            {"above_band", e.aboveBand}};
}

json rightSizing(const std::optional<RightSizing>& r) {
    if (!r) {
        return nullptr;
    }
    return {{"action", std::string(keyOf(r->action))},
            {"samples", r->samples},
            {"samples_needed", r->samplesNeeded},
            {"percentile", optionalNumber(r->percentile)},
            {"current", number(r->currentSize)},
            {"recommended", optionalNumber(r->recommendedSize)},
            {"projected_utilisation", optionalNumber(r->projectedUtilisation)},
            {"monthly_saving_usd", money(r->monthlySaving)}};
}

json schedule(const std::optional<ScheduleAnalysis>& s) {
    if (!s) {
        return nullptr;
    }
    json windows = json::array();
    for (const OffPeakWindow& w : s->windows) {
        windows.push_back({{"start_hour", w.startHour},
                           {"hours", w.hours},
                           {"capacity_share", number(w.capacityShare)},
                           {"monthly_saving_usd", dollars(w.monthlySaving)}});
    }
    return {{"outcome", std::string(keyOf(s->outcome))},
            {"period",
             optional(s->period, [](SchedulePeriod p) { return json(std::string(keyOf(p))); })},
            {"samples", s->samples},
            {"daily_explained", optionalNumber(s->dailyExplained)},
            {"weekly_explained", optionalNumber(s->weeklyExplained)},
            {"windows", windows},
            {"monthly_saving_usd", dollars(s->monthlySaving)}};
}

json infrastructure(const InfraView& i) {
    return {{"cpu_cores", optionalNumber(i.cpuCores)},
            {"memory_gb", optionalNumber(i.memoryGb)},
            {"hourly_usd", money(i.cost.hourly)},
            {"monthly_usd", money(i.cost.monthly)},
            {"cpu_usd_per_hour", money(i.cost.cpu)},
            {"memory_usd_per_hour", money(i.cost.memory)},
            {"storage_usd_per_hour", money(i.cost.storage)},
            {"network_usd_per_hour", money(i.cost.network)},
            {"cpu_efficiency", efficiency(i.cpuEfficiency)},
            {"memory_efficiency", efficiency(i.memoryEfficiency)},
            {"cpu_right_sizing", rightSizing(i.cpu)},
            {"memory_right_sizing", rightSizing(i.memory)},
            {"schedule", schedule(i.schedule)}};
}

std::string_view unitKey(AiUnit unit) {
    switch (unit) {
    case AiUnit::Tokens:
        return "tokens";
    case AiUnit::Characters:
        return "characters";
    case AiUnit::Requests:
        return "requests";
    }
    return "tokens";
}

} // namespace

json costReportToJson(const CostReport& r) {
    json daily = json::array();
    for (const DailyCost& d : r.daily) {
        daily.push_back({{"day", day(d.day)}, {"usd", optional(d.cost, dollars)}});
    }
    json unpriced = json::array();
    for (const UnpricedUsage& u : r.unpriced) {
        unpriced.push_back({{"provider", u.providerId}, {"day", day(u.day)}, {"rows", u.rows}});
    }
    json budgets = json::array();
    for (const LimitState& b : r.budgets) {
        budgets.push_back({{"budget", std::string(keyOf(b.kind))},
                           {"client", b.client},
                           {"spent_usd", dollars(b.spend)},
                           {"limit_usd", dollars(b.limit)},
                           {"utilisation", number(b.utilisation)},
                           {"status", std::string(keyOf(b.status))}});
    }
    json alerts = json::array();
    for (const BudgetAlert& a : r.alerts) {
        alerts.push_back({{"budget", std::string(keyOf(a.kind))},
                          {"client", a.client},
                          {"level", number(a.level)},
                          {"level_usd", dollars(a.levelAmount)},
                          {"spent_usd", dollars(a.spend)},
                          {"limit_usd", dollars(a.limit)},
                          {"over_usd", dollars(a.aboveLevel)},
                          {"since", day(a.since)}});
    }
    json actions = json::array();
    for (const ShieldRecommendation& a : r.actions) {
        json evidence = json::array();
        for (const ShieldEvidence& e : a.evidence) {
            evidence.push_back({{"reason", std::string(keyOf(e.reason))},
                                {"budget", std::string(keyOf(e.budget))},
                                {"value_usd", dollars(e.value)},
                                {"reference_usd", dollars(e.reference)},
                                {"ratio", number(e.ratio)}});
        }
        actions.push_back({{"action", std::string(keyOf(a.action))},
                           {"client", a.client},
                           {"evidence", evidence}});
    }
    json providers = json::array();
    for (const ProviderBudget& p : r.providers) {
        providers.push_back({{"provider", p.providerId},
                             {"unit", std::string(unitKey(p.unit))},
                             {"used_this_month", optionalNumber(p.usedThisMonth)},
                             {"allocation", optionalNumber(p.allocation)},
                             {"utilisation", optionalNumber(p.utilisation)},
                             {"projected_month_end", optionalNumber(p.projectedMonthEnd)},
                             {"status", std::string(keyOf(p.status))},
                             {"suggestion", std::string(keyOf(p.suggestion))},
                             {"cost_this_month_usd", dollars(p.costThisMonth)}});
    }
    json anomalies = json::array();
    for (const CostAnomaly& a : r.anomalies) {
        anomalies.push_back(anomaly(a));
    }
    json limits = json::array();
    for (const LimitForecastView& f : r.limits) {
        limits.push_back(limitForecast(f));
    }
    json span = nullptr;
    if (r.ledgerSpan) {
        span = {{"from", day(r.ledgerSpan->from)}, {"to", day(r.ledgerSpan->to)}};
    }
    return {{"workspace", r.workspace},
            {"demo", r.demo},
            {"from", day(r.range.from)},
            {"to", day(r.range.to)},
            {"as_of", day(r.today)},
            {"tier", r.tierId},
            {"ledger_span", span},
            {"period", breakdown(r.period)},
            {"daily", daily},
            {"unpriced", unpriced},
            {"spent_today_usd", optional(r.spentToday, dollars)},
            {"spent_this_month_usd", dollars(r.spentThisMonth)},
            {"budgets", budgets},
            {"alerts", alerts},
            {"actions", actions},
            {"providers", providers},
            {"anomalies", anomalies},
            {"projection", projection(r.projection)},
            {"limit_forecasts", limits},
            {"infrastructure", infrastructure(r.infrastructure)}};
}

std::string costReportToJsonText(const CostReport& report) {
    return costReportToJson(report).dump(2) + "\n";
}

} // namespace headroom
