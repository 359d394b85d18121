#pragma once
// The PDF writer `headroom report --out` is given (cli::CommandLineServices): the Qt renderer of
// ui/report, run without a window. The Qt-free command line calls it only once every argument
// has been checked and the report's figures are built.

#include "cli/Commands.h"

namespace headroom {

cli::ReportPdfWriter qtReportPdfWriter();

} // namespace headroom
