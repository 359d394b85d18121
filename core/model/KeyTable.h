#pragma once
// The one way enum values get their stable spellings: a constexpr table of (value, key) pairs,
// searched both ways. The tables are a handful of entries, so a scan beats any map.

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace headroom {

template <class E, std::size_t N>
using KeyTable = std::array<std::pair<E, std::string_view>, N>;

// The key of `value`, or "unknown" for a value the table lacks.
template <class E, std::size_t N>
constexpr std::string_view keyIn(const KeyTable<E, N>& table, E value) {
    for (const auto& [v, key] : table) {
        if (v == value) {
            return key;
        }
    }
    return "unknown";
}

template <class E, std::size_t N>
constexpr std::optional<E> valueIn(const KeyTable<E, N>& table, std::string_view key) {
    for (const auto& [v, k] : table) {
        if (k == key) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace headroom
