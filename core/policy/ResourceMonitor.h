#pragma once
// Seed 002's resource monitor: the tracked-metrics table (each row's value against its warning
// and critical thresholds), the Visual Job Risk Score and the 7-day trend direction of each row.
// Pure: the caller passes the latest snapshot, the recent metric history and the current tier.
// A value that is not measured is NoData and a trend with too few days is Unknown; nothing is
// filled in.

#include "model/Catalog.h"
#include "model/Readiness.h"
#include "model/Snapshot.h"
#include "policy/DecisionMetrics.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace headroom {

enum class MonitorStatus { Normal, Warning, Critical, NoData };
enum class TrendDirection { Rising, Falling, Flat, Unknown };

std::string_view keyOf(MonitorStatus status);     // "normal", "warning", "critical", "no_data"
std::string_view keyOf(TrendDirection direction); // "rising", "falling", "flat", "unknown"

struct VisualJobRiskScore {
    double score = 0.0; // 0..1
    double queuePart = 0.0;
    double failurePart = 0.0;
    double processingPart = 0.0;
};

// Nullopt when any of the three inputs is missing: a partial score would understate the risk.
std::optional<VisualJobRiskScore> visualJobRisk(std::optional<double> pendingJobs,
                                                std::optional<double> failedRecently,
                                                std::optional<double> avgProcessingS,
                                                const VisualJobRiskSettings& settings);
std::optional<VisualJobRiskScore> visualJobRisk(const Snapshot& snapshot,
                                                const VisualJobRiskSettings& settings);

MonitorStatus monitorStatus(std::optional<double> value, double warning, double critical);

// The direction of the daily means of the points in the `settings.days` days ending at now:
// the least-squares slope per day, relative to the mean of those daily values, against the dead
// band. Unknown with fewer than minDays days holding a point.
TrendDirection trendDirection(std::span<const TimedValue> points, Timestamp now,
                              const TrendSettings& settings);

struct MonitorRow {
    MonitoredMetric definition;
    std::optional<double> measured;  // in the metric's unit (the score for the risk row)
    std::optional<double> tierLimit; // ShareOfTierLimit rows
    std::optional<double> value;     // compared with the thresholds (a share for those rows)
    MonitorStatus status = MonitorStatus::NoData;
    TrendDirection trend = TrendDirection::Unknown;
};

struct ResourceMonitorInput {
    std::optional<Snapshot> latest;
    std::map<MetricId, std::vector<TimedValue>> history; // oldest first, the last days
    const Tier* tier = nullptr;                          // the tier the latest evaluation found
    Timestamp now{};
};

struct ResourceMonitorReport {
    std::vector<MonitorRow> rows;
    std::optional<VisualJobRiskScore> visualJobRisk;
    MonitorStatus overall = MonitorStatus::NoData; // the worst measured row
};

// The metrics whose history the report needs (for the caller's query).
std::vector<MetricId> monitoredMetrics(const ResourceMonitorSettings& settings);

ResourceMonitorReport buildResourceMonitor(const ResourceMonitorInput& input,
                                           const ResourceMonitorSettings& settings);

} // namespace headroom
