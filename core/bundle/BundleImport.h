#pragma once
// Reading a bundle file (plan 6 section 1, "reading order"). Nothing is written outside
// <bundleDir>/.staging until the last step, and the bundle file itself is opened O_RDONLY and
// never handed to SQLite:
// 1. stat + the 68-byte header (decodeBundleHeader): not a bundle, newer, truncated, trailing
//    bytes, lengths out of range, all before anything sized by the header is allocated;
// 2. one streaming pass hashing header, manifest and payload while copying the payload to
//    .staging/<random>.partial (cancel checked every MiB; a free-space check first), then the
//    checksum compared;
// 3. the manifest parsed (a newer schema refused);
// 4. PayloadChecks on the staged copy (hardened, schema whitelist, integrity, one workspace,
//    migration if older, history chain intact, manifest agrees);
// 5. an atomic rename to <bundleDir>/<first 16 hex of the sha256>.db, opened afterwards with
//    Store::openForReading. A bundle staged again lands on the same name and replaces it.
// Every failure removes the partial file (and an emptied .staging); errors on a bad bundle are
// ParseError / ValidationError (exit 3), a missing file NotFound, an unwritable bundleDir or a
// full disk IoError (exit 4), a cancel Cancelled.

#include "bundle/BundleFormat.h"
#include "bundle/BundleManifest.h"
#include "model/Error.h"
#include "model/JobProgress.h"
#include "model/Records.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace headroom {

inline constexpr std::string_view kBundleStagingDir = ".staging";

struct StagedBundle {
    std::filesystem::path file; // <bundleDir>/<sha16>.db, at the latest schema
    std::string sha256;         // 64 hex digits
    std::uint64_t bytes = 0;    // of the bundle file
    BundleManifest manifest;
    int payloadSchemaVersion = 0; // as the bundle held it
    bool migrated = false;
    RowId workspaceId = 0;
};

struct BundleCheck {
    BundleHeader header;
    BundleManifest manifest;
    std::uint64_t fileBytes = 0;
};

Result<StagedBundle> stageBundle(const std::filesystem::path& file,
                                 const std::filesystem::path& bundleDir, const JobControl& control);

// The header and the manifest only (no checksum pass, no payload): what a bundle says it holds.
Result<BundleCheck> checkBundle(const std::filesystem::path& file);

// Removes the .partial files a crash or kill left in <bundleDir>/.staging (call at start-up,
// before any import runs); returns how many.
Result<std::size_t> removeStalePartials(const std::filesystem::path& bundleDir);

} // namespace headroom
