#pragma once
// Character classes and number parsing shared by the exposition parser (internal header).
// Table lookups rather than <cctype> because the hot path runs them on every byte of a name, and
// the locale must not change what a metric name is.

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace headroom::exposition::lexing {

enum CharClass : std::uint8_t {
    kMetricStart = 1, // [a-zA-Z_:]
    kMetricChar = 2,  // [a-zA-Z0-9_:]
    kLabelStart = 4,  // [a-zA-Z_]
    kLabelChar = 8,   // [a-zA-Z0-9_]
};

constexpr std::array<std::uint8_t, 256> makeTable() {
    std::array<std::uint8_t, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        std::uint8_t bits = 0;
        if (alpha || c == '_' || c == ':')
            bits |= kMetricStart | kMetricChar;
        if (digit)
            bits |= kMetricChar | kLabelChar;
        if (alpha || c == '_')
            bits |= kLabelStart | kLabelChar;
        table[static_cast<std::size_t>(c)] = bits;
    }
    return table;
}

inline constexpr std::array<std::uint8_t, 256> kCharTable = makeTable();

inline bool is(char c, CharClass cls) {
    return (kCharTable[static_cast<unsigned char>(c)] & cls) != 0;
}

inline bool isValidMetricName(std::string_view name) {
    if (name.empty() || !is(name[0], kMetricStart))
        return false;
    for (char c : name)
        if (!is(c, kMetricChar))
            return false;
    return true;
}

inline bool isValidLabelName(std::string_view name) {
    if (name.empty() || !is(name[0], kLabelStart))
        return false;
    for (char c : name)
        if (!is(c, kLabelChar))
            return false;
    return true;
}

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), as Go's
// utf8.ValidString that the reference parser applies to label values.
inline bool isValidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

// A float as Go's strconv.ParseFloat reads one in these formats: decimal or exponent notation,
// an optional sign (also '+'), NaN and Inf / Infinity in any case. Overflow is an error, underflow
// rounds towards zero as in Go.
inline bool parseFloat(std::string_view token, double& out) {
    const char* begin = token.data();
    const char* end = begin + token.size();
    if (begin == end)
        return false;
    if (*begin == '+') {
        ++begin;
        if (begin == end || *begin == '-')
            return false;
    }
    auto [ptr, ec] = std::from_chars(begin, end, out);
    if (ec == std::errc{})
        return ptr == end;
    if (ec != std::errc::result_out_of_range || ptr != end || token.size() > 400)
        return false;
    // Rare: distinguish overflow (error) from underflow (zero or subnormal) with strtod.
    char buffer[401];
    token.copy(buffer, token.size());
    buffer[token.size()] = '\0';
    char* stop = nullptr;
    const double value = std::strtod(buffer, &stop);
    if (value == HUGE_VAL || value == -HUGE_VAL)
        return false;
    out = value;
    return true;
}

inline bool parseInt64(std::string_view token, std::int64_t& out) {
    const char* begin = token.data();
    const char* end = begin + token.size();
    if (begin != end && *begin == '+') {
        ++begin;
        if (begin == end || *begin == '-')
            return false;
    }
    if (begin == end)
        return false;
    auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc{} && ptr == end;
}

} // namespace headroom::exposition::lexing
