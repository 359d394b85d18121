// MainWindow's part that drives the AI Capacity tab's cost report: requesting it for the chosen
// period, the budgets and rates dialog, and importing a billing export. Kept apart from
// MainWindow.cpp, which assembles the window.
#include "AiCapacityTab.h"
#include "CostSettingsDialog.h"
#include "EngineBridge.h"
#include "MainWindow.h"
#include "OverviewTab.h"
#include "catalog/CatalogLoader.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace headroom::ui {

void MainWindow::connectCosts() {
    connect(m_bridge, &EngineBridge::costReportReady, this,
            [this](quint64 id, const CostReport& report) {
                if (id == m_costRequest &&
                    QString::fromStdString(report.workspace) == m_currentName) {
                    m_ai->setReport(report);
                    m_overview->setLimitForecasts(report.limits);
                }
            });
    connect(m_bridge, &EngineBridge::ledgerImported, this,
            [this](quint64 id, const LedgerImportSummary& summary) {
                if (m_importRequests.erase(id) == 0) {
                    return;
                }
                endBusy(id);
                statusBar()->showMessage(tr("Imported %1 usage and %2 service cost rows from %3")
                                             .arg(summary.usageRows)
                                             .arg(summary.serviceRows)
                                             .arg(QString::fromStdString(summary.origin)),
                                         8000);
                refreshCosts();
            });
    connect(m_ai, &AiCapacityTab::periodChanged, this, &MainWindow::refreshCosts);
    connect(m_ai, &AiCapacityTab::editCostSettingsRequested, this, &MainWindow::editCostSettings);
    connect(m_ai, &AiCapacityTab::importLedgerRequested, this, &MainWindow::importLedger);
}

void MainWindow::setupCostActions() {
    // The AI Capacity tab's two buttons, also in the menus with their shortcuts.
    auto* import = new QAction(tr("&Import billing export…"), this);
    import->setObjectName(QStringLiteral("importLedgerAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, &MainWindow::importLedger);
    m_fileMenu->insertAction(findChild<QAction*>(QStringLiteral("quitAction")), import);
    m_fileMenu->insertSeparator(findChild<QAction*>(QStringLiteral("quitAction")));
    auto* budgets = m_scalingMenu->addAction(tr("&Budgets and rates…"));
    budgets->setObjectName(QStringLiteral("costSettingsAction"));
    budgets->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(budgets, &QAction::triggered, this, &MainWindow::editCostSettings);
}

void MainWindow::refreshCosts() {
    if (m_currentName.isEmpty()) {
        return;
    }
    // Days are UTC in the core, as `headroom costs` counts them, so both show the same figures.
    const Day today = dayOf(Wording::fromDateTime(QDateTime::currentDateTimeUtc()));
    m_costsRequested.start();
    m_costRequest =
        m_engine.requestCosts(m_currentName.toStdString(), m_ai->period(today), m_costSettings);
}

void MainWindow::refreshCostsIfOld() {
    // The report reads the whole ledger and the snapshots' daily history; a live snapshot every
    // few seconds changes it little (the infrastructure line, today's maxima), so it is asked
    // for again at most every few minutes rather than on every poll. Imports, edits, the period
    // and F5 ask at once.
    constexpr qint64 kMinimumAgeMs = 5 * 60 * 1000;
    if (!m_costsRequested.isValid() || m_costsRequested.elapsed() >= kMinimumAgeMs) {
        refreshCosts();
    }
}

void MainWindow::editCostSettings() {
    Catalog catalog = m_engine.catalog();
    catalog.costs = m_costSettings;
    CostSettingsDialog dialog(catalog, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.problems().isEmpty()) {
        return;
    }
    const Catalog edited = dialog.editedCatalog();
    if (!m_options.catalogDir.isEmpty()) {
        auto json = catalogFileToJson(edited, "costs.json");
        QDir().mkpath(m_options.catalogDir);
        QSaveFile file(QDir(m_options.catalogDir).filePath(QStringLiteral("costs.json")));
        const bool saved = json && file.open(QIODevice::WriteOnly) &&
                           file.write(QByteArray::fromStdString(*json)) == qint64(json->size()) &&
                           file.commit();
        if (!saved) {
            QMessageBox::warning(this, tr("Budgets and rates"),
                                 tr("The budgets and rates could not be saved to %1; they apply "
                                    "until the console closes.")
                                     .arg(file.fileName()));
        }
    }
    m_costSettings = edited.costs;
    statusBar()->showMessage(tr("Budgets and rates updated"), 5000);
    refreshCosts();
}

void MainWindow::importLedger() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a billing export"), QDir::homePath(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty() || m_currentName.isEmpty()) {
        return;
    }
    const RequestId id = m_engine.importLedger(m_currentName.toStdString(), path.toStdString());
    m_importRequests.insert(id);
    beginBusy(id, tr("Importing %1").arg(QDir::toNativeSeparators(path)));
    statusBar()->showMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
}

} // namespace headroom::ui
