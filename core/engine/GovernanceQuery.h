#pragma once
// GovernanceQuery: reads what the governance views need from the store and hands it to the pure
// functions of core/policy (DecisionMetrics, ResourceMonitor, TierReadiness). The engine answers
// the console's requests with it and the `outcome`, `metrics`, `monitor`, `readiness` and
// `checklist` subcommands call it directly, so both show the same numbers.

#include "model/Catalog.h"
#include "policy/DecisionMetrics.h"
#include "policy/ResourceMonitor.h"
#include "policy/TierReadiness.h"
#include "store/Store.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

// The key metrics and each accepted recommendation's latest outcome beside its prediction.
struct GovernanceOutcomes {
    std::string workspace;
    KeyMetrics metrics;
    std::vector<OutcomeAssessment> outcomes; // latest outcome per recommendation, oldest first
};

// The next tier's readiness; nullopt tier when no snapshot says which tier the workspace is on,
// readiness nullopt at the last tier.
struct GovernanceReadiness {
    std::string workspace;
    std::optional<std::string> currentTier;
    std::optional<TierReadiness> readiness;
    // Every checklist of the catalog, folded (the dialog shows them all).
    std::vector<std::pair<std::string, std::vector<ChecklistItemState>>> checklists;
};

struct GovernanceMonitor {
    std::string workspace;
    std::optional<std::string> tierId;
    ResourceMonitorReport report;
};

// The three together, as the console asks for them.
struct GovernanceView {
    std::string workspace;
    GovernanceOutcomes outcomes;
    GovernanceMonitor monitor;
    GovernanceReadiness readiness;
};

// Errors: NotFound for an unknown workspace; StorageError when the store fails.
Result<GovernanceOutcomes> queryOutcomes(Store& store, const Catalog& catalog,
                                         std::string_view workspace,
                                         const MeasureOptions& measure = {});
Result<GovernanceMonitor> queryResourceMonitor(Store& store, const Catalog& catalog,
                                               std::string_view workspace, Timestamp now);
// strain: the strain test results; none: the workspace's stored runs (the latest of each scenario
// of the next tier's suite), or no test yet.
Result<GovernanceReadiness> queryReadiness(Store& store, const Catalog& catalog,
                                           std::string_view workspace,
                                           std::optional<StrainTestResults> strain = std::nullopt);

Result<GovernanceView> queryGovernance(Store& store, const Catalog& catalog,
                                       std::string_view workspace, Timestamp now);

// Records an outcome for a recommendation of the named workspace (request.workspaceId is
// filled in).
Result<OutcomeRecord> recordOutcomeIn(Store& store, std::string_view workspace,
                                      OutcomeRequest request);
// Ticks "TIER/ITEM" (or unticks) in the named workspace.
Result<ChecklistTick> recordChecklistIn(Store& store, const Catalog& catalog,
                                        std::string_view workspace, ChecklistTickRequest request);

} // namespace headroom
