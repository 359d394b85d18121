#pragma once
// The export copy (plan 6 section 1): a bundle's payload is a fresh Headroom database, created at
// the latest schema by the store's own createSchema, holding ONE workspace copied from the source
// database with explicit ids, so the history's hash chain still verifies and replay sees the same
// rows. This module is the store's file format on the outside, so it uses the store's internals
// (store/Database.h, Schema.h, HistoryChain.h, StoreRows.h) rather than a Store method per table.
//
// What is copied, in one read transaction on the source (one WAL snapshot, consistent while the
// engine keeps ingesting), for the range [from, to]:
// - the workspace row (same id), with its configured mode as of `to`;
// - snapshots (+ snapshot_metrics) taken in the range, plus the last one before `from`;
// - events and decisions: the shortest id-prefix holding every row with at <= to (a chain can
//   only be verified as a prefix, and `at` is not monotone in id, so a few later rows ride along);
//   history_heads rewritten to that prefix;
// - recommendations first seen by `to` (and any an exported decision names, so foreign keys
//   hold), in their state as of `to` (replay/RecommendationHistory);
// - health snapshots taken in the range, ledger rows whose day is in the range;
// - scaling_config as of `to` (replay/ScalingTimeline: the later events come from the source);
// - sources, their URLs redacted (bundle/SecretScan);
// - the retention tables (snapshot_rollups, rollup_metrics, retention_marks) in the range.
// Never copied: notification_channels, notification_deliveries, alert_states, bundles, and the
// strain runs (strain_runs, strain_baselines: a bundle replays telemetry; their events travel).
// A table in the source schema that this list does not know fails the export by name: a new
// table must be classified here, never silently left out (or silently copied).

#include "bundle/BundleManifest.h"
#include "model/Error.h"
#include "model/JobProgress.h"
#include "model/Records.h"
#include "store/Store.h"

#include <string>
#include <vector>

namespace headroom::sql {
class Database;
}

namespace headroom {

struct PayloadRequest {
    std::string sourcePath; // the source database file (opened read-only)
    std::string workspace;  // its name
    TimeRange range;        // open ends: from the first, to the last row
};

struct PayloadSummary {
    Workspace workspace;
    int schemaVersion = 0;
    Timestamp from{}; // the range as exported: the request's, or the first/last snapshot
    Timestamp to{};
    BundleCounts counts;
    std::vector<BundleStretch> stretches;
    BundleChainHead events;
    BundleChainHead decisions;
};

// Fills `payload` (an empty database: journal_mode DELETE, no schema yet). Errors: NotFound (no
// such source file or workspace), StorageError (the source cannot be read, is not a Headroom
// database or not at this build's schema), ValidationError (nothing to export in the range, a
// table this exporter does not know), Cancelled.
Result<PayloadSummary> buildPayload(sql::Database& payload, const PayloadRequest& request,
                                    const JobControl& control);

// Every text value of every table of `payload` through scanTextForSecrets. ValidationError on
// the first finding, naming the table, the row and the key: "secret in events id 17
// (detail_json /token: key 'token'); the bundle was not written".
Result<void> scanPayloadForSecrets(sql::Database& payload, const JobControl& control);

} // namespace headroom
