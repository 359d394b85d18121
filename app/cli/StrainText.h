#pragma once
// How `headroom strain` words a run: the figures, the verdict criterion by criterion, the
// comparison with the baseline, as text for a person and as JSON for a script.

#include "engine/StrainJob.h"

#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace headroom::cli {

// "0.21 ms", "1.35 s"
std::string latencyText(std::chrono::microseconds latency);

void printStrainOutcome(std::ostream& out, const StrainJobOutcome& outcome, const StrainPlan& plan);
nlohmann::json strainOutcomeJson(const StrainJobOutcome& outcome);

void printScenarios(std::ostream& out, const StrainSettings& settings);
void printRunHistory(std::ostream& out, const std::vector<StrainRunRecord>& runs);
nlohmann::json runHistoryJson(const std::vector<StrainRunRecord>& runs);

} // namespace headroom::cli
