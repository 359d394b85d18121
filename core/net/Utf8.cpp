#include "net/Utf8.h"

#include <cstdint>
#include <cstring>

namespace headroom {

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        // Fast path: bodies are mostly ASCII, so skip 8 bytes at a time while no high bit is set.
        if (i + 8 <= size) {
            std::uint64_t word = 0;
            std::memcpy(&word, bytes + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char min2 = 0x80; // allowed range of the second byte, tighter for some leads
        unsigned char max2 = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                min2 = 0xA0; // overlong
            else if (lead == 0xED)
                max2 = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                min2 = 0x90; // overlong
            else if (lead == 0xF4)
                max2 = 0x8F; // above U+10FFFF
        } else {
            return i; // continuation byte as lead, C0/C1 overlong leads, F5..FF
        }
        if (i + length > size)
            return i;
        if (bytes[i + 1] < min2 || bytes[i + 1] > max2)
            return i;
        for (std::size_t k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace headroom
