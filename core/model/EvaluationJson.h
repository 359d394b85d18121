#pragma once
// JSON form of an Evaluation (and of its Evidence lists), used by the store (evaluation_json,
// recommendations.evidence_json), bundles and the CLI's --json output. Enums are written as their
// stable keys (keyOf), metrics as their snake_case keys, times as ISO 8601 UTC. An optional that
// is empty is written as null and a null or missing optional reads back empty, so a round trip
// is exact. Non-finite numbers are written as null (JSON has none) and read back as NaN.

#include "Error.h"
#include "Evaluation.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace headroom {

nlohmann::json evaluationToJson(const Evaluation& evaluation);
Result<Evaluation> evaluationFromJson(const nlohmann::json& json);

std::string evaluationToJsonText(const Evaluation& evaluation);
Result<Evaluation> evaluationFromJsonText(std::string_view text);

nlohmann::json evidenceToJson(std::span<const Evidence> evidence);
Result<std::vector<Evidence>> evidenceFromJson(const nlohmann::json& json);

} // namespace headroom
