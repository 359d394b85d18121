#pragma once
// JSON form of a CostReport for `headroom costs --json`: enums as their stable keys, days as
// "YYYY-MM-DD", money as dollars with micro-dollar precision (exact decimal for any MicroUsd), a
// figure that is absent as null. Write-only: nothing reads reports back.

#include "CostReport.h"

#include <string>

#include <nlohmann/json_fwd.hpp>

namespace headroom {

nlohmann::json costReportToJson(const CostReport& report);
std::string costReportToJsonText(const CostReport& report); // indented, ends with a newline

} // namespace headroom
