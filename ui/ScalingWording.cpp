#include "ScalingWording.h"

#include <algorithm>

namespace headroom::ui {

QString ScalingWording::triggerName(HealthSnapshotTrigger trigger) {
    switch (trigger) {
    case HealthSnapshotTrigger::Manual:
        return tr("taken on demand");
    case HealthSnapshotTrigger::Scheduled:
        return tr("scheduled");
    case HealthSnapshotTrigger::CatchUp:
        return tr("catch-up after downtime");
    }
    return {};
}

QString ScalingWording::cadenceName(HealthCadence cadence) {
    switch (cadence) {
    case HealthCadence::Daily:
        return tr("Daily");
    case HealthCadence::TierCadence:
        return tr("The current tier's cadence");
    }
    return {};
}

QString ScalingWording::autoModeName(AutoMode mode) {
    return mode == AutoMode::On ? tr("On (recommends only)") : tr("Off");
}

QString ScalingWording::modeLabel(const ScalingConfig& config, const std::string& modeId) {
    auto it = std::ranges::find(config.modes, modeId, &Mode::id);
    if (it == config.modes.end()) {
        return QString::fromStdString(modeId);
    }
    return tr("%1 (%2–%3 clients)")
        .arg(QString::fromStdString(it->name))
        .arg(it->minClients)
        .arg(it->maxClients);
}

} // namespace headroom::ui
