#pragma once
// The founder's scaling configuration as it was at a past moment, for replay: the stored (current)
// configuration with every scaling event after that moment undone, newest first. Undoing uses
// what each event recorded: a ModeSet's and an AutoModeChanged's old value, a settings change's
// old configuration, a freeze's removal, and an unfreeze's freeze (reason and actor from the
// freeze event it ended; when that lies outside the events given, its time from the unfreeze).
// Nothing is guessed: an event whose detail cannot be read is reported, not skipped.

#include "model/Error.h"
#include "model/Records.h"
#include "model/ScalingConfig.h"

#include <span>

namespace headroom {

// `events`: the workspace's scaling events (ModeSet, ScalingFrozen, ScalingUnfrozen,
// AutoModeChanged, ScalingConfigChanged; others are ignored), in any order. ParseError names an
// event whose detail is not what its kind writes.
Result<ScalingConfig> scalingConfigAt(const ScalingConfig& current, std::span<const Event> events,
                                      Timestamp at);

} // namespace headroom
