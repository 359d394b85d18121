// The investor report's strain readiness (issue 8): what the stored runs of the period say about
// the service's readiness for the next tier. Each scenario counts once, by its latest run in the
// period (an earlier failure that was fixed should not count against the fix); a run that was not
// judged (cancelled, or the generator fell behind) counts as not passing, as in a suite's pass
// rate (strain/StrainVerdict.h).
#include "ReportParts.h"
#include "strain/StrainVerdict.h"

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
    auto latest = store.latestStrainRunsPerScenario(workspace.name, from, to);
    if (!latest) {
        if (latest.error().code == ErrorCode::StorageError) {
            return readiness; // an older bundle's database has no strain tables
        }
        return std::unexpected(latest.error());
    }
    readiness.runsInPeriod = latest->runsInPeriod;
    if (latest->runs.empty()) {
        return readiness;
    }
    for (const StrainRunRecord& run : latest->runs) { // by scenario id
        StrainRunRow row = rowOf(run);
        auto baseline = store.strainBaseline(workspace.name, run.result.scenarioId);
        if (!baseline) {
            return std::unexpected(baseline.error());
        }
        if (*baseline && (*baseline)->id != run.id) {
            const BaselineComparison comparison =
                compareWithBaseline(run.result.measurement, (*baseline)->result.measurement,
                                    catalog.strain.regressionTolerance);
            if (comparison.comparability == BaselineComparability::Comparable) {
                row.regressed = comparison.regressed;
            }
        }
        readiness.passed += run.verdict == "passed" ? 1 : 0;
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
