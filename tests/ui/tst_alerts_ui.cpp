// The console's alerts: the Overview's Alerts section, desktop notifications (status bar where
// there is no tray, de-duplicated), and the Notifications dialog against a real Engine: a bad
// channel is refused with the field named, and "Send test" shows how the delivery ended.

#include "AlertsPanel.h"
#include "ChannelSecrets.h"
#include "EngineBridge.h"
#include "FakeSecretStore.h"
#include "MainWindow.h"
#include "NotificationSettingsDialog.h"
#include "OverviewTab.h"
#include "TrayNotifier.h"
#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"

#include <mutex>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace headroom;
using namespace headroom::ui;
using namespace std::chrono_literals;

namespace {

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 1}};

// A source reporting a queue depth far above its critical threshold.
class QueueSource final : public Source {
public:
    std::string id() const override { return "queue"; }
    std::string displayName() const override { return "Queue"; }
    Result<void> poll(Timestamp now, Snapshot& into) override {
        return into.set(MetricId::QueueDepth, {500.0, now, "queue"});
    }
};

AlertStatus status(std::string id, AlertPhase phase, AlertSeverity severity) {
    AlertStatus s;
    s.state.ruleId = id;
    s.state.phase = phase;
    s.state.severity = severity;
    s.state.value = 250.0;
    s.state.threshold = 200.0;
    s.state.pendingSince = kT0;
    if (phase == AlertPhase::Firing) {
        s.state.firingSince = kT0 + 300s;
    }
    s.name = id;
    return s;
}

} // namespace

class TestAlertsUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void panelListsFiringAndPendingOnly() {
        AlertsPanel panel;
        AlertsView view;
        view.workspace = "local";
        view.alerts = {status("queue_depth", AlertPhase::Firing, AlertSeverity::Critical),
                       status("error_rate", AlertPhase::Pending, AlertSeverity::Warning),
                       status("storage", AlertPhase::Normal, AlertSeverity::Info)};
        view.alerts[1].state.dataMissing = true;
        panel.setView(view);
        QCOMPARE(panel.list()->topLevelItemCount(), 2);
        QCOMPARE(panel.list()->topLevelItem(0)->text(1), QStringLiteral("queue_depth"));
        QCOMPARE(panel.list()->topLevelItem(0)->text(2), QStringLiteral("Firing"));
        QCOMPARE(panel.list()->topLevelItem(0)->text(0), QStringLiteral("Critical"));
        QVERIFY(panel.list()->topLevelItem(0)->text(4).contains(QStringLiteral("threshold 200")));
        QVERIFY(panel.list()->topLevelItem(1)->text(4).contains(QStringLiteral("no data")));
        QVERIFY(panel.summary()->text().contains(QStringLiteral("Firing: 1, pending: 1")));
        view.alerts.resize(1);
        view.alerts[0].state.phase = AlertPhase::Resolved;
        view.demo = true;
        panel.setView(view);
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QVERIFY(panel.summary()->text().contains(QStringLiteral("No alert is firing")));
        QVERIFY(panel.summary()->text().contains(QStringLiteral("demo")));
    }

    void trayFallsBackToTheStatusBarAndDeduplicates() {
        QStatusBar bar;
        TrayNotifier tray(&bar, TrayNotifier::Tray::Off);
        QVERIFY(!tray.usesTray());
        AlertNotification n;
        n.workspace = "local";
        n.ruleId = "queue_depth";
        n.name = "Queue depth";
        n.severity = AlertSeverity::Critical;
        n.value = 250.0;
        n.threshold = 200.0;
        n.at = kT0;
        n.channels = {AlertChannel::Console, AlertChannel::Tray};
        QVERIFY(tray.notify(n));
        QVERIFY(tray.statusLabel());
        QVERIFY(tray.statusLabel()->text().contains(QStringLiteral("Critical: Queue depth")));
        QVERIFY(!tray.notify(n)); // the same change again: not shown twice
        QCOMPARE(tray.shownCount(), 1);
        n.channels = {AlertChannel::Console}; // info: console only
        n.at = kT0 + 60s;
        QVERIFY(!tray.notify(n));
        n.channels = {AlertChannel::Tray};
        n.phase = AlertPhase::Resolved;
        QVERIFY(tray.notify(n));
        QVERIFY(tray.statusLabel()->text().contains(QStringLiteral("Queue depth resolved")));
    }

    void channelSecretsLiveInTheKeychain() {
        QTemporaryDir dir;
        EngineOptions options;
        options.databasePath = (dir.path() + "/h.db").toStdString();
        options.createDemoWorkspace = false;
        Engine engine(std::move(options), {});
        test::FakeSecretStore keychain;
        keychain.entries.insert(QStringLiteral("notification/mail"), QStringLiteral("smtp-pw"));
        ChannelSecrets secrets(engine, keychain);
        NotificationChannel mail;
        mail.name = "mail";
        NotificationChannel hook;
        hook.name = "hook";
        secrets.provideStored({mail, hook}); // read once each; "hook" has none stored
        QTRY_VERIFY(secrets.known(QStringLiteral("mail")));
        QVERIFY(!secrets.known(QStringLiteral("hook")));
        secrets.provideStored({mail, hook});
        QTest::qWait(20);
        QCOMPARE(keychain.writes, 0);

        secrets.saved(QStringLiteral("hook"), QStringLiteral("tok"), std::nullopt);
        QTRY_COMPARE(keychain.entries.value(QStringLiteral("notification/hook")),
                     QStringLiteral("tok"));
        // A rename without a new secret moves the stored one.
        secrets.saved(QStringLiteral("ops-hook"), std::nullopt, QStringLiteral("hook"));
        QTRY_VERIFY(!keychain.entries.contains(QStringLiteral("notification/hook")));
        QCOMPARE(keychain.entries.value(QStringLiteral("notification/ops-hook")),
                 QStringLiteral("tok"));
        secrets.removed(QStringLiteral("mail"));
        QTRY_VERIFY(!keychain.entries.contains(QStringLiteral("notification/mail")));
        QVERIFY(!secrets.known(QStringLiteral("mail")));

        // No keychain: kept for the session, and said so; nothing written anywhere.
        test::FakeSecretStore none(false);
        ChannelSecrets sessionOnly(engine, none);
        QSignalSpy stored(&sessionOnly, &ChannelSecrets::secretStored);
        sessionOnly.saved(QStringLiteral("hook"), QStringLiteral("tok"), std::nullopt);
        QTRY_COMPARE(stored.count(), 1);
        QVERIFY(sessionOnly.known(QStringLiteral("hook")));
        QVERIFY(sessionOnly.sessionOnly(QStringLiteral("hook")));
        QVERIFY(none.entries.isEmpty());
    }

    void windowFiresAlertsAndTestsChannels() {
        QTemporaryDir dir;
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        for (auto& rule : catalog->alerts.rules) {
            rule.pendingFor = 1s; // fire on the second evaluation
        }
        EngineOptions options;
        options.databasePath = (dir.path() + "/h.db").toStdString();
        options.catalog = *catalog;
        options.pollInterval = 1s;
        options.createDemoWorkspace = false;
        options.deliveryPolicy = DeliveryPolicy{1, 1s, 1s, 2s};
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::make_unique<QueueSource>());
        Engine engine(std::move(options), std::move(sources));
        ConsoleOptions console;
        console.settingsPath = dir.path() + "/console.ini";
        test::FakeSecretStore keychain;
        console.secretStore = &keychain;
        auto window = std::make_unique<MainWindow>(engine, console);
        QSignalSpy notified(window->bridge(), &EngineBridge::alertNotified);
        QVERIFY(engine.start());
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(!window->liveWorkspace().isEmpty(), 15000);

        // The Alerts section is on the Overview and shows the firing alert.
        auto* panel = window->overviewTab()->findChild<AlertsPanel*>();
        QVERIFY(panel);
        QCOMPARE(panel, window->alertsPanel());
        // Pending on the first evaluation, firing once the (shortened) pending period is over.
        QTRY_VERIFY_WITH_TIMEOUT(panel->list()->topLevelItemCount() >= 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->list()->topLevelItem(0)->text(2), QStringLiteral("Firing"),
                                  20000);
        QVERIFY(notified.count() >= 1);
        QTRY_VERIFY(window->trayNotifier()->lastMessage().contains(QStringLiteral("Queue depth")));
        // Without a tray the alert stays in the status bar while routine messages come and go.
        window->statusBar()->showMessage(QStringLiteral("Polling the live sources…"), 5000);
        QVERIFY(window->trayNotifier()->statusLabel());
        QVERIFY(window->trayNotifier()->statusLabel()->isVisible());
        QVERIFY(
            window->trayNotifier()->statusLabel()->text().contains(QStringLiteral("Queue depth")));

        // The Notifications dialog from the Scaling menu.
        QAction* action =
            window->scalingMenu()->findChild<QAction*>(QStringLiteral("notificationsAction"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = window->findChild<NotificationSettingsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // No channel yet: the lists say so, and the form is disabled until "New channel".
        auto* noChannels = dialog->findChild<QLabel*>(QStringLiteral("noChannels"));
        QVERIFY(noChannels);
        QTRY_VERIFY(noChannels->isVisible());
        QVERIFY(!dialog->channelList()->isVisible());
        QVERIFY(!dialog->nameEdit()->isEnabled());
        QVERIFY(!dialog->saveButton()->isEnabled());
        auto* newChannel = dialog->findChild<QPushButton*>(QStringLiteral("newChannelButton"));
        QVERIFY(newChannel);
        newChannel->click();
        QVERIFY(dialog->nameEdit()->isEnabled());
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->nameEdit()->setText(QStringLiteral("ops"));
        dialog->kindBox()->setCurrentIndex(
            dialog->kindBox()->findData(int(NotificationKind::Json)));
        dialog->urlEdit()->setText(QStringLiteral("ftp://nowhere"));
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().contains(
                                     QStringLiteral("url: must start with http:// or https://")),
                                 10000);
        // Nothing listens on port 1: the single attempt fails and the dialog says why.
        dialog->urlEdit()->setText(QStringLiteral("http://127.0.0.1:1/hook"));
        dialog->secretEdit()->setText(QStringLiteral("s3cret"));
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().contains(QStringLiteral("Saved")),
                                 10000);
        // The secret went to the keychain, not the database, and the field is cleared.
        QTRY_COMPARE(keychain.entries.value(QStringLiteral("notification/ops")),
                     QStringLiteral("s3cret"));
        QVERIFY(dialog->secretEdit()->text().isEmpty());
        QVERIFY(!window->channelSecrets()->sessionOnly(QStringLiteral("ops")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->channelList()->count(), 1, 10000);
        QVERIFY(dialog->channelList()->isVisible());
        QVERIFY(!noChannels->isVisible());
        QVERIFY(dialog->nameEdit()->isEnabled()); // the saved channel stays in the form
        QVERIFY(dialog->testButton()->isEnabled());
        dialog->testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->resultLabel()->text().contains(QStringLiteral("Test failed (attempts: 1)")),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->deliveryLog()->topLevelItemCount() >= 1, 10000);
        dialog->close();
        window.reset(); // stops the engine before it goes
    }
};

QTEST_MAIN(TestAlertsUi)
#include "tst_alerts_ui.moc"
