#pragma once
// The what-if difference, pure: two traces of the same history (baseline catalog, edited
// catalog) in, the rows that differ out.
//
// Matching, the same for recommendations, advice and tiers. Each is a stretch with a key (the
// recommendation type; the advice action and next mode; the tier reached) that starts at an
// opening or change and lasts until it closed or the next change (open ones run to the end of
// the range). Per key, in time order, a baseline stretch matches the first unmatched edited
// stretch of that key whose interval overlaps it; a match is Earlier, Later or Same by
// shift = edited start - baseline start. An unmatched baseline stretch is NotAtAll, an unmatched
// edited one New. So a recommendation that opened 40 minutes sooner is one Earlier row, not a
// NotAtAll plus a New, while an episode the edit removed entirely is NotAtAll.

#include "replay/WhatIfTypes.h"

namespace headroom {

// The rows (Earlier, Later, NotAtAll, New; ordered by subject, then by time) and the counts.
// Fidelity is left empty (it compares against the store; see WhatIf.h).
WhatIfReport diffTraces(const ReplayTrace& baseline, const ReplayTrace& edited);

} // namespace headroom
