#pragma once
// Alert states (normal, pending, firing, resolved) as the state machine (policy/AlertMachine.h)
// keeps them and the store persists them, so that a restart neither pages again nor forgets
// when a pending condition started; and notification channels and deliveries as stored.
// Invariants: pendingSince is set while pending or firing; firingSince while firing; a state
// whose data was missing at the last evaluation says so (dataMissing) instead of resolving.
// Secrets (SMTP password, tokens in webhook URLs) are never part of a channel's configuration.

#include "AlertRules.h"
#include "Records.h"
#include "Time.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

enum class AlertPhase { Normal, Pending, Firing, Resolved };

struct AlertState {
    std::string ruleId; // a threshold rule's id or "burn_rate:<pair id>"
    AlertPhase phase = AlertPhase::Normal;
    AlertSeverity severity = AlertSeverity::Info; // while pending or firing: the level reached
    std::optional<Timestamp> pendingSince;
    std::optional<Timestamp> firingSince;
    std::optional<Timestamp> resolvedAt;
    std::optional<Timestamp> evaluatedAt;
    std::optional<double> value;     // the last value seen (nullopt: missing)
    std::optional<double> threshold; // the threshold of the severity reached
    bool dataMissing = false;        // the last evaluation had no value: the state was kept

    friend bool operator==(const AlertState&, const AlertState&) = default;
};

enum class NotificationKind {
    Email, // SMTP through libcurl
    Slack, // a Slack-compatible incoming webhook: {"text": ...}
    Json,  // a plain JSON POST (Headroom's documented body)
};

enum class NotificationPurpose {
    Alerts,    // receives alerts routed to e-mail or webhooks
    Decisions, // the decision webhook: called when a recommendation is accepted
};

// A configured channel. configJson holds the kind's fields without secrets:
//   email: {"url": "smtp://host:25" | "smtps://host:465", "from": "...", "to": ["..."],
//           "starttls": true|false, "user": "..."}  (password: the secret)
//   slack/json: {"url": "https://host/path{token}"}  ({token}: replaced by the secret)
struct NotificationChannel {
    RowId id = 0;
    std::string name; // unique
    NotificationKind kind = NotificationKind::Json;
    NotificationPurpose purpose = NotificationPurpose::Alerts;
    std::string configJson = "{}";
    bool enabled = true;
    Timestamp createdAt{};
    Timestamp updatedAt{};
};

enum class DeliveryState { Pending, Sent, Failed };

// One notification to send, with its attempts. The payload is what is sent (JSON body, or the
// e-mail's subject and text as JSON); summary is a one-line description for the log.
struct Delivery {
    RowId id = 0;
    RowId workspaceId = 0;
    std::string channel; // channel name
    std::string summary; // "alert response_time firing (critical)"
    std::string payload;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    int maxAttempts = 5;
    std::string lastError;
    Timestamp createdAt{};
    std::optional<Timestamp> nextAttemptAt; // pending only
    std::optional<Timestamp> finishedAt;    // sent or failed
};

// What the console and `headroom alerts` show: each rule's state with its name, the firing
// ones first (critical before warning), then pending, then the rest by rule id.
struct AlertStatus {
    AlertState state;
    std::string name;      // the rule's name, or "Error budget burn (fast)" style for pairs
    bool burnRate = false; // a burn-rate pair rather than a threshold rule
};

struct AlertsView {
    std::string workspace;
    bool demo = false;
    std::vector<AlertStatus> alerts;
    std::vector<NotificationChannel> channels;
    std::vector<Delivery> deliveries; // newest first
};

// A rule fired, escalated or resolved: the one moment a person is told (de-duplicated).
struct AlertNotification {
    std::string workspace;
    bool demo = false;
    std::string ruleId;
    std::string name;
    AlertSeverity severity = AlertSeverity::Warning;
    AlertPhase phase = AlertPhase::Firing; // Firing or Resolved
    bool escalated = false;                // firing, and the severity rose
    std::optional<double> value;
    std::optional<double> threshold;
    Timestamp at{};
    std::vector<AlertChannel> channels; // where the routing sends it (Tray: the console shows it)
};

std::string_view keyOf(AlertPhase phase); // "normal", "pending", "firing", "resolved"
std::optional<AlertPhase> alertPhaseFromString(std::string_view text);
std::string_view keyOf(NotificationKind kind); // "email", "slack", "json"
std::optional<NotificationKind> notificationKindFromString(std::string_view text);
std::string_view keyOf(NotificationPurpose purpose); // "alerts", "decisions"
std::optional<NotificationPurpose> notificationPurposeFromString(std::string_view text);
std::string_view keyOf(DeliveryState state); // "pending", "sent", "failed"
std::optional<DeliveryState> deliveryStateFromString(std::string_view text);

} // namespace headroom
