#pragma once
// Seed 002's resource monitor and the tier checklists, read from readiness.json.
// Invariants of a validated catalog: monitored metric ids are unique and each warning threshold is
// below its critical one; the visual job risk weights are positive and sum to 1; each checklist
// names a tier of the catalog, holds at least one item, and its item ids are unique within it.

#include "Metric.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

// How a monitored value is compared with its thresholds.
enum class MonitorScale {
    Absolute,         // the metric's own unit (GB, jobs, a fraction)
    ShareOfTierLimit, // value / the current tier's limit for the metric (AI tokens per day)
};

// What a row of the tracked-metrics table looks at.
enum class MonitorSubject {
    Metric,        // a stored metric (MonitoredMetric::metric)
    VisualJobRisk, // the Visual Job Risk Score, computed from three metrics
};

struct MonitoredMetric {
    std::string id;   // "ai_token_usage"
    std::string name; // "AI token usage" (the CLI's label; the UI has its own words)
    MonitorSubject subject = MonitorSubject::Metric;
    MetricId metric = MetricId::AiTokensPerDay; // Metric rows only
    MonitorScale scale = MonitorScale::Absolute;
    double warning = 0.0; // at or above: warning
    double critical = 0.0;
};

// Seed 002's Visual Job Risk Score: each part is value / full, capped at 1, then weighted.
struct VisualJobRiskSettings {
    double queueFull = 50.0; // pending jobs
    double failuresFull = 10.0;
    double processingFullS = 60.0;
    double queueWeight = 0.4;
    double failureWeight = 0.3;
    double processingWeight = 0.3;
};

// The 7-day trend: a least-squares slope over daily values, flat inside the dead band (change
// per day as a share of the mean), unknown with fewer than minDays days.
struct TrendSettings {
    int days = 7;
    int minDays = 4;
    double deadBandPerDay = 0.02;
};

struct ResourceMonitorSettings {
    std::vector<MonitoredMetric> metrics;
    VisualJobRiskSettings visualJobRisk;
    TrendSettings trend;
};

enum class ChecklistItemKind {
    Infrastructure, // seed 002's infrastructure checklist of the tier
    Requirement,    // an upgrade requirement into the tier (seeds 000 / 002)
};

struct ChecklistItem {
    std::string id; // stable: history events name it as "<tier>/<item>"
    std::string title;
    ChecklistItemKind kind = ChecklistItemKind::Infrastructure;
    bool defaultChecked = false; // the seed's pre-ticked items; the founder's ticks win
};

struct TierChecklist {
    std::string tierId;
    std::vector<ChecklistItem> items;

    const ChecklistItem* findItem(std::string_view id) const {
        for (const auto& item : items) {
            if (item.id == id) {
                return &item;
            }
        }
        return nullptr;
    }
};

struct ReadinessSettings {
    ResourceMonitorSettings monitor;
    std::vector<TierChecklist> checklists;

    const TierChecklist* findChecklist(std::string_view tierId) const {
        for (const auto& list : checklists) {
            if (list.tierId == tierId) {
                return &list;
            }
        }
        return nullptr;
    }
};

} // namespace headroom
