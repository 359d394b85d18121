#include "TrayNotifier.h"

#include "AlertsWording.h"
#include "ConsoleTheme.h"
#include "Wording.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace headroom::ui {

TrayNotifier::TrayNotifier(QStatusBar* statusBar, Tray tray, QObject* parent)
    : QObject(parent)
    , m_healthIcon(iconFor(Status::Unknown))
    , m_healthToolTip(tr("Headroom")) {
    if (statusBar != nullptr) {
        m_statusLabel = new QLabel(statusBar);
        m_statusLabel->setObjectName(QStringLiteral("alertStatusLabel"));
        m_statusLabel->setAccessibleName(tr("Latest alert"));
        m_statusLabel->setTextFormat(Qt::PlainText);
        m_statusLabel->hide();
        statusBar->addPermanentWidget(m_statusLabel);
    }
    if (tray == Tray::Auto) {
        setTrayEnabled(true);
    }
}

void TrayNotifier::setTrayEnabled(bool enabled) {
    if (enabled && m_tray == nullptr && QSystemTrayIcon::isSystemTrayAvailable()) {
        createTray();
    } else if (!enabled && m_tray != nullptr) {
        m_tray->hide();
        m_tray->deleteLater();
        m_tray = nullptr;
    }
}

void TrayNotifier::createTray() {
    m_tray = new QSystemTrayIcon(m_healthIcon, this);
    m_tray->setToolTip(m_healthToolTip);
    if (m_menu != nullptr) {
        m_tray->setContextMenu(m_menu);
    }
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick) {
            emit activated();
        }
    });
    m_tray->show();
}

void TrayNotifier::setMenu(QMenu* menu) {
    m_menu = menu;
    if (m_tray != nullptr) {
        m_tray->setContextMenu(menu);
    }
}

QIcon TrayNotifier::iconFor(Status status) {
    // The application's icon with a dot of the status colour, drawn at each size a tray asks
    // for so it stays sharp on high-DPI panels.
    const QIcon base(QStringLiteral(":/icons/headroom.svg"));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal dot = size * 0.46;
        const QRectF r(size - dot - 0.5, size - dot - 0.5, dot, dot);
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        painter.setBrush(Wording::statusColor(status));
        painter.drawEllipse(r);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString TrayNotifier::toolTipFor(const TrayHealth& h) {
    const QString workspace = h.demo ? tr("%1 [demo]").arg(h.workspace) : h.workspace;
    const QString score = h.overall ? tr("health %1 / 100").arg(Wording().number(*h.overall))
                                    : tr("health not measured");
    return tr("Headroom — %1\n%2, capacity: %3")
        .arg(workspace, score, Wording::statusName(h.status));
}

void TrayNotifier::showHealth(const TrayHealth& health) {
    m_healthIcon = iconFor(health.status);
    m_healthToolTip = toolTipFor(health);
    if (m_tray != nullptr) {
        m_tray->setIcon(m_healthIcon);
        m_tray->setToolTip(m_healthToolTip);
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
        // Without a tray, stays until the next alert change replaces it: an alert is not a passing
        // message.
        const bool alarming =
            n.phase != AlertPhase::Resolved &&
            (n.severity == AlertSeverity::Critical || n.severity == AlertSeverity::Warning);
        m_statusLabel->setText(m_lastMessage);
        m_statusLabel->setToolTip(m_lastMessage);
        if (alarming) {
            ConsoleTheme::setTone(m_statusLabel, Tone::Error, QStringLiteral("font-weight: bold;"));
        } else {
            ConsoleTheme::clearTone(m_statusLabel);
        }
        m_statusLabel->show();
    }
    return true;
}

} // namespace headroom::ui
