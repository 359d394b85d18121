#include "CostsText.h"

#include "model/Records.h"
#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace headroom::cli {
namespace {

std::string percent(double fraction, int decimals = 0) {
    return fixedNumber(fraction * 100.0, decimals) + " %";
}

std::string groupedInteger(long long value) {
    // Built digit by digit: std::string::insert here trips a false GCC 12 -Wrestrict warning.
    const std::string digits = std::to_string(value < 0 ? -(value + 1) + 1ULL : value + 0ULL);
    std::string out = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out.push_back(',');
        }
        out.push_back(digits[i]);
    }
    return out;
}

std::string units(double value, AiUnit unit) {
    const std::string number = groupedInteger(std::llround(value));
    switch (unit) {
    case AiUnit::Tokens:
        return number + " tokens";
    case AiUnit::Characters:
        return number + " characters";
    case AiUnit::Requests:
        return number + " requests";
    }
    return number;
}

std::string budgetName(BudgetKind kind, const std::string& subject) {
    switch (kind) {
    case BudgetKind::Daily:
        return "daily budget";
    case BudgetKind::Monthly:
        return "monthly budget";
    case BudgetKind::ClientDaily:
        return cat("client ", subject, " daily budget");
    }
    return "budget";
}

std::string providerName(const Catalog& catalog, const std::string& id) {
    if (id.empty()) {
        return "all providers";
    }
    const AiProvider* provider = catalog.findProvider(id);
    return provider ? provider->name : id;
}

std::string limitName(const LimitForecastView& f, const Catalog& catalog) {
    auto tierName = [&] {
        const Tier* tier = catalog.findTier(f.scope);
        return tier ? tier->name : f.scope;
    };
    switch (f.kind) {
    case LimitKind::TierClients:
        return cat(tierName(), " client cap");
    case LimitKind::ModeClients: {
        const Mode* mode = catalog.findMode(f.scope);
        return cat(mode ? mode->name : f.scope, " mode client range");
    }
    case LimitKind::AiTokensPerDay:
        return cat(tierName(), " daily AI token limit");
    case LimitKind::MonthlyTokens:
        return cat(providerName(catalog, f.scope), " monthly allocation");
    case LimitKind::StorageGb:
        return cat(tierName(), " storage limit");
    case LimitKind::QueueDepth:
        return cat(tierName(), " queue limit");
    case LimitKind::DailySpend:
        return "Cost Shield daily limit";
    case LimitKind::MonthlySpend:
        return "Cost Shield monthly limit";
    }
    return std::string(keyOf(f.kind));
}

std::string backtestText(const ForecastBacktest& b) {
    if (b.folds == 0) {
        return "no backtest (too little history)";
    }
    std::string text = cat("backtest over ", b.folds, " folds:");
    text += b.mape ? cat(" MAPE ", fixedNumber(*b.mape * 100.0, 1), " %") : " MAPE n/a";
    text += b.coverage ? cat(", ", percent(*b.coverage), " inside the interval") : "";
    text += b.skill ? cat(", skill ", fixedNumber(*b.skill, 2), " vs naive") : "";
    return text;
}

