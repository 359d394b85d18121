#pragma once
// StoredBundleInfo: one opened replay bundle as the main database registers it (schema v8 table
// `bundles`, the main database's only record of a bundle). The bundle's rows live in their own
// read-only file (fileName, under the bundle directory); this row says where, what it holds and
// where it came from. Invariants (enforced by the store): label and sha256 are unique and
// non-empty; manifestJson is valid JSON.

#include "Records.h"
#include "Time.h"

#include <string>

namespace headroom {

struct StoredBundleInfo {
    RowId id = 0;
    std::string label;      // "demo-2026-11-24"; the workspace shows as "bundle:<label>"
    std::string fileName;   // "<sha256[0..16]>.db" inside the bundle directory
    std::string sha256;     // of the bundle file, lower-case hex
    std::string sourcePath; // the .hrbundle file it was opened from
    int formatVersion = 1;  // container format
    int schemaVersion = 0;  // of the payload as exported
    std::string workspaceName;
    std::string workspaceTitle;
    std::string workspaceKind; // "live" | "demo"
    Timestamp rangeFrom{};
    Timestamp rangeTo{};
    Timestamp exportedAt{};
    Timestamp importedAt{};
    std::string manifestJson;
    friend bool operator==(const StoredBundleInfo&, const StoredBundleInfo&) = default;
};

} // namespace headroom
