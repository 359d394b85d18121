#pragma once
// How long the store keeps each resolution of a workspace's snapshots (catalog section
// "retention" in thresholds.json). Raw snapshots older than rawFor are rolled up into 5-minute
// and hourly buckets (change points and health-snapshot sources stay raw); 5-minute buckets older
// than fiveMinuteFor are dropped, hourly ones older than hourlyFor (never when unset: issue 7's
// two-year reports read them). Decisions and events are never touched.
// Valid (catalog validation): rawFor >= 1 h, fiveMinuteFor >= rawFor, hourlyFor unset or
// >= fiveMinuteFor.

#include <chrono>
#include <optional>

namespace headroom {

struct RetentionSettings {
    std::chrono::seconds rawFor{86400};         // seed 003: 24 h raw
    std::chrono::days fiveMinuteFor{90};        // seed 003: 3 months in the database
    std::optional<std::chrono::days> hourlyFor; // nullopt = forever
    friend bool operator==(const RetentionSettings&, const RetentionSettings&) = default;
};

} // namespace headroom
