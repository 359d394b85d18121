#pragma once
// A bundle's manifest: what the file holds, said before the payload is opened. Import checks it
// against the payload (the same workspace, counts and chain heads) and the console shows it
// ("Acme Analytics, 1 Sep to 30 Nov 2026, demo data, exported by Headroom 0.1.0").

#include "model/Error.h"
#include "model/Time.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace headroom {

inline constexpr std::string_view kBundleFormatName = "headroom-bundle";
inline constexpr int kBundleManifestVersion = 1;

struct BundleCounts {
    std::int64_t snapshots = 0;
    std::int64_t recommendations = 0;
    std::int64_t decisions = 0;
    std::int64_t events = 0;
    std::int64_t healthSnapshots = 0;
    std::int64_t usageRows = 0;
    std::int64_t serviceCostRows = 0;

    bool operator==(const BundleCounts&) const = default;
};

// A stretch of the range at one resolution: raw snapshots (their usual interval) or roll-ups.
struct BundleStretch {
    Timestamp from;
    Timestamp to;
    std::chrono::seconds resolution{0};
    bool rolledUp = false;

    bool operator==(const BundleStretch&) const = default;
};

// One hash chain of the history as exported: its length and newest hash (an external anchor).
struct BundleChainHead {
    std::int64_t count = 0;
    std::string head; // 64 hex digits, empty for an empty chain

    bool operator==(const BundleChainHead&) const = default;
};

struct BundleManifest {
    int formatVersion = kBundleManifestVersion;
    Timestamp createdAt;
    std::string createdBy; // "Headroom 0.1.0"
    int schemaVersion = 0; // of the payload database
    std::string workspaceName;
    std::string workspaceTitle;
    std::string workspaceKind; // "live" | "demo": demo data stays labelled as demo
    Timestamp from;
    Timestamp to;
    BundleCounts counts;
    std::vector<BundleStretch> stretches;
    BundleChainHead events;
    BundleChainHead decisions;
    std::string catalogJson; // the catalog in force at export, as a JSON object

    bool operator==(const BundleManifest&) const = default;
};

std::string bundleManifestToJson(const BundleManifest& manifest);
// ParseError naming the key ("manifest.counts.events: expected a whole number of at least 0").
// A manifest of a newer format version is refused as newer, not as malformed.
Result<BundleManifest> bundleManifestFromJson(std::string_view text);

} // namespace headroom
