#include "GovernanceQuery.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace headroom {
namespace {

HistoryFilter everything() {
    HistoryFilter f;
    f.limit = std::numeric_limits<std::size_t>::max() / 2;
    return f;
}

// The time the recommendation was accepted (its latest Accept decision).
std::optional<Timestamp> acceptedAt(std::span<const Decision> decisions, RowId recommendation) {
    std::optional<Timestamp> at;
    for (const auto& d : decisions) {
        if (d.recommendationId == recommendation && d.verdict == Verdict::Accept &&
            (!at || d.decidedAt > *at)) {
            at = d.decidedAt;
        }
    }
    return at;
}

// What the stored strain runs say about an upgrade into `toTier`: the latest run of each scenario
// of the catalog's suites for that tier (a suite scenario never run counts as not passing), or,
// where no suite names the tier, the latest run of every scenario that was run. None without a
// stored run, so the readiness keeps saying that no test was made.
std::optional<StrainTestResults> storedStrainResults(Store& store, const Catalog& catalog,
                                                     std::string_view workspace,
                                                     const std::string& toTier) {
    std::set<std::string> suiteScenarios;
    for (const StrainSuite& suite : catalog.strain.suites) {
        if (suite.tierId == toTier) {
            for (const StrainSuiteRun& run : suite.runs) {
                suiteScenarios.insert(run.scenarioId);
            }
        }
    }
    // The latest run of each scenario ever run (the store's one row per scenario), keeping those
    // that count: the suite's scenarios, or (no suite) every one.
    std::map<std::string, std::string> latestVerdict;
    if (auto latest = store.latestStrainRunsPerScenario(workspace)) {
        for (const StrainRunRecord& run : latest->runs) {
            if (suiteScenarios.empty() || suiteScenarios.contains(run.result.scenarioId)) {
                latestVerdict.emplace(run.result.scenarioId, run.verdict);
            }
        }
    }
    if (latestVerdict.empty()) {
        return std::nullopt;
    }
    StrainTestResults results;
    results.total = suiteScenarios.empty() ? latestVerdict.size() : suiteScenarios.size();
    for (const auto& [scenario, verdict] : latestVerdict) {
        results.passed += verdict == "passed" ? 1 : 0;
    }
    return results;
}

} // namespace

Result<GovernanceOutcomes> queryOutcomes(Store& store, const Catalog& catalog,
                                         std::string_view workspace,
                                         const MeasureOptions& measure) {
    auto ws = store.workspace(workspace);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    auto decisions = store.decisions(ws->id, everything());
    if (!decisions) {
        return std::unexpected(decisions.error());
    }
    auto history = store.outcomes(ws->id);
    if (!history) {
        return std::unexpected(history.error());
    }
    GovernanceOutcomes out;
    out.workspace = ws->name;
    for (auto& record : currentOutcomes(*history)) {
        OutcomeAssessment a;
        const auto* predicted = catalog.findRecommendation(record.recommendationType);
        if (predicted != nullptr) {
            a.predictedMin = predicted->monthlyCostMin;
            a.predictedMax = predicted->monthlyCostMax;
        }
        if (auto rec = store.recommendation(record.recommendationId)) {
            a.evidence = rec->evidence;
        }
        // Measured only for an implementation that stands, from the snapshots around it.
        const auto decided = acceptedAt(*decisions, record.recommendationId);
        const auto followed = measurableEvidence(a.evidence);
        if (record.status == OutcomeStatus::Implemented && decided && followed) {
            const MetricId metric = std::get<MetricId>(followed->subject);
            const MetricId metrics[] = {metric};
            auto series = store.series(
                ws->id, metrics, TimeRange{*decided - measure.window, record.at + measure.window});
            if (!series) {
                return std::unexpected(series.error());
            }
            std::vector<TimedValue> points;
            points.reserve(series->size());
            for (const auto& p : *series) {
                points.push_back({p.at, p.value});
            }
            a.measured = measureImpact(metric, points, *decided, record.at, measure);
        }
        a.verdict = judgeOutcome(record, predicted, a.evidence, a.measured);
        a.record = std::move(record);
        out.outcomes.push_back(std::move(a));
    }
    out.metrics = computeKeyMetrics(*decisions, out.outcomes);
    return out;
}

