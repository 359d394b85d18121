// MainWindow: alerts, the tray and notification settings (alerts stream).
#include "AlertsPanel.h"
#include "EngineBridge.h"
#include "MainWindow.h"
#include "NotificationSettingsDialog.h"
#include "OverviewTab.h"
#include "TrayNotifier.h"

#include <QMenu>
#include <QStatusBar>

namespace headroom::ui {

void MainWindow::setupAlerts() {
    m_alertsPanel = new AlertsPanel(this);
    m_overview->addSection(m_alertsPanel);
    // Offscreen (tests) has no tray: the status bar carries the message.
    const bool offscreen = qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen");
    m_trayNotifier = new TrayNotifier(
        statusBar(), offscreen ? TrayNotifier::Tray::Off : TrayNotifier::Tray::Auto, this);
    connect(m_bridge, &EngineBridge::alertsReady, this, [this](quint64, const AlertsView& view) {
        if (QString::fromStdString(view.workspace) == liveWorkspace()) {
            m_alertsPanel->setView(view);
        }
    });
    connect(m_bridge, &EngineBridge::alertNotified, this,
            [this](const AlertNotification& n) { m_trayNotifier->notify(n); });
    connect(m_bridge, &EngineBridge::workspacesReady, this, [this] {
        if (!liveWorkspace().isEmpty()) {
            m_engine.requestAlerts(liveWorkspace().toStdString());
        }
    });
    auto* action = m_scalingMenu->addAction(tr("&Notifications…"));
    action->setObjectName(QStringLiteral("notificationsAction"));
    connect(action, &QAction::triggered, this, [this] { openNotificationSettings(); });
}

NotificationSettingsDialog* MainWindow::openNotificationSettings() {
    if (m_notificationSettings == nullptr) {
        m_notificationSettings = new NotificationSettingsDialog(
            m_engine, *m_bridge,
            liveWorkspace().isEmpty() ? QStringLiteral("local") : liveWorkspace(), this);
    }
    m_notificationSettings->refresh();
    m_notificationSettings->show();
    m_notificationSettings->raise();
    return m_notificationSettings;
}

} // namespace headroom::ui
