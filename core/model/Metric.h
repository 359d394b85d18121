#pragma once
// The engine's metrics: a closed set with a snake_case key (the name used in metrics files, the
// store and the command line), a unit and the range of values that can physically occur. Adding a
// metric means adding a MetricId and one row to the table in Metric.cpp; everything that lists
// metrics (JSON, store, UI) reads the table.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace headroom {

enum class MetricId {
    // Seed 000's usage example.
    CpuUtilization,
    ErrorRate,
    AiLatencyMs,
    QueueDepth,
    TokenUsage, // tokens used this month
    StorageUsageGb,
    BandwidthUsageMb,
    ActiveClients,
    // Seed 004's performance metrics.
    MemoryUtilization,
    ResponseTimeP50Ms,
    ResponseTimeP95Ms,
    ResponseTimeP99Ms,
    DbConnections,
    DbConnectionsMax,
    DbCpuUtilization,
    RequestsPerMinute,
    // Seed 001's health inputs.
    PostsPerDay,
    AiSpendPerDayUsd,
    EarlyWarningEvents,
    AtRiskClients,
    // Seed 002's per-tier limits and visual-job queue.
    AiTokensPerDay,
    VisualJobsPerDay,
    ConcurrentJobs,
    VisualJobsPending,
    VisualJobsFailedRecently,
    VisualJobAvgProcessingS,
    // Host collector.
    DiskUtilization,
    LoadAverage1m,
    // Provisioned size (host collector), for seed 003's cost model and right-sizing.
    CpuCores,
    MemoryTotalGb,
    // Seed 002's resource monitor: share of the cron capacity in use.
    CronLoad,
    Count_ // not a metric: the number of metrics
};

inline constexpr std::size_t kMetricCount = static_cast<std::size_t>(MetricId::Count_);

enum class MetricUnit {
    Fraction, // 0..1, shown as a percentage
    Milliseconds,
    Seconds,
    Count,
    Tokens,
    Gigabytes,
    Megabytes,
    PerMinute,
    PerDay,
    Usd,
    Load, // run-queue length, unbounded above
};

struct MetricInfo {
    MetricId id;
    std::string_view key; // snake_case, stable: stored in databases and bundles
    MetricUnit unit;
    double minimum; // values below are impossible (negative counts)
    double maximum; // values above are impossible (a fraction above 1)
    bool integral;  // counts of things: a fractional value is impossible
};

const MetricInfo& metricInfo(MetricId id);
std::span<const MetricInfo> allMetrics();
std::optional<MetricId> metricFromKey(std::string_view key);
inline std::string_view metricKey(MetricId id) {
    return metricInfo(id).key;
}
inline std::size_t metricIndex(MetricId id) {
    return static_cast<std::size_t>(id);
}

} // namespace headroom
