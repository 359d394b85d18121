// MainWindow: preferences, the first-run screen and the tray's health (preferences stream).
#include "ConsoleLanguage.h"
#include "ConsoleTheme.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "RememberedGeometry.h"
#include "ShortcutsDialog.h"
#include "TrayNotifier.h"
#include "WelcomeDialog.h"
#include "Wording.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace headroom::ui {

void MainWindow::setupPreferences() {
    m_preferences = ConsolePreferences::load(m_settings);
    m_theme = m_options.theme != nullptr ? m_options.theme : new ConsoleTheme(this);

    // Edit sits between File and Scaling, where desktops put Preferences.
    m_editMenu = new QMenu(tr("&Edit"), this);
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    menuBar()->insertMenu(m_scalingMenu->menuAction(), m_editMenu);
    auto* preferences = m_editMenu->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcutContext(Qt::WindowShortcut);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] { openPreferences(); });
    addAction(preferences);

    auto* welcome = new QAction(tr("&Welcome…"), this);
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    connect(welcome, &QAction::triggered, this, [this] { openWelcome(); });
    m_helpMenu->insertAction(m_helpMenu->actions().value(0), welcome);
    auto* shortcuts = new QAction(tr("&Keyboard shortcuts…"), this);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    shortcuts->setShortcutContext(Qt::WindowShortcut);
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto* dialog = new ShortcutsDialog(ShortcutsDialog::collect(this), this);
        RememberedGeometry::attach(dialog, m_settings, QStringLiteral("shortcuts"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_helpMenu->insertAction(welcome, shortcuts);

    // The tray's menu: bring the window back, poll, quit.
    m_trayMenu = new QMenu(this);
    m_trayMenu->setObjectName(QStringLiteral("trayMenu"));
    m_trayMenu->addAction(tr("&Show Headroom"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_trayMenu->addAction(findChild<QAction*>(QStringLiteral("refreshAction")));
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(findChild<QAction*>(QStringLiteral("quitAction")));
    m_trayNotifier->setMenu(m_trayMenu);
    connect(m_trayNotifier, &TrayNotifier::activated, this, [this] {
        if (isMinimized() || !isVisible()) {
            showNormal();
        }
        raise();
        activateWindow();
    });
    m_trayNotifier->setTrayEnabled(m_preferences.trayIcon &&
                                   qEnvironmentVariable("QT_QPA_PLATFORM") !=
                                       QLatin1String("offscreen"));

    if (m_options.firstRunScreen && m_preferences.showWelcomeAtStart()) {
        // After the first workspace list, so the dialog's buttons can switch workspaces.
        QTimer::singleShot(0, this, [this] { openWelcome(); });
    }
}

PreferencesDialog* MainWindow::openPreferences() {
    const QString running = ConsoleLanguage::codeOf(QLocale());
    auto* dialog = new PreferencesDialog(m_preferences, running, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool restart = dialog->languageNeedsRestart();
        applyPreferences(dialog->preferences());
        if (!restart) {
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Question, tr("Restart Headroom?"),
                                    tr("The new language is used after a restart. Restart "
                                       "Headroom now?"),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("restartBox"));
        box->addButton(tr("&Restart now"), QMessageBox::AcceptRole);
        box->addButton(tr("&Later"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::accepted, this, [this] {
            emit restartRequested();
            close();
        });
        box->open();
    });
    dialog->open();
    return dialog;
}

void MainWindow::applyPreferences(const ConsolePreferences& preferences) {
    const bool themeChanged = preferences.theme != m_preferences.theme;
    m_preferences = preferences;
    m_preferences.save(m_settings);
    if (themeChanged) {
        m_theme->apply(preferences.theme);
    }
    m_trayNotifier->setTrayEnabled(preferences.trayIcon &&
                                   qEnvironmentVariable("QT_QPA_PLATFORM") !=
                                       QLatin1String("offscreen"));
    statusBar()->showMessage(tr("Preferences saved"), 4000);
}

WelcomeDialog* MainWindow::openWelcome() {
    auto* dialog = new WelcomeDialog(m_preferences.welcomeAtStart, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        m_preferences.welcomeSeen = true;
        m_preferences.welcomeAtStart = dialog->showAtStart();
        m_preferences.save(m_settings);
        switch (dialog->choice()) {
        case WelcomeDialog::Choice::ExploreDemo:
            for (const Workspace& w : m_workspaces) {
                if (w.kind == WorkspaceKind::Demo) {
                    selectWorkspace(QString::fromStdString(w.name));
                }
            }
            break;
        case WelcomeDialog::Choice::ShowLocal:
            if (!liveWorkspace().isEmpty()) {
                selectWorkspace(liveWorkspace());
            }
            break;
        case WelcomeDialog::Choice::AddSource:
            // After this dialog is gone: Sources is window-modal too.
            QTimer::singleShot(0, this, &MainWindow::openSourcesDialog);
            break;
        case WelcomeDialog::Choice::None:
            break;
        }
    });
    dialog->open();
    return dialog;
}

void MainWindow::showTrayHealth(const WorkspaceView& view) {
    TrayHealth health;
    health.workspace = Wording::workspaceTitle(view.workspace);
    health.demo = view.workspace.kind == WorkspaceKind::Demo;
    if (view.latest) {
        health.status = view.latest->evaluation.capacity.overall;
        health.overall = view.latest->evaluation.health.overall;
    }
    m_trayNotifier->showHealth(health);
}

} // namespace headroom::ui
