#pragma once
// One strain run end to end, as the console's engine and `headroom strain` both do it: run the
// plan (net/LoadGenerator), take the target's peak memory from the workspace's own snapshots of
// the run's window (the criterion applies only where a memory source is mapped), judge it by the
// catalog's criteria, compare it with the scenario's stored baseline, and store it with its
// history event. A cancelled run is stored too (marked so), so the history shows what was sent;
// it is never judged passing and cannot become a baseline.
//
// Where nothing polls sources while the load runs (the command line), the workspace has no
// snapshots of the run's window; a MemoryProbe (this computer's host collector) sampled during
// the run then gives the memory figure, but only when every target is this computer: another
// machine is never judged by this one's memory.

#include "model/StrainRun.h"
#include "net/LoadGenerator.h"
#include "store/Store.h"
#include "strain/StrainVerdict.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace headroom {

class Source;

// Reads the memory utilisation (0..1) of the computer the load runs on, or nothing when it
// cannot. Called from a sampler thread of its own, one call at a time.
struct MemoryProbe {
    std::string sourceId; // the source that reads it, as snapshots name theirs ("host")
    std::function<std::optional<double>()> read;

    explicit operator bool() const { return static_cast<bool>(read); }
};

// A probe that polls `source` (the host collector) and reads its memory utilisation.
MemoryProbe memoryProbeOf(std::shared_ptr<Source> source);

// Samples a probe on a thread of its own from construction until peak(): at once, then every
// `interval`, and once more at the end, keeping the highest reading. The destructor stops it.
class MemoryPeakSampler {
public:
    MemoryPeakSampler(MemoryProbe probe, std::chrono::milliseconds interval);
    MemoryPeakSampler(const MemoryPeakSampler&) = delete;
    MemoryPeakSampler& operator=(const MemoryPeakSampler&) = delete;
    ~MemoryPeakSampler();

    // Stops the sampling (joins the thread) and returns the highest reading; none when the probe
    // never answered. Later calls return the same.
    std::optional<double> peak();

private:
    std::optional<double> m_peak;
    std::jthread m_thread; // last: it stops and joins before m_peak goes
};

// Where a run's memory figure came from.
enum class MemoryFigureSource {
    NotMeasured,
    Snapshots, // the workspace's stored snapshots of the run's window
    Probe,     // the request's probe, sampled while the run ran (a local target only)
};

struct StrainJobRequest {
    std::string workspace; // where the run is stored; its snapshots give the memory figure
    std::string scenarioName;
    StrainPlan plan;
    LoadOptions options;
    StrainSettings settings; // criteria and regression tolerance in force
    bool store = true;       // false: measure and judge only (a dry run from the command line)
    // Sampled while the load runs when every target is this computer; empty: no probe.
    MemoryProbe memoryProbe;
    std::chrono::milliseconds memoryProbeInterval{1000};
};

struct StrainJobOutcome {
    StrainRunRecord record; // id 0 when not stored
    StrainJudgement judgement;
    std::optional<StrainRunRecord> baseline;      // the scenario's baseline before this run
    std::optional<BaselineComparison> comparison; // against it
    // Where record.result.measurement.memoryUtilisation came from; the probe's source id when
    // it came from the probe. Not stored with the run (the stored result keeps only the figure).
    MemoryFigureSource memorySource = MemoryFigureSource::NotMeasured;
    std::string memoryProbeSource;
};

// What the console asks the engine for (Engine::startStrainRun).
struct StrainRunRequest {
    std::string workspace;
    std::string scenarioId;
    StrainOverrides overrides; // target, duration, load...
    LoadOptions options;
    // The founder confirmed that a target other than this computer may receive the traffic.
    bool remoteConfirmed = false;
};

// What the Strain Tests view shows (Engine::requestStrainView).
struct StrainView {
    std::string workspace;
    StrainSettings settings; // the catalog's scenarios, criteria, suites, limits
    // Newest first, at most kStrainViewRuns; then each scenario's baseline that is older than
    // those (so a comparison always finds it).
    std::vector<StrainRunRecord> runs;
};
inline constexpr int kStrainViewRuns = 200;

// The verdict key stored with a run: "passed", "failed", "not_judged" (a cancelled run is
// not judged whatever its figures).
std::string verdictKey(const StrainJudgement& judgement, LoadStop stop);

// What follows the load: the memory figure, the judgement, the comparison with the scenario's
// baseline, and the stored record (when request.store). The engine runs the load on a job thread
// and this on its own thread, with its own connection. The memory figure is the workspace's
// snapshots' peak over the run's window when there are any, else `probedPeak` (what the request's
// probe saw, MemoryPeakSampler) when every target is this computer, else not measured.
Result<StrainJobOutcome> completeStrainRun(Store& store, const StrainJobRequest& request,
                                           StrainRunResult result,
                                           std::optional<double> probedPeak = std::nullopt);

// runLoad, then completeStrainRun; the request's probe (when set and every target is this
// computer) is sampled on a thread of its own meanwhile. Errors: the plan refused by the
// generator (InvalidArgument), the workspace unknown (NotFound), storage failures. The load
// itself failing (every request refused) is a result, not an error.
Result<StrainJobOutcome> runStrainJob(Store& store, const StrainJobRequest& request,
                                      std::stop_token stop, const Clock& clock,
                                      const LoadProgressCallback& progress = {});

} // namespace headroom
