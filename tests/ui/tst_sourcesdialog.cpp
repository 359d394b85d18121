// The Sources dialog end to end: a real Engine on a temporary database with the host collector, a
// real nginx on 127.0.0.1 serving a node_exporter-style exposition behind a bearer token, and an
// in-memory keychain. Opening the dialog (Ctrl+Shift+S), refusing an invalid form, adding a
// source from the node_exporter ready-made mapping with its token (the token goes to the keychain
// and the engine, never into the config or the database), "Test connection" with its busy state
// and mapped metrics, parse problems with line:column, renaming (the key moves), an engine error
// shown in the dialog, disabling, removing after confirmation, the no-keychain session-only
// fallback, and secrets provided at startup from the keychain.

#include "EngineBridge.h"
#include "FakeSecretStore.h"
#include "HistoryModel.h"
#include "HistoryTab.h"
#include "MainWindow.h"
#include "OverviewTab.h"
#include "SourceEditor.h"
#include "SourceSecrets.h"
#include "SourceTestView.h"
#include "SourcesDialog.h"
#include "SourcesModel.h"
#include "UiRoles.h"
#include "catalog/CatalogLoader.h"
#include "integration/support/NginxServer.h"
#include "sources/HostCollector.h"

#include <memory>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::ui;
using headroom::test::FakeSecretStore;
using headroom::test::NginxConfig;
using headroom::test::NginxServer;

namespace {

constexpr const char* kToken = "tok-Qx7-very-secret";

// A node_exporter's answer in miniature: memory 75 % used, disk 70 %, load 0.42; CPU counters do
// not move in a static file, so CPU has no rate.
const QByteArray kExposition = R"(# HELP node_cpu_seconds_total Seconds the CPUs spent in each mode.
# TYPE node_cpu_seconds_total counter
node_cpu_seconds_total{cpu="0",mode="idle"} 1000
node_cpu_seconds_total{cpu="0",mode="user"} 250
# TYPE node_memory_MemAvailable_bytes gauge
node_memory_MemAvailable_bytes 4e+09
# TYPE node_memory_MemTotal_bytes gauge
node_memory_MemTotal_bytes 1.6e+10
# TYPE node_filesystem_avail_bytes gauge
node_filesystem_avail_bytes{mountpoint="/"} 3e+10
# TYPE node_filesystem_size_bytes gauge
node_filesystem_size_bytes{mountpoint="/"} 1e+11
# TYPE node_load1 gauge
node_load1 0.42
)";

template <class W>
W* child(const QWidget* parent, const char* name) {
    auto* w = parent->findChild<W*>(QLatin1String(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

// Types into a line edit as a person would (replacing what is there).
void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QByteArray filesUnder(const QString& dir) {
    QByteArray all;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

// Every control a person can reach has a name for screen readers (parts of composite controls
// are named by the control itself).
QStringList controlsWithoutAccessibleName(const QWidget* window) {
    QStringList missing;
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        const bool control =
            qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
            qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
            qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QLineEdit*>(w) ||
            qobject_cast<const QTabBar*>(w);
        bool part = false;
        for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
            part = part || qobject_cast<const QComboBox*>(p) ||
                   qobject_cast<const QAbstractItemView*>(p) ||
                   qobject_cast<const QAbstractSpinBox*>(p) ||
                   qobject_cast<const QDialogButtonBox*>(p);
        }
        if (control && !part && w->accessibleName().trimmed().isEmpty()) {
            missing << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QLatin1String(w->metaObject()->className()));
        }
    }
    return missing;
}

} // namespace

class TestSourcesDialog : public QObject {
    Q_OBJECT

private:
    SourcesDialog* dialog() const { return m_window->sourcesDialog(); }

    const SourceStatus* overviewStatus(const char* name) const {
        SourcesModel* model = m_window->overviewTab()->sourcesModel();
        return model->statusAt(model->rowOf(QString::fromStdString(endpointSourceId(name))));
    }

