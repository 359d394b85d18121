#pragma once
// Stretch: a span of a workspace's stored history at one resolution. Raw stretches hold every
// snapshot the engine stored (their resolution is the median interval between them); rolled
// stretches hold 5-minute or hourly roll-ups (store/Store.h rollUp), each bucket keeping its last
// snapshot and evaluation verbatim plus per-metric statistics. Replay and reports state the
// resolution instead of interpolating. Invariant: from <= to.

#include "Time.h"

#include <chrono>

namespace headroom {

enum class StretchKind { Raw, FiveMinute, Hourly };

struct Stretch {
    Timestamp from{}; // first stored instant (raw) or first bucket start (rolled)
    Timestamp to{};   // last stored instant (raw) or the end of the last bucket (rolled)
    std::chrono::seconds resolution{0};
    StretchKind kind = StretchKind::Raw;
    friend bool operator==(const Stretch&, const Stretch&) = default;
};

} // namespace headroom
