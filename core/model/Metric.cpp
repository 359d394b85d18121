#include "Metric.h"

#include <array>
#include <limits>

namespace headroom {
namespace {

constexpr double kUnbounded = std::numeric_limits<double>::max();

// Order must follow MetricId; the static_assert below and allMetrics() rely on it.
constexpr std::array<MetricInfo, kMetricCount> kMetrics{{
    {MetricId::CpuUtilization, "cpu_utilization", MetricUnit::Fraction, 0.0, 1.0, false},
    {MetricId::ErrorRate, "error_rate", MetricUnit::Fraction, 0.0, 1.0, false},
    {MetricId::AiLatencyMs, "ai_latency_ms", MetricUnit::Milliseconds, 0.0, kUnbounded, false},
    {MetricId::QueueDepth, "queue_depth", MetricUnit::Count, 0.0, kUnbounded, false},
    {MetricId::TokenUsage, "token_usage", MetricUnit::Tokens, 0.0, kUnbounded, false},
    {MetricId::StorageUsageGb, "storage_usage_gb", MetricUnit::Gigabytes, 0.0, kUnbounded, false},
    {MetricId::BandwidthUsageMb, "bandwidth_usage_mb", MetricUnit::Megabytes, 0.0, kUnbounded,
     false},
    {MetricId::ActiveClients, "active_clients", MetricUnit::Count, 0.0, kUnbounded, true},
    {MetricId::MemoryUtilization, "memory_utilization", MetricUnit::Fraction, 0.0, 1.0, false},
    {MetricId::ResponseTimeP50Ms, "response_time_p50_ms", MetricUnit::Milliseconds, 0.0, kUnbounded,
     false},
    {MetricId::ResponseTimeP95Ms, "response_time_p95_ms", MetricUnit::Milliseconds, 0.0, kUnbounded,
     false},
    {MetricId::ResponseTimeP99Ms, "response_time_p99_ms", MetricUnit::Milliseconds, 0.0, kUnbounded,
     false},
    {MetricId::DbConnections, "db_connections", MetricUnit::Count, 0.0, kUnbounded, false},
    {MetricId::DbConnectionsMax, "db_connections_max", MetricUnit::Count, 1.0, kUnbounded, true},
    {MetricId::DbCpuUtilization, "db_cpu_utilization", MetricUnit::Fraction, 0.0, 1.0, false},
    {MetricId::RequestsPerMinute, "requests_per_minute", MetricUnit::PerMinute, 0.0, kUnbounded,
     false},
    {MetricId::PostsPerDay, "posts_per_day", MetricUnit::PerDay, 0.0, kUnbounded, false},
    {MetricId::AiSpendPerDayUsd, "ai_spend_per_day_usd", MetricUnit::Usd, 0.0, kUnbounded, false},
    {MetricId::EarlyWarningEvents, "early_warning_events", MetricUnit::Count, 0.0, kUnbounded,
     true},
    {MetricId::AtRiskClients, "at_risk_clients", MetricUnit::Count, 0.0, kUnbounded, true},
    {MetricId::AiTokensPerDay, "ai_tokens_per_day", MetricUnit::Tokens, 0.0, kUnbounded, false},
    {MetricId::VisualJobsPerDay, "visual_jobs_per_day", MetricUnit::PerDay, 0.0, kUnbounded, false},
    {MetricId::ConcurrentJobs, "concurrent_jobs", MetricUnit::Count, 0.0, kUnbounded, false},
    {MetricId::VisualJobsPending, "visual_jobs_pending", MetricUnit::Count, 0.0, kUnbounded, true},
    {MetricId::VisualJobsFailedRecently, "visual_jobs_failed_recently", MetricUnit::Count, 0.0,
     kUnbounded, true},
    {MetricId::VisualJobAvgProcessingS, "visual_job_avg_processing_s", MetricUnit::Seconds, 0.0,
     kUnbounded, false},
    {MetricId::DiskUtilization, "disk_utilization", MetricUnit::Fraction, 0.0, 1.0, false},
    {MetricId::LoadAverage1m, "load_average_1m", MetricUnit::Load, 0.0, kUnbounded, false},
    // Fractional cores exist (a container's CPU quota).
    {MetricId::CpuCores, "cpu_cores", MetricUnit::Count, 0.0, kUnbounded, false},
    {MetricId::MemoryTotalGb, "memory_total_gb", MetricUnit::Gigabytes, 0.0, kUnbounded, false},
    {MetricId::CronLoad, "cron_load", MetricUnit::Fraction, 0.0, 1.0, false},
}};

constexpr bool tableFollowsEnum() {
    for (std::size_t i = 0; i < kMetrics.size(); ++i) {
        if (static_cast<std::size_t>(kMetrics[i].id) != i) {
            return false;
        }
    }
    return true;
}
static_assert(tableFollowsEnum(), "kMetrics must list metrics in MetricId order");

} // namespace

const MetricInfo& metricInfo(MetricId id) {
    return kMetrics.at(metricIndex(id));
}

std::span<const MetricInfo> allMetrics() {
    return kMetrics;
}

std::optional<MetricId> metricFromKey(std::string_view key) {
    for (const auto& info : kMetrics) {
        if (info.key == key) {
            return info.id;
        }
    }
    return std::nullopt;
}

} // namespace headroom
