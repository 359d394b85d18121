#include "CostReport.h"

#include "CostReportBuild.h"

#include <algorithm>

namespace headroom {

Result<CostReport> buildCostReport(const CostReportInputs& in, const Catalog& catalog) {
    if (in.range.from > in.range.to) {
        return fail(ErrorCode::InvalidArgument, "the period starts on " + formatDay(in.range.from) +
                                                    ", after its last day " +
                                                    formatDay(in.range.to));
    }
    auto index = LedgerIndex::build(in.usage, in.services, catalog.costs);
    if (!index) {
        return std::unexpected(index.error());
    }
    const Day today = in.range.to;

    CostReport report;
    report.workspace = in.workspace;
    report.demo = in.demo;
    report.range = in.range;
    report.today = today;
    report.ledgerSpan = index->daysSpanned();
    report.tierId = in.tierId;

    costreport::fillPeriod(report, *index);
    costreport::fillShield(report, *index, catalog);
    report.providers = costreport::providerBudgets(*index, catalog, in.tierId, today);

    auto anomalies = costreport::anomalies(*index, catalog, in.range);
    if (!anomalies) {
        return std::unexpected(anomalies.error());
    }
    report.anomalies = std::move(*anomalies);

    auto projection = costreport::projection(*index, catalog, today);
    if (!projection) {
        return std::unexpected(projection.error());
    }
    report.projection = std::move(*projection);

    auto limits = costreport::limitForecasts(in, *index, catalog);
    if (!limits) {
        return std::unexpected(limits.error());
    }
    report.limits = std::move(*limits);

    auto infra = costreport::infrastructure(in, catalog);
    if (!infra) {
        return std::unexpected(infra.error());
    }
    report.infrastructure = std::move(*infra);
    return report;
}

} // namespace headroom