Result<GovernanceMonitor> queryResourceMonitor(Store& store, const Catalog& catalog,
                                               std::string_view workspace, Timestamp now) {
    auto ws = store.workspace(workspace);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    auto latest = store.latestSnapshot(ws->id);
    if (!latest) {
        return std::unexpected(latest.error());
    }
    const auto& settings = catalog.readiness.monitor;
    ResourceMonitorInput input;
    input.now = now;
    GovernanceMonitor out;
    out.workspace = ws->name;
    if (*latest) {
        input.latest = (*latest)->snapshot;
        out.tierId = (*latest)->evaluation.capacity.tierId;
        input.tier = catalog.findTier(*out.tierId);
        // The demo workspace's history ends at its own latest snapshot, not at the wall clock.
        input.now = std::max(now, (*latest)->snapshot.takenAt());
    }
    const auto metrics = monitoredMetrics(settings);
    const Timestamp from = input.now - std::chrono::days{settings.trend.days};
    auto series = store.series(ws->id, metrics, TimeRange{from, input.now});
    if (!series) {
        return std::unexpected(series.error());
    }
    for (const auto& p : *series) {
        input.history[p.metric].push_back({p.at, p.value});
    }
    out.report = buildResourceMonitor(input, settings);
    return out;
}

Result<GovernanceReadiness> queryReadiness(Store& store, const Catalog& catalog,
                                           std::string_view workspace,
                                           std::optional<StrainTestResults> strain) {
    auto ws = store.workspace(workspace);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    auto ticks = store.checklistTicks(ws->id);
    if (!ticks) {
        return std::unexpected(ticks.error());
    }
    auto latest = store.latestSnapshot(ws->id);
    if (!latest) {
        return std::unexpected(latest.error());
    }
    GovernanceReadiness out;
    out.workspace = ws->name;
    if (*latest && !(*latest)->evaluation.capacity.tierId.empty()) {
        out.currentTier = (*latest)->evaluation.capacity.tierId;
        out.readiness = nextTierReadiness(catalog, *out.currentTier, *ticks, strain);
        if (!strain && out.readiness) {
            if (auto stored =
                    storedStrainResults(store, catalog, ws->name, out.readiness->toTier)) {
                out.readiness = nextTierReadiness(catalog, *out.currentTier, *ticks, stored);
            }
        }
    }
    for (const auto& list : catalog.readiness.checklists) {
        out.checklists.emplace_back(list.tierId, foldChecklist(list, *ticks));
    }
    return out;
}

Result<GovernanceView> queryGovernance(Store& store, const Catalog& catalog,
                                       std::string_view workspace, Timestamp now) {
    auto outcomes = queryOutcomes(store, catalog, workspace);
    if (!outcomes) {
        return std::unexpected(outcomes.error());
    }
    auto monitor = queryResourceMonitor(store, catalog, workspace, now);
    if (!monitor) {
        return std::unexpected(monitor.error());
    }
    auto readiness = queryReadiness(store, catalog, workspace);
    if (!readiness) {
        return std::unexpected(readiness.error());
    }
    return GovernanceView{outcomes->workspace, std::move(*outcomes), std::move(*monitor),
                          std::move(*readiness)};
}

Result<OutcomeRecord> recordOutcomeIn(Store& store, std::string_view workspace,
                                      OutcomeRequest request) {
    auto ws = store.workspace(workspace);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    request.workspaceId = ws->id;
    return store.recordOutcome(request);
}

Result<ChecklistTick> recordChecklistIn(Store& store, const Catalog& catalog,
                                        std::string_view workspace, ChecklistTickRequest request) {
    auto ws = store.workspace(workspace);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    request.workspaceId = ws->id;
    return store.recordChecklistTick(request, catalog.readiness);
}

} // namespace headroom
