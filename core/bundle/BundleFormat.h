#pragma once
// The container of a bundle file (.hrbundle): a fixed 68-byte header, a JSON manifest, then the
// payload (a Headroom database holding one workspace). All integers are little-endian.
//
//   offset size field
//   0      16   magic "HEADROOM-BUNDLE\n"
//   16     4    container version (1)
//   20     4    flags (0; a bit this build does not know means a newer format)
//   24     4    manifest length, 1 byte to 1 MiB
//   28     8    payload length, 4 KiB (one SQLite page) to 64 GiB
//   36     32   SHA-256 over bytes [0, 36), the manifest and the payload
//
// The file is exactly 68 + manifest + payload bytes long. decodeBundleHeader checks all of it
// against the file's size before a single length is trusted, so a truncated, padded, newer or
// foreign file is refused with its reason and nothing sized by the header is allocated.

#include "model/Error.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace headroom {

inline constexpr std::string_view kBundleMagic{"HEADROOM-BUNDLE\n"};
inline constexpr std::uint32_t kBundleContainerVersion = 1;
inline constexpr std::size_t kBundleHeaderSize = 68;
inline constexpr std::size_t kBundleHashOffset = 36;
inline constexpr std::uint32_t kBundleMaxManifest = 1u << 20;
inline constexpr std::uint64_t kBundleMinPayload = 4096;
inline constexpr std::uint64_t kBundleMaxPayload = std::uint64_t{64} << 30;

struct BundleHeader {
    std::uint32_t version = kBundleContainerVersion;
    std::uint32_t flags = 0;
    std::uint32_t manifestBytes = 0;
    std::uint64_t payloadBytes = 0;
    std::array<std::uint8_t, 32> sha256{};

    std::uint64_t fileBytes() const { return kBundleHeaderSize + manifestBytes + payloadBytes; }
};

std::array<std::byte, kBundleHeaderSize> encodeBundleHeader(const BundleHeader& header);

// The header of a file of `fileSize` bytes whose first bytes are `bytes` (at least 68 of them
// when the file has that many). Errors (ParseError, naming what is wrong): not a bundle (with a
// hint when it is a SQLite database), written by a newer Headroom, truncated, trailing bytes,
// lengths out of range.
Result<BundleHeader> decodeBundleHeader(std::span<const std::byte> bytes, std::uint64_t fileSize);

} // namespace headroom
