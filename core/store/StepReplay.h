#pragma once
// Schema step 7 -> 8: retention roll-ups and the registry of opened replay bundles (issue 6).
// Never edit a step once it has shipped: add another. The step moves no data; roll-up runs later
// (Store::rollUp).
//
// snapshot_rollups: one row per workspace, resolution (300 or 3600 s) and bucket, keeping the
//   bucket's last raw snapshot and its evaluation verbatim and the denormalised columns of
//   snapshots, so the state at every stored instant is the state that was stored.
// rollup_metrics: per metric of a bucket, statistics computed from the raw values (percentiles
//   do not compose, so hourly ones are never built from 5-minute ones).
// retention_marks: how far each workspace has been rolled up, so a pass resumes where the last
//   one stopped.
// bundles: opened bundles (each a read-only database file of its own); the main database's only
//   record of them.

#include <string_view>

namespace headroom::store {

inline constexpr std::string_view kStepReplay = R"sql(
CREATE TABLE snapshot_rollups(
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    resolution_s INTEGER NOT NULL CHECK(resolution_s IN (300, 3600)),
    bucket_start INTEGER NOT NULL,
    sample_count INTEGER NOT NULL CHECK(sample_count > 0),
    first_at INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    snapshot_json TEXT NOT NULL,
    evaluation_json TEXT NOT NULL,
    tier_id TEXT NOT NULL,
    overall_status TEXT NOT NULL,
    health_overall REAL,
    mode_action TEXT NOT NULL,
    PRIMARY KEY(workspace_id, resolution_s, bucket_start)) WITHOUT ROWID;
CREATE TABLE rollup_metrics(
    workspace_id INTEGER NOT NULL,
    resolution_s INTEGER NOT NULL,
    bucket_start INTEGER NOT NULL,
    metric_key TEXT NOT NULL,
    n INTEGER NOT NULL CHECK(n > 0),
    v_min REAL NOT NULL,
    v_max REAL NOT NULL,
    v_mean REAL NOT NULL,
    p50 REAL NOT NULL,
    p95 REAL NOT NULL,
    p99 REAL NOT NULL,
    v_last REAL NOT NULL,
    PRIMARY KEY(workspace_id, resolution_s, bucket_start, metric_key),
    FOREIGN KEY(workspace_id, resolution_s, bucket_start)
        REFERENCES snapshot_rollups(workspace_id, resolution_s, bucket_start) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX rollup_metrics_by_metric
    ON rollup_metrics(workspace_id, metric_key, resolution_s, bucket_start);
CREATE TABLE retention_marks(
    workspace_id INTEGER PRIMARY KEY REFERENCES workspaces(id),
    raw_before INTEGER NOT NULL,
    five_minute_before INTEGER,
    hourly_before INTEGER,
    updated_at INTEGER NOT NULL);
CREATE TABLE bundles(
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE CHECK(length(label) > 0),
    file_name TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL UNIQUE,
    source_path TEXT NOT NULL,
    format_version INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    workspace_name TEXT NOT NULL,
    workspace_title TEXT NOT NULL,
    workspace_kind TEXT NOT NULL,
    range_from INTEGER NOT NULL,
    range_to INTEGER NOT NULL,
    exported_at INTEGER NOT NULL,
    imported_at INTEGER NOT NULL,
    manifest_json TEXT NOT NULL CHECK(json_valid(manifest_json)));
)sql";

} // namespace headroom::store
