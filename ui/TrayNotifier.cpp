#include "TrayNotifier.h"

#include "AlertsWording.h"

#include <QApplication>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

namespace headroom::ui {

TrayNotifier::TrayNotifier(QStatusBar* statusBar, Tray tray, QObject* parent)
    : QObject(parent)
    , m_statusBar(statusBar) {
    if (tray == Tray::Auto && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(qApp->windowIcon().isNull()
                                         ? qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                         : qApp->windowIcon(),
                                     this);
        m_tray->setToolTip(tr("Headroom"));
        m_tray->show();
    }
}

bool TrayNotifier::notify(const AlertNotification& n) {
    const bool routed = std::ranges::find(n.channels, AlertChannel::Tray) != n.channels.end();
    if (!routed) {
        return false;
    }
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(QString::fromStdString(n.ruleId))
                            .arg(static_cast<int>(n.phase))
                            .arg(static_cast<int>(n.severity))
                            .arg(n.at.time_since_epoch().count());
    if (m_seen.contains(key)) {
        return false;
    }
    m_seen.insert(key);
    const QString title = AlertsWording::notificationTitle(n);
    const QString text = AlertsWording::notificationText(n);
    m_lastMessage = title + QStringLiteral(" — ") + text;
    ++m_shown;
    if (m_tray != nullptr) {
        m_tray->showMessage(title, text,
                            n.severity == AlertSeverity::Critical && n.phase != AlertPhase::Resolved
                                ? QSystemTrayIcon::Critical
                                : QSystemTrayIcon::Warning);
    } else if (m_statusBar != nullptr) {
        m_statusBar->showMessage(m_lastMessage, 30000);
    }
    return true;
}

} // namespace headroom::ui
