#pragma once
// Internal to core/bundle (PayloadBuilder): the rewrites of a payload under construction, run in
// its copy transaction with the source attached as "src". A range export must not leak the
// future: a stored recommendation row and the scaling configuration hold TODAY's state, so both
// are rewritten to their state as of the range's end (replay/RecommendationHistory,
// replay/ScalingTimeline). Sources lose their credentials (bundle/SecretScan).

#include "model/Error.h"
#include "model/Records.h"
#include "store/Database.h"

namespace headroom::bundle_detail {

// The exported recommendations in their state as of `to`; a row first seen after `to` (only
// there because an exported decision names it) takes its state as of the newest exported row.
Result<void> recommendationsAsOf(sql::Database& db, RowId ws, Timestamp to);
// scaling_config and the workspace's configured mode as of `to`: today's configuration with the
// source's later scaling events undone (read from "src": they are not in the payload).
Result<void> scalingAsOf(sql::Database& db, RowId ws, Timestamp to);
// Every source's configuration through redactJsonSecrets.
Result<void> redactSources(sql::Database& db);

} // namespace headroom::bundle_detail