std::string forecastText(const LimitForecastView& f, const Catalog& catalog) {
    const bool money = f.kind == LimitKind::DailySpend || f.kind == LimitKind::MonthlySpend;
    std::string line =
        cat("  ", limitName(f, catalog), " (",
            money ? formatUsd(MicroUsd::fromDollars(f.limit)) : shortestNumber(f.limit), "): ");
    switch (f.status) {
    case ForecastStatus::AlreadyReached:
        line += "already reached";
        break;
    case ForecastStatus::WithinHorizon:
        line += cat("in ", f.daysUntil.value_or(0), " days");
        if (f.plusMinusDays) {
            line += cat(" (\u00b1", *f.plusMinusDays, ")");
        }
        if (f.reachDay) {
            line += cat(", ", formatDay(*f.reachDay));
        }
        if (f.method) {
            line += cat(" [", keyOf(*f.method), "]");
        }
        break;
    case ForecastStatus::BeyondHorizon:
        line += "not within the forecast horizon";
        break;
    case ForecastStatus::NotRising:
        line += "not rising";
        break;
    case ForecastStatus::TooLittleData:
        line += cat("too little data (", f.points, " of ", f.pointsNeeded, " days)");
        break;
    case ForecastStatus::NoSkill:
        line += "no forecast: no method beat \"tomorrow is like today\"";
        break;
    }
    if (f.current) {
        line += cat("; now ", money ? formatUsd(MicroUsd::fromDollars(*f.current))
                                    : shortestNumber(std::round(*f.current * 100.0) / 100.0));
    }
    line += "\n";
    if (f.status == ForecastStatus::WithinHorizon || f.status == ForecastStatus::NoSkill ||
        f.status == ForecastStatus::BeyondHorizon) {
        line += cat("      ", backtestText(f.backtest), "\n");
    }
    return line;
}

void sharesText(std::string& out, const char* title, const std::vector<CostShare>& shares,
                std::size_t limit) {
    if (shares.empty()) {
        return;
    }
    out += cat("  ", title, ":");
    for (std::size_t i = 0; i < std::min(limit, shares.size()); ++i) {
        out += cat(i == 0 ? " " : ", ", shares[i].key.empty() ? "(not attributed)" : shares[i].key,
                   " ", formatUsd(shares[i].cost));
    }
    if (shares.size() > limit) {
        out += cat(", and ", shares.size() - limit, " more");
    }
    out += "\n";
}

std::string sizingText(const char* what, const std::optional<RightSizing>& r, const char* unit) {
    if (!r) {
        return cat("  Right-sizing ", what, ": the provisioned size is not reported.\n");
    }
    if (r->action == RightSizeAction::NotEnoughSamples) {
        return cat("  Right-sizing ", what, ": too few samples (", r->samples, " of ",
                   r->samplesNeeded, ").\n");
    }
    std::string line = cat("  Right-sizing ", what, ": ", keyOf(r->action), " ",
                           shortestNumber(r->currentSize), unit);
    if (r->recommendedSize && *r->recommendedSize != r->currentSize) {
        line += cat(" -> ", shortestNumber(*r->recommendedSize), unit);
    }
    if (r->percentile) {
        line += cat(" (p95 ", percent(*r->percentile), " over ", r->samples, " samples");
        line += r->projectedUtilisation ? cat(", ", percent(*r->projectedUtilisation), " after)")
                                        : std::string(")");
    }
    if (r->monthlySaving && r->monthlySaving->value != 0) {
        line +=
            r->monthlySaving->value > 0
                ? cat(", saves ", formatUsd(*r->monthlySaving), " a month")
                : cat(", costs ", formatUsd(MicroUsd{-r->monthlySaving->value}), " a month more");
    }
    return line + "\n";
}

std::string infrastructureText(const InfraView& i) {
    std::string out = "\nInfrastructure";
    if (i.cpuCores || i.memoryGb) {
        out += cat(" on ", i.cpuCores ? shortestNumber(*i.cpuCores) + " cores" : "? cores", " and ",
                   i.memoryGb ? fixedNumber(*i.memoryGb, 1) + " GB" : "? GB");
    }
    out += ":\n";
    if (i.cost.hourly) {
        out += cat("  Cost at the latest usage: ", formatUsd(*i.cost.hourly), " an hour, ",
                   formatUsd(i.cost.monthly.value_or(MicroUsd{})), " a month\n");
    } else {
        out += "  Cost: not computed (the snapshot lacks the size, usage, storage or network).\n";
    }
    const auto score = [](const EfficiencyScore& e) {
        return e.score ? cat(fixedNumber(*e.score, 2), " (", e.inBand, " of ", e.samples,
                             " samples in the target band)")
                       : std::string("no samples");
    };
    out += cat("  Efficiency: CPU ", score(i.cpuEfficiency), ", memory ", score(i.memoryEfficiency),
               "\n");
    out += sizingText("CPU", i.cpu, " cores");
    out += sizingText("memory", i.memory, " GB");
    if (i.schedule) {
        const ScheduleAnalysis& s = *i.schedule;
        if (s.outcome == ScheduleOutcome::Pattern && s.period) {
            out += cat("  Schedule: a ", keyOf(*s.period), " pattern; ", s.windows.size(),
                       " off-peak window(s) could run smaller, saving ", formatUsd(s.monthlySaving),
                       " a month\n");
        } else {
            out += cat("  Schedule: ", keyOf(s.outcome), " (", s.samples, " hours of data)\n");
        }
    }
    return out;
}

} // namespace

