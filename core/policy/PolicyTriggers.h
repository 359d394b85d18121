#pragma once
// Seed 004's scaling triggers, pure: CPU above its threshold sustained for a duration, database
// connections above a share of their maximum, p95 / p99 response time above their limits, and
// under-utilisation (the window's percentile below a threshold) suggesting right-sizing to that
// percentile. Thresholds come from PolicyTriggerSettings (policies.json); the clock is passed in.
//
// "Sustained" is judged on timestamped samples only: the run is the consecutive samples above
// the threshold ending at the latest one; two samples further apart than maxSampleGap break it
// (a gap is not data, no point is invented), and a latest sample older than maxSampleGap before
// `now` is no run at all.

#include "model/Evaluation.h"
#include "model/ScalingPolicy.h"
#include "model/Snapshot.h"
#include "model/Time.h"

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace headroom {

struct MetricPoint {
    Timestamp at{};
    MetricId metric = MetricId::CpuUtilization;
    double value = 0.0;
};

struct SustainedRun {
    Timestamp since{}; // first sample of the run
    Timestamp until{}; // last sample of the run
    double minimum = 0.0;
    int samples = 0;
};

// The run of `metric` strictly above `threshold` ending at its latest point (points in any
// order); nullopt when the latest point is not above it, is older than maxGap before now, or
// there is no point.
std::optional<SustainedRun> runAbove(std::span<const MetricPoint> points, MetricId metric,
                                     double threshold, std::chrono::seconds maxGap, Timestamp now);

enum class PolicyTriggerKind { CpuSustained, DbConnections, ResponseTime, UnderUtilised };

struct PolicyTriggerFinding {
    PolicyTriggerKind kind = PolicyTriggerKind::CpuSustained;
    std::vector<Evidence> evidence;          // the value(s) against the threshold(s)
    std::optional<SustainedRun> run;         // CpuSustained
    std::optional<double> rightSizeFraction; // UnderUtilised: proposed / current size
    int samples = 0;                         // UnderUtilised: samples in the window
};

// Every trigger that fires. `latest` is the snapshot being evaluated; `history` holds the
// recent points of the lookback window (it may or may not include `latest`'s values).
std::vector<PolicyTriggerFinding> evaluatePolicyTriggers(const PolicyTriggerSettings& settings,
                                                         const Snapshot& latest,
                                                         std::span<const MetricPoint> history,
                                                         Timestamp now);

// What the under-utilisation trigger reads of one metric's lookback window: how many samples
// it holds and, when that is at least settings.minLookbackSamples, their rightSizePercentile
// (percentileOf, model/Percentile.h); below that `percentile` is not read.
struct WindowPercentile {
    int samples = 0;
    double percentile = 0.0;
};

// The findings from what the triggers read: `cpuRun` is runAbove over the CPU points of the
// window with latest's, `latest` feeds the instant triggers, and `windowOf` is asked for each
// under-utilisation metric in order until one is in use. evaluatePolicyTriggers and the
// incremental TriggerWindow (policy/TriggerWindow.h) both assemble their findings here, so the
// kinds, their order and the evidence are built in one place.
std::vector<PolicyTriggerFinding>
assemblePolicyTriggerFindings(const PolicyTriggerSettings& settings, const Snapshot& latest,
                              const std::optional<SustainedRun>& cpuRun,
                              const std::function<WindowPercentile(MetricId)>& windowOf);

} // namespace headroom
