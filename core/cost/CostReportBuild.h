#pragma once
// The parts of buildCostReport (CostReport.cpp), one per section of the report, so each file
// keeps one purpose. Internal to headroom_cost.

#include "CostReport.h"

namespace headroom::costreport {

// Totals and breakdowns over the period, its daily series and its unpriced rows.
void fillPeriod(CostReport& report, const LedgerIndex& index);
// Cost Shield as of report.today.
void fillShield(CostReport& report, const LedgerIndex& index, const Catalog& catalog);
// Seed 000's planner per catalog provider, from the ledger's month to date.
std::vector<ProviderBudget> providerBudgets(const LedgerIndex& index, const Catalog& catalog,
                                            const std::string& tierId, Day today);
// Anomalies of every provider and every client up to range.to, those within the range, newest
// first.
Result<std::vector<CostAnomaly>> anomalies(const LedgerIndex& index, const Catalog& catalog,
                                           DayRange range);
// The monthly cost projection from the ledger's daily totals up to today.
Result<CostProjectionView> projection(const LedgerIndex& index, const Catalog& catalog, Day today);
// When each tier, mode and Cost Shield limit is reached, nearest first.
Result<std::vector<LimitForecastView>>
limitForecasts(const CostReportInputs& inputs, const LedgerIndex& index, const Catalog& catalog);
// Seed 003's infrastructure section.
Result<InfraView> infrastructure(const CostReportInputs& inputs, const Catalog& catalog);
// The rolling-origin backtest figures a view carries.
ForecastBacktest backtestView(const std::optional<BacktestResult>& result);

} // namespace headroom::costreport
