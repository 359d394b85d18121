#pragma once
// The recommendations as they stood at a past moment, for replay and for bundles cut at a date.
// A stored recommendation row holds only its latest state, so a past state is rebuilt from what
// the history recorded: every row first seen by then starts Open, and the events up to that
// moment move it (RecommendationResolved, RecommendationReopened by recommendation_id, and the
// decisions by their recommendation id: Accept, Reject, Defer with its revisit date), in order.
// Nothing is guessed: a row's evidence and severity are the stored ones (the latest evaluation's),
// and lastSeen is cut at the moment asked for.

#include "model/Error.h"
#include "model/Records.h"

#include <span>
#include <vector>

namespace headroom {

// `recommendations`: the workspace's stored rows (today's state); `events`: its events (only the
// recommendation kinds are read) and `decisions`, in any order. Returns the rows with
// firstSeen <= at, oldest first (by firstSeen, then id), each in its state at `at`. ParseError
// names a recommendation event whose detail holds no recommendation_id.
Result<std::vector<StoredRecommendation>>
recommendationsAt(std::span<const StoredRecommendation> recommendations,
                  std::span<const Event> events, std::span<const Decision> decisions, Timestamp at);

} // namespace headroom
