#pragma once
// What if: re-run the engine over a stored history with another catalog and compare (issue 6).
//
// ReplayPipeline is one re-evaluation, fed snapshot by snapshot (oldest first) so that a year of
// 30-second snapshots never sits in memory. For each snapshot at time t it
//   1. replays the founder's recorded decisions due by t, by recommendation type: a decision on
//      type X applies to the pipeline's open (or deferred) recommendation of type X, if any;
//      otherwise it is counted as unmatched (the edit made that recommendation disappear);
//   2. takes the catalog in force: applyScalingConfig(catalog, the scaling configuration in force
//      just before t) as the engine's catalogFor does, recomputed only when a scaling event is
//      crossed. An event stamped in the same second as a snapshot is taken to follow it (the
//      founder acts on what a snapshot advised). Sections the edit names among `keepSections`
//      ("modes", "guardrails") win over the stored configuration;
//   3. evaluateStep (policy/EvaluationStep.h: evaluate + the active policy + seed 004 triggers)
//      with the configured mode at t as the context's mode;
//   4. the store's recommendation lifecycle (reconcileRecommendations, pure, in memory);
// and records episodes, advice changes and tier changes (WhatIfTypes.h).
//
// What is not replayed: the policy changes recorded with PolicyChanged (each pipeline uses its
// catalog's policies), and alerts. The founder's mode changes are facts, not re-decided.
//
// runWhatIf reads the workspace once, day by day (Store::snapshots never skips rows, unlike
// limit-based paging), feeds a baseline and an edited pipeline and compares them (WhatIfDiff.h);
// the baseline's evaluations are also compared with the stored ones (the fidelity figure).

#include "model/Catalog.h"
#include "model/JobProgress.h"
#include "model/Records.h"
#include "model/ScalingConfig.h"
#include "policy/EvaluationStep.h"
#include "replay/WhatIfTypes.h"
#include "store/RecommendationReconciler.h"
#include "store/Store.h"

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

// The founder's scaling history: the configuration stored today (nullopt while never changed)
// and the scaling events that led to it; the mode used when no configuration is stored.
struct ScalingHistory {
    std::optional<ScalingConfig> current;
    std::vector<Event> events; // any order; non-scaling kinds are ignored
    std::string workspaceModeId;
};

struct ReplayPipelineOptions {
    Catalog catalog;
    std::vector<std::string> keepSections; // catalog sections that win over the stored config
    std::shared_ptr<const ScalingHistory> scaling;
    std::vector<Decision> decisions; // any order
};

class ReplayPipeline {
public:
    explicit ReplayPipeline(ReplayPipelineOptions options);

    // One snapshot, later than the previous one. Errors: a scaling event whose detail cannot
    // be read (ParseError from scalingConfigAt).
    Result<const Evaluation*> feed(const Snapshot& snapshot);
    // The trace so far (decisions after the last snapshot fed are not applied: nothing was
    // evaluated after them).
    ReplayTrace finish();

    const ReplayTrace& trace() const { return m_trace; }

private:
    Result<void> updateCatalog(Timestamp at);
    void applyDecisions(Timestamp upTo);
    void reconcile(const Evaluation& evaluation, Timestamp at);
    void track(const Evaluation& evaluation, Timestamp at);

    ReplayPipelineOptions m_options;
    std::vector<Event> m_scalingEvents; // scaling kinds only, by time
    std::size_t m_eventsApplied = 0;    // events strictly before the current snapshot
    bool m_catalogReady = false;
    Catalog m_inForce;
    std::string m_modeId;
    std::size_t m_nextDecision = 0;
    StepState m_step;
    Evaluation m_last;
    std::vector<TrackedRecommendation> m_tracked;
    std::map<RowId, std::size_t> m_openEpisode; // recommendation id -> episode index
    RowId m_nextId = 1;
    ReplayTrace m_trace;
};

struct WhatIfInput {
    Catalog baseline; // the catalog the history is re-evaluated with (e.g. the bundle's)
    Catalog edited;
    std::vector<std::string> editedSections; // see ReplayPipelineOptions::keepSections
    TimeRange range;                         // empty ends = the whole history
};

// Feeds `count` snapshots (oldest first; snapshotAt(i) must stay valid until this returns) to
// both pipelines of a what-if, the edited one on a second thread: the two re-evaluations share
// nothing but the read-only inputs, so on two cores a what-if costs about one re-evaluation.
// `onBaseline(i, evaluation)` sees each baseline evaluation on the calling thread. The first
// error of either pipeline is returned (the baseline's when both fail).
Result<void> feedBoth(ReplayPipeline& baseline, ReplayPipeline& edited, std::size_t count,
                      const std::function<const Snapshot&(std::size_t)>& snapshotAt,
                      const std::function<void(std::size_t, const Evaluation&)>& onBaseline);

// One read pass, two pipelines, the difference and the fidelity. Progress: phase "evaluating",
// done/total in days. Cancelled (ErrorCode::Cancelled) between days when `control.stop` is set.
Result<WhatIfReport> runWhatIf(Store& store, const Workspace& workspace, const WhatIfInput& input,
                               const JobControl& control);

} // namespace headroom
