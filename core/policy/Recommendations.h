#pragma once
// Seed 000's recommendation engine driven by the catalog: a template is raised when any of its
// triggers holds; its evidence lists every trigger that holds (duplicates once) with the absolute
// threshold crossed. Severity is Critical when a firing metric is at Critical capacity status or
// a headroom trigger fired, otherwise Warning. The list is sorted by the template's confidence,
// highest first, keeping catalog order among equals (seed 000's stable sort). Separately, an
// upgrade path out of the current tier whose trigger holds names the tier to prepare for.

#include "Conditions.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

std::vector<RecommendationDraft> recommendations(const Catalog& catalog,
                                                 const ConditionContext& ctx);

// The toTier of the first upgrade path from ctx.tier with a trigger that holds, if any.
std::optional<std::string> upgradeTowards(const Catalog& catalog, const ConditionContext& ctx);

} // namespace headroom
