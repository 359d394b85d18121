#include "HistoryChain.h"
#include "Schema.h"
#include "StepAlerts.h"
#include "StepHistoryChain.h"
#include "StepReplay.h"
#include "StepScaling.h"
#include "StepStrain.h"
#include "model/Text.h"

#include <array>

#include <sqlite3.h>

namespace headroom::store {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// Step n takes a database from version n-1 to version n. Never edit a step that shipped: add one.
constexpr std::array<std::string_view, kLatestSchemaVersion> kSteps{
    // 0 -> 1: the first schema.
    R"sql(
CREATE TABLE workspaces(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    current_mode TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL);
CREATE TABLE snapshots(
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    taken_at INTEGER NOT NULL,
    snapshot_json TEXT NOT NULL,
    evaluation_json TEXT NOT NULL);
CREATE TABLE recommendations(
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    type TEXT NOT NULL,
    state TEXT NOT NULL,
    severity TEXT NOT NULL,
    evidence_json TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    revisit_at INTEGER);
CREATE TABLE decisions(
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
    verdict TEXT NOT NULL,
    reason TEXT NOT NULL,
    actor TEXT NOT NULL,
    decided_at INTEGER NOT NULL,
    revisit_at INTEGER);
CREATE TABLE events(
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail_json TEXT NOT NULL);
)sql",
    // 1 -> 2: columns and a metrics table for fast queries, lifecycle flag, indexes, triggers.
    R"sql(
ALTER TABLE snapshots ADD COLUMN tier_id TEXT NOT NULL DEFAULT '';
ALTER TABLE snapshots ADD COLUMN overall_status TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE snapshots ADD COLUMN health_overall REAL;
ALTER TABLE snapshots ADD COLUMN mode_action TEXT NOT NULL DEFAULT 'hold';
UPDATE snapshots SET
    tier_id = coalesce(json_extract(evaluation_json, '$.capacity.tier_id'), ''),
    overall_status = coalesce(json_extract(evaluation_json, '$.capacity.overall'), 'unknown'),
    health_overall = json_extract(evaluation_json, '$.health.overall'),
    mode_action = coalesce(json_extract(evaluation_json, '$.mode.action'), 'hold')
WHERE json_valid(evaluation_json);
CREATE INDEX snapshots_by_time ON snapshots(workspace_id, taken_at);
CREATE TABLE snapshot_metrics(
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    metric_key TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY(snapshot_id, metric_key)) WITHOUT ROWID;
INSERT INTO snapshot_metrics(snapshot_id, metric_key, value)
    SELECT s.id, m.key, json_extract(m.value, '$.value')
    FROM snapshots s, json_each(s.snapshot_json, '$.metrics') m
    WHERE json_valid(s.snapshot_json) AND json_extract(m.value, '$.value') IS NOT NULL;
ALTER TABLE recommendations ADD COLUMN condition_active INTEGER NOT NULL DEFAULT 1;
UPDATE recommendations SET condition_active = 0 WHERE state = 'resolved';
CREATE INDEX recommendations_by_type ON recommendations(workspace_id, type);
ALTER TABLE decisions ADD COLUMN recommendation_type TEXT NOT NULL DEFAULT '';
UPDATE decisions SET recommendation_type =
    coalesce((SELECT type FROM recommendations r WHERE r.id = decisions.recommendation_id), '');
CREATE INDEX decisions_by_time ON decisions(workspace_id, decided_at);
CREATE INDEX events_by_time ON events(workspace_id, at);
CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions
    BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions
    BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
)sql",
    // 2 -> 3: the metric endpoints configured per workspace. Their configuration is opaque JSON
    // (never a secret); the UNIQUE index also serves the per-workspace listing.
    R"sql(
CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    config_json TEXT NOT NULL CHECK(json_valid(config_json)),
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE(workspace_id, name));
)sql",
    // 3 -> 4: the cost ledger. Days are day numbers since 1970-01-01 (UTC; in the sqlite3 shell
    // date(day * 86400, 'unixepoch')), money integer micro-dollars. The primary key is the
    // natural key of a row, so importing the same export again replaces rows instead of adding
    // them; it starts with (workspace_id, day), which serves the day-range reads, and WITHOUT
    // ROWID keeps the rows in that order. The source is deliberately outside the key: the same
    // usage imported from a renamed file, or from a billing export after a live source, is
    // still one row. billed_micro_usd is NULL when the cost is computed from the day's rate.
    R"sql(
CREATE TABLE ledger_usage(
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    day INTEGER NOT NULL,
    provider TEXT NOT NULL CHECK(provider <> ''),
    client TEXT NOT NULL,
    feature TEXT NOT NULL,
    team TEXT NOT NULL,
    input_tokens INTEGER NOT NULL CHECK(input_tokens >= 0),
    output_tokens INTEGER NOT NULL CHECK(output_tokens >= 0),
    characters INTEGER NOT NULL CHECK(characters >= 0),
    requests INTEGER NOT NULL CHECK(requests >= 0),
    billed_micro_usd INTEGER CHECK(billed_micro_usd >= 0),
    source TEXT NOT NULL,
    PRIMARY KEY(workspace_id, day, provider, client, feature, team)) WITHOUT ROWID;
