// The governance parts of the console on a real Engine with the demo workspace: the resource
// monitor section on the Overview, the key metrics line on the Recommendations tab, "Tier
// readiness…" where ticking an item records it (and the dialog shows the stored state), and
// "Record outcome…" for an accepted recommendation, with predicted and actual impact side by
// side and an invalid cost refused before anything is sent.
#include "ChecklistDialog.h"
#include "EngineBridge.h"
#include "MainWindow.h"
#include "OutcomeDialog.h"
#include "RecommendationDetail.h"
#include "ResourceMonitorPanel.h"
#include "catalog/CatalogLoader.h"

#include <memory>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace headroom;
using namespace headroom::ui;

class TestGovernanceUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        EngineOptions options;
        options.databasePath = (m_dir.path() + QStringLiteral("/headroom.db")).toStdString();
        options.catalog = *catalog;
        options.clock = systemClock();
        options.pollInterval = std::chrono::hours{1};
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("demo");
        console.settingsPath = m_dir.path() + QStringLiteral("/console.ini");
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        QVERIFY(m_engine->start().has_value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentWorkspace(), QStringLiteral("demo"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->governance().has_value(), 15000);
    }

    void cleanupTestCase() {
        m_window.reset();
        m_engine.reset();
    }

    void resourceMonitorOnOverview() {
        auto* panel = m_window->resourceMonitorPanel();
        QVERIFY(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->table()->rowCount(), 6, 5000);
        for (int row = 0; row < 6; ++row) {
            QVERIFY(!panel->table()->item(row, 1)->text().isEmpty());
            QVERIFY(!panel->table()->item(row, 5)->text().isEmpty()); // trend
        }
        QVERIFY(panel->riskLabel()->text().contains(QStringLiteral("Visual job risk")));
        // Its figures are the engine's, not the widget's.
        const auto& rows = m_window->governance()->monitor.report.rows;
        QCOMPARE(rows.size(), std::size_t(6));
    }

    void keyMetricsLine() {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->keyMetricsLabel()->text().contains(QStringLiteral("Acceptance rate")), 5000);
        QVERIFY(m_window->keyMetricsLabel()->text().contains(QStringLiteral("accuracy")));
    }

    void tickingRecordsAnEvent() {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("tierReadinessAction"));
        QVERIFY(action);
        action->trigger();
        ChecklistDialog* dialog = m_window->checklistDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->tree()->topLevelItemCount() >= 3, 5000);
        QVERIFY(!dialog->readinessLabel()->text().isEmpty());
        // Find hard_launch's first item, unticked by default.
        QTreeWidgetItem* target = nullptr;
        for (int i = 0; i < dialog->tree()->topLevelItemCount() && !target; ++i) {
            auto* top = dialog->tree()->topLevelItem(i);
            if (top->text(0) == QStringLiteral("Hard Launch")) {
                target = top->child(0);
            }
        }
        QVERIFY(target);
        QCOMPARE(target->checkState(0), Qt::Unchecked);
        const QString title = target->text(0);
        QSignalSpy ticked(m_window->bridge(), &EngineBridge::checklistTicked);
        target->setCheckState(0, Qt::Checked);
        QTRY_COMPARE_WITH_TIMEOUT(ticked.count(), 1, 5000);
        // The dialog is refilled from the store: the item is ticked, by the founder.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (auto* item :
                     dialog->tree()->findItems(title, Qt::MatchExactly | Qt::MatchRecursive)) {
                    if (item->checkState(0) == Qt::Checked &&
                        item->text(2).contains(QStringLiteral("founder"))) {
                        return true;
                    }
                }
                return false;
            }(),
            5000);
        dialog->reject();
    }

    void recordOutcomeForAcceptedRecommendation() {
        // Accept one demo recommendation through the engine, as the Accept button would.
        RowId accepted = 0;
        for (const auto& r : currentRecommendations()) {
            if (r.state == RecommendationState::Open) {
                accepted = r.id;
                break;
            }
        }
        QVERIFY(accepted != 0);
        QSignalSpy decided(m_window->bridge(), &EngineBridge::decisionRecorded);
        DecisionRequest d;
        d.recommendationId = accepted;
        d.verdict = Verdict::Accept;
        m_engine->decide("demo", d);
        QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 5000);
        m_window->refreshView();
        QTRY_VERIFY_WITH_TIMEOUT(isAccepted(accepted), 5000);

        OutcomeDialog* dialog = m_window->openOutcomeDialog(accepted);
        QVERIFY(dialog);
        QVERIFY(dialog->predictedLabel()->text().contains(QStringLiteral("Predicted")));
        QVERIFY(dialog->actualLabel()->text().contains(QStringLiteral("No outcome recorded")));
        QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        dialog->actualEdit()->setText(QStringLiteral("lots"));
        QVERIFY(!ok->isEnabled());
        dialog->actualEdit()->setText(QStringLiteral("150"));
        QVERIFY(ok->isEnabled());
        QSignalSpy recorded(m_window->bridge(), &EngineBridge::outcomeRecorded);
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 5000);
        const auto record = recorded.at(0).at(2).value<OutcomeRecord>();
        QCOMPARE(record.recommendationId, accepted);
        QCOMPARE(record.status, OutcomeStatus::Implemented);
        QCOMPARE(record.actualMonthlyCost->value, MicroUsd::fromDollars(150).value);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->governance()->outcomes.metrics.implemented == 1, 5000);

        // The detail offers "Record outcome…" for the accepted one.
        auto* detail = m_window->findChild<RecommendationDetail*>();
        QVERIFY(detail);
        QVERIFY(detail->recordOutcomeButton());
    }

private:
    std::vector<StoredRecommendation> currentRecommendations() {
        QSignalSpy views(m_window->bridge(), &EngineBridge::workspaceViewReady);
        m_window->refreshView();
        if (!views.wait(5000)) {
            return {};
        }
        return views.last().at(1).value<WorkspaceView>().recommendations;
    }
    bool isAccepted(RowId id) {
        for (const auto& r : currentRecommendations()) {
            if (r.id == id) {
                return r.state == RecommendationState::Accepted;
            }
        }
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestGovernanceUi)
#include "tst_governance_ui.moc"
