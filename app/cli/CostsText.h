#pragma once
// Plain-text form of a CostReport for `headroom costs` (the --json form is
// core/cost/CostReportJson.h). Money as "$1,234.56"; figures the report lacks are said to be
// missing, never printed as zero.

#include "cost/CostReport.h"
#include "model/Catalog.h"

#include <string>

namespace headroom::cli {

std::string formatUsd(MicroUsd money);
std::string formatCostReportText(const CostReport& report, const Catalog& catalog);

} // namespace headroom::cli
