#pragma once
// Writing the container (BundleFormat.h) around a finished payload file: header, manifest and
// payload go to "<out>.partial" in the same directory while they are hashed, the header's
// checksum is filled in last, the file is fsynced and renamed onto `out` in one step (then the
// directory is fsynced). An existing `out` is only replaced by a complete bundle; a failure or a
// cancel removes the partial file and leaves `out` as it was.
//
// Export uses it, and tests use it to wrap payloads they built themselves (an older schema, a
// hostile database with a valid checksum).

#include "bundle/BundleManifest.h"
#include "model/Error.h"
#include "model/JobProgress.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace headroom {

struct BundleWritten {
    std::string sha256; // 64 hex digits, as stored in the header
    std::uint64_t bytes = 0;
};

// Errors: IoError (naming the file), ValidationError (a payload or manifest outside the
// container's limits), Cancelled.
Result<BundleWritten> writeBundleFile(const std::filesystem::path& payload,
                                      const BundleManifest& manifest,
                                      const std::filesystem::path& out, const JobControl& control);

// The same with the manifest given as text, verbatim (tests write manifests the reader refuses).
Result<BundleWritten> writeBundleFileRaw(const std::filesystem::path& payload,
                                         std::string_view manifestJson,
                                         const std::filesystem::path& out,
                                         const JobControl& control);

} // namespace headroom
