// The console end to end on a real Engine with a temporary database and its demo workspace:
// the demo badge, the four tabs filled in, and an Accept decision that reaches the History tab.

#include "AiCapacityTab.h"
#include "DecisionDialog.h"
#include "EngineBridge.h"
#include "HistoryModel.h"
#include "HistoryTab.h"
#include "MainWindow.h"
#include "MetricChart.h"
#include "OverviewTab.h"
#include "RecommendationsModel.h"
#include "RecommendationsTab.h"
#include "catalog/CatalogLoader.h"
#include "support/CorePrinters.h"

#include <memory>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace headroom;
using namespace headroom::ui;

namespace {

// Fills and confirms the next modal DecisionDialog as soon as it is shown. exec() blocks the
// test, so this runs from timers inside the dialog's own event loop.
void answerNextDecisionDialog(const QString& reason, bool* answered) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, reason, answered] {
        auto* dialog = qobject_cast<DecisionDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))->setPlainText(reason);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        *answered = ok->isEnabled();
        ok->click();
    });
    poll->start();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        EngineOptions options;
        options.databasePath = (m_dir.path() + QStringLiteral("/headroom.db")).toStdString();
        options.catalog = *catalog;
        options.clock = systemClock();
        options.pollInterval = std::chrono::hours{1};
        options.createDemoWorkspace = true;
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("demo");
        console.settingsPath = m_dir.path() + QStringLiteral("/console.ini");
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        auto started = m_engine->start();
        QVERIFY2(started.has_value(), started ? "" : started.error().message.c_str());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() {
        if (const QString dir = qEnvironmentVariable("HEADROOM_UI_SCREENSHOTS");
            !dir.isEmpty() && m_window) {
            for (int i = 0; i < m_window->tabs()->count(); ++i) {
                m_window->tabs()->setCurrentIndex(i);
                QTest::qWait(50);
                m_window->grab().save(QStringLiteral("%1/tab%2.png").arg(dir).arg(i));
            }
            m_window->tabs()->setCurrentIndex(0);
            QTest::qWait(50);
            m_window->overviewTab()->chart()->grab().save(dir + QStringLiteral("/chart.png"));
        }
        m_window.reset(); // stops the engine before it goes
        m_engine.reset();
    }

    void showsDemoWorkspaceWithBadge() {
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentWorkspace(), QStringLiteral("demo"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isDemoShown(), 15000);
        auto* badge = m_window->findChild<QLabel*>(QStringLiteral("demoBadge"));
        QVERIFY(badge);
        QVERIFY(badge->text().contains(QStringLiteral("DEMO")));
        // The badge sits above the tabs, so every tab shows it.
        for (int i = 0; i < m_window->tabs()->count(); ++i) {
            m_window->tabs()->setCurrentIndex(i);
            QVERIFY2(badge->isVisible(), qPrintable(m_window->tabs()->tabText(i)));
        }
        m_window->tabs()->setCurrentIndex(0);
    }

    void fourTabsAreFilled() {
        QCOMPARE(m_window->tabs()->count(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->overviewTab()->isShowingEmptyState(), 15000);
        QVERIFY(!m_window->aiCapacityTab()->isShowingEmptyState());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->recommendationsTab()->model()->rowCount() > 0, 15000);
        QVERIFY(!m_window->recommendationsTab()->isShowingEmptyState());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->historyTab()->model()->rowCount() > 0, 15000);
        QVERIFY(!m_window->historyTab()->isShowingEmptyState());
    }

    void acceptingARecommendationShowsInHistory() {
        RecommendationsTab* tab = m_window->recommendationsTab();
        m_window->tabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 0, 15000);
        int row = -1;
        for (int r = 0; r < tab->model()->rowCount(); ++r) {
            if (tab->model()->recommendationAt(r)->state == RecommendationState::Open) {
                row = r;
                break;
            }
        }
        QVERIFY2(row >= 0, "the demo workspace has an open recommendation");
        const RowId id = tab->model()->recommendationAt(row)->id;
        QVERIFY(tab->selectRecommendation(id));

        auto* accept = tab->findChild<QPushButton*>(QStringLiteral("acceptButton"));
        QVERIFY(accept);
        QVERIFY(accept->isEnabled());
        bool answered = false;
        answerNextDecisionDialog(QStringLiteral("Cheap and reversible"), &answered);
        accept->click(); // returns once the dialog was confirmed
        QVERIFY(answered);

        HistoryModel* history = m_window->historyTab()->model();
        const auto decisionShown = [&] {
            for (int r = 0; r < history->rowCount(); ++r) {
                const Decision* d = history->decisionAt(r);
                if (d && d->recommendationId == id && d->verdict == Verdict::Accept &&
                    d->reason == "Cheap and reversible") {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(decisionShown(), 15000);
        // The recommendation left the open list and its buttons are gone with it.
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowOf(id), -1, 15000);
    }

    void rejectNeedsAReason() {
        DecisionDialog dialog(Verdict::Reject, QStringLiteral("Anything"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("no budget"));
        QVERIFY(ok->isEnabled());
        DecisionDialog defer(Verdict::Defer, QStringLiteral("Anything"));
        QCOMPARE(defer.revisitDate(), QDate::currentDate().addDays(7));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
