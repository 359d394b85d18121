// MainWindow: alerts, the tray and notification settings (alerts stream).
#include "AlertsPanel.h"
#include "ChannelSecrets.h"
#include "EngineBridge.h"
#include "MainWindow.h"
#include "NotificationSettingsDialog.h"
#include "OverviewTab.h"
#include "RememberedGeometry.h"
#include "SourceSecrets.h"
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
    m_channelSecrets = new ChannelSecrets(m_engine, m_sourceSecrets->store(), this);
    connect(m_channelSecrets, &ChannelSecrets::secretStored, this,
            [this](const QString& name, SecretOutcome::Status status, const QString& why) {
                if (status != SecretOutcome::Status::Ok) {
                    statusBar()->showMessage(
                        tr("No keychain stored the secret of channel %1 (%2): it is kept for "
                           "this session only.")
                            .arg(name, why),
                        15000);
                }
            });
    connect(m_bridge, &EngineBridge::alertsReady, this, [this](quint64, const AlertsView& view) {
        // Channels are global: their stored secrets reach the engine before any alert is sent.
        m_channelSecrets->provideStored(view.channels);
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
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(action, &QAction::triggered, this, [this] { openNotificationSettings(); });
}

NotificationSettingsDialog* MainWindow::openNotificationSettings() {
    if (m_notificationSettings == nullptr) {
        m_notificationSettings = new NotificationSettingsDialog(
            m_engine, *m_bridge, *m_channelSecrets,
            liveWorkspace().isEmpty() ? QStringLiteral("local") : liveWorkspace(), this);
        RememberedGeometry::attach(m_notificationSettings, m_settings,
                                   QStringLiteral("notifications"));
    }
    m_notificationSettings->refresh();
    m_notificationSettings->show();
    m_notificationSettings->raise();
    return m_notificationSettings;
}

} // namespace headroom::ui
