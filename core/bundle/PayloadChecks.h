#pragma once
// Hostile payloads (plan 6 section 5). A bundle's checksum only proves the file is what its
// writer wrote, not that the writer was Headroom: anyone can build a SQLite file with a trigger,
// a view, a second workspace or a doctored event and wrap it with a valid checksum. So the staged
// copy of a payload is opened hardened, following sqlite.org's "Defense Against the Dark Arts"
// (SQLITE_DBCONFIG_DEFENSIVE, no extensions, cell_size_check, a 16 MiB value limit, cancel
// through the progress handler), and checked before anything else reads it. TRUSTED_SCHEMA stays
// on, unlike sqlite.org's advice, because SQLite 3.40 does not mark json_valid innocuous and our
// own schema uses it in CHECK constraints; the whitelist (2.) runs before any statement touches a
// table, so no foreign trigger, view or default ever runs.
// 1. application_id is Headroom's; user_version is 1..latest and the manifest's;
// 2. its schema equals, object for object, the one createSchema builds at that version (same
//    names, types and whitespace-normalised SQL): any extra table, view, trigger or index, a
//    changed column or a missing object is refused by name;
// 3. PRAGMA integrity_check and foreign_key_check pass;
// 4. exactly one workspace, the manifest's; no rows in the tables a bundle never carries
//    (alerts, notification channels and deliveries, the bundle registry); times in 2000-2199;
//    every snapshot and evaluation reads through the model's JSON readers;
// 5. migrated to the latest schema if older, then the history chain verifies intact and the
//    counts and chain heads equal the manifest's.
// Every finding is a ParseError or ValidationError naming what is wrong: a bad bundle is bad
// input (exit 3), never a StorageError (exit 4) even when SQLite is the one that noticed.

#include "bundle/BundleManifest.h"
#include "model/Error.h"
#include "model/JobProgress.h"
#include "model/Records.h"

#include <filesystem>

namespace headroom {

struct PayloadFacts {
    int schemaVersion = 0; // as found, before any migration
    bool migrated = false;
    RowId workspaceId = 0;
};

// Checks (and, when older, migrates in place) the staged payload file. The file is the staging
// copy: the bundle itself is never opened by SQLite.
Result<PayloadFacts> checkStagedPayload(const std::filesystem::path& payload,
                                        const BundleManifest& manifest, const JobControl& control);

} // namespace headroom
