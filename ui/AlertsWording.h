#pragma once
// AlertsWording: words for the alert codes (severity, state, channel kind and purpose, delivery
// state) and an alert's one-line description, all tr(); the core only gives codes and numbers.

#include "model/AlertState.h"

#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

class AlertsWording {
    Q_DECLARE_TR_FUNCTIONS(AlertsWording)

public:
    static QString severity(AlertSeverity severity);
    static QString phase(AlertPhase phase);
    static QString kind(NotificationKind kind);
    static QString purpose(NotificationPurpose purpose);
    static QString deliveryState(DeliveryState state);
    static QString value(const std::optional<double>& value);
    // "250 (threshold 200)", "value missing at the last check"
    static QString valueAgainstThreshold(const AlertState& state);
    // "Queue depth is critical: 250 (threshold 200)" / "Queue depth resolved"
    static QString notificationTitle(const AlertNotification& notification);
    static QString notificationText(const AlertNotification& notification);
    static QString time(Timestamp at);
};

} // namespace headroom::ui
