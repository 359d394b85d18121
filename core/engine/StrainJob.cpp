#include "engine/StrainJob.h"

#include "model/Metric.h"
#include "model/Text.h"

#include <algorithm>
#include <array>

namespace headroom {
namespace {

// The highest memory utilisation the workspace's snapshots saw while the run ran; none when no
// source maps memory (or none was polled in the window): not measured, never assumed.
std::optional<double> peakMemory(Store& store, RowId workspaceId, Timestamp from, Timestamp to) {
    const std::array<MetricId, 1> metrics{MetricId::MemoryUtilization};
    SeriesOptions options;
    options.statistic = RollupStatistic::Max;
    auto points = store.series(workspaceId, metrics, TimeRange{from, to}, options);
    if (!points || points->empty()) {
        return std::nullopt;
    }
    double peak = 0.0;
    for (const SeriesPoint& p : *points) {
        peak = std::max(peak, p.value);
    }
    return peak;
}

} // namespace

std::string verdictKey(const StrainJudgement& judgement, LoadStop stop) {
    if (stop == LoadStop::Cancelled) {
        return "not_judged";
    }
    switch (judgement.verdict) {
    case RunVerdict::Passed:
        return "passed";
    case RunVerdict::Failed:
        return "failed";
    case RunVerdict::NotJudged:
        break;
    }
    return "not_judged";
}

Result<StrainJobOutcome> completeStrainRun(Store& store, const StrainJobRequest& request,
                                           StrainRunResult result) {
    auto workspace = store.workspace(request.workspace);
    if (!workspace) {
        return std::unexpected(workspace.error());
    }
    StrainJobOutcome outcome;
    auto baseline = store.strainBaseline(request.workspace, request.plan.scenarioId);
    if (!baseline) {
        return std::unexpected(baseline.error());
    }
    outcome.baseline = std::move(*baseline);

    result.scenarioName = request.scenarioName;
    const auto ranFor = std::chrono::ceil<std::chrono::seconds>(result.elapsed);
    result.measurement.memoryUtilisation =
        peakMemory(store, workspace->id, result.startedAt, result.startedAt + ranFor);

    outcome.judgement = judgeRun(result.measurement, request.settings.criteria);
    if (result.stop == LoadStop::Cancelled) {
        outcome.judgement.verdict = RunVerdict::NotJudged;
    }
    if (outcome.baseline) {
        outcome.comparison =
            compareWithBaseline(result.measurement, outcome.baseline->result.measurement,
                                request.settings.regressionTolerance);
    }

    StrainRunRecord& record = outcome.record;
    record.workspace = request.workspace;
    record.criteria = request.settings.criteria;
    record.verdict = verdictKey(outcome.judgement, result.stop);
    record.result = std::move(result);
    if (request.store) {
        auto id = store.addStrainRun(record);
        if (!id) {
            return std::unexpected(id.error());
        }
        record.id = *id;
    }
    return outcome;
}

Result<StrainJobOutcome> runStrainJob(Store& store, const StrainJobRequest& request,
                                      std::stop_token stop, const Clock& clock,
                                      const LoadProgressCallback& progress) {
    // An unknown workspace is refused before any traffic is sent.
    if (auto workspace = store.workspace(request.workspace); !workspace) {
        return std::unexpected(workspace.error());
    }
    auto result = runLoad(request.plan, request.options, std::move(stop), clock, progress);
    if (!result) {
        return std::unexpected(result.error());
    }
    return completeStrainRun(store, request, std::move(*result));
}

} // namespace headroom
