#pragma once
// Words an Evaluation for a terminal. The core returns codes and numbers; the command line is the
// one place outside ui/ that turns them into (English) sentences.

#include "model/Catalog.h"
#include "model/Evaluation.h"

#include <string>

namespace headroom::cli {

std::string formatEvaluationText(const Evaluation& evaluation, const Catalog& catalog);

// "0.45" for fractions as percent "45.0 %", milliseconds "1800 ms"...
std::string formatMetricValue(MetricId metric, double value);
std::string describeModeReason(const ModeReason& reason);

} // namespace headroom::cli
