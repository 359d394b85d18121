#include "CostQuery.h"

#include <algorithm>
#include <array>
#include <map>

namespace headroom {
namespace {

// The metrics whose limits are forecast; each day keeps its highest reading, the one a limit
// would have been measured against.
constexpr std::array kForecastMetrics{MetricId::ActiveClients, MetricId::StorageUsageGb,
                                      MetricId::QueueDepth, MetricId::AiTokensPerDay};

std::vector<MetricHistory> dailyMaxima(const std::vector<SeriesPoint>& points) {
    std::map<MetricId, std::map<Day, double>> byMetric;
    for (const SeriesPoint& p : points) {
        auto [it, inserted] = byMetric[p.metric].try_emplace(dayOf(p.at), p.value);
        if (!inserted) {
            it->second = std::max(it->second, p.value);
        }
    }
    std::vector<MetricHistory> out;
    for (const auto& [metric, days] : byMetric) {
        MetricHistory history{metric, {}};
        history.days.reserve(days.size());
        for (const auto& [day, value] : days) {
            history.days.push_back(DailyReading{day, value});
        }
        out.push_back(std::move(history));
    }
    return out;
}

// The tier of the last evaluation on or before `end`, looking back a week; else the latest
// snapshot's when it is older still.
Result<std::string> tierAsOf(Store& store, RowId workspaceId, Timestamp end) {
    auto recent = store.snapshots(workspaceId, TimeRange{end - std::chrono::days{7}, end});
    if (!recent) {
        return std::unexpected(recent.error());
    }
    if (!recent->empty()) {
        return recent->back().evaluation.capacity.tierId;
    }
    auto latest = store.latestSnapshot(workspaceId);
    if (!latest) {
        return std::unexpected(latest.error());
    }
    if (*latest && (*latest)->snapshot.takenAt() <= end) {
        return (*latest)->evaluation.capacity.tierId;
    }
    return std::string{};
}

} // namespace

Result<CostReport> queryCostReport(Store& store, const Catalog& catalog, std::string_view workspace,
                                   DayRange range) {
    auto ws = store.workspace(workspace);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    const Timestamp end = Timestamp{range.to} + std::chrono::days{1} - std::chrono::seconds{1};
    auto points = store.series(ws->id, kForecastMetrics, TimeRange{std::nullopt, end});
    if (!points) {
        return std::unexpected(points.error());
    }
    auto tier = tierAsOf(store, ws->id, end);
    if (!tier) {
        return std::unexpected(tier.error());
    }
    // The whole ledger up to the last day: anomalies need each day's trailing window and the
    // projection and forecasts the history, not only the period shown.
    const DayRange ledgerDays{Day{} + std::chrono::days{0}, range.to};
    auto usage = store.usageRows(ws->id, ledgerDays);
    if (!usage) {
        return std::unexpected(usage.error());
    }
    auto services = store.serviceCostRows(ws->id, ledgerDays);
    if (!services) {
        return std::unexpected(services.error());
    }
    CostReportInputs inputs;
    inputs.workspace = ws->name;
    inputs.demo = ws->kind == WorkspaceKind::Demo;
    inputs.usage = *usage;
    inputs.services = *services;
    inputs.metrics = dailyMaxima(*points);
    inputs.tierId = *tier;
    inputs.modeId = ws->currentModeId;
    inputs.range = range;
    return buildCostReport(inputs, catalog);
}

} // namespace headroom
