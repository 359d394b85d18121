#pragma once
// The replay cursor's arithmetic, kept apart from any timer so that it is exact and testable.
// Playing is anchored: the cursor is the anchor plus the wall time since play started, times the
// speed. (Adding each frame's few milliseconds instead would round to zero at real-time speed
// and drift at any other.) A new speed or a jump re-anchors.

#include "model/Time.h"

#include <array>
#include <chrono>
#include <optional>
#include <span>

namespace headroom {

// Replay seconds per wall-clock second offered by the timeline: real time to one day a second.
inline constexpr std::array<double, 7> kReplaySpeeds{1, 10, 60, 600, 3600, 21600, 86400};

struct ReplayCursor {
    Timestamp at;
    bool atEnd = false; // playing reached the end of the span and stops there
};

// Where playing from `anchor` at `speed` has got after `elapsed` of wall time, never past `end`.
ReplayCursor replayPosition(Timestamp anchor, std::chrono::milliseconds elapsed, double speed,
                            Timestamp end);

// The stored instant after (direction > 0) or before (direction < 0) the cursor, for stepping;
// `times` ascending. nullopt when there is none that way.
std::optional<Timestamp> replayStep(std::span<const Timestamp> times, Timestamp cursor,
                                    int direction);

} // namespace headroom
