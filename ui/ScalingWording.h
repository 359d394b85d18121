#pragma once
// Words for scaling control (seed 001): triggers of health snapshots, cadences, auto-mode and
// mode labels. The rest (mode actions, reasons) is in Wording.

#include "model/ScalingConfig.h"

#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

class ScalingWording {
    Q_DECLARE_TR_FUNCTIONS(ScalingWording)

public:
    static QString triggerName(HealthSnapshotTrigger trigger);
    static QString cadenceName(HealthCadence cadence);
    static QString autoModeName(AutoMode mode);
    // "Pilot (6–15 clients)"; the id itself when the mode is not in the configuration.
    static QString modeLabel(const ScalingConfig& config, const std::string& modeId);
};

} // namespace headroom::ui