    // Skips only where nginx is truly absent (.ci/run installs it); a failed start fails.
    bool nginxReady() {
        if (!NginxServer::available()) {
            return false;
        }
        if (!m_nginxError.isEmpty()) {
            qWarning("%s", qPrintable(m_nginxError));
        }
        return m_nginxError.isEmpty();
    }

    // Fills the open dialog's editor for a new source from the node_exporter mapping.
    void fillNewNodeSource(const QString& name, const std::string& url, AuthKind auth,
                           const QString& secret) {
        SourcesDialog* d = dialog();
        d->addSource();
        SourceEditor* editor = d->editor();
        auto* ready = child<QComboBox>(editor, "readyMappingCombo");
        ready->setFocus();
        QTest::keyClick(ready, Qt::Key_Down); // node_exporter
        typeInto(child<QLineEdit>(editor, "nameEdit"), name);
        typeInto(child<QLineEdit>(editor, "urlEdit"), QString::fromStdString(url));
        auto* authCombo = child<QComboBox>(editor, "authCombo");
        authCombo->setCurrentIndex(authCombo->findData(int(auth)));
        if (!secret.isEmpty()) {
            typeInto(child<QLineEdit>(editor, "secretEdit"), secret);
        }
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!NginxServer::available()) {
            m_nginxError = QStringLiteral("/usr/sbin/nginx is missing (Debian package "
                                          "nginx-light); .ci/run installs it");
        } else {
            m_nginx = std::make_unique<NginxServer>();
            m_nginx->writeFile(QStringLiteral("node/metrics"), kExposition);
            m_nginx->writeFile(QStringLiteral("bearer/metrics"), kExposition);
            m_nginx->writeFile(QStringLiteral("bad/metrics"),
                               kExposition + "node_broken{mode=\"idle\" 12\n");
            NginxConfig config;
            config.locations = QStringLiteral(R"(
        default_type text/plain;
        location /bearer/ {
            if ($http_authorization != "Bearer %1") { return 401 "token rejected"; }
        }
)")
                                   .arg(QLatin1String(kToken));
            m_nginxError = m_nginx->start(config);
        }

        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        m_dbDir = m_dir.path() + QStringLiteral("/db");
        QVERIFY(QDir().mkpath(m_dbDir));
        EngineOptions options;
        options.databasePath = (m_dbDir + QStringLiteral("/headroom.db")).toStdString();
        options.catalog = *catalog;
        options.clock = systemClock();
        options.pollInterval = std::chrono::hours{1};
        options.createDemoWorkspace = false;
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::make_unique<HostCollector>());
        m_engine = std::make_unique<Engine>(std::move(options), std::move(sources));
        ConsoleOptions console;
        console.settingsPath = m_dir.path() + QStringLiteral("/console.ini");
        console.secretStore = &m_keychain;
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        auto started = m_engine->start();
        QVERIFY2(started.has_value(), started ? "" : started.error().message.c_str());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->liveWorkspace().isEmpty(), 15000);
    }

    void cleanupTestCase() {
        if (dialog()) {
            dialog()->revert(); // no "discard changes?" question after a failed check
            dialog()->close();
        }
        m_window.reset(); // stops the engine before it goes
        m_engine.reset();
        if (m_nginx) {
            m_nginx->stop();
        }
    }

    void opensFromTheShortcutWithTheHostCollectorFirst() {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(dialog() == nullptr);
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(dialog() != nullptr);
        QTRY_VERIFY(dialog()->isVisible());
        QCOMPARE(dialog()->workspace(), m_window->liveWorkspace());
        // The header button and the Overview link open the same dialog.
        QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("sourcesButton")));
        QVERIFY(m_window->overviewTab()->findChild<QLabel*>(QStringLiteral("manageSourcesLink")));

        QTRY_VERIFY_WITH_TIMEOUT(dialog()->model()->rowCount() >= 1, 15000);
        QCOMPARE(dialog()->model()->index(0, 0).data(KeyRole).toString(), QStringLiteral("host"));
        QVERIFY(dialog()->selectSource(QStringLiteral("host")));
        // Read-only: no editor, no remove.
        QVERIFY(!dialog()->editor()->isVisible());
        QVERIFY(child<QLabel>(dialog(), "hostStatus")->isVisible());
        QVERIFY(!child<QPushButton>(dialog(), "removeButton")->isEnabled());
        // The fake keychain answers: the dialog says where secrets go.
        QTRY_VERIFY(dialog()->keychainNoteText().contains(QLatin1String("desktop keychain")));
        const QStringList unnamed = controlsWithoutAccessibleName(dialog());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void anInvalidFormIsNotSaved() {
        QSignalSpy saved(m_window->bridge(), &EngineBridge::sourceSaved);
        dialog()->addSource();
        typeInto(child<QLineEdit>(dialog()->editor(), "nameEdit"), QStringLiteral("Bad Name"));
        child<QPushButton>(dialog(), "saveButton")->click();
        auto* problems = child<QLabel>(dialog()->editor(), "problems");
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QLatin1String("name:")));
        QVERIFY(problems->text().contains(QLatin1String("url:")));
        QVERIFY(problems->text().contains(QLatin1String("bindings:")));
        QTest::qWait(300);
        QCOMPARE(saved.count(), 0);
        dialog()->revert();
        QVERIFY(!dialog()->editor()->isModified());
    }

    void addsASourceWhoseTokenGoesToTheKeychainOnly() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY2(nginxReady(), qPrintable(m_nginxError));
        QSignalSpy saved(m_window->bridge(), &EngineBridge::sourceSaved);
        fillNewNodeSource(QStringLiteral("node"), m_nginx->url(QStringLiteral("/bearer/metrics")),
                          AuthKind::Bearer, QLatin1String(kToken));
        child<QPushButton>(dialog(), "saveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        const auto config = saved.at(0).at(2).value<SourceConfig>();
        QCOMPARE(config.name, std::string("node"));
        QCOMPARE(config.auth, AuthKind::Bearer);
        QCOMPARE(config.readyMapping, std::optional(ReadyMapping::NodeExporter));
        QVERIFY(sourceConfigToJson(config).dump().find(kToken) == std::string::npos);
        QTRY_COMPARE(m_keychain.entries.value(QStringLiteral("source/local/node")),
                     QLatin1String(kToken));
        QVERIFY(!dialog()->isEditingNew());
        QCOMPARE(dialog()->editingName(), QStringLiteral("node"));

        // The engine got the token: the source polls nginx's protected path successfully and the
        // Overview's indicator turns OK with the metrics it mapped.
        QTRY_VERIFY_WITH_TIMEOUT(overviewStatus("node") != nullptr &&
                                     overviewStatus("node")->health() == SourceHealth::Ok,
                                 20000);
        QVERIFY(overviewStatus("node")->mappedMetrics >= 3);
        QTRY_VERIFY(dialog()->model()->rowOf(QStringLiteral("endpoint:node")) == 1);

        // Never in the database (nor its WAL).
        QVERIFY(!filesUnder(m_dbDir).contains(kToken));
        QVERIFY(filesUnder(m_dbDir).contains("bearer/metrics"));

        // The History lists the addition as a key event.
        HistoryModel* history = m_window->historyTab()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < history->rowCount(); ++r) {
                    if (history->kindAt(r) == EventKind::SourceAdded) {
                        return true;
                    }
                }
                return false;
            }(),
            15000);
    }

    void testConnectionShowsWhatWasFetchedAndMapped() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY2(nginxReady(), qPrintable(m_nginxError));
        QVERIFY(dialog()->selectSource(QStringLiteral("node")));
        auto* test = child<QPushButton>(dialog(), "testButton");
        QVERIFY(test->isEnabled());
        test->click();
        // Busy while the probe runs (it takes a second reading for the CPU rate).
        QVERIFY(!test->isEnabled());
        QVERIFY(dialog()->testView()->isBusy());
        QVERIFY(dialog()->isTesting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isTesting(), 20000);
        QVERIFY(test->isEnabled());
        QVERIFY(!dialog()->testView()->isBusy());
        const QString summary = dialog()->testView()->summaryText();
        QVERIFY2(summary.contains(QLatin1String("HTTP 200")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("Prometheus text 0.0.4")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("families: 6")), qPrintable(summary));
        QStandardItemModel* outcomes = dialog()->testView()->outcomes();
        QCOMPARE(outcomes->rowCount(), 4);
        QMap<QString, QString> values;
        for (int r = 0; r < outcomes->rowCount(); ++r) {
            values.insert(outcomes->index(r, 0).data().toString(),
                          outcomes->index(r, 1).data().toString());
        }
        QCOMPARE(values.value(Wording::metricName(MetricId::MemoryUtilization)),
                 QStringLiteral("75 %"));
        QCOMPARE(values.value(Wording::metricName(MetricId::DiskUtilization)),
                 QStringLiteral("70 %"));
        QCOMPARE(values.value(Wording::metricName(MetricId::LoadAverage1m)),
                 QStringLiteral("0.42"));
        QVERIFY(!values.value(Wording::metricName(MetricId::CpuUtilization)).isEmpty());

        // A wrong token typed into the form is what the test uses: nginx refuses it.
        typeInto(child<QLineEdit>(dialog()->editor(), "secretEdit"), QStringLiteral("wrong"));
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isTesting(), 20000);
        const QString refused = dialog()->testView()->summaryText();
        QVERIFY2(refused.contains(QLatin1String("401")), qPrintable(refused));
        dialog()->revert();
    }

    void testConnectionListsParseProblemsWithLineAndColumn() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY2(nginxReady(), qPrintable(m_nginxError));
        dialog()->addSource();
        SourceEditor* editor = dialog()->editor();
        auto* ready = child<QComboBox>(editor, "readyMappingCombo");
        ready->setFocus();
        QTest::keyClick(ready, Qt::Key_Down);
        typeInto(child<QLineEdit>(editor, "urlEdit"),
                 QString::fromStdString(m_nginx->url(QStringLiteral("/bad/metrics"))));
        child<QPushButton>(dialog(), "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isTesting(), 20000);
        const QString problems =
            child<QPlainTextEdit>(dialog()->testView(), "testProblems")->toPlainText();
        static const QRegularExpression lineColumn(QStringLiteral("^15:\\d+ error: "),
                                                   QRegularExpression::MultilineOption);
        QVERIFY2(lineColumn.match(problems).hasMatch(), qPrintable(problems));
        QVERIFY(dialog()->testView()->summaryText().contains(QLatin1String("Parse problems: 1")));
        dialog()->revert();
    }

    void renamingMovesTheSecret() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY2(nginxReady(), qPrintable(m_nginxError));
        QSignalSpy saved(m_window->bridge(), &EngineBridge::sourceSaved);
        QVERIFY(dialog()->selectSource(QStringLiteral("node")));
        typeInto(child<QLineEdit>(dialog()->editor(), "nameEdit"), QStringLiteral("node-web"));
        child<QPushButton>(dialog(), "saveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QTRY_COMPARE(m_keychain.entries.value(QStringLiteral("source/local/node-web")),
                     QLatin1String(kToken));
        QTRY_VERIFY(!m_keychain.entries.contains(QStringLiteral("source/local/node")));
        QTRY_VERIFY(dialog()->model()->rowOf(QStringLiteral("endpoint:node")) < 0);
        QCOMPARE(dialog()->editingName(), QStringLiteral("node-web"));
        // The renamed source still has its token: it polls successfully.
        QTRY_VERIFY_WITH_TIMEOUT(overviewStatus("node-web") != nullptr &&
                                     overviewStatus("node-web")->health() == SourceHealth::Ok,
                                 20000);
    }

    void engineErrorsAreShownInTheDialog() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY2(nginxReady(), qPrintable(m_nginxError));
        QVERIFY(dialog()->engineErrorText().isEmpty());
        // A second source under a taken name passes the form's checks; the engine refuses it.
        fillNewNodeSource(QStringLiteral("node-web"), m_nginx->url(QStringLiteral("/node/metrics")),
                          AuthKind::None, {});
        child<QPushButton>(dialog(), "saveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->engineErrorText().isEmpty(), 15000);
        QVERIFY2(dialog()->engineErrorText().startsWith(QLatin1String("Not saved")),
                 qPrintable(dialog()->engineErrorText()));
        QVERIFY(child<QLabel>(dialog(), "engineError")->isVisible());
        QVERIFY(dialog()->isEditingNew()); // the form keeps what was typed
        dialog()->revert();
    }

    void disablingShowsInTheIndicator() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY(dialog()->selectSource(QStringLiteral("node-web")));
        auto* toggle = child<QPushButton>(dialog(), "enableButton");
        QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
        toggle->click();
        QTRY_VERIFY_WITH_TIMEOUT(overviewStatus("node-web") != nullptr &&
                                     overviewStatus("node-web")->health() == SourceHealth::Disabled,
                                 15000);
        QTRY_COMPARE(toggle->text(), QStringLiteral("&Enable"));
        QTRY_COMPARE(child<QLabel>(dialog(), "editorStatus")->text(), QStringLiteral("Disabled"));
        const int row = dialog()->model()->rowOf(QStringLiteral("endpoint:node-web"));
        QCOMPARE(dialog()->model()->index(row, SourcesModel::StateColumn).data().toString(),
                 QStringLiteral("Disabled"));
    }

    // Switching a source on or off while its form has unsaved edits asks first; Cancel keeps
    // the edits and the stored state.
    void togglingWithUnsavedEditsAsksFirst() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY(dialog()->selectSource(QStringLiteral("node-web")));
        auto* toggle = child<QPushButton>(dialog(), "enableButton");
        const QString before = toggle->text();
        auto* url = child<QLineEdit>(dialog(), "urlEdit");
        typeInto(url, QStringLiteral("http://127.0.0.1:9/edited"));
        // Shared, not a reference: when no question comes, the timer fires after this test.
        auto asked = std::make_shared<bool>(false);
        QTimer::singleShot(0, this, [asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                *asked = true;
                box->button(QMessageBox::Cancel)->click();
            }
        });
        toggle->click();
        QVERIFY(*asked);
        QCOMPARE(toggle->text(), before);
        QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:9/edited"));
        dialog()->revert();
    }

    void removingAsksFirstAndDeletesTheSecret() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY(dialog()->selectSource(QStringLiteral("node-web")));
        child<QPushButton>(dialog(), "removeButton")->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog()->findChild<QMessageBox*>(QStringLiteral("confirmRemoveBox"))));
        QVERIFY(box->text().contains(QLatin1String("node-web")));
        // Cancel first: nothing happens.
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QVERIFY(dialog()->model()->rowOf(QStringLiteral("endpoint:node-web")) > 0);

        child<QPushButton>(dialog(), "removeButton")->click();
        QTRY_VERIFY((box = dialog()->findChild<QMessageBox*>(QStringLiteral("confirmRemoveBox"))));
        child<QPushButton>(box, "confirmRemoveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog()->model()->rowOf(QStringLiteral("endpoint:node-web")) < 0,
                                 15000);
        QTRY_VERIFY(!m_keychain.entries.contains(QStringLiteral("source/local/node-web")));
        QVERIFY(dialog()->isEditingNew());
    }

    void withoutAKeychainSecretsAreKeptForTheSessionOnly() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY2(nginxReady(), qPrintable(m_nginxError));
        FakeSecretStore none(false);
        SourceSecrets secrets(*m_engine, none);
        SourcesDialog d(*m_engine, *m_window->bridge(), secrets);
        d.setWorkspace(m_window->liveWorkspace());
        d.show();
        QTRY_VERIFY(d.keychainNoteText().contains(QLatin1String("session only")));
        QVERIFY(child<QLabel>(&d, "keychainNote")->isVisible());

        QSignalSpy saved(m_window->bridge(), &EngineBridge::sourceSaved);
        d.addSource();
        SourceEditor* editor = d.editor();
        auto* ready = child<QComboBox>(editor, "readyMappingCombo");
        ready->setFocus();
        QTest::keyClick(ready, Qt::Key_Down);
        typeInto(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("session"));
        typeInto(child<QLineEdit>(editor, "urlEdit"),
                 QString::fromStdString(m_nginx->url(QStringLiteral("/bearer/metrics"))));
        auto* auth = child<QComboBox>(editor, "authCombo");
        auth->setCurrentIndex(auth->findData(int(AuthKind::Bearer)));
        QVERIFY(child<QLabel>(editor, "secretNote")->text().contains(QLatin1String("session")));
        typeInto(child<QLineEdit>(editor, "secretEdit"), QLatin1String(kToken));
        child<QPushButton>(&d, "saveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QTRY_VERIFY(secrets.sessionOnly(QStringLiteral("local"), QStringLiteral("session")));
        QVERIFY(none.entries.isEmpty());
        QVERIFY(none.writes >= 1);
        QVERIFY(child<QLabel>(&d, "savedNote")->text().contains(QLatin1String("this session")));
        // The engine has it in memory: the source polls successfully.
        QTRY_VERIFY_WITH_TIMEOUT(overviewStatus("session") != nullptr &&
                                     overviewStatus("session")->health() == SourceHealth::Ok,
                                 20000);
        QVERIFY(!filesUnder(m_dbDir).contains(kToken));
        QSignalSpy removed(m_window->bridge(), &EngineBridge::sourceRemoved);
        m_engine->removeSource("local", "session");
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 15000);
    }

    void storedSecretsAreProvidedFromTheKeychain() {
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        QVERIFY2(nginxReady(), qPrintable(m_nginxError));
        // A source stored with bearer auth but no secret in the engine waits for credentials...
        SourceConfig config = sourceFromReadyMapping(ReadyMapping::NodeExporter, "restart");
        config.url = m_nginx->url(QStringLiteral("/bearer/metrics"));
        config.auth = AuthKind::Bearer;
        QSignalSpy saved(m_window->bridge(), &EngineBridge::sourceSaved);
        m_engine->saveSource("local", config);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(overviewStatus("restart") != nullptr &&
                                     overviewStatus("restart")->health() ==
                                         SourceHealth::MissingCredentials,
                                 15000);
        // ...until the console reads its secret from the keychain, as at startup.
        m_keychain.entries.insert(QStringLiteral("source/local/restart"), QLatin1String(kToken));
        QSignalSpy views(m_window->bridge(), &EngineBridge::sourcesReady);
        const RequestId id = m_engine->requestSources("local");
        QTRY_VERIFY_WITH_TIMEOUT(!views.isEmpty(), 15000);
        const auto view = views.takeLast().at(1).value<SourcesView>();
        QCOMPARE(views.isEmpty(), true);
        QVERIFY(id > 0);
        m_window->sourceSecrets()->provideStored(view);
        QTRY_VERIFY_WITH_TIMEOUT(overviewStatus("restart")->health() == SourceHealth::Ok, 20000);
        QCOMPARE(
            m_window->sourceSecrets()->known(QStringLiteral("local"), QStringLiteral("restart")),
            std::optional(QString::fromLatin1(kToken)));
    }

private:
    QTemporaryDir m_dir;
    QString m_dbDir;
    QString m_nginxError;
    std::unique_ptr<NginxServer> m_nginx;
    FakeSecretStore m_keychain;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestSourcesDialog)
#include "tst_sourcesdialog.moc"
