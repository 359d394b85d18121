#pragma once
// Message building without <format> (libstdc++ 12 lacks it): cat() joins strings and numbers,
// printing doubles in their shortest exact form (0.45, 1800, 1e-07) as JavaScript and JSON do.
// For log and error messages; text shown in the UI is worded there.

#include <charconv>
#include <concepts>
#include <string>
#include <string_view>

namespace headroom {

inline std::string shortestNumber(double value) {
    char buffer[32];
    // Whole numbers print in full (500000, not 5e+05): they are counts and limits people read.
    // The range is checked first: converting Inf, NaN or anything beyond long long is undefined.
    const bool whole = value < 1e15 && value > -1e15 &&
                       value == static_cast<double>(static_cast<long long>(value));
    auto [end, ec] =
        whole ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 0)
              : std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc{} ? std::string(buffer, end) : std::string("?");
}

inline std::string fixedNumber(double value, int decimals) {
    char buffer[64];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return ec == std::errc{} ? std::string(buffer, end) : std::string("?");
}

namespace detail {
inline void append(std::string& out, std::string_view text) {
    out.append(text);
}
inline void append(std::string& out, const char* text) {
    out.append(text);
}
inline void append(std::string& out, const std::string& text) {
    out.append(text);
}
inline void append(std::string& out, char c) {
    out.push_back(c);
}
inline void append(std::string& out, bool b) {
    out.append(b ? "true" : "false");
}
template <std::integral T>
void append(std::string& out, T value) {
    out.append(std::to_string(value));
}
template <std::floating_point T>
void append(std::string& out, T value) {
    out.append(shortestNumber(static_cast<double>(value)));
}
} // namespace detail

template <class... Args>
std::string cat(const Args&... args) {
    std::string out;
    (detail::append(out, args), ...);
    return out;
}

} // namespace headroom
