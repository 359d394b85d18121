// `headroom autoscale` over the stored snapshots (see PolicyRun.h).
#include "PolicyRun.h"

namespace headroom {

Result<PolicyRunReport> runPolicyOverStore(Store& store, const Workspace& workspace,
                                           const Catalog& catalog, const ScalingPolicy& policy,
                                           Timestamp now, const PolicyRunOptions& options) {
    PolicyRunReport report;
    report.policyId = policy.id;
    auto stored = store.snapshots(workspace.id, {now - options.window, now}, 1000000);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (stored->size() > options.maxSnapshots) {
        stored->erase(stored->begin(), stored->end() - std::ptrdiff_t(options.maxSnapshots));
    }
    report.snapshots = stored->size();
    AutoscaleState state{0, ScaleAction::None, {}};
    AutoscaleState before = state;
    for (const auto& s : *stored) {
        const Timestamp at = s.snapshot.takenAt();
        const Snapshot fresh = freshPart(s.snapshot, catalog.truth.staleAfter, at);
        before = state;
        report.decisions.push_back(
            decideScaling(policy, state, policyScore(policy, catalog.policies, fresh), at));
        state = report.decisions.back().next;
    }
    if (stored->empty()) {
        return report;
    }
    const auto& latest = stored->back();
    const Timestamp at = latest.snapshot.takenAt();
    const auto metrics = policyMetrics(catalog.policies, policy);
    auto series =
        store.series(workspace.id, metrics, {at - catalog.policies.triggers.lookback, at});
    if (!series) {
        return std::unexpected(series.error());
    }
    std::vector<MetricPoint> points;
    points.reserve(series->size());
    for (const auto& p : *series) {
        points.push_back({p.at, p.metric, p.value});
    }
    const Snapshot fresh = freshPart(latest.snapshot, catalog.truth.staleAfter, at);
    report.triggers = evaluatePolicyTriggers(catalog.policies.triggers, fresh, points, at);
    report.dataConfidence = latest.evaluation.quality.confidence;
    report.drafts = policyDrafts(catalog, catalog.policies, report.decisions.back(), before,
                                 report.triggers, report.dataConfidence);
    return report;
}

} // namespace headroom
