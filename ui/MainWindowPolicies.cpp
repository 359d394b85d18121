// MainWindow: autoscaling policy templates (policies stream). "Scaling policies…" opens the
// dialog; a save writes policies.json to the user's catalog folder (where `headroom policies`
// and the next start read it) and records a PolicyChanged event through the engine, which uses
// the new policies for the live evaluation at once.
#include "EngineBridge.h"
#include "MainWindow.h"
#include "PolicyEditorDialog.h"
#include "catalog/CatalogLoader.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace headroom::ui {

void MainWindow::setupPolicies() {
    auto* action = scalingMenu()->addAction(tr("Scaling policies…"));
    action->setObjectName(QStringLiteral("scalingPoliciesAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(action, &QAction::triggered, this, &MainWindow::editPolicies);
    connect(m_bridge, &EngineBridge::policyChanged, this,
            [this](quint64, const QString& workspace, const QString& policy) {
                statusBar()->showMessage(
                    tr("Scaling policies saved; the change to %1 is in the history").arg(policy),
                    8000);
                if (workspace == m_currentName) {
                    refreshHistory();
                }
            });
}

void MainWindow::editPolicies() {
    Catalog catalog = m_engine.catalog();
    if (m_policies) {
        catalog.policies = *m_policies;
    }
    PolicyEditorDialog dialog(catalog, this);
    dialog.setObjectName(QStringLiteral("policyEditorDialog"));
    if (dialog.exec() != QDialog::Accepted || !dialog.problems().isEmpty() ||
        dialog.editedPolicies() == catalog.policies) {
        return;
    }
    catalog.policies = dialog.editedPolicies();
    if (!m_options.catalogDir.isEmpty()) {
        auto json = catalogFileToJson(catalog, "policies.json");
        QDir().mkpath(m_options.catalogDir);
        QSaveFile file(QDir(m_options.catalogDir).filePath(QStringLiteral("policies.json")));
        const bool saved = json && file.open(QIODevice::WriteOnly) &&
                           file.write(QByteArray::fromStdString(*json)) == qint64(json->size()) &&
                           file.commit();
        if (!saved) {
            QMessageBox::warning(this, tr("Scaling policies"),
                                 tr("The scaling policies could not be saved to %1; they apply "
                                    "until the console closes.")
                                     .arg(file.fileName()));
        }
    }
    m_policies = catalog.policies;
    Engine::PolicyChange change;
    change.settings = catalog.policies;
    change.policyId = dialog.lastPolicyId().toStdString();
    change.action = dialog.lastAction().toStdString();
    change.oldValue = dialog.initialActiveId().toStdString();
    change.newValue = catalog.policies.activeId;
    if (change.policyId.empty()) {
        change.policyId = catalog.policies.activeId;
    }
    if (!m_currentName.isEmpty()) {
        // Confirmed by policyChanged (or an error) once the event is stored.
        m_engine.recordPolicyChange(m_currentName.toStdString(), std::move(change));
        statusBar()->showMessage(tr("Recording the policy change…"));
    } else {
        statusBar()->showMessage(tr("Scaling policies saved"), 5000);
    }
}

} // namespace headroom::ui
