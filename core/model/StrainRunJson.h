#pragma once
// JSON forms of a strain run's result and of the pass criteria it was judged by: the store keeps
// them as JSON text (schema v9 strain_runs.result_json / criteria_json) and the CLI's --json prints
// them. Enums as their stable keys, durations as whole numbers with the unit in the key
// ("p95_us", "elapsed_ms", "planned_duration_s"), startedAt as ISO 8601 UTC. Every field is
// written, so a round trip is exact; readers report the JSON path of a missing or mistyped field
// (ParseError). Non-finite numbers are written as null and read back as NaN; an absent memory
// utilisation is null.

#include "Error.h"
#include "Strain.h"
#include "StrainRun.h"

#include <nlohmann/json_fwd.hpp>

namespace headroom {

nlohmann::json toJson(const StrainRunResult& result);
Result<StrainRunResult> strainRunResultFromJson(const nlohmann::json& json);

nlohmann::json toJson(const StrainCriteria& criteria);
Result<StrainCriteria> strainCriteriaFromJson(const nlohmann::json& json);

} // namespace headroom
