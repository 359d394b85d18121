#include "bundle/BundleFormat.h"

#include "model/Text.h"

#include <cstring>

namespace headroom {

namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

template <class T>
void put(std::array<std::byte, kBundleHeaderSize>& out, std::size_t at, T value) {
    for (std::size_t i = 0; i < sizeof(T); ++i) {
        out[at + i] = std::byte(static_cast<std::uint8_t>(value >> (8 * i)));
    }
}

template <class T>
T get(std::span<const std::byte> in, std::size_t at) {
    T value = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) {
        value |= T(std::to_integer<std::uint8_t>(in[at + i])) << (8 * i);
    }
    return value;
}

bool startsWith(std::span<const std::byte> bytes, std::string_view prefix) {
    return bytes.size() >= prefix.size() &&
           std::memcmp(bytes.data(), prefix.data(), prefix.size()) == 0;
}

Error bad(std::string message) {
    return Error{ErrorCode::ParseError, std::move(message)};
}

} // namespace

std::array<std::byte, kBundleHeaderSize> encodeBundleHeader(const BundleHeader& header) {
    std::array<std::byte, kBundleHeaderSize> out{};
    std::memcpy(out.data(), kBundleMagic.data(), kBundleMagic.size());
    put(out, 16, header.version);
    put(out, 20, header.flags);
    put(out, 24, header.manifestBytes);
    put(out, 28, header.payloadBytes);
    for (std::size_t i = 0; i < header.sha256.size(); ++i) {
        out[kBundleHashOffset + i] = std::byte(header.sha256[i]);
    }
    return out;
}

Result<BundleHeader> decodeBundleHeader(std::span<const std::byte> bytes, std::uint64_t fileSize) {
    if (startsWith(bytes, kSqliteMagic)) {
        return std::unexpected(bad("not a Headroom bundle: this is a SQLite database (a Headroom "
                                   "database is opened with --db, not as a bundle)"));
    }
    if (fileSize < kBundleMagic.size()) {
        // Too short for the magic: a cut-off bundle if what there is starts like one.
        const auto seen = std::min<std::size_t>(bytes.size(), std::size_t(fileSize));
        if (seen > 0 && startsWith(bytes, kBundleMagic.substr(0, seen))) {
            return std::unexpected(bad(cat("truncated bundle: ", fileSize,
                                           " bytes, the header alone is ", kBundleHeaderSize)));
        }
        return std::unexpected(bad("not a Headroom bundle (the file does not start with "
                                   "HEADROOM-BUNDLE)"));
    }
    if (!startsWith(bytes, kBundleMagic)) {
        return std::unexpected(bad("not a Headroom bundle (the file does not start with "
                                   "HEADROOM-BUNDLE)"));
    }
    if (fileSize < kBundleHeaderSize || bytes.size() < kBundleHeaderSize) {
        return std::unexpected(bad(cat("truncated bundle: ", fileSize,
                                       " bytes, the header alone is ", kBundleHeaderSize)));
    }
    BundleHeader h;
    h.version = get<std::uint32_t>(bytes, 16);
    h.flags = get<std::uint32_t>(bytes, 20);
    h.manifestBytes = get<std::uint32_t>(bytes, 24);
    h.payloadBytes = get<std::uint64_t>(bytes, 28);
    for (std::size_t i = 0; i < h.sha256.size(); ++i) {
        h.sha256[i] = std::to_integer<std::uint8_t>(bytes[kBundleHashOffset + i]);
    }
    if (h.version > kBundleContainerVersion || h.flags != 0) {
        return std::unexpected(bad(cat("written by a newer Headroom: bundle format ", h.version,
                                       h.flags != 0 ? " with features this build lacks" : "",
                                       ", this build reads format ", kBundleContainerVersion)));
    }
    if (h.version == 0) {
        return std::unexpected(bad("not a valid bundle: format version 0"));
    }
    if (h.manifestBytes == 0 || h.manifestBytes > kBundleMaxManifest) {
        return std::unexpected(bad(cat("not a valid bundle: manifest length ", h.manifestBytes,
                                       " is outside 1 to ", kBundleMaxManifest, " bytes")));
    }
    if (h.payloadBytes < kBundleMinPayload || h.payloadBytes > kBundleMaxPayload) {
        return std::unexpected(
            bad(cat("not a valid bundle: payload length ", h.payloadBytes, " is outside ",
                    kBundleMinPayload, " to ", kBundleMaxPayload, " bytes")));
    }
    if (fileSize < h.fileBytes()) {
        return std::unexpected(bad(cat("truncated bundle: ", fileSize, " of ", h.fileBytes(),
                                       " bytes (", h.fileBytes() - fileSize, " missing)")));
    }
    if (fileSize > h.fileBytes()) {
        return std::unexpected(bad(cat("not a valid bundle: ", fileSize - h.fileBytes(),
                                       " unexpected bytes after the payload")));
    }
    return h;
}

} // namespace headroom
