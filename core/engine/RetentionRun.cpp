#include "engine/RetentionRun.h"

namespace headroom {

bool retainsAutomatically(const Workspace& workspace) {
    return workspace.kind != WorkspaceKind::Demo;
}

void addPass(RollUpResult& total, const RollUpResult& pass) {
    total.buckets5m += pass.buckets5m;
    total.buckets1h += pass.buckets1h;
    total.rawDeleted += pass.rawDeleted;
    total.rawKept += pass.rawKept;
    total.fiveMinuteDropped += pass.fiveMinuteDropped;
    total.hourlyDropped += pass.hourlyDropped;
    total.rawBefore = pass.rawBefore;
    total.more = pass.more;
}

bool changedAnything(const RollUpResult& r) {
    return r.buckets5m + r.buckets1h + r.rawDeleted + r.fiveMinuteDropped + r.hourlyDropped > 0;
}

Result<RetentionRun> rollUpFully(Store& store, RowId workspaceId, const RetentionSettings& settings,
                                 Timestamp now) {
    RetentionRun run;
    const RollUpRequest request{workspaceId, now, settings, kRetentionHoursPerPass};
    do {
        auto pass = store.rollUp(request);
        if (!pass) {
            return std::unexpected(pass.error());
        }
        addPass(run.total, *pass);
        ++run.passes;
    } while (run.total.more);
    return run;
}

} // namespace headroom
