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

// The last snapshot on or before `end`, looking back a week; else the latest one when it is
// older still.
Result<std::optional<StoredSnapshot>> snapshotAsOf(Store& store, RowId workspaceId, Timestamp end) {
    auto recent = store.snapshots(workspaceId, TimeRange{end - std::chrono::days{7}, end});
    if (!recent) {
        return std::unexpected(recent.error());
    }
    if (!recent->empty()) {
        return std::optional(recent->back());
    }
    auto latest = store.latestSnapshot(workspaceId);
    if (!latest) {
        return std::unexpected(latest.error());
    }
    if (*latest && (*latest)->snapshot.takenAt() <= end) {
        return *latest;
    }
    return std::optional<StoredSnapshot>{};
}

// Seed 003 needs the raw utilisation: the lookback for efficiency and right-sizing, four weeks
// for a weekly pattern.
Result<void> utilisationSamples(Store& store, RowId workspaceId, Timestamp end,
                                std::chrono::days lookback, CostReportInputs& inputs) {
    constexpr std::array kMetrics{MetricId::CpuUtilization, MetricId::MemoryUtilization};
    const auto window = std::max(lookback, std::chrono::days{28});
    // Rolled stretches give one point per bucket: its mean is the typical load, as raw points are.
    auto points = store.series(workspaceId, kMetrics, TimeRange{end - window, end},
                               SeriesOptions{RollupStatistic::Mean});
    if (!points) {
        return std::unexpected(points.error());
    }
    for (const SeriesPoint& p : *points) {
        auto& samples =
            p.metric == MetricId::CpuUtilization ? inputs.cpuSamples : inputs.memorySamples;
        samples.push_back(UtilisationSample{p.at, p.value});
    }
    return {};
}

} // namespace

Result<CostReport> queryCostReport(Store& store, const Catalog& catalog, std::string_view workspace,
                                   DayRange range) {
    auto ws = store.workspace(workspace);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    const Timestamp end = Timestamp{range.to} + std::chrono::days{1} - std::chrono::seconds{1};
    // Daily maxima: a rolled bucket contributes the highest raw value it summarises.
    auto points = store.series(ws->id, kForecastMetrics, TimeRange{std::nullopt, end},
                               SeriesOptions{RollupStatistic::Max});
    if (!points) {
        return std::unexpected(points.error());
    }
    auto latest = snapshotAsOf(store, ws->id, end);
    if (!latest) {
        return std::unexpected(latest.error());
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
    if (*latest) {
        inputs.tierId = (*latest)->evaluation.capacity.tierId;
        inputs.latest = (*latest)->snapshot;
    }
    if (auto ok = utilisationSamples(store, ws->id, end, catalog.costs.efficiency.lookback, inputs);
        !ok) {
        return std::unexpected(ok.error());
    }
    inputs.modeId = ws->currentModeId;
    inputs.range = range;
    return buildCostReport(inputs, catalog);
}

} // namespace headroom
