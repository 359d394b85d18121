#pragma once
// Schema step 5 -> 6: per-environment scaling configuration and health snapshots (scaling stream).
// Never edit a step once it has shipped: add another.
//
// scaling_config holds one row per workspace (the configuration as JSON, see
// model/ScalingConfigJson.h); every change to it is also an event, so the row itself may be
// replaced. health_snapshots is history: append-only like events.

#include <string_view>

namespace headroom::store {

inline constexpr std::string_view kStepScaling = R"sql(
CREATE TABLE scaling_config(
    workspace_id INTEGER PRIMARY KEY REFERENCES workspaces(id),
    config_json TEXT NOT NULL,
    updated_at INTEGER NOT NULL);
CREATE TABLE health_snapshots(
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    taken_at INTEGER NOT NULL,
    trigger TEXT NOT NULL CHECK(trigger IN ('manual', 'scheduled', 'catch_up')),
    slot_at INTEGER,
    record_json TEXT NOT NULL);
CREATE INDEX health_snapshots_by_time ON health_snapshots(workspace_id, taken_at);
CREATE INDEX health_snapshots_by_slot ON health_snapshots(workspace_id, slot_at);
CREATE TRIGGER health_snapshots_append_only_update BEFORE UPDATE ON health_snapshots
    BEGIN SELECT RAISE(ABORT, 'health snapshots are append-only'); END;
CREATE TRIGGER health_snapshots_append_only_delete BEFORE DELETE ON health_snapshots
    BEGIN SELECT RAISE(ABORT, 'health snapshots are append-only'); END;
)sql";

} // namespace headroom::store
