// The Strain Tests view end to end: a real Engine on a temporary database and a real nginx on
// 127.0.0.1 serving a static page. Opening the view from the Overview tab; a plan's refusal shown
// inline; a remote target that asks first and sends nothing on No; a short run started with Run
// whose progress bar moves and whose chart fills while it runs, then listed with its verdict and
// selected; set as baseline (the table's marker); a second run compared with it figure by figure;
// a longer run cancelled (stored, not judged, never a baseline); an engine error shown in the
// view; the remembered target and scenario.
//
// HEADROOM_STRAIN_SCREENSHOT=/tmp/strain_dialog.png saves a picture of the view after the
// compared run, to look at what a person sees.

#include "EngineBridge.h"
#include "MainWindow.h"
#include "OverviewTab.h"
#include "catalog/CatalogLoader.h"
#include "integration/support/NginxServer.h"
#include "sources/HostCollector.h"
#include "strain/StrainComparisonPanel.h"
#include "strain/StrainLiveChart.h"
#include "strain/StrainRunForm.h"
#include "strain/StrainRunModel.h"
#include "strain/StrainTestsDialog.h"

#include <memory>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::ui;
using headroom::test::NginxConfig;
using headroom::test::NginxServer;

namespace {

constexpr int kRunTimeoutMs = 60000;

template <class W>
W* child(const QObject* parent, const char* name) {
    auto* w = parent->findChild<W*>(QLatin1String(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void setSpin(QSpinBox* spin, int value) {
    spin->setValue(value);
    QCOMPARE(spin->value(), value);
}

// Every control a person can reach has a name for screen readers.
QStringList controlsWithoutAccessibleName(const QWidget* window) {
    QStringList missing;
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        const bool control =
            qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
            qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
            qobject_cast<const QLineEdit*>(w);
        bool part = false;
        for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
            part = part || qobject_cast<const QComboBox*>(p) || qobject_cast<const QLineEdit*>(p) ||
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

class TestStrainDialog : public QObject {
    Q_OBJECT

private:
    StrainTestsDialog* dialog() const { return m_window->strainDialog(); }

    QString cell(int row, int column) const {
        const StrainRunModel* model = dialog()->runModel();
        return model->index(row, column).data().toString();
    }

    // The short local run the brief asks for: 2 s, 5 users. A 20 ms think time keeps the load
    // generator's own CPU under its saturation threshold on a busy CI machine, so the run is
    // judged (a saturated generator is not, by design) while still sending hundreds of requests.
    void fillShortLocalRun(int seconds) {
        StrainRunForm* form = dialog()->form();
        QVERIFY(form->selectScenario(QStringLiteral("baseline")));
        typeInto(form->targetEdit(), m_origin);
        setSpin(form->durationSpin(), seconds);
        QVERIFY(form->rampSpin()->value() < seconds); // the ramp follows the shorter duration
        form->modelCombo()->setCurrentIndex(form->modelCombo()->findData(int(LoadModel::Closed)));
        setSpin(form->usersSpin(), 5);
        setSpin(form->thinkSpin(), 20);
    }

    // Clicks Run and waits for the run's end and its row, selected.
    void runToTheEnd() {
        const int before = dialog()->runModel()->rowCount();
        QTest::mouseClick(dialog()->runButton(), Qt::LeftButton);
        QVERIFY2(dialog()->isRunning(), qPrintable(dialog()->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isRunning(), kRunTimeoutMs);
        QVERIFY2(dialog()->errorText().isEmpty(), qPrintable(dialog()->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(dialog()->runModel()->rowCount(), before + 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog()->selectedRunId() == dialog()->runModel()->runAt(0)->id,
                                 10000);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!NginxServer::available()) {
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        }
        m_nginx = std::make_unique<NginxServer>();
        m_nginx->writeFile(QStringLiteral("index.html"),
                           QByteArray("<!doctype html><title>ok</title><p>Strain target</p>\n"));
        const QString started = m_nginx->start(NginxConfig{});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_origin = QString::fromStdString(m_nginx->url(QString()));

        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        QVERIFY(QDir().mkpath(m_dir.path() + QStringLiteral("/db")));
        EngineOptions options;
        options.databasePath = (m_dir.path() + QStringLiteral("/db/headroom.db")).toStdString();
        options.catalog = *catalog;
        options.clock = systemClock();
        options.pollInterval = std::chrono::hours{1};
        options.createDemoWorkspace = false;
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::make_unique<HostCollector>());
        m_engine = std::make_unique<Engine>(std::move(options), std::move(sources));
        ConsoleOptions console;
        console.settingsPath = m_dir.path() + QStringLiteral("/console.ini");
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        auto engineStarted = m_engine->start();
        QVERIFY2(engineStarted.has_value(),
                 engineStarted ? "" : engineStarted.error().message.c_str());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentWorkspace().isEmpty(), 15000);
    }

    void cleanupTestCase() {
        if (m_window && dialog()) {
            dialog()->close();
        }
        m_window.reset(); // stops the engine before it goes
        m_engine.reset();
        if (m_nginx) {
            m_nginx->stop();
        }
    }

    void opensFromTheOverviewTab() {
        QVERIFY(dialog() == nullptr);
        auto* button = child<QPushButton>(m_window->overviewTab(), "strainTestsButton");
        button->click();
        QVERIFY(dialog() != nullptr);
        QTRY_VERIFY(dialog()->isVisible());
        QVERIFY(!dialog()->isModal());
        QCOMPARE(dialog()->workspace(), m_window->currentWorkspace());
        QVERIFY(dialog()->windowTitle().startsWith(QStringLiteral("Strain tests — ")));
        QVERIFY(!child<QLabel>(dialog(), "strainDemoBadge")->isVisible());
        // The Scaling menu opens the same view.
        auto* action = child<QAction>(m_window.get(), "strainTestsAction");
        QVERIFY(m_window->scalingMenu()->actions().contains(action));
        action->trigger();
        QCOMPARE(m_window->findChildren<StrainTestsDialog*>().size(), 1);

        QTRY_VERIFY_WITH_TIMEOUT(dialog()->hasView(), 15000);
        QVERIFY2(dialog()->errorText().isEmpty(), qPrintable(dialog()->errorText()));
        QVERIFY(dialog()->form()->scenarioCombo()->count() >= 3);
        QVERIFY(dialog()->form()->selectScenario(QStringLiteral("baseline")));
        // The picker shows what the scenario does.
        const QString summary = child<QLabel>(dialog(), "strainScenarioSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("100 users")) &&
                     summary.contains(QStringLiteral("600 s")) &&
                     summary.contains(QStringLiteral("GET /")),
                 qPrintable(summary));
        QCOMPARE(dialog()->runModel()->rowCount(), 0);
        QVERIFY(dialog()->runButton()->isEnabled());
        QVERIFY(!dialog()->cancelButton()->isEnabled());
        QVERIFY(!dialog()->baselineButton()->isEnabled());
        const QStringList unnamed = controlsWithoutAccessibleName(dialog());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void aRefusedPlanIsShownInline() {
        QSignalSpy errors(m_window->bridge(), &EngineBridge::errorOccurred);
        typeInto(dialog()->form()->targetEdit(), QStringLiteral("not a url"));
        QTest::mouseClick(dialog()->runButton(), Qt::LeftButton);
        QVERIFY(!dialog()->isRunning());
        const QString error = dialog()->errorText();
        QVERIFY2(error.contains(QStringLiteral("'not a url'")), qPrintable(error));
        QVERIFY(child<QLabel>(dialog(), "strainErrorLabel")->isVisible());
        QTest::qWait(300);
        QCOMPARE(errors.count(), 0); // refused before the engine was asked
        QCOMPARE(dialog()->runModel()->rowCount(), 0);
    }

    void aRemoteTargetAsksAndNoSendsNothing() {
        QStringList askedHosts;
        QString askedText;
        int asked = 0;
        dialog()->setRemoteConfirmation([&](const QStringList& hosts, const QString& text) {
            ++asked;
            askedHosts = hosts;
            askedText = text;
            return false;
        });
        QSignalSpy errors(m_window->bridge(), &EngineBridge::errorOccurred);
        QSignalSpy progress(m_window->bridge(), &EngineBridge::strainProgress);
        StrainRunForm* form = dialog()->form();
        typeInto(form->targetEdit(), QStringLiteral("http://192.0.2.1/"));
        setSpin(form->durationSpin(), 5);
        setSpin(form->usersSpin(), 2);
        setSpin(form->thinkSpin(), 1000);
        QTest::mouseClick(dialog()->runButton(), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(askedHosts, QStringList{QStringLiteral("192.0.2.1")});
        // It names the host and the load: 2 users, one request a second each, 5 s.
        QVERIFY2(askedText.contains(QStringLiteral("192.0.2.1")) &&
                     askedText.contains(QStringLiteral("not this computer")) &&
                     askedText.contains(QStringLiteral("up to about 12 requests")),
                 qPrintable(askedText));
        QVERIFY(!dialog()->isRunning());
        QVERIFY2(dialog()->errorText().isEmpty(), qPrintable(dialog()->errorText()));
        QVERIFY(dialog()->statusText().contains(QStringLiteral("Not started")));
        QTest::qWait(1500);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(progress.count(), 0);
        QCOMPARE(dialog()->runModel()->rowCount(), 0);
        dialog()->setRemoteConfirmation([](const QStringList&, const QString&) {
            qWarning("a local target must not ask");
            return false;
        });
    }

    void aShortRunShowsProgressAndIsListed() {
        fillShortLocalRun(2);
        if (QTest::currentTestFailed()) {
            return;
        }
        QSignalSpy progress(m_window->bridge(), &EngineBridge::strainProgress);
        QSignalSpy bar(dialog()->progressBar(), &QProgressBar::valueChanged);
        QTest::mouseClick(dialog()->runButton(), Qt::LeftButton);
        QVERIFY2(dialog()->isRunning(), qPrintable(dialog()->errorText()));
        QVERIFY(!dialog()->runButton()->isEnabled());
        QVERIFY(dialog()->cancelButton()->isEnabled());
        QVERIFY(!dialog()->form()->isEnabled());
        // The dialog hears progress before this spy does (it connected first).
        QVERIFY(progress.wait(15000));
        QVERIFY(dialog()->chart()->pointCount() >= 1);
        QVERIFY(dialog()->progressBar()->value() > 0);
        QVERIFY(!child<QLabel>(dialog(), "strainSentLabel")->text().endsWith(QLatin1String(" 0")));

        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isRunning(), kRunTimeoutMs);
        QVERIFY2(dialog()->errorText().isEmpty(), qPrintable(dialog()->errorText()));
        // The bar moved through the run (not only 0 and done).
        bool between = false;
        for (const auto& args : bar) {
            const int v = args.at(0).toInt();
            between = between || (v > 0 && v < dialog()->progressBar()->maximum());
        }
        QVERIFY(between);
        QCOMPARE(dialog()->progressBar()->value(), dialog()->progressBar()->maximum());
        QTRY_COMPARE_WITH_TIMEOUT(dialog()->runModel()->rowCount(), 1, 10000);
        // The finished run selects itself, with its verdict and figures.
        QTRY_VERIFY(dialog()->selectedRunId().has_value());
        const StrainRunRecord* run = dialog()->runModel()->runAt(0);
        QCOMPARE(*dialog()->selectedRunId(), run->id);
        QCOMPARE(run->result.users, 5);
        QCOMPARE(run->result.plannedDuration, std::chrono::seconds(2));
        QVERIFY(run->result.completed > 20);
        QCOMPARE(cell(0, StrainRunModel::Verdict), QStringLiteral("Passed"));
        QCOMPARE(cell(0, StrainRunModel::Load), QStringLiteral("Closed · 5 users"));
        QVERIFY(cell(0, StrainRunModel::P95).endsWith(QLatin1String(" ms")));
        QCOMPARE(cell(0, StrainRunModel::Baseline), QString());
        // The panel shows its criteria: p95, error rate, throughput passed; memory not measured
        // (no memory source is mapped here).
        QTableWidget* criteria = dialog()->comparisonPanel()->criteriaTable();
        QCOMPARE(criteria->rowCount(), 4);
        QCOMPARE(criteria->item(0, 3)->text(), QStringLiteral("passed"));
        QCOMPARE(criteria->item(3, 3)->text(), QStringLiteral("not measured"));
        QVERIFY(dialog()->comparisonPanel()->comparisonNote()->text().contains(
            QStringLiteral("No baseline")));
        // After the run the chart shows its stored timeline.
        QVERIFY(dialog()->chart()->pointCount() >= 1);
        QVERIFY(dialog()->baselineButton()->isEnabled());
        // Remembered for the next time.
        QSettings settings(m_dir.path() + QStringLiteral("/console.ini"), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("strain/lastTarget")).toString(), m_origin);
        QCOMPARE(settings.value(QStringLiteral("strain/lastScenario")).toString(),
                 QStringLiteral("baseline"));
    }

    void setAsBaselineMarksTheRun() {
        QVERIFY(dialog()->selectRun(dialog()->runModel()->runAt(0)->id));
        QVERIFY(dialog()->baselineButton()->isEnabled());
        QTest::mouseClick(dialog()->baselineButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, StrainRunModel::Baseline), QStringLiteral("★ baseline"),
                                  10000);
        QVERIFY(dialog()->runModel()->runAt(0)->baseline);
        QVERIFY2(dialog()->errorText().isEmpty(), qPrintable(dialog()->errorText()));
        QVERIFY(!dialog()->baselineButton()->isEnabled()); // already the baseline
        QVERIFY(dialog()->comparisonPanel()->comparisonNote()->text().contains(
            QStringLiteral("is the baseline")));
    }

    void aSecondRunIsComparedWithTheBaseline() {
        fillShortLocalRun(2);
        if (QTest::currentTestFailed()) {
            return;
        }
        const RowId first = dialog()->runModel()->runAt(0)->id;
        runToTheEnd();
        if (QTest::currentTestFailed()) {
            return;
        }
        const RowId second = *dialog()->selectedRunId();
        QVERIFY(second != first);
        QCOMPARE(dialog()->runModel()->rowCount(), 2);
        QCOMPARE(dialog()->runModel()->runAt(0)->id, second); // newest first
        QCOMPARE(cell(0, StrainRunModel::Verdict), QStringLiteral("Passed"));
        QCOMPARE(cell(1, StrainRunModel::Baseline), QStringLiteral("★ baseline"));
        QCOMPARE(cell(0, StrainRunModel::Baseline), QString());
        StrainComparisonPanel* panel = dialog()->comparisonPanel();
        const QString note = panel->comparisonNote()->text();
        QVERIFY2(note.contains(QStringLiteral("baseline of")) &&
                     !note.contains(QStringLiteral("Not comparable")),
                 qPrintable(note));
        QTableWidget* table = panel->comparisonTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("p50"));
        QCOMPARE(table->item(5, 0)->text(), QStringLiteral("Error rate"));
        // Baseline → this run from the stored figures, with the change and a flag.
        const StrainRunRecord* baseline = dialog()->runModel()->runAt(1);
        const StrainRunRecord* current = dialog()->runModel()->runAt(0);
        const StrainWording wording;
        QCOMPARE(table->item(2, 1)->text(), wording.latency(baseline->result.measurement.p95));
        QCOMPARE(table->item(2, 2)->text(), wording.latency(current->result.measurement.p95));
        QVERIFY(table->item(2, 3)->text().endsWith(QLatin1String(" %")));
        const QString flag = table->item(2, 4)->text();
        QVERIFY2(flag == QStringLiteral("ok") || flag == QStringLiteral("REGRESSED"),
                 qPrintable(flag));

        if (qEnvironmentVariableIsSet("HEADROOM_STRAIN_SCREENSHOT")) {
            dialog()->raise();
            QTest::qWait(200);
            const QString path = qEnvironmentVariable("HEADROOM_STRAIN_SCREENSHOT");
            QVERIFY(dialog()->grab().save(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }

    void aCancelledRunIsStoredNotJudged() {
        fillShortLocalRun(10);
        if (QTest::currentTestFailed()) {
            return;
        }
        setSpin(dialog()->form()->thinkSpin(), 50);
        const int before = dialog()->runModel()->rowCount();
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(dialog()->runButton(), Qt::LeftButton);
        QVERIFY(dialog()->isRunning());
        QTest::qWait(500);
        QVERIFY(dialog()->isRunning());
        QTest::mouseClick(dialog()->cancelButton(), Qt::LeftButton);
        QVERIFY(!dialog()->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isRunning(), kRunTimeoutMs);
        QVERIFY2(clock.elapsed() < 8000, "the run went on after Cancel");
        QVERIFY2(dialog()->errorText().isEmpty(), qPrintable(dialog()->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(dialog()->runModel()->rowCount(), before + 1, 10000);
        QTRY_VERIFY(dialog()->selectedRunId() == dialog()->runModel()->runAt(0)->id);
        const StrainRunRecord* run = dialog()->runModel()->runAt(0);
        QCOMPARE(run->result.stop, LoadStop::Cancelled);
        QCOMPARE(run->verdict, std::string("not_judged"));
        QCOMPARE(cell(0, StrainRunModel::Verdict), QStringLiteral("Cancelled — not judged"));
        QVERIFY(!dialog()->baselineButton()->isEnabled());
        QVERIFY(dialog()->baselineButton()->toolTip().contains(QStringLiteral("not judged")));
        QVERIFY(dialog()->comparisonPanel()->comparisonNote()->text().contains(
            QStringLiteral("Not comparable")));
        QVERIFY(dialog()->statusText().contains(QStringLiteral("cancelled")));
        // The baseline stays the first run.
        QCOMPARE(cell(before, StrainRunModel::Baseline), QStringLiteral("★ baseline"));
    }

    void reopeningRemembersTargetAndScenario() {
        dialog()->form()->selectScenario(QStringLiteral("baseline"));
        dialog()->close();
        QTRY_VERIFY(dialog() == nullptr);
        StrainTestsDialog* reopened = m_window->openStrainTests();
        QVERIFY(reopened != nullptr);
        QCOMPARE(reopened->form()->targetUrl(), m_origin);
        QTRY_VERIFY_WITH_TIMEOUT(reopened->hasView(), 15000);
        QCOMPARE(reopened->form()->scenarioId(), QStringLiteral("baseline"));
        QCOMPARE(reopened->runModel()->rowCount(), 3);
    }

    // An unknown workspace (NotFound) and an opened bundle, which holds no strain runs
    // (Conflict): the engine's answer is shown in the view, and nothing can be run.
    void anEngineErrorIsShownInTheView_data() {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << QStringLiteral("no-such-workspace")
                                 << QStringLiteral("no workspace named 'no-such-workspace'");
        QTest::newRow("bundle") << QStringLiteral("bundle:acme-2026")
                                << QStringLiteral("opened bundle and read-only");
    }

    void anEngineErrorIsShownInTheView() {
        QFETCH(QString, workspace);
        QFETCH(QString, expected);
        QSettings settings(m_dir.path() + QStringLiteral("/other.ini"), QSettings::IniFormat);
        StrainDialogContext context;
        context.workspace = workspace;
        context.isDemo = true;
        StrainTestsDialog view(*m_engine, *m_window->bridge(), context, settings);
        view.show();
        QCOMPARE(view.windowTitle(), QStringLiteral("Strain tests — %1").arg(workspace));
        QVERIFY(child<QLabel>(&view, "strainDemoBadge")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!view.errorText().isEmpty(), 15000);
        QVERIFY2(view.errorText().contains(expected), qPrintable(view.errorText()));
        QVERIFY(!view.hasView());
        QVERIFY(!view.runButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<NginxServer> m_nginx;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QString m_origin;
};

QTEST_MAIN(TestStrainDialog)
#include "tst_strain_dialog.moc"
