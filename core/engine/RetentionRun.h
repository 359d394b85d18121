#pragma once
// Retention passes (Store::rollUp, issue 6) as the engine and `headroom retention` run them:
// which workspaces are rolled up on their own, how the passes of one run add up, and a run to
// the end for the command line. Each pass is bounded (kRetentionHoursPerPass hours of raw
// snapshots) and is one transaction, so a failing pass leaves the stored data as it was.

#include "model/Records.h"
#include "model/RetentionSettings.h"
#include "store/Store.h"

#include <cstddef>

namespace headroom {

// Hours of raw snapshots one pass rolls up, so one engine loop turn stays short.
inline constexpr int kRetentionHoursPerPass = 6;

// Whether the engine rolls the workspace up on its own. Live and user workspaces are; the demo
// is not: its generated history is already one snapshot an hour (rolling it up would not save
// space, only turn the labelled reference data into hourly buckets and keep the engine busy for
// hundreds of passes after a new database is created). Asked for explicitly, it is rolled up.
bool retainsAutomatically(const Workspace& workspace);

// Adds a pass to the run's total: the counts add up; the mark and `more` are the pass's own.
void addPass(RollUpResult& total, const RollUpResult& pass);

// True when the pass wrote, deleted or dropped anything.
bool changedAnything(const RollUpResult& result);

// One workspace's retention run to the end: passes with the same `now` until none is left. The
// passes before a failing one stay done (each is a transaction), so calling again resumes.
struct RetentionRun {
    RollUpResult total;
    std::size_t passes = 0;
};
Result<RetentionRun> rollUpFully(Store& store, RowId workspaceId, const RetentionSettings& settings,
                                 Timestamp now);

} // namespace headroom
