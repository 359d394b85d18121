#include "AlertsWording.h"

#include <QDateTime>
#include <QLocale>

namespace headroom::ui {

QString AlertsWording::severity(AlertSeverity s) {
    switch (s) {
    case AlertSeverity::Info:
        return tr("Info");
    case AlertSeverity::Warning:
        return tr("Warning");
    case AlertSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

QString AlertsWording::phase(AlertPhase p) {
    switch (p) {
    case AlertPhase::Normal:
        return tr("Normal");
    case AlertPhase::Pending:
        return tr("Pending");
    case AlertPhase::Firing:
        return tr("Firing");
    case AlertPhase::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString AlertsWording::kind(NotificationKind k) {
    switch (k) {
    case NotificationKind::Email:
        return tr("E-mail (SMTP)");
    case NotificationKind::Slack:
        return tr("Webhook (Slack-compatible)");
    case NotificationKind::Json:
        return tr("Webhook (JSON)");
    }
    return {};
}

QString AlertsWording::purpose(NotificationPurpose p) {
    switch (p) {
    case NotificationPurpose::Alerts:
        return tr("Alerts");
    case NotificationPurpose::Decisions:
        return tr("Accepted decisions");
    }
    return {};
}

QString AlertsWording::deliveryState(DeliveryState s) {
    switch (s) {
    case DeliveryState::Pending:
        return tr("Pending");
    case DeliveryState::Sent:
        return tr("Sent");
    case DeliveryState::Failed:
        return tr("Failed");
    }
    return {};
}

QString AlertsWording::value(const std::optional<double>& v) {
    if (!v) {
        return tr("missing");
    }
    return QLocale().toString(*v, 'g', 4);
}

QString AlertsWording::valueAgainstThreshold(const AlertState& s) {
    QString text = s.threshold ? tr("%1 (threshold %2)").arg(value(s.value), value(s.threshold))
                               : value(s.value);
    if (s.dataMissing) {
        text += QLatin1Char(' ') + tr("— no data at the last check");
    }
    return text;
}

QString AlertsWording::notificationTitle(const AlertNotification& n) {
    const QString name = QString::fromStdString(n.name);
    const QString demo = n.demo ? tr("[Demo] ") : QString();
    if (n.phase == AlertPhase::Resolved) {
        return demo + tr("%1 resolved").arg(name);
    }
    return demo + tr("%1: %2").arg(severity(n.severity), name);
}

QString AlertsWording::notificationText(const AlertNotification& n) {
    if (n.phase == AlertPhase::Resolved) {
        return tr("Back within its threshold: %1").arg(value(n.value));
    }
    return tr("%1 (threshold %2), workspace %3")
        .arg(value(n.value), value(n.threshold), QString::fromStdString(n.workspace));
}

QString AlertsWording::time(Timestamp at) {
    const auto seconds = at.time_since_epoch().count();
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace headroom::ui
