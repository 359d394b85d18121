#pragma once
// JSON forms of the governance views (`headroom metrics|monitor|readiness --json`). Keys are
// snake_case and stable; rates are fractions 0..1 with their counts beside them, null when there
// is nothing to rate; money is integer micro-dollars.

#include "engine/GovernanceQuery.h"

#include <nlohmann/json.hpp>

namespace headroom {

nlohmann::json outcomesToJson(const GovernanceOutcomes& outcomes);
nlohmann::json monitorToJson(const GovernanceMonitor& monitor);
nlohmann::json readinessToJson(const GovernanceReadiness& readiness);

} // namespace headroom
