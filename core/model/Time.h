#pragma once
// Time in the core is UTC seconds (std::chrono::sys_seconds). The clock is passed in so that
// policy, replay and tests are deterministic; only the app and the engine read the real clock.

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace headroom {

using Timestamp = std::chrono::sys_seconds;
using Clock = std::function<Timestamp()>;

Clock systemClock();

// ISO 8601 UTC, "2026-11-25T07:00:00Z".
std::string formatIso(Timestamp t);
// Accepts "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SSZ" and "YYYY-MM-DD HH:MM:SS" (UTC).
std::optional<Timestamp> parseIso(std::string_view text);

} // namespace headroom
