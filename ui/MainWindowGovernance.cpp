// MainWindow: outcomes, resource monitor and tier readiness (governance stream). It wires the
// widgets to the engine's governance requests; the widgets compute nothing.
#include "ChecklistDialog.h"
#include "CoreMetaTypes.h"
#include "EngineBridge.h"
#include "GovernanceWording.h"
#include "MainWindow.h"
#include "OutcomeDialog.h"
#include "OverviewTab.h"
#include "RecommendationDetail.h"
#include "RecommendationsTab.h"
#include "RememberedGeometry.h"
#include "ResourceMonitorPanel.h"

#include <QAction>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QStatusBar>

namespace headroom::ui {

namespace {
constexpr qint64 kLiveRefreshMs = 60'000;
}

void MainWindow::setupGovernance() {
    m_resourceMonitor = new ResourceMonitorPanel(m_overview);
    m_overview->addSection(m_resourceMonitor);

    m_keyMetrics = new QLabel(m_recommendations);
    m_keyMetrics->setObjectName(QStringLiteral("keyMetricsLabel"));
    m_keyMetrics->setWordWrap(true);
    m_keyMetrics->setToolTip(
        tr("Seed 000's key metrics: acceptance rate = accepted of decided recommendations; "
           "accuracy = outcomes whose actual impact fell within the prediction, of those with an "
           "impact entered or measured"));
    if (QLayout* layout = m_recommendations->layout()) {
        layout->addWidget(m_keyMetrics);
    }

    auto* readiness = m_scalingMenu->addAction(tr("Tier readiness…"));
    readiness->setObjectName(QStringLiteral("tierReadinessAction"));
    readiness->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(readiness, &QAction::triggered, this, [this] { openTierReadiness(); });

    if (auto* detail = m_recommendations->findChild<RecommendationDetail*>()) {
        connect(detail, &RecommendationDetail::outcomeRequested, this,
                [this](qint64 id) { openOutcomeDialog(id); });
    }

    connect(m_bridge, &EngineBridge::workspaceViewReady, this,
            [this](quint64, const WorkspaceView& view) {
                if (QString::fromStdString(view.workspace.name) != m_currentName) {
                    return;
                }
                m_governanceRecommendations = view.recommendations;
                // Switching workspace or a manual refresh asks at once; live snapshots at most
                // once a minute (the trends read a week of metrics).
                const bool switched =
                    !m_governance || m_governance->workspace != view.workspace.name;
                if (switched || !m_governanceAsked.isValid() ||
                    m_governanceAsked.elapsed() > kLiveRefreshMs) {
                    refreshGovernance();
                }
            });
    connect(m_bridge, &EngineBridge::governanceReady, this,
            [this](quint64 id, const GovernanceView& view) {
                if (id != m_governanceRequest ||
                    QString::fromStdString(view.workspace) != m_currentName) {
                    return;
                }
                m_governance = view;
                m_resourceMonitor->showMonitor(view.monitor);
                m_keyMetrics->setText(GovernanceWording::keyMetricsLine(view.outcomes.metrics));
                if (m_checklistDialog) {
                    m_checklistDialog->showReadiness(view.readiness);
                }
            });
    connect(m_bridge, &EngineBridge::outcomeRecorded, this,
            [this](quint64 id, const QString&, const OutcomeRecord& record) {
                if (m_governanceChanges.erase(id) > 0) {
                    statusBar()->showMessage(
                        tr("Outcome recorded: %1")
                            .arg(GovernanceWording::outcomeStatusName(record.status)),
                        8000);
                }
                refreshGovernance();
                refreshHistory();
            });
    connect(m_bridge, &EngineBridge::checklistTicked, this,
            [this](quint64 id, const QString&, const ChecklistTick&) {
                m_governanceChanges.erase(id);
                refreshGovernance();
                refreshHistory();
            });
    connect(m_bridge, &EngineBridge::errorOccurred, this, [this](quint64 id, const Error&) {
        // showError reports it; the checklist shows the stored state again.
        if (m_governanceChanges.erase(id) > 0) {
            refreshGovernance();
        }
    });
}

void MainWindow::refreshGovernance() {
    if (m_currentName.isEmpty()) {
        return;
    }
    m_governanceAsked.start();
    m_governanceRequest = m_engine.requestGovernance(m_currentName.toStdString());
}

ChecklistDialog* MainWindow::openTierReadiness() {
    if (m_checklistDialog == nullptr) {
        m_checklistDialog = new ChecklistDialog(m_engine.catalog(), this);
        RememberedGeometry::attach(m_checklistDialog, m_settings, QStringLiteral("readiness"));
        connect(m_checklistDialog, &ChecklistDialog::tickRequested, this,
                [this](const QString& tier, const QString& item, bool checked) {
                    ChecklistTickRequest request;
                    request.tierId = tier.toStdString();
                    request.itemId = item.toStdString();
                    request.mark = checked ? ChecklistMark::Checked : ChecklistMark::Unchecked;
                    m_governanceChanges.insert(
                        m_engine.tickChecklist(m_currentName.toStdString(), request));
                });
    }
    if (m_governance) {
        m_checklistDialog->showReadiness(m_governance->readiness);
    }
    refreshGovernance();
    m_checklistDialog->open();
    return m_checklistDialog;
}

OutcomeDialog* MainWindow::openOutcomeDialog(RowId recommendationId) {
    const StoredRecommendation* rec = nullptr;
    for (const auto& r : m_governanceRecommendations) {
        if (r.id == recommendationId) {
            rec = &r;
        }
    }
    if (rec == nullptr) {
        statusBar()->showMessage(tr("That recommendation is not shown any more."), 5000);
        return nullptr;
    }
    std::optional<OutcomeAssessment> current;
    if (m_governance) {
        for (const auto& a : m_governance->outcomes.outcomes) {
            if (a.record.recommendationId == recommendationId) {
                current = a;
            }
        }
    }
    auto* dialog = new OutcomeDialog(m_engine.catalog(), *rec, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_governanceChanges.insert(
            m_engine.recordOutcome(m_currentName.toStdString(), dialog->request()));
    });
    dialog->open();
    return dialog;
}

} // namespace headroom::ui
