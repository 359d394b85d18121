#pragma once
// Seed 000's AI provider budgets: for each catalog provider, this month's usage against the
// tier's monthly allocation, with catalog.headroom's inclusive warning / critical bands. A
// provider without reported usage (or without an allocation for the tier) is Unknown.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/Snapshot.h"

#include <vector>

namespace headroom {

std::vector<AiProviderUsageStatus> aiCapacity(const Snapshot& snapshot, const Catalog& catalog,
                                              const Tier& tier);

} // namespace headroom
