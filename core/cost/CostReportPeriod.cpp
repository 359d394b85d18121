// The period and Cost Shield sections of the cost report.
#include "CostReportBuild.h"

#include <algorithm>

namespace headroom::costreport {

void fillPeriod(CostReport& report, const LedgerIndex& index) {
    const DayRange range = report.range;
    const CostTotals totals = index.totals(range);
    CostBreakdown& period = report.period;
    period.total = totals.all;
    period.ai = totals.ai;
    period.services = totals.services;
    period.byProvider = index.breakdown(Dimension::Provider, range, CostScope::Ai);
    period.byClient = index.breakdown(Dimension::Client, range);
    period.byService = index.breakdown(Dimension::Service, range, CostScope::Services);
    period.byCategory = index.breakdown(Dimension::Category, range);
    period.byFeature = index.breakdown(Dimension::Feature, range);
    period.byTeam = index.breakdown(Dimension::Team, range);

    const DailyCosts daily = index.daily(range);
    report.daily.reserve(daily.values.size());
    for (std::size_t i = 0; i < daily.values.size(); ++i) {
        report.daily.push_back(DailyCost{daily.dayAt(i), daily.values[i]});
    }
    for (const UnpricedUsage& u : index.unpriced()) {
        if (range.contains(u.day)) {
            report.unpriced.push_back(u);
        }
    }
}

void fillShield(CostReport& report, const LedgerIndex& index, const Catalog& catalog) {
    CostShieldReport shield = evaluateCostShield(index, catalog.costs, report.today);
    report.spentToday = shield.spendToday;
    report.spentThisMonth = shield.monthToDate;
    report.budgets = std::move(shield.limits);
    report.alerts = std::move(shield.alerts);
    report.actions = std::move(shield.recommendations);
}

} // namespace headroom::costreport
