#pragma once
// Evaluation of catalog Conditions (recommendation and upgrade triggers) against one snapshot.
// A condition holds only when its subject is measured or derivable; a threshold relative to the
// tier limit needs that limit, otherwise the condition never holds. When it holds the result is
// the Evidence: the value seen and the absolute threshold it crossed.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/Snapshot.h"

#include <optional>

namespace headroom {

// What a condition may look at besides the snapshot: the tier in force and its capacity view.
struct ConditionContext {
    const Snapshot& snapshot;
    const Tier& tier;
    const CapacityStatus& capacity;
};

// The subject's value: a measured metric, the (rounded) headroom percent, or active clients /
// tier maximum. nullopt when it cannot be known.
std::optional<double> subjectValue(const ConditionSubject& subject, const ConditionContext& ctx);

// The threshold in the subject's own unit (threshold x tier limit when relative), or nullopt when
// a relative condition's tier has no limit for the subject.
std::optional<double> absoluteThreshold(const Condition& condition, const Tier& tier);

// Evidence when the condition holds, nullopt when it does not or cannot be judged.
std::optional<Evidence> evaluateCondition(const Condition& condition, const ConditionContext& ctx);

} // namespace headroom
