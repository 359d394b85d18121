#pragma once
// Seed 002's alerting as data (resources/catalogs/alerts.json): threshold rules with a severity
// per level and a pending period, error-rate objectives per tier with multiwindow burn-rate
// pairs, and the routing of each severity to channels with the delivery retry policy.
// Invariants (checked by validateCatalog): rule ids are unique; a rule's warning threshold is
// not beyond its critical one in the rule's direction; pending periods are >= 0 (threshold
// rules > 0, so one noisy poll never fires); objectives are in (0, 1); a burn pair's long window
// is longer than its short one and its factor is > 0; retries are bounded.

#include "Metric.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

enum class AlertSeverity { Info, Warning, Critical };

// What a threshold rule looks at.
enum class AlertSubjectKind {
    Metric,          // the measured value of `metric`
    TierUtilisation, // value of `metric` / the current tier's limit for it (0..1+)
    VisualJobRisk,   // seed 002's Visual Job Risk Score, 0..1
};

// Where a severity goes.
enum class AlertChannel {
    Console, // the console's Alerts section and the history
    Tray,    // desktop notification (the status bar when there is no tray)
    Email,   // every enabled e-mail channel
    Webhook, // every enabled alert webhook (Slack-compatible or JSON)
};

enum class AlertDirection { Above, Below }; // breach when the value is >= / <= the threshold

struct AlertThresholdRule {
    std::string id;   // "response_time", stable: stored alert states and events use it
    std::string name; // "Response time (p95)"
    AlertSubjectKind subject = AlertSubjectKind::Metric;
    MetricId metric = MetricId::ResponseTimeP95Ms; // unused for VisualJobRisk
    AlertDirection direction = AlertDirection::Above;
    std::optional<double> infoAt;
    std::optional<double> warningAt;
    std::optional<double> criticalAt;
    std::chrono::seconds pendingFor{300}; // the condition must hold this long before it fires
};

// One multiwindow pair: fires when the error budget burns at least `factor` times the
// sustainable rate over BOTH windows.
struct BurnRatePair {
    std::string id; // "fast", "medium", "slow"
    std::chrono::seconds longWindow{3600};
    std::chrono::seconds shortWindow{300};
    double factor = 14.4;
    AlertSeverity severity = AlertSeverity::Critical;
};

struct BurnRateObjective {
    std::string tierId;       // "soft_launch"
    double objective = 0.995; // share of requests that succeed; the budget is 1 - objective
};

struct BurnRateSettings {
    MetricId metric = MetricId::ErrorRate; // a fraction of failed requests
    std::vector<BurnRateObjective> objectives;
    std::vector<BurnRatePair> pairs;
    // A window is evaluated only when samples cover at least this share of it; each sample
    // counts for at most sampleValidity after it was taken (a gap covers nothing).
    double minCoverage = 0.8;
    std::chrono::seconds sampleValidity{900};
    std::chrono::seconds pendingFor{0}; // the short window already filters a blip

    const BurnRateObjective* objectiveFor(std::string_view tierId) const {
        for (const auto& o : objectives) {
            if (o.tierId == tierId) {
                return &o;
            }
        }
        return nullptr;
    }
};

struct AlertRoute {
    AlertSeverity severity = AlertSeverity::Info;
    std::vector<AlertChannel> channels;
};

// How a notification is retried: attempt n (1-based) failing waits
// min(maxDelay, baseDelay * 2^(n-1)) (or the server's Retry-After, capped the same) before the
// next; after maxAttempts failures the delivery is failed.
struct DeliveryPolicy {
    int maxAttempts = 5;
    std::chrono::seconds baseDelay{5};
    std::chrono::seconds maxDelay{300};
    std::chrono::seconds timeout{10}; // one attempt, connect + transfer
};

struct AlertRouting {
    std::vector<AlertRoute> routes; // one per severity
    DeliveryPolicy delivery;

    std::vector<AlertChannel> channelsFor(AlertSeverity severity) const {
        for (const auto& r : routes) {
            if (r.severity == severity) {
                return r.channels;
            }
        }
        return {};
    }
};

struct AlertSettings {
    std::vector<AlertThresholdRule> rules;
    BurnRateSettings burnRate;
    AlertRouting routing;

    const AlertThresholdRule* findRule(std::string_view id) const {
        for (const auto& r : rules) {
            if (r.id == id) {
                return &r;
            }
        }
        return nullptr;
    }
};

std::string_view keyOf(AlertSeverity severity); // "info", "warning", "critical"
std::optional<AlertSeverity> alertSeverityFromString(std::string_view text);
std::string_view keyOf(AlertSubjectKind kind); // "metric", "tier_utilisation", "visual_job_risk"
std::optional<AlertSubjectKind> alertSubjectKindFromString(std::string_view text);
std::string_view keyOf(AlertChannel channel); // "console", "tray", "email", "webhook"
std::optional<AlertChannel> alertChannelFromString(std::string_view text);
std::string_view keyOf(AlertDirection direction); // "above", "below"
std::optional<AlertDirection> alertDirectionFromString(std::string_view text);

} // namespace headroom