std::string formatUsd(MicroUsd money) {
    // Cents, rounded half away from zero, from the exact micro-dollar amount.
    const long long micro = money.value;
    const long long cents = (std::llabs(micro) + 5'000) / 10'000;
    std::string text = cat("$", groupedInteger(cents / 100), ".");
    const long long rest = cents % 100;
    text += cat(rest < 10 ? "0" : "", rest);
    if (micro < 0) {
        text.insert(text.begin(), '-');
    }
    return text;
}

std::string formatCostReportText(const CostReport& r, const Catalog& catalog) {
    std::string out;
    out += cat("Costs of workspace '", r.workspace, "' from ", formatDay(r.range.from), " to ",
               formatDay(r.range.to), " (as of ", formatDay(r.today), ")\n");
    if (r.demo) {
        out += "DEMO DATA: a fictional company, not your business.\n";
    }
    if (!r.ledgerSpan) {
        out += "The ledger is empty: import a billing export or connect a usage source.\n";
    } else {
        out += cat("Ledger holds ", formatDay(r.ledgerSpan->from), " to ",
                   formatDay(r.ledgerSpan->to), ".\n");
    }

    out += cat("\nSpend in the period: ", formatUsd(r.period.total), " (AI ",
               formatUsd(r.period.ai), ", services ", formatUsd(r.period.services), ")\n");
    sharesText(out, "By provider", r.period.byProvider, 6);
    sharesText(out, "By client", r.period.byClient, 5);
    sharesText(out, "By service", r.period.byService, 6);
    sharesText(out, "By feature", r.period.byFeature, 6);
    const auto missingDays =
        std::ranges::count_if(r.daily, [](const DailyCost& d) { return !d.cost.has_value(); });
    if (missingDays > 0) {
        out += cat("  ", missingDays, " of ", r.daily.size(),
                   " days have no ledger rows (counted as missing, not as zero).\n");
    }
    for (const UnpricedUsage& u : r.unpriced) {
        out += cat("  Unpriced: ", u.rows, " rows of ", providerName(catalog, u.providerId), " on ",
                   formatDay(u.day), " have no rate for that day.\n");
    }

    out += cat("\nCost Shield on ", formatDay(r.today), ": today ",
               r.spentToday ? formatUsd(*r.spentToday) : std::string("no ledger rows"),
               ", this month ", formatUsd(r.spentThisMonth), "\n");
    std::size_t quietClients = 0;
    for (const LimitState& b : r.budgets) {
        // Every client has a daily budget; list those that need attention, count the rest.
        if (b.kind == BudgetKind::ClientDaily && b.status == ShieldStatus::Ok) {
            ++quietClients;
            continue;
        }
        out += cat("  ", budgetName(b.kind, b.client), ": ", formatUsd(b.spend), " of ",
                   formatUsd(b.limit), " (", percent(b.utilisation), ") ", keyOf(b.status), "\n");
    }
    if (quietClients > 0) {
        out += cat("  ", quietClients, quietClients == 1 ? " client is" : " clients are",
                   " within the per-client daily budget today.\n");
    }
    if (r.alerts.empty()) {
        out += "  No budget alert.\n";
    }
    for (const BudgetAlert& a : r.alerts) {
        out += cat("  Alert: ", budgetName(a.kind, a.client), " passed ", percent(a.level),
                   " since ", formatDay(a.since), ": ", formatUsd(a.spend), " of ",
                   formatUsd(a.limit), ", ", formatUsd(a.aboveLevel), " over the mark\n");
    }
    for (const ShieldRecommendation& a : r.actions) {
        out += cat("  Recommended: ", keyOf(a.action), a.client.empty() ? "" : " ", a.client);
        for (const ShieldEvidence& e : a.evidence) {
            out += cat("; ", keyOf(e.reason), " ", formatUsd(e.value), " against ",
                       formatUsd(e.reference));
        }
        out += "\n";
    }

    const Tier* tier = catalog.findTier(r.tierId);
    out += cat("\nAI budgets this month (", tier ? tier->name : r.tierId, " tier):\n");
    for (const ProviderBudget& p : r.providers) {
        out += cat("  ", providerName(catalog, p.providerId), ": ",
                   p.usedThisMonth ? units(*p.usedThisMonth, p.unit) : "no usage data");
        if (p.allocation) {
            out += cat(" of ", units(*p.allocation, p.unit));
            if (p.utilisation) {
                out += cat(" (", percent(*p.utilisation), ")");
            }
        } else {
            out += " (no allocation in this tier)";
        }
        if (p.projectedMonthEnd) {
            out += cat(", month end ~", units(*p.projectedMonthEnd, p.unit));
        }
        out += cat(", ", formatUsd(p.costThisMonth), ", ", keyOf(p.status));
        if (p.suggestion != AiBudgetSuggestion::None) {
            out += cat(" -> ", keyOf(p.suggestion));
        }
        out += "\n";
    }

    out += cat("\nAnomalies in the period: ", r.anomalies.size(), "\n");
    for (const CostAnomaly& a : r.anomalies) {
        std::string rules;
        for (AnomalyRule rule : a.rules) {
            rules += cat(rules.empty() ? "" : "+", keyOf(rule));
        }
        const auto figure = [&](double v) {
            return a.usage ? shortestNumber(std::round(v)) : formatUsd(MicroUsd::fromDollars(v));
        };
        out += cat("  ", formatDay(a.day), " ", providerName(catalog, a.providerId),
                   a.clientId.empty() ? "" : cat(", client ", a.clientId), ": ", rules, ", ",
                   figure(a.actual), " against ", figure(a.expected), " expected (impact ",
                   figure(a.impact), ")\n");
    }

    const CostProjectionView& p = r.projection;
    out += cat("\nProjection from ", formatUsd(p.currentMonthly), " a month, growth ",
               fixedNumber(p.monthlyGrowth * 100.0, 1), " % a month");
    out += p.fallbackGrowth ? " (no history to measure growth: the catalog's default is assumed)"
                            : cat(" (measured over ", p.historyDays, " days)");
    out += cat(", confidence ", percent(p.confidence), ":\n");
    if (p.horizons.empty()) {
        out += "  Nothing to project: the ledger has no cost up to this day.\n";
    }
    for (const ProjectedCost& h : p.horizons) {
        out += cat("  next ", h.months,
                   h.months == 1 ? " month: " : " months: ", formatUsd(h.expected));
        out += p.intervalKnown ? cat(" (", percent(p.intervalLevel), " interval ", formatUsd(h.low),
                                     " to ", formatUsd(h.high), ")")
                               : std::string(" (no interval: too little spread to measure)");
        out += "\n";
    }
    out += cat("  ", backtestText(p.backtest), "\n");
    if (p.trust == ProjectionTrust::LosesToNaive) {
        out += "  This projection did not beat \"next month is like this month\" on the history: "
               "use it for reference only.\n";
    }

    out += "\nLimit forecasts (nearest first):\n";
    for (const LimitForecastView& f : r.limits) {
        out += forecastText(f, catalog);
    }
    if (r.limits.empty()) {
        out += "  No limit to forecast.\n";
    }
    out += infrastructureText(r.infrastructure);
    return out;
}

} // namespace headroom::cli
