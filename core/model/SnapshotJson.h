#pragma once
// JSON form of a Snapshot, used by the store (snapshot_json), bundles and the CLI's --json output.
// Shape: {"taken_at": ISO, "metrics": {key: {"value", "observed_at", "source"}}, "ai_usage":
// [...]}. Only present metrics are written; an absent key reads back as an absent metric (never 0).
// Reading validates every value through Snapshot::set, so a parsed Snapshot obeys its invariants;
// errors name the field ("metrics.cpu_utilization.value").

#include "Error.h"
#include "Snapshot.h"

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace headroom {

nlohmann::json snapshotToJson(const Snapshot& snapshot);
Result<Snapshot> snapshotFromJson(const nlohmann::json& json);

// Text helpers: compact JSON text, and parsing of such text (ParseError on malformed JSON).
std::string snapshotToJsonText(const Snapshot& snapshot);
Result<Snapshot> snapshotFromJsonText(std::string_view text);

} // namespace headroom
