// The AI budgets and the cost projection sections of the cost report.
#include "AiBudget.h"
#include "CostReportBuild.h"
#include "Projection.h"

#include <cmath>

namespace headroom::costreport {

std::vector<ProviderBudget> providerBudgets(const LedgerIndex& index, const Catalog& catalog,
                                            const std::string& tierId, Day today) {
    std::vector<ProviderBudget> out;
    for (const AiBudgetLine& line : aiBudgets(index, catalog, tierId, today)) {
        ProviderBudget budget;
        budget.providerId = line.providerId;
        budget.unit = line.unit;
        if (line.daysWithData > 0) {
            budget.usedThisMonth = double(line.monthToDateUnits);
            budget.costThisMonth = line.monthToDateCost;
        }
        budget.allocation = line.allocation;
        budget.utilisation = line.utilisation;
        budget.projectedMonthEnd = line.projectedMonthUnits;
        budget.status = line.status;
        budget.suggestion = line.suggestion;
        out.push_back(std::move(budget));
    }
    return out;
}

Result<CostProjectionView> projection(const LedgerIndex& index, const Catalog& catalog, Day today) {
    std::vector<DayCost> history;
    if (const auto span = index.daysSpanned(); span && span->from <= today) {
        const DailyCosts daily = index.daily(DayRange{span->from, today});
        for (std::size_t i = 0; i < daily.values.size(); ++i) {
            if (daily.values[i]) {
                history.push_back(DayCost{daily.dayAt(i), *daily.values[i]});
            }
        }
    }
    auto projected = projectDailyCosts(history, catalog.costs.projection, catalog.costs.forecast);
    if (!projected) {
        return std::unexpected(projected.error());
    }
    CostProjectionView view;
    view.currentMonthly = projected->currentMonthly;
    view.monthlyGrowth = projected->monthlyGrowth;
    view.fallbackGrowth = projected->usedFallback();
    view.confidence = projected->confidence;
    view.intervalLevel = projected->intervalLevel;
    view.intervalKnown = projected->intervalKnown;
    view.historyDays = int(std::lround(projected->historyMonths * kDaysPerMonth));
    view.backtest = backtestView(projected->backtest);
    view.trust = projected->trust;
    if (history.empty()) {
        return view; // nothing to project from: no horizons rather than a projection of $0
    }
    constexpr std::array kHorizons{ProjectionHorizon::Month, ProjectionHorizon::Quarter,
                                   ProjectionHorizon::Year};
    for (std::size_t i = 0; i < projected->totals.size(); ++i) {
        const ProjectedTotal& total = projected->totals[i];
        view.horizons.push_back(
            ProjectedCost{kHorizons[i], total.months, total.expected, total.low, total.high});
    }
    return view;
}

} // namespace headroom::costreport
