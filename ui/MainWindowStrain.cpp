// MainWindow: strain tests (issue 8). The Overview tab gets a "Strain tests…" section and the
// Scaling menu an entry; both open the Strain Tests view of the shown workspace, which talks to
// the engine itself (its requests are its own, matched by id). One view at a time: opening it for
// another workspace closes the previous one unless a run is going on there, which is raised
// instead so that a load is never left running out of sight.
#include "EngineBridge.h"
#include "MainWindow.h"
#include "OverviewTab.h"
#include "RememberedGeometry.h"
#include "Wording.h"
#include "strain/StrainTestsDialog.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>

namespace headroom::ui {

void MainWindow::setupStrain() {
    auto* section = new QGroupBox(tr("Strain tests"), m_overview);
    section->setObjectName(QStringLiteral("strainSection"));
    auto* row = new QHBoxLayout(section);
    auto* text = new QLabel(tr("Find out how much load your service takes before your users do: "
                               "run a scenario against it, watch throughput and response times, "
                               "and compare the result with a baseline."),
                            section);
    text->setWordWrap(true);
    auto* button = new QPushButton(tr("Strain tests…"), section);
    button->setObjectName(QStringLiteral("strainTestsButton"));
    button->setAccessibleName(tr("Open strain tests"));
    connect(button, &QPushButton::clicked, this, [this] { openStrainTests(); });
    row->addWidget(text, 1);
    row->addWidget(button, 0, Qt::AlignVCenter);
    m_overview->addSection(section);

    auto* action = m_scalingMenu->addAction(tr("S&train tests…"));
    action->setObjectName(QStringLiteral("strainTestsAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    action->setToolTip(tr("Run a load against your service and compare it with a baseline"));
    connect(action, &QAction::triggered, this, [this] { openStrainTests(); });
}

StrainTestsDialog* MainWindow::strainDialog() const {
    return m_strainDialog.data();
}

StrainTestsDialog* MainWindow::openStrainTests() {
    if (m_strainDialog &&
        (m_strainDialog->workspace() == m_currentName || m_strainDialog->isRunning())) {
        if (m_strainDialog->workspace() != m_currentName) {
            statusBar()->showMessage(
                tr("A strain test is running on %1; cancel it or let it finish first.")
                    .arg(m_strainDialog->workspace()),
                8000);
        }
        m_strainDialog->show();
        m_strainDialog->raise();
        m_strainDialog->activateWindow();
        return m_strainDialog;
    }
    if (m_currentName.isEmpty()) {
        statusBar()->showMessage(tr("No workspace is shown yet."), 5000);
        return nullptr;
    }
    if (m_strainDialog) {
        m_strainDialog->close();
        m_strainDialog->deleteLater();
        m_strainDialog = nullptr;
    }
    StrainDialogContext context;
    context.workspace = m_currentName;
    context.workspaceTitle = m_currentName;
    for (const Workspace& workspace : m_workspaces) {
        if (QString::fromStdString(workspace.name) == m_currentName && !workspace.title.empty()) {
            context.workspaceTitle = Wording::workspaceTitle(workspace);
        }
    }
    context.isDemo = isDemoShown();
    context.catalogDir = m_options.catalogDir;
    auto* dialog = new StrainTestsDialog(m_engine, *m_bridge, std::move(context), m_settings, this);
    RememberedGeometry::attach(dialog, m_settings, QStringLiteral("strainTests"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_strainDialog = dialog;
    dialog->show();
    return dialog;
}

} // namespace headroom::ui
