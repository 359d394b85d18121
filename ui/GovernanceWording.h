#pragma once
// The words and colours of the governance views: outcome statuses, monitor statuses, trend
// arrows, strain test status and the key metrics line ("Acceptance rate 67 % (2 of 3)").

#include "engine/GovernanceQuery.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

class GovernanceWording {
    Q_DECLARE_TR_FUNCTIONS(GovernanceWording)

public:
    static QString outcomeStatusName(OutcomeStatus status);
    static QString monitorStatusName(MonitorStatus status);
    static QColor monitorStatusColor(MonitorStatus status);
    static QString trendArrow(TrendDirection direction); // "↑ rising", "— unknown"...
    static QString strainText(const TierReadiness& readiness);
    static QString rateText(const RateCount& rate);
    static QString keyMetricsLine(const KeyMetrics& metrics);
    static QString verdictText(OutcomeVerdict verdict);
};

} // namespace headroom::ui
