#pragma once
// Internal to core/report: what buildReport reads once and the per-section functions that turn
// it into ReportData's parts (ReportFigures.cpp, ReportSeries.cpp, ReportHistory.cpp,
// ReportStrain.cpp, ReportQuality.cpp). Not installed, not included outside core/report.

#include "cost/CostReport.h"
#include "cost/LedgerIndex.h"
#include "cost/Projection.h"
#include "model/Catalog.h"
#include "model/Records.h"
#include "report/ReportData.h"
#include "store/Store.h"

#include <optional>
#include <span>
#include <vector>

namespace headroom::report {

// Evaluations read per period for the health trend, utilisation, confidence and the figures
// that are judged by the evaluation (health, headroom, tier, mode): each of this many equal
// slices of the period gives its last stored instant.
inline constexpr std::size_t kTrendSamples = 500;

// What one period (the report's, or the previous one of equal length) reads from the store.
struct PeriodReadings {
    Timestamp from{}; // [from, to)
    Timestamp to{};
    DayRange days;                        // the ledger days the period touches
    std::vector<SampledSnapshot> samples; // oldest first
    std::vector<SeriesPoint> means;       // ActiveClients and ErrorRate, Mean statistic
    std::vector<Timestamp> instants;      // every stored instant (snapshots, buckets)
    CostTotals cost;                      // the ledger over `days`
};

// The inclusive store range of a half-open period.
TimeRange storeRange(Timestamp from, Timestamp to);
DayRange ledgerDays(Timestamp from, Timestamp to);

Result<PeriodReadings> readPeriod(Store& store, RowId workspaceId, Timestamp from, Timestamp to,
                                  const LedgerIndex& ledger);

// The mean of a metric's points, each weighted by the time it stands for: a roll-up bucket its
// resolution, a raw point the time to the next point (at most an hour; the last one an hour or
// up to `end`). nullopt without points.
std::optional<double> timeWeightedMean(std::span<const SeriesPoint> points, MetricId metric,
                                       Timestamp end);

// ReportFigures.cpp
std::vector<KeyFigure> keyFigures(const PeriodReadings& current, const PeriodReadings& previous);

// ReportSeries.cpp
std::vector<HealthPoint> healthTrend(std::span<const SampledSnapshot> samples);
std::vector<UtilisationPoint> utilisationSeries(std::span<const SampledSnapshot> samples);
// The width of the clients chart's buckets for a period of this length.
std::chrono::seconds clientsBucket(std::chrono::seconds period);
std::vector<ClientsPoint> clientsSeries(std::span<const SeriesPoint> maxima, Timestamp from,
                                        std::chrono::seconds bucket);
// `ledger` holds every row up to days.to: the projection is made from all of its history.
Result<SpendSeries> spendSeries(const LedgerIndex& ledger, DayRange days, const Catalog& catalog);

// ReportHistory.cpp
Result<std::vector<ScalingTimelineEntry>> scalingTimeline(Store& store, RowId workspaceId,
                                                          Timestamp from, Timestamp to);
Result<DecisionSummary> decisionSummary(Store& store, const Catalog& catalog,
                                        const Workspace& workspace, Timestamp from, Timestamp to);

// ReportStrain.cpp: the latest run of each scenario started in [from, to) and the pass rate.
// A database without strain runs (a bundle exported before schema v9) has none, not an error.
Result<StrainReadiness> strainReadiness(Store& store, const Catalog& catalog,
                                        const Workspace& workspace, Timestamp from, Timestamp to);

// ReportQuality.cpp
Result<ReportDataQuality> dataQuality(Store& store, RowId workspaceId, const PeriodReadings& period,
                                      const LedgerIndex& ledger, Timestamp now);

} // namespace headroom::report
