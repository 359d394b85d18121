#include "TrayNotifier.h"

#include "AlertsWording.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

namespace headroom::ui {

TrayNotifier::TrayNotifier(QStatusBar* statusBar, Tray tray, QObject* parent)
    : QObject(parent) {
    if (tray == Tray::Auto && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(qApp->windowIcon().isNull()
                                         ? qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                         : qApp->windowIcon(),
                                     this);
        m_tray->setToolTip(tr("Headroom"));
        m_tray->show();
    } else if (statusBar != nullptr) {
        m_statusLabel = new QLabel(statusBar);
        m_statusLabel->setObjectName(QStringLiteral("alertStatusLabel"));
        m_statusLabel->setAccessibleName(tr("Latest alert"));
        m_statusLabel->setTextFormat(Qt::PlainText);
        m_statusLabel->hide();
        statusBar->addPermanentWidget(m_statusLabel);
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
    } else if (m_statusLabel != nullptr) {
        // Stays until the next alert change replaces it: an alert is not a passing message.
        const bool alarming =
            n.phase != AlertPhase::Resolved &&
            (n.severity == AlertSeverity::Critical || n.severity == AlertSeverity::Warning);
        m_statusLabel->setText(m_lastMessage);
        m_statusLabel->setToolTip(m_lastMessage);
        m_statusLabel->setStyleSheet(alarming ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                              : QString());
        m_statusLabel->show();
    }
    return true;
}

} // namespace headroom::ui
