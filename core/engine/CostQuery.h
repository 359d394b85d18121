#pragma once
// CostQuery: reads what a cost report needs from the store (the workspace's ledger rows and the
// daily history of its snapshots up to the period's last day, the tier it was on and its mode)
// and builds the report (core/cost/CostReport.h). The engine answers the console's requests with
// it and `headroom costs` calls it directly, so both show the same numbers for the same period.

#include "cost/CostReport.h"
#include "model/Catalog.h"
#include "store/Store.h"

#include <string_view>

namespace headroom {

// NotFound for an unknown workspace; StorageError when the store fails.
Result<CostReport> queryCostReport(Store& store, const Catalog& catalog, std::string_view workspace,
                                   DayRange range);

} // namespace headroom
