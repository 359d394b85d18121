#include "engine/StrainJob.h"

#include "model/Metric.h"
#include "model/Snapshot.h"
#include "model/Text.h"
#include "sources/Source.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <condition_variable>
#include <mutex>

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

// Far more often than the probe's sources change; a zero interval would spin.
constexpr std::chrono::milliseconds kMinProbeInterval{50};

} // namespace

MemoryProbe memoryProbeOf(std::shared_ptr<Source> source) {
    MemoryProbe probe;
    probe.sourceId = source->id();
    probe.read = [source = std::move(source)]() -> std::optional<double> {
        // The snapshot is only read here, never stored, so its time does not matter.
        Snapshot snapshot;
        if (!source->poll(Timestamp{}, snapshot)) {
            return std::nullopt;
        }
        return snapshot.value(MetricId::MemoryUtilization);
    };
    return probe;
}

MemoryPeakSampler::MemoryPeakSampler(MemoryProbe probe, std::chrono::milliseconds interval) {
    interval = std::max(interval, kMinProbeInterval);
    // m_peak is written only by the thread and read only after it was joined.
    m_thread = std::jthread([this, probe = std::move(probe), interval](std::stop_token stop) {
        const auto sample = [&] {
            const auto reading = probe.read();
            if (reading && std::isfinite(*reading)) {
                m_peak = std::max(m_peak.value_or(*reading), *reading);
            }
        };
        std::mutex mutex;
        std::condition_variable_any wake;
        while (true) {
            sample();
            std::unique_lock lock(mutex);
            wake.wait_for(lock, stop, interval, [] { return false; });
            if (stop.stop_requested()) {
                sample(); // the load has just ended: its last moments count too
                return;
            }
        }
    });
}

MemoryPeakSampler::~MemoryPeakSampler() {
    (void)peak();
}

std::optional<double> MemoryPeakSampler::peak() {
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
    return m_peak;
}

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
                                           StrainRunResult result,
                                           std::optional<double> probedPeak) {
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
    auto& memory = result.measurement.memoryUtilisation;
    memory = peakMemory(store, workspace->id, result.startedAt, result.startedAt + ranFor);
    if (memory) {
        outcome.memorySource = MemoryFigureSource::Snapshots;
    } else if (probedPeak && request.plan.allTargetsLocal) {
        // This computer's memory says something only about a target on this computer.
        memory = probedPeak;
        outcome.memorySource = MemoryFigureSource::Probe;
        outcome.memoryProbeSource = request.memoryProbe.sourceId;
    }

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
    std::optional<MemoryPeakSampler> sampler;
    if (request.memoryProbe && request.plan.allTargetsLocal) {
        sampler.emplace(request.memoryProbe, request.memoryProbeInterval);
    }
    auto result = runLoad(request.plan, request.options, std::move(stop), clock, progress);
    const std::optional<double> probedPeak = sampler ? sampler->peak() : std::nullopt;
    if (!result) {
        return std::unexpected(result.error());
    }
    return completeStrainRun(store, request, std::move(*result), probedPeak);
}

} // namespace headroom
