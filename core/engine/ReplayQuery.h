#pragma once
// The stored state of a workspace at a past moment and the outline of its whole history, read
// from any Headroom database (the live one or an opened bundle's copy) for the timeline. Only
// what was stored is shown: the snapshot and evaluation in force at the moment (a roll-up
// bucket's last one where raw rows were rolled away, with its resolution), the recommendations
// in their state then (replay/RecommendationHistory.h) and the scaling configuration then
// (replay/ScalingTimeline.h). Nothing is re-evaluated or interpolated.

#include "engine/Engine.h"

namespace headroom {

// At most this many snapshots are parsed for the timeline's overview and for a view's charts.
inline constexpr std::size_t kReplayOverviewPoints = 2000;
inline constexpr std::size_t kReplayChartSnapshots = 600;

Result<ReplaySpan> queryReplaySpan(Store& store, const Workspace& workspace);

// `chart`: the charts' range; its end is cut at `at`. The configuration in force comes from
// the stored one (or the catalog's defaults) with every later scaling event undone.
Result<ReplayView> queryReplayView(Store& store, const Catalog& catalog, const Workspace& workspace,
                                   Timestamp at, TimeRange chart);

} // namespace headroom
