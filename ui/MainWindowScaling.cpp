// MainWindow: scaling mode control and health snapshots (scaling stream): the Overview's
// "Scaling control" section, the Scaling menu's actions and their dialogs. Every change goes to
// the engine as one request and comes back as an event in the History.
#include "EngineBridge.h"
#include "MainWindow.h"
#include "OverviewTab.h"
#include "ScalingChangeDialogs.h"
#include "ScalingConfigDialog.h"
#include "ScalingPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace headroom::ui {

void MainWindow::setupScalingControl() {
    m_scalingPanel = new ScalingPanel(this);
    m_overview->addSection(m_scalingPanel);

    // The view of the shown workspace follows every refresh of that workspace.
    connect(m_bridge, &EngineBridge::workspaceViewReady, this,
            [this](quint64, const WorkspaceView& view) {
                if (QString::fromStdString(view.workspace.name) == m_currentName) {
                    refreshScaling();
                }
            });
    connect(m_bridge, &EngineBridge::scalingViewReady, this,
            [this](quint64 id, const ScalingView& view) {
                if (id == m_scalingRequest &&
                    QString::fromStdString(view.workspace.name) == m_currentName) {
                    m_liveScaling = view;
                    if (!m_replayAt) { // a replayed moment shows its own configuration
                        m_scalingPanel->setView(view, systemClock()());
                    }
                }
            });
    connect(m_bridge, &EngineBridge::scalingChanged, this,
            [this](quint64 id, const QString& workspace, const ScalingChangeResult&) {
                if (m_scalingChanges.erase(id) > 0) {
                    statusBar()->showMessage(tr("Scaling change recorded in the history"), 5000);
                }
                if (workspace == m_currentName) {
                    refreshScaling();
                    refreshHistory();
                }
            });
    connect(m_bridge, &EngineBridge::healthSnapshotTaken, this,
            [this](quint64 id, const QString& workspace, const HealthSnapshotRecord&) {
                if (m_healthRequests.erase(id) > 0) {
                    statusBar()->showMessage(tr("Health snapshot taken"), 5000);
                }
                if (workspace == m_currentName) {
                    refreshScaling();
                    refreshHistory();
                }
            });
    connect(m_bridge, &EngineBridge::errorOccurred, this, [this](quint64 id, const Error& error) {
        const bool change = m_scalingChanges.erase(id) > 0;
        const bool snapshot = m_healthRequests.erase(id) > 0;
        if (!change && !snapshot) {
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Warning,
                                    change ? tr("Scaling change not recorded")
                                           : tr("Health snapshot not taken"),
                                    QString::fromStdString(error.message), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("scalingErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        refreshScaling(); // e.g. the auto-mode box back to the stored state
    });

    connect(m_scalingPanel, &ScalingPanel::takeSnapshotRequested, this, [this] {
        if (!m_currentName.isEmpty()) {
            m_healthRequests.insert(m_engine.takeHealthSnapshot(m_currentName.toStdString()));
        }
    });
    connect(m_scalingPanel, &ScalingPanel::setModeRequested, this, &MainWindow::openSetModeDialog);
    connect(m_scalingPanel, &ScalingPanel::freezeRequested, this,
            [this] { openFreezeDialog(ScalingChangeKind::Freeze); });
    connect(m_scalingPanel, &ScalingPanel::unfreezeRequested, this,
            [this] { openFreezeDialog(ScalingChangeKind::Unfreeze); });
    connect(m_scalingPanel, &ScalingPanel::settingsRequested, this,
            [this] { openScalingSettings(); });
    connect(m_scalingPanel, &ScalingPanel::autoModeRequested, this, [this](AutoMode mode) {
        ScalingChangeRequest r;
        r.kind = ScalingChangeKind::SetAutoMode;
        r.autoMode = mode;
        sendScalingChange(std::move(r));
    });

    auto* setMode = m_scalingMenu->addAction(tr("Set &mode…"));
    setMode->setObjectName(QStringLiteral("setModeAction"));
    setMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(setMode, &QAction::triggered, this, &MainWindow::openSetModeDialog);
    auto* freeze = m_scalingMenu->addAction(tr("&Freeze or unfreeze onboarding…"));
    freeze->setObjectName(QStringLiteral("freezeAction"));
    freeze->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(freeze, &QAction::triggered, this, [this] {
        const auto& view = m_scalingPanel->view();
        openFreezeDialog(view && view->config.freeze ? ScalingChangeKind::Unfreeze
                                                     : ScalingChangeKind::Freeze);
    });
    auto* snapshot = m_scalingMenu->addAction(tr("Take &health snapshot now"));
    snapshot->setObjectName(QStringLiteral("healthSnapshotAction"));
    snapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(snapshot, &QAction::triggered, m_scalingPanel, &ScalingPanel::takeSnapshotRequested);
    auto* settings = m_scalingMenu->addAction(tr("Scaling &settings…"));
    settings->setObjectName(QStringLiteral("scalingSettingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(settings, &QAction::triggered, this, [this] { openScalingSettings(); });
    m_scalingMenu->addSeparator();
}

void MainWindow::refreshScaling() {
    if (!m_currentName.isEmpty()) {
        m_scalingRequest = m_engine.requestScaling(m_currentName.toStdString());
    }
}

void MainWindow::sendScalingChange(ScalingChangeRequest request) {
    if (m_currentName.isEmpty()) {
        return;
    }
    m_scalingChanges.insert(
        m_engine.changeScaling(m_currentName.toStdString(), std::move(request)));
    statusBar()->showMessage(tr("Recording the scaling change…"));
}

void MainWindow::openSetModeDialog() {
    const auto& view = m_scalingPanel->view();
    if (!view) {
        return;
    }
    auto* dialog = new SetModeDialog(*view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ScalingChangeRequest r;
        r.kind = ScalingChangeKind::SetMode;
        r.modeId = dialog->modeId();
        r.reason = dialog->reason();
        sendScalingChange(std::move(r));
    });
    dialog->open();
}

void MainWindow::openFreezeDialog(ScalingChangeKind kind) {
    const bool freeze = kind == ScalingChangeKind::Freeze;
    auto* dialog = new ScalingReasonDialog(
        freeze ? tr("Freeze onboarding") : tr("Unfreeze onboarding"),
        freeze ? tr("Stop onboarding new clients in this environment until you unfreeze it. "
                    "Nothing else changes; the reason is kept in the history.")
               : tr("Reopen onboarding. Optionally say why; it is kept in the history."),
        freeze ? ScalingReasonDialog::Reason::Required : ScalingReasonDialog::Reason::Optional,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind] {
        ScalingChangeRequest r;
        r.kind = kind;
        r.reason = dialog->reason();
        sendScalingChange(std::move(r));
    });
    dialog->open();
}

ScalingConfigDialog* MainWindow::openScalingSettings() {
    const auto& view = m_scalingPanel->view();
    if (!view) {
        return nullptr;
    }
    if (m_scalingSettings != nullptr) {
        m_scalingSettings->close();
    }
    m_scalingSettings =
        new ScalingConfigDialog(view->config, view->workspace.kind == WorkspaceKind::Demo, this);
    m_scalingSettings->setAttribute(Qt::WA_DeleteOnClose);
    auto* dialog = m_scalingSettings;
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_scalingSettings == dialog) {
            m_scalingSettings = nullptr;
        }
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ScalingChangeRequest r;
        r.kind = ScalingChangeKind::UpdateConfig;
        r.config = dialog->config();
        r.reason = dialog->reason();
        sendScalingChange(std::move(r));
    });
    dialog->open();
    return dialog;
}

} // namespace headroom::ui
