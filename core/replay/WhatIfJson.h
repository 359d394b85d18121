#pragma once
// The what-if report as JSON, for `headroom replay --json` and the tests. Stable keys: times are
// ISO 8601 UTC strings, shifts whole seconds (negative = earlier), enums their snake_case keys.
//   {"counts": {"earlier", "later", "same", "not_at_all", "new"},
//    "rows": [ROW], "first_openings": [ROW],
//    ROW = {"subject", "key", "change", "was", "would_be", "shift_seconds"},
//    "fidelity": {"compared", "matched", "tier_matched", "mode_matched",
//                 "recommendations_matched", "examples": [{"at", "field", "stored", "replayed"}]},
//    "baseline": TRACE, "edited": TRACE}
// TRACE = {"from", "to", "snapshots", "decisions_applied", "decisions_unmatched",
//          "episodes": [{"type", "opened_at", "closed_at", "severity"}],
//          "advice": [{"at", "from", "to", "next_mode_id"}], "tiers": [{"at", "from", "to"}]}
// Missing times are null.

#include "replay/WhatIfTypes.h"

#include <nlohmann/json_fwd.hpp>

namespace headroom {

nlohmann::json traceToJson(const ReplayTrace& trace);
nlohmann::json whatIfReportToJson(const WhatIfReport& report);

} // namespace headroom
