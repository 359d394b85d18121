#pragma once
// `headroom check-metrics FILE|URL [--format text|openmetrics] [--json]`: parses a Prometheus
// exposition document the way `promtool check metrics` does and prints its families, samples and
// every problem with its line and column. Exit 0 when there is no error (lint warnings allowed),
// 1 when the document has errors, 2/3 for a bad command line or an unreadable input.

#include <iosfwd>
#include <string>
#include <vector>

namespace headroom::cli {

int runCheckMetrics(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace headroom::cli
