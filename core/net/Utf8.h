#pragma once
// Strict UTF-8 validation (RFC 3629): no overlong forms, no surrogates (U+D800..U+DFFF), nothing
// above U+10FFFF, no truncated sequences. Used where a format is defined as UTF-8 text
// (Prometheus exposition, JSON) so that bad bytes are reported at the edge with their offset.

#include <cstddef>
#include <optional>
#include <string_view>

namespace headroom {

// Offset of the first byte that starts an invalid or truncated sequence; nullopt when valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

inline bool isValidUtf8(std::string_view text) {
    return !firstInvalidUtf8(text).has_value();
}

} // namespace headroom