CREATE TABLE ledger_service_costs(
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    day INTEGER NOT NULL,
    service TEXT NOT NULL CHECK(service <> ''),
    resource_type TEXT NOT NULL,
    client TEXT NOT NULL,
    feature TEXT NOT NULL,
    team TEXT NOT NULL,
    category TEXT NOT NULL,
    service_tier TEXT NOT NULL,
    cost_micro_usd INTEGER NOT NULL CHECK(cost_micro_usd >= 0),
    usage_amount REAL NOT NULL CHECK(usage_amount >= 0),
    usage_unit TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY(workspace_id, day, service, resource_type, client, feature, team)) WITHOUT ROWID;
)sql",
    kStepHistoryChain, // 4 -> 5
    kStepScaling,      // 5 -> 6
    kStepAlerts,       // 6 -> 7
    kStepReplay,       // 7 -> 8
    kStepStrain,       // 8 -> 9
};

struct FileState {
    std::int64_t applicationId = 0;
    std::int64_t userVersion = 0;
    std::int64_t tableCount = 0;
};

// Reads only; a file that is not SQLite fails here, before anything could write to it.
Result<FileState> readFileState(sql::Database& db) {
    FileState state;
    auto appId = db.queryInt("PRAGMA application_id");
    if (!appId && (sqlite3_errcode(db.handle()) & 0xff) != SQLITE_NOTADB) {
        return std::unexpected(appId.error());
    }
    if (!appId) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": not a Headroom database (", sqlite3_errmsg(db.handle()),
                        "); the file was left untouched"));
    }
    state.applicationId = *appId;
    auto version = db.queryInt("PRAGMA user_version");
    auto tables = db.queryInt("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
    if (!version || !tables) {
        return std::unexpected(!version ? version.error() : tables.error());
    }
    state.userVersion = *version;
    state.tableCount = *tables;
    return state;
}

Result<void> runStep(sql::Database& db, int toVersion) {
    if (auto ok = db.exec(kSteps[static_cast<std::size_t>(toVersion - 1)],
                          cat("migrating to schema version ", toVersion));
        !ok) {
        return ok;
    }
    // A step that needs more than SQL (hashing the rows already stored) runs its code here.
    if (toVersion == kHistoryChainVersion) {
        if (auto ok = backfillHistoryChain(db); !ok) {
            return ok;
        }
    }
    return db.exec(cat("PRAGMA user_version = ", toVersion), "setting the schema version");
}

} // namespace

Result<void> migrate(sql::Database& db, int from) {
    for (int v = from + 1; v <= kLatestSchemaVersion; ++v) {
        auto tx = sql::Transaction::begin(db);
        if (!tx) {
            return std::unexpected(tx.error());
        }
        auto current = db.queryInt("PRAGMA user_version");
        if (!current) {
            return std::unexpected(current.error());
        }
        if (*current >= v) {
            continue; // another connection migrated it meanwhile
        }
        if (auto ok = runStep(db, v); !ok) {
            return ok;
        }
        if (auto ok = tx->commit(); !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> createSchema(sql::Database& db, int version) {
    if (version < 1 || version > kLatestSchemaVersion) {
        return fail(ErrorCode::InvalidArgument,
                    cat(db.path(), ": cannot create schema version ", version,
                        " (this build knows 1 to ", kLatestSchemaVersion, ")"));
    }
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    // Another connection may have created the schema while we waited for the write lock.
    auto current = db.queryInt("PRAGMA user_version");
    if (!current) {
        return std::unexpected(current.error());
    }
    if (*current == 0) {
        if (auto ok = db.exec(cat("PRAGMA application_id = ", kApplicationId),
                              "marking the file as a Headroom database");
            !ok) {
            return ok;
        }
        for (int v = 1; v <= version; ++v) {
            if (auto ok = runStep(db, v); !ok) {
                return ok;
            }
        }
    }
    return tx->commit();
}

Result<void> prepareDatabase(sql::Database& db) {
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    auto state = readFileState(db);
    if (!state) {
        return std::unexpected(state.error());
    }
    const bool empty = state->tableCount == 0 && state->userVersion == 0;
    if (state->applicationId != kApplicationId && !(empty && state->applicationId == 0)) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": not a Headroom database (application_id ",
                        state->applicationId, ", ", state->tableCount,
                        " tables); the file was left untouched"));
    }
    if (state->userVersion > kLatestSchemaVersion) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": written by a newer Headroom (schema version ",
                        state->userVersion, ", this build knows up to ", kLatestSchemaVersion,
                        "); the file was left untouched"));
    }
    // journal_mode answers with a row; in-memory databases stay "memory", which is fine.
    if (auto ok = db.queryInt("PRAGMA journal_mode = WAL"); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL",
                          "configuring the connection");
        !ok) {
        return ok;
    }
    if (empty) {
        return createSchema(db, kLatestSchemaVersion);
    }
    if (state->userVersion < kLatestSchemaVersion) {
        return migrate(db, static_cast<int>(state->userVersion));
    }
    return {};
}

} // namespace headroom::store
