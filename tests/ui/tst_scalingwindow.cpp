// The console's scaling control on a real Engine with a temporary database: the Overview's
// section shows the live environment, an edit in "Scaling settings…" and the auto-mode switch
// each arrive as a history event, and "Take health snapshot now" stores one.

#include "EngineBridge.h"
#include "MainWindow.h"
#include "ScalingConfigDialog.h"
#include "ScalingPanel.h"
#include "catalog/CatalogLoader.h"

#include <memory>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::ui;

class TestScalingWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;

    // The events of the live workspace of the given kinds, newest first.
    std::vector<Event> events(std::vector<EventKind> kinds) {
        QSignalSpy spy(m_window->bridge(), &EngineBridge::historyReady);
        HistoryQuery query;
        query.workspace = "local";
        query.filter.kinds = std::move(kinds);
        const RequestId id = m_engine->requestHistory(query);
        for (int i = 0; i < 100; ++i) {
            for (const auto& args : spy) {
                if (args.at(0).toULongLong() == id) {
                    return args.at(1).value<HistoryPage>().events;
                }
            }
            spy.wait(100);
        }
        return {};
    }

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
        options.createDemoWorkspace = false;
        options.loadConfiguredSources = false;
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("local");
        console.settingsPath = m_dir.path() + QStringLiteral("/console.ini");
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        QVERIFY(m_engine->start().has_value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_engine.reset();
    }

    void sectionShowsTheEnvironment() {
        ScalingPanel* panel = m_window->scalingPanel();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->view().has_value(), 20000);
        auto* env = panel->findChild<QLabel*>(QStringLiteral("scalingEnvironment"));
        QCOMPARE(env->text(), QStringLiteral("production"));
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("scalingMode"))->text().contains("Lab"));
        QCOMPARE(panel->freezeLabel()->text(), QStringLiteral("Open"));
        QVERIFY(panel->snapshotButton()->isEnabled());
    }

    void settingsEditArrivesAsEvent() {
        ScalingConfigDialog* dialog = m_window->openScalingSettings();
        QVERIFY(dialog);
        dialog->environmentEdit()->setText(QStringLiteral("staging"));
        dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit"))
            ->setText(QStringLiteral("this machine is our staging box"));
        QSignalSpy changed(m_window->bridge(), &EngineBridge::scalingChanged);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(changed.wait(20000));
        const auto result = changed.at(0).at(2).value<ScalingChangeResult>();
        QCOMPARE(result.event.kind, EventKind::ScalingConfigChanged);
        const auto stored = events({EventKind::ScalingConfigChanged});
        QCOMPARE(stored.size(), std::size_t(1));
        const auto detail = nlohmann::json::parse(stored[0].detailJson);
        QVERIFY2((detail["old"]["environment"]) == (nlohmann::json("production")),
                 (detail["old"]["environment"]).dump().c_str());
        QVERIFY2((detail["new"]["environment"]) == (nlohmann::json("staging")),
                 (detail["new"]["environment"]).dump().c_str());
        QVERIFY2((detail["reason"]) == (nlohmann::json("this machine is our staging box")),
                 (detail["reason"]).dump().c_str());
        auto* env =
            m_window->scalingPanel()->findChild<QLabel*>(QStringLiteral("scalingEnvironment"));
        QTRY_COMPARE_WITH_TIMEOUT(env->text(), QStringLiteral("staging"), 20000);
    }

    void invalidSettingsAreNotSent() {
        ScalingConfigDialog* dialog = m_window->openScalingSettings();
        QVERIFY(dialog);
        dialog->environmentEdit()->setText(QString());
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->reject();
        QTest::qWait(200);
        QCOMPARE(events({EventKind::ScalingConfigChanged}).size(), std::size_t(1));
    }

    void autoModeSwitchArrivesAsEvent() {
        QCheckBox* box = m_window->scalingPanel()->autoModeBox();
        QSignalSpy changed(m_window->bridge(), &EngineBridge::scalingChanged);
        box->click();
        QVERIFY(changed.wait(20000));
        const auto stored = events({EventKind::AutoModeChanged});
        QCOMPARE(stored.size(), std::size_t(1));
        QVERIFY2((nlohmann::json::parse(stored[0].detailJson)["new"]) == (nlohmann::json("on")),
                 (nlohmann::json::parse(stored[0].detailJson)["new"]).dump().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->scalingPanel()->view()->config.autoMode == AutoMode::On,
                                 20000);
        QVERIFY(box->isChecked());
    }

    void takeSnapshotNow() {
        QSignalSpy taken(m_window->bridge(), &EngineBridge::healthSnapshotTaken);
        m_window->scalingPanel()->snapshotButton()->click();
        QVERIFY(taken.wait(20000));
        bool manual = false;
        for (const auto& args : taken) {
            manual = manual || args.at(2).value<HealthSnapshotRecord>().trigger ==
                                   HealthSnapshotTrigger::Manual;
        }
        QVERIFY(manual);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->scalingPanel()->view()->lastHealthSnapshot.has_value(),
                                 20000);
    }
};

QTEST_MAIN(TestScalingWindow)
#include "tst_scalingwindow.moc"
