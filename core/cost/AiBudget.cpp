#include "AiBudget.h"

#include <algorithm>

namespace headroom {

namespace {

// policy/Numeric.h's tolerance: 0.56 / 0.70 counts as exactly 80 %.
constexpr double kTolerance = 1e-9;

bool atLeast(double value, double threshold) {
    return value >= threshold - kTolerance * std::max(1.0, std::abs(threshold));
}

Status statusFor(double utilisation, const HeadroomThresholds& bands) {
    if (atLeast(utilisation, bands.critical)) {
        return Status::Critical;
    }
    if (atLeast(utilisation, bands.warning)) {
        return Status::Warning;
    }
    return Status::Healthy;
}

// Empty when the provider has no row in the range: a month without its rows is unknown, not
// a month of zero use.
std::optional<std::int64_t> unitsIn(const LedgerIndex& ledger, std::string_view provider,
                                    DayRange range, AiUnit unit) {
    std::optional<std::int64_t> sum;
    for (const auto& day : ledger.dailyUnits(provider, range).values) {
        if (day) {
            sum = sum.value_or(0) + unitsOf(*day, unit);
        }
    }
    return sum;
}

} // namespace

std::string_view keyOf(AiBudgetSuggestion suggestion) {
    switch (suggestion) {
    case AiBudgetSuggestion::None:
        return "";
    case AiBudgetSuggestion::Raise:
        return "raise_token_budgets";
    case AiBudgetSuggestion::Lower:
        break;
    }
    return "lower_token_budgets";
}

std::int64_t unitsOf(const UsageUnits& units, AiUnit unit) {
    switch (unit) {
    case AiUnit::Tokens:
        return units.tokens();
    case AiUnit::Characters:
        return units.characters;
    case AiUnit::Requests:
        break;
    }
    return units.requests;
}

std::vector<AiBudgetLine> aiBudgets(const LedgerIndex& ledger, const Catalog& catalog,
                                    std::string_view tierId, Day today,
                                    const AiBudgetOptions& options) {
    const Day monthStart = firstOfMonth(today);
    const std::vector<ProviderMonthToDate> monthToDate = ledger.monthToDate(today);
    const std::optional<DayRange> span = ledger.daysSpanned();
    const Day paceFrom = span && span->from > monthStart ? span->from : monthStart;
    const auto elapsed = static_cast<double>((today - paceFrom).count() + 1);
    const auto monthDays = static_cast<double>((lastOfMonth(today) - paceFrom).count() + 1);
    const DayRange previousMonth{firstOfMonth(monthStart - std::chrono::days{1}),
                                 monthStart - std::chrono::days{1}};
    const bool previousMonthKnown =
        span && span->from <= previousMonth.from && span->to >= previousMonth.to;

    std::vector<AiBudgetLine> lines;
    lines.reserve(catalog.aiProviders.size());
    for (const AiProvider& provider : catalog.aiProviders) {
        AiBudgetLine line;
        line.providerId = provider.id;
        line.unit = provider.unit;
        if (auto it = provider.monthlyAllocationByTier.find(std::string(tierId));
            it != provider.monthlyAllocationByTier.end() && it->second > 0.0) {
            line.allocation = it->second;
        }
        if (auto it = std::ranges::find(monthToDate, provider.id, &ProviderMonthToDate::providerId);
            it != monthToDate.end()) {
            line.monthToDateUnits = unitsOf(it->units, provider.unit);
            line.monthToDateCost = it->cost;
            line.daysWithData = it->daysWithData;
        }
        if (line.daysWithData > 0 && today >= paceFrom) {
            line.projectedMonthUnits =
                static_cast<double>(line.monthToDateUnits) / elapsed * monthDays;
        }
        if (line.allocation) {
            if (line.daysWithData > 0) {
                line.utilisation = static_cast<double>(line.monthToDateUnits) / *line.allocation;
                line.status = statusFor(*line.utilisation, catalog.headroom);
            }
            if (previousMonthKnown) {
                if (auto used = unitsIn(ledger, provider.id, previousMonth, provider.unit)) {
                    line.previousMonthUtilisation = static_cast<double>(*used) / *line.allocation;
                }
            }
            if (line.projectedMonthUnits && *line.projectedMonthUnits > *line.allocation) {
                line.suggestion = AiBudgetSuggestion::Raise;
            } else if (line.previousMonthUtilisation &&
                       *line.previousMonthUtilisation < options.lowerBelowUtilisation) {
                line.suggestion = AiBudgetSuggestion::Lower;
            }
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace headroom
