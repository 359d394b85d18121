#pragma once
// Internal to the store: the schema versions and the checks made before a file is touched.
// Version 1 was the first schema (tables only); version 2 adds the denormalised snapshot columns,
// snapshot_metrics for fast series, recommendations.condition_active, decisions'
// recommendation_type, the indexes and the append-only triggers; version 3 adds sources (the
// metric endpoints configured per workspace); 4 the cost ledger; 5 the history hash chain; 6 the
// scaling configuration and health snapshots; 7 alert states and notifications; 8 retention
// roll-ups and the registry of opened replay bundles (StepReplay.h); 9 strain-test runs and their
// baselines (StepStrain.h). A new database runs every step in one transaction, so a fresh file
// and a migrated one have the same schema.

#include "Database.h"

#include <cstdint>

namespace headroom::store {

inline constexpr int kLatestSchemaVersion = 9;
// "HdRm": identifies a Headroom database in the file header (PRAGMA application_id).
inline constexpr std::int64_t kApplicationId = 0x4864526D;

// Checks the file (SQLite? ours? not newer?) without writing, then configures the connection
// (WAL, foreign keys, synchronous=NORMAL, busy timeout) and creates or migrates the schema.
Result<void> prepareDatabase(sql::Database& db);

// Applies each step from `from` to the latest, each step in its own transaction.
Result<void> migrate(sql::Database& db, int from);

// Marks an empty file as a Headroom database and applies steps 1..version in one transaction, as
// the release whose latest version that was did. prepareDatabase uses it with the latest version;
// migration tests use it to build a database of an older version from the steps that shipped.
Result<void> createSchema(sql::Database& db, int version);

} // namespace headroom::store
