#pragma once
// Seed 003's autoscaling policy templates and seed 004's scaling triggers, as catalog data
// (resources/catalogs/policies.json, sections "policies" and "policy_triggers").
//
// A policy weighs metrics into one score: each metric's value divided by its full-scale value
// (PolicySettings::normalisation; seed 003: CPU and memory /100 — our fractions as they are —,
// response time / 5000 ms, error rate / 10 %, requests / 1000 per second), times its weight,
// summed and divided by the total weight. The score is compared with the scale-up and
// scale-down thresholds; a hysteresis band and cooldowns keep a score that hovers near a
// threshold from flapping (core/policy/Autoscale.h).
//
// Invariants after validateCatalog(): ids unique and non-empty; every weight > 0 on a metric that
// has a positive full-scale value; 0 <= scaleDown < scaleUp <= 1; 0 <= hysteresis < scaleUp -
// scaleDown; cooldowns within [kMinPolicyCooldown, kMaxPolicyCooldown]; 1 <= minInstances <=
// maxInstances; step >= 1; activeId names a policy; a clone's basedOn names a policy.

#include "Metric.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

inline constexpr std::chrono::seconds kMinPolicyCooldown{30};
inline constexpr std::chrono::seconds kMaxPolicyCooldown{86400};

struct PolicyWeight {
    MetricId metric = MetricId::CpuUtilization;
    double weight = 0.0;

    friend bool operator==(const PolicyWeight&, const PolicyWeight&) = default;
};

// The value of a metric that counts as a normalised 1.0 (seed 003's divisors in our units).
struct PolicyNormaliser {
    MetricId metric = MetricId::CpuUtilization;
    double fullScale = 1.0;

    friend bool operator==(const PolicyNormaliser&, const PolicyNormaliser&) = default;
};

struct ScalingPolicy {
    std::string id;       // "web_app_balanced"
    std::string name;     // "Web App Balanced"
    std::string workload; // what the template suits, for display
    std::string basedOn;  // empty for a built-in template; the template a clone was made from
    std::vector<PolicyWeight> weights;
    double scaleUpThreshold = 0.7;   // normalised score above which to add instances
    double scaleDownThreshold = 0.3; // normalised score below which to remove instances
    double hysteresis = 0.05;        // extra margin before reversing the last action's direction
    std::chrono::seconds scaleUpCooldown{300};
    std::chrono::seconds scaleDownCooldown{600};
    int minInstances = 1;
    int maxInstances = 10;
    int step = 1; // instances added or removed per action

    bool isBuiltIn() const { return basedOn.empty(); }
    friend bool operator==(const ScalingPolicy&, const ScalingPolicy&) = default;
};

// Seed 004's triggers (its analyzeScalingNeeds and acceptance criteria).
struct PolicyTriggerSettings {
    // "CPU scaling triggers when usage exceeds 80 % for 5 minutes".
    double cpuSustainedAbove = 0.8;
    std::chrono::seconds cpuSustainedFor{300};
    // Two consecutive samples further apart than this break a sustained run: a gap is not data.
    std::chrono::seconds maxSampleGap{120};
    // "connection usage exceeds 80 % of capacity" (db_connections / db_connections_max).
    double dbConnectionsAbove = 0.8;
    // "api_response_time_p95 > 2000 || api_response_time_p99 > 5000".
    double p95AboveMs = 2000.0;
    double p99AboveMs = 5000.0;
    // Under-utilisation: the percentile of the lookback window below this suggests right-sizing
    // to that percentile (seed 003: "based on 95th percentile usage patterns").
    double underUtilisedBelow = 0.3;
    std::vector<MetricId> underUtilisationMetrics{MetricId::CpuUtilization,
                                                  MetricId::MemoryUtilization};
    std::chrono::seconds lookback{7 * 86400};
    double rightSizePercentile = 0.95;
    double rightSizeTargetUtilisation = 0.7; // the size proposed puts the percentile here
    int minLookbackSamples = 20;             // fewer: too little data to suggest a smaller size

    friend bool operator==(const PolicyTriggerSettings&, const PolicyTriggerSettings&) = default;
};

struct PolicySettings {
    std::vector<PolicyNormaliser> normalisation;
    std::vector<ScalingPolicy> templates; // built-ins first, then the founder's clones
    std::string activeId;
    PolicyTriggerSettings triggers;

    const ScalingPolicy* find(std::string_view id) const {
        for (const auto& p : templates) {
            if (p.id == id) {
                return &p;
            }
        }
        return nullptr;
    }
    const ScalingPolicy* active() const { return find(activeId); }
    std::optional<double> fullScaleOf(MetricId metric) const {
        for (const auto& n : normalisation) {
            if (n.metric == metric) {
                return n.fullScale;
            }
        }
        return std::nullopt;
    }

    friend bool operator==(const PolicySettings&, const PolicySettings&) = default;
};

} // namespace headroom
