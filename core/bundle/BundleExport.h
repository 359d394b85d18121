#pragma once
// Exporting one workspace, or a time range of it, to a bundle file (.hrbundle; BundleFormat.h):
// the payload (PayloadBuilder.h) is built beside `out`, scanned for secrets (SecretScan.h; a hit
// refuses the whole export, naming table, row and key), VACUUMed so no free page keeps older
// content, and wrapped with its manifest (the catalog in force included) by BundleWriter, which
// replaces `out` atomically. On any failure or cancel nothing is left beside `out` and an
// existing `out` is unchanged. The source database is only read (opened read-only).

#include "bundle/BundleManifest.h"
#include "model/Catalog.h"
#include "model/Error.h"
#include "model/JobProgress.h"
#include "store/Store.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace headroom {

struct BundleExportRequest {
    std::string workspace;
    std::filesystem::path out;
    TimeRange range; // inclusive; an open end is the workspace's first or last snapshot
    // The manifest's created_at; the system clock when unset (tests and fixtures fix it).
    std::optional<Timestamp> now;
};

struct BundleExportResult {
    std::filesystem::path file;
    std::string sha256; // of the whole file's content as the header stores it (64 hex digits)
    std::uint64_t bytes = 0;
    BundleManifest manifest;
};

// Errors: NotFound (the database file or the workspace), StorageError (the database cannot be
// read), IoError (the bundle cannot be written: missing directory, full disk), ValidationError
// (nothing to export in the range, a secret found, a table the exporter does not know),
// Cancelled.
Result<BundleExportResult> exportBundle(const std::string& dbPath,
                                        const BundleExportRequest& request,
                                        const Catalog& catalogInForce, const JobControl& control);

} // namespace headroom
