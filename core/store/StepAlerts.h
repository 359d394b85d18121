#pragma once
// Schema step 6 -> 7: alert states and notification deliveries (alerts stream).
// Never edit a step once it has shipped: add another.
//
// alert_states: the state machine's state per workspace and rule, replaced on each evaluation,
//   so a restart neither pages again nor forgets when a pending condition started.
// notification_channels: e-mail and webhook channels; the configuration never holds a secret.
// notification_deliveries: every notification with its attempts; a delivery ends sent or failed.

#include <string_view>

namespace headroom::store {

inline constexpr std::string_view kStepAlerts = R"sql(
CREATE TABLE alert_states(
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    rule_id TEXT NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('normal', 'pending', 'firing', 'resolved')),
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    pending_since INTEGER,
    firing_since INTEGER,
    resolved_at INTEGER,
    evaluated_at INTEGER,
    value REAL,
    threshold REAL,
    data_missing INTEGER NOT NULL DEFAULT 0 CHECK (data_missing IN (0, 1)),
    PRIMARY KEY (workspace_id, rule_id));

CREATE TABLE notification_channels(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('email', 'slack', 'json')),
    purpose TEXT NOT NULL CHECK (purpose IN ('alerts', 'decisions')),
    config_json TEXT NOT NULL CHECK (json_valid(config_json)),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);

CREATE TABLE notification_deliveries(
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    channel TEXT NOT NULL,
    summary TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts INTEGER NOT NULL CHECK (max_attempts >= 1),
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    next_attempt_at INTEGER,
    finished_at INTEGER);
CREATE INDEX notification_deliveries_due ON notification_deliveries(state, next_attempt_at);
)sql";

} // namespace headroom::store
