// The console end to end on a real Engine with a temporary database and its demo workspace:
// the demo badge, the four tabs filled in, the keyboard shortcuts, accessible names, the
// History's default filter, and an Accept decision that reaches the History tab.
// HEADROOM_UI_SCREENSHOTS=<dir> saves every tab at the default size, 1280x800 and 1920x1080.

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
#include "ui/AccessibleNames.h"

#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
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

// Notes the title of the next modal DecisionDialog and cancels it; gives up after 5 s so a
// failed check leaves no timer behind.
void cancelNextDecisionDialog(std::shared_ptr<QString> title) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, title, ticks] {
        auto* dialog = qobject_cast<DecisionDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*ticks > 250) {
                poll->stop();
                poll->deleteLater();
            }
            return;
        }
        poll->stop();
        poll->deleteLater();
        *title = dialog->windowTitle();
        dialog->reject();
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
            const QSize defaultSize = m_window->size();
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                m_window->resize(size);
                for (int i = 0; i < m_window->tabs()->count(); ++i) {
                    m_window->tabs()->setCurrentIndex(i);
                    QTest::qWait(80);
                    m_window->grab().save(QStringLiteral("%1/tab%2-%3x%4.png")
                                              .arg(dir)
                                              .arg(i)
                                              .arg(size.width())
                                              .arg(size.height()));
                }
            }
            m_window->resize(defaultSize);
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
        // The AI Capacity tab fills when the cost report arrives, after the view.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->aiCapacityTab()->isShowingEmptyState(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->recommendationsTab()->model()->rowCount() > 0, 15000);
        QVERIFY(!m_window->recommendationsTab()->isShowingEmptyState());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->historyTab()->model()->rowCount() > 0, 15000);
        QVERIFY(!m_window->historyTab()->isShowingEmptyState());
    }

    void shortcutsSwitchTabsAndRefresh() {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
        for (int i : {3, 0, 2, 1, 0}) {
            QTest::keyClick(m_window.get(), keys[i], Qt::ControlModifier);
            QCOMPARE(m_window->tabs()->currentIndex(), i);
        }
        QSignalSpy views(m_window->bridge(), &EngineBridge::workspaceViewReady);
        QSignalSpy histories(m_window->bridge(), &EngineBridge::historyReady);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(views.count() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(histories.count() >= 1, 15000);
    }

    void decisionShortcutsOpenTheDialog_data() {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("title");
        QTest::newRow("accept") << int(Qt::Key_A) << QStringLiteral("Accept recommendation");
        QTest::newRow("defer") << int(Qt::Key_D) << QStringLiteral("Defer recommendation");
        QTest::newRow("reject") << int(Qt::Key_R) << QStringLiteral("Reject recommendation");
    }

    void decisionShortcutsOpenTheDialog() {
        QFETCH(int, key);
        QFETCH(QString, title);
        RecommendationsTab* tab = m_window->recommendationsTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 0, 15000);
        // Elsewhere the shortcut does nothing: the buttons are not on screen.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->tabs()->setCurrentIndex(0);
        auto shown = std::make_shared<QString>();
        QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(200); // longer than a button's animated click
        QVERIFY(QApplication::activeModalWidget() == nullptr);

        m_window->tabs()->setCurrentWidget(tab);
        QVERIFY(tab->selectRecommendation(tab->model()->recommendationAt(0)->id));
        cancelNextDecisionDialog(shown);
        // A button's shortcut animates a click, so the dialog opens a moment later.
        QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(*shown, title, 5000);
        // The tooltip tells the shortcut.
        const char* names[] = {"acceptButton", "deferButton", "rejectButton"};
        const int index = key == Qt::Key_A ? 0 : key == Qt::Key_D ? 1 : 2;
        auto* button = tab->findChild<QPushButton*>(QLatin1String(names[index]));
        QVERIFY(button->toolTip().contains(QStringLiteral("Shift")));
    }

    void everyControlHasAnAccessibleName() {
        const QStringList missing = test::controlsWithoutAccessibleName(m_window.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        DecisionDialog dialog(Verdict::Defer, QStringLiteral("Anything"));
        const QStringList inDialog = test::controlsWithoutAccessibleName(&dialog);
        QVERIFY2(inDialog.isEmpty(), qPrintable(inDialog.join(QStringLiteral(", "))));
    }

    void costImpactShowsDollarsFirst() {
        RecommendationsTab* tab = m_window->recommendationsTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 0, 15000);
        QVERIFY(tab->selectRecommendation(tab->model()->recommendationAt(0)->id));
        auto* cost = tab->findChild<QLabel*>(QStringLiteral("detailCost"));
        QVERIFY(cost);
        // "$10.00 to $30.00 per month" or "Saves $30.00 to $100.00 per month", never the C
        // locale's "10.00$".
        static const QRegularExpression money(QStringLiteral(
            "^(Saves )?\\$[0-9,]+\\.[0-9]{2}( to \\$[0-9,]+\\.[0-9]{2})? per month"));
        QVERIFY2(money.match(cost->text()).hasMatch(), qPrintable(cost->text()));
        QCOMPARE(cost->textFormat(), Qt::PlainText);
    }

    void historyHidesModeAdviceByDefault() {
        HistoryTab* history = m_window->historyTab();
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() > 0, 15000);
        for (int r = 0; r < history->model()->rowCount(); ++r) {
            QVERIFY(history->model()->kindAt(r) != EventKind::ModeAdviceChanged);
            QVERIFY(history->model()->kindAt(r) != EventKind::SourceRecovered);
        }
        history->showAllKinds();
        // Asked again with every kind; runs of advice changes arrive folded.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                HistoryModel* m = history->model();
                for (int r = 0; r + 1 < m->rowCount(); ++r) {
                    if (m->kindAt(r) == EventKind::ModeAdviceChanged &&
                        m->kindAt(r + 1) == EventKind::ModeAdviceChanged) {
                        return false;
                    }
                }
                return m->rowCount() > 0;
            }(),
            15000);
        auto* kind = history->findChild<QComboBox*>(QStringLiteral("kindFilter"));
        kind->setCurrentIndex(0); // back to decisions and key events
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
