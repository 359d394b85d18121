#pragma once
// One strain run end to end, as the console's engine and `headroom strain` both do it: run the
// plan (net/LoadGenerator), take the target's peak memory from the workspace's own snapshots of
// the run's window (the criterion applies only where a memory source is mapped), judge it by the
// catalog's criteria, compare it with the scenario's stored baseline, and store it with its
// history event. A cancelled run is stored too (marked so), so the history shows what was sent;
// it is never judged passing and cannot become a baseline.

#include "model/StrainRun.h"
#include "net/LoadGenerator.h"
#include "store/Store.h"
#include "strain/StrainVerdict.h"

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace headroom {

struct StrainJobRequest {
    std::string workspace; // where the run is stored; its snapshots give the memory figure
    std::string scenarioName;
    StrainPlan plan;
    LoadOptions options;
    StrainSettings settings; // criteria and regression tolerance in force
    bool store = true;       // false: measure and judge only (a dry run from the command line)
};

struct StrainJobOutcome {
    StrainRunRecord record; // id 0 when not stored
    StrainJudgement judgement;
    std::optional<StrainRunRecord> baseline;      // the scenario's baseline before this run
    std::optional<BaselineComparison> comparison; // against it
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
    StrainSettings settings;           // the catalog's scenarios, criteria, suites, limits
    std::vector<StrainRunRecord> runs; // newest first, at most kStrainViewRuns
};
inline constexpr int kStrainViewRuns = 200;

// The verdict key stored with a run: "passed", "failed", "not_judged" (a cancelled run is
// not judged whatever its figures).
std::string verdictKey(const StrainJudgement& judgement, LoadStop stop);

// What follows the load: the memory figure, the judgement, the comparison with the scenario's
// baseline, and the stored record (when request.store). The engine runs the load on a job thread
// and this on its own thread, with its own connection.
Result<StrainJobOutcome> completeStrainRun(Store& store, const StrainJobRequest& request,
                                           StrainRunResult result);

// runLoad, then completeStrainRun. Errors: the plan refused by the generator (InvalidArgument),
// the workspace unknown (NotFound), storage failures. The load itself failing (every request
// refused) is a result, not an error.
Result<StrainJobOutcome> runStrainJob(Store& store, const StrainJobRequest& request,
                                      std::stop_token stop, const Clock& clock,
                                      const LoadProgressCallback& progress = {});

} // namespace headroom
