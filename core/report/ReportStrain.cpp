// The investor report's strain readiness (issue 8): what the stored runs of the period say about
// the service's readiness for the next tier. Each scenario counts once, by its latest run in the
// period (an earlier failure that was fixed should not count against the fix); a run that was not
// judged (cancelled, or the generator fell behind) counts as not passing, as in a suite's pass
// rate (strain/StrainVerdict.h).
#include "ReportParts.h"
#include "strain/StrainVerdict.h"

#include <algorithm>
#include <map>

namespace headroom::report {

namespace {

double milliseconds(std::chrono::microseconds us) {
    return static_cast<double>(us.count()) / 1000.0;
}

StrainRunRow rowOf(const StrainRunRecord& run) {
    const StrainMeasurement& m = run.result.measurement;
    StrainRunRow row;
    row.run = run.id;
    row.scenarioId = run.result.scenarioId;
    row.scenarioName = run.result.scenarioName;
    row.startedAt = run.result.startedAt;
    row.verdict = run.verdict;
    row.p95Ms = milliseconds(m.p95);
    row.throughputPerSecond = m.throughputPerSecond;
    row.errorRate = m.errorRate;
    row.baseline = run.baseline;
    return row;
}

} // namespace

Result<StrainReadiness> strainReadiness(Store& store, const Catalog& catalog,
                                        const Workspace& workspace, Timestamp from, Timestamp to) {
    StrainReadiness readiness;
    readiness.requiredPassRate = catalog.strain.readinessPassRate;
    // Newest first; enough for years of daily runs of every scenario.
    constexpr int kRunsRead = 100000;
    auto runs = store.strainRuns(workspace.name, "", kRunsRead);
    if (!runs) {
        if (runs.error().code == ErrorCode::StorageError) {
            return readiness; // an older bundle's database has no strain tables
        }
        return std::unexpected(runs.error());
    }
    std::map<std::string, const StrainRunRecord*> baselines;
    std::map<std::string, const StrainRunRecord*> latest;
    for (const StrainRunRecord& run : *runs) {
        if (run.baseline) {
            baselines.emplace(run.result.scenarioId, &run);
        }
        const Timestamp at = run.result.startedAt;
        if (at < from || at >= to) {
            continue;
        }
        ++readiness.runsInPeriod;
        latest.emplace(run.result.scenarioId, &run); // newest first: the first seen is the latest
    }
    if (latest.empty()) {
        return readiness;
    }
    for (const auto& [scenario, run] : latest) {
        StrainRunRow row = rowOf(*run);
        const auto baseline = baselines.find(scenario);
        if (baseline != baselines.end() && baseline->second->id != run->id) {
            const BaselineComparison comparison =
                compareWithBaseline(run->result.measurement, baseline->second->result.measurement,
                                    catalog.strain.regressionTolerance);
            if (comparison.comparability == BaselineComparability::Comparable) {
                row.regressed = comparison.regressed;
            }
        }
        readiness.passed += run->verdict == "passed" ? 1 : 0;
        readiness.latest.push_back(std::move(row));
    }
    readiness.available = true;
    readiness.reason.clear();
    readiness.passRate =
        static_cast<double>(readiness.passed) / static_cast<double>(readiness.latest.size());
    // The same 1e-9 margin as summariseSuite, so 4 of 5 meets 80 %.
    readiness.ready = *readiness.passRate + 1e-9 >= readiness.requiredPassRate;
    return readiness;
}

} // namespace headroom::report
