#include "HealthSnapshotBuild.h"

#include "Evaluator.h"
#include "ScalingConfigCheck.h"

namespace headroom {

namespace {
constexpr std::chrono::seconds kDaily{86400};
} // namespace

Evaluation evaluateForScaling(const Catalog& catalog, const ScalingConfig& config,
                              const StoredSnapshot* latest, Timestamp now) {
    const Catalog effective = applyScalingConfig(catalog, config);
    const Snapshot empty(now);
    return evaluate(latest ? latest->snapshot : empty, effective, {now, config.modeId});
}

HealthSnapshotRecord buildHealthSnapshot(const Catalog& catalog, const HealthSnapshotInput& in) {
    const Evaluation ev = evaluateForScaling(catalog, in.config, in.latest, in.now);
    HealthSnapshotRecord r;
    r.workspaceId = in.workspaceId;
    r.takenAt = in.now;
    r.trigger = in.trigger;
    r.slot = in.slot;
    if (in.latest) {
        r.sourceSnapshotId = in.latest->id;
        r.sourceTakenAt = in.latest->snapshot.takenAt();
    }
    r.environment = in.config.environment;
    r.configuredModeId = in.config.modeId;
    r.autoMode = in.config.autoMode;
    r.frozen = in.config.freeze.has_value();
    r.activeClients = ev.clients.activeClients;
    r.tierId = ev.capacity.tierId;
    r.health = ev.health;
    r.mode = ev.mode;
    r.quality = ev.quality;
    return r;
}

std::chrono::seconds healthCadenceSeconds(const Catalog& catalog, const ScalingConfig& config,
                                          std::string_view tierId) {
    if (config.cadence == HealthCadence::Daily) {
        return kDaily;
    }
    const Tier* tier = catalog.findTier(tierId);
    if (!tier && !catalog.tiers.empty()) {
        tier = &catalog.tiers.front();
    }
    return tier && tier->evaluationCadence.count() > 0 ? tier->evaluationCadence : kDaily;
}

} // namespace headroom
