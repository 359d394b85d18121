#pragma once
// Metrics files: a JSON object whose keys are metric keys (Metric.h: "cpu_utilization",
// "active_clients"...) and whose values are numbers, or null for "explicitly not measured". Two
// keys are special: "taken_at" (ISO 8601 UTC, the observation time; `now` when absent) and
// "ai_usage" (an object of provider id -> month-to-date units). Anything else - an unknown key, a
// string or boolean value, a value the metric cannot take - is refused with an error naming the
// source, the key and the problem; JSON syntax errors name the byte offset.

#include "model/Error.h"
#include "model/Snapshot.h"

#include <filesystem>
#include <string_view>

namespace headroom {

// `sourceName` is stamped on every sample and names the input in error messages.
Result<Snapshot> parseMetricsJson(std::string_view text, std::string_view sourceName,
                                  Timestamp now);

// Reads and parses a file; samples carry the source "file:<file name>" and errors the full path.
Result<Snapshot> readMetricsFile(const std::filesystem::path& path, Timestamp now);

} // namespace headroom
