// The strain scenario editor (issue 8): the settings in force shown, with the pass criteria in
// percent; a duplicate name, a URL that is neither http(s) nor a path and a header line without
// a name named inline with Save disabled; removing asks first (No keeps the scenario) and a
// scenario a recommended suite runs cannot be removed; a new scenario's id follows its name, a
// saved one's stays. End to end on a real Engine: edited method, URLs, headers, body and
// criteria saved from the Strain Tests view land in strain.json in the catalog folder and in the
// engine's strain view, and the run form keeps its scenario, now showing the edit; settings the
// engine refuses are shown in the view.
//
// HEADROOM_STRAIN_EDITOR_SCREENSHOT=/tmp/editor.png saves a picture of the editor.

#include "EngineBridge.h"
#include "MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "strain/StrainRunForm.h"
#include "strain/StrainScenarioEditor.h"
#include "strain/StrainTestsDialog.h"

#include <algorithm>
#include <memory>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace headroom;
using namespace headroom::ui;
using namespace std::chrono_literals;

namespace {

Catalog defaultCatalog() {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        qFatal("default catalog: %s", catalog.error().message.c_str());
    }
    return *catalog;
}

const StrainScenario* scenarioIn(const StrainSettings& settings, std::string_view id) {
    return settings.findScenario(id);
}

// Typed as a person would, so textEdited fires.
void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void setHeader(QTableWidget* table, int row, const QString& name, const QString& value) {
    table->item(row, 0)->setText(name);
    table->item(row, 1)->setText(value);
}

// Every control has an object name and a name for screen readers.
QStringList unnamedControls(const QWidget* window) {
    QStringList missing;
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        const bool control =
            qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
            qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
            qobject_cast<const QLineEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w);
        bool part = false; // the inner widgets of a control are the control's
        for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
            part = part || qobject_cast<const QComboBox*>(p) || qobject_cast<const QLineEdit*>(p) ||
                   qobject_cast<const QAbstractItemView*>(p) ||
                   qobject_cast<const QAbstractSpinBox*>(p) ||
                   qobject_cast<const QPlainTextEdit*>(p) ||
                   qobject_cast<const QDialogButtonBox*>(p) ||
                   QLatin1String(p->metaObject()->className()) == QLatin1String("QTabBar");
        }
        const bool tabBarPart = QLatin1String(w->metaObject()->className()) ==
                                QLatin1String("QToolButton"); // the tab bar's scroll arrows
        if (control && !part && !tabBarPart &&
            (w->accessibleName().trimmed().isEmpty() || w->objectName().isEmpty())) {
            missing << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QLatin1String(w->metaObject()->className()));
        }
    }
    return missing;
}

} // namespace

class TestStrainEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QString m_catalogDir;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        EngineOptions options;
        options.databasePath = (m_dir.path() + QStringLiteral("/headroom.db")).toStdString();
        options.catalog = defaultCatalog();
        options.pollInterval = std::chrono::hours{1};
        options.createDemoWorkspace = false;
        options.loadConfiguredSources = false;
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("local");
        console.settingsPath = m_dir.path() + QStringLiteral("/console.ini");
        m_catalogDir = m_dir.path() + QStringLiteral("/catalogs");
        console.catalogDir = m_catalogDir;
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        QVERIFY(m_engine->start().has_value());
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentWorkspace().isEmpty(), 20000);
    }

    void cleanupTestCase() {
        if (m_window && m_window->strainDialog()) {
            m_window->strainDialog()->close();
        }
        m_window.reset();
        m_engine.reset();
    }

    void showsTheSettingsInForce() {
        const Catalog catalog = defaultCatalog();
        StrainScenarioEditor editor(catalog);
        editor.show();
        QCOMPARE(editor.list()->count(), int(catalog.strain.scenarios.size()));
        QVERIFY(editor.selectScenario(QStringLiteral("growth_stress")));
        QCOMPARE(editor.nameEdit()->text(), QStringLiteral("Growth Stress Test"));
        QCOMPARE(editor.usersSpin()->value(), 500);
        QCOMPARE(editor.durationSpin()->value(), 900);
        QCOMPARE(editor.methodCombo()->currentText(), QStringLiteral("GET"));
        QCOMPARE(editor.urlsEdit()->toPlainText(), QStringLiteral("/"));
        QVERIFY(!editor.bodyEdit()->isEnabled()); // a GET takes no body
        // Seed 002's criteria, in the units people read them in.
        QCOMPARE(editor.p95Spin()->value(), 2000);
        QCOMPARE(editor.errorRateSpin()->value(), 5.0);
        QCOMPARE(editor.throughputSpin()->value(), 10.0);
        QCOMPARE(editor.memorySpin()->value(), 85.0);
        QCOMPARE(editor.regressionSpin()->value(), 10.0);
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join('\n')));
        QVERIFY(editor.saveButton()->isEnabled());
        QVERIFY(editor.editedSettings() == catalog.strain); // showing changes nothing
        const QStringList unnamed = unnamedControls(&editor);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // The body follows the method.
        editor.methodCombo()->setCurrentIndex(editor.methodCombo()->findText("POST"));
        QVERIFY(editor.bodyEdit()->isEnabled());
    }

    void duplicateNameBlocksSave() {
        StrainScenarioEditor editor(defaultCatalog());
        editor.show();
        QVERIFY(editor.selectScenario(QStringLiteral("growth_stress")));
        typeInto(editor.nameEdit(), QStringLiteral("baseline performance"));
        QVERIFY(!editor.problems().isEmpty());
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(editor.problemLabel()->isVisibleTo(&editor));
        QVERIFY2(editor.problemLabel()->text().contains(QStringLiteral("name of another scenario")),
                 qPrintable(editor.problemLabel()->text()));
        // The list follows the name.
        QCOMPARE(editor.list()->currentItem()->text(), QStringLiteral("baseline performance"));

        typeInto(editor.nameEdit(), QStringLiteral("Growth stress, edited"));
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join('\n')));
        QVERIFY(editor.saveButton()->isEnabled());
        // Renamed, the scenario keeps its id: its stored runs and baseline stay its own.
        QCOMPARE(editor.selectedId(), QStringLiteral("growth_stress"));
    }

    void badUrlBlocksSave_data() {
        QTest::addColumn<QString>("urls");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ftp") << QStringLiteral("/ok\nftp://example.com/x") << false;
        QTest::newRow("no scheme") << QStringLiteral("example.com/x") << false;
        QTest::newRow("two slashes") << QStringLiteral("//example.com/x") << false;
        QTest::newRow("space") << QStringLiteral("/a b") << false;
        QTest::newRow("empty") << QStringLiteral("\n  \n") << false;
        QTest::newRow("path and https")
            << QStringLiteral("/api/a\n\nhttps://example.com/b") << true;
    }

    void badUrlBlocksSave() {
        QFETCH(QString, urls);
        QFETCH(bool, valid);
        StrainScenarioEditor editor(defaultCatalog());
        QVERIFY(editor.selectScenario(QStringLiteral("baseline")));
        editor.urlsEdit()->setPlainText(urls);
        QCOMPARE(editor.saveButton()->isEnabled(), valid);
        QCOMPARE(editor.problems().isEmpty(), valid);
        if (!valid) {
            QVERIFY2(editor.problemLabel()->text().startsWith(QStringLiteral("Baseline "
                                                                             "Performance — URL")),
                     qPrintable(editor.problemLabel()->text()));
            QVERIFY(!editor.list()->currentItem()->icon().isNull()); // marked in the list
        } else {
            const auto* s = scenarioIn(editor.editedSettings(), "baseline");
            QVERIFY(s->urls == std::vector<std::string>({"/api/a", "https://example.com/b"}));
        }
    }

    void headerWithoutNameBlocksSave() {
        StrainScenarioEditor editor(defaultCatalog());
        QVERIFY(editor.selectScenario(QStringLiteral("baseline")));
        QTest::mouseClick(editor.addHeaderButton(), Qt::LeftButton);
        QCOMPARE(editor.headersTable()->rowCount(), 1);
        QVERIFY(editor.saveButton()->isEnabled()); // an empty line is nothing yet
        setHeader(editor.headersTable(), 0, QString(), QStringLiteral("secret"));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(editor.problemLabel()->text().contains(QStringLiteral("without a name")),
                 qPrintable(editor.problemLabel()->text()));
        setHeader(editor.headersTable(), 0, QStringLiteral("Bad Name"), QStringLiteral("x"));
        QVERIFY(!editor.saveButton()->isEnabled());
        setHeader(editor.headersTable(), 0, QStringLiteral("X-Api-Key"), QStringLiteral("x"));
        QVERIFY2(editor.saveButton()->isEnabled(), qPrintable(editor.problems().join('\n')));
    }

    void overTheLimitsBlocksSave() {
        StrainScenarioEditor editor(defaultCatalog());
        QVERIFY(editor.selectScenario(QStringLiteral("baseline")));
        editor.usersSpin()->setValue(10001);
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(editor.problemLabel()->text().contains(QStringLiteral("limits.max_users")),
                 qPrintable(editor.problemLabel()->text()));
        editor.usersSpin()->setValue(10000);
        QVERIFY(editor.saveButton()->isEnabled());
        editor.memorySpin()->setValue(0.0);
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(editor.problemLabel()->text().startsWith(
                     QStringLiteral("Pass criteria — max memory: must be more than 0 %")),
                 qPrintable(editor.problemLabel()->text()));
    }

    // A suite runs ai_load for 60 s: a ramp-up that long no longer fits, named by the suite.
    void rampLongerThanASuiteRunBlocksSave() {
        StrainScenarioEditor editor(defaultCatalog());
        QVERIFY(editor.selectScenario(QStringLiteral("ai_load")));
        editor.findChild<QSpinBox*>(QStringLiteral("strainScenarioRampSpin"))->setValue(60);
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY2(editor.problemLabel()->text().contains(
                     QStringLiteral("Suite “Before Hard Launch”, its run of AI Load for 60 s")),
                 qPrintable(editor.problemLabel()->text()));
    }

    void removeAsksFirst() {
        StrainScenarioEditor editor(defaultCatalog());
        editor.show();
        const int before = editor.list()->count();
        QVERIFY(editor.selectScenario(QStringLiteral("baseline")));
        QVERIFY(editor.removeButton()->isEnabled());

        // The real question box: answered No, nothing is removed.
        QString asked;
        const auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [&asked, button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("strainRemoveConfirmBox"));
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("Baseline Performance")), qPrintable(asked));
        QCOMPARE(editor.list()->count(), before);
        QVERIFY(scenarioIn(editor.editedSettings(), "baseline"));

        asked.clear();
        answer(QMessageBox::Yes);
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(editor.list()->count(), before - 1);
        QVERIFY(!scenarioIn(editor.editedSettings(), "baseline"));
        QVERIFY(editor.problems().isEmpty());

        // A scenario a recommended suite runs: not removable, and nobody is asked.
        int asks = 0;
        editor.setRemoveConfirmation([&asks](const QString&) {
            ++asks;
            return true;
        });
        QVERIFY(editor.selectScenario(QStringLiteral("ai_load")));
        QVERIFY(!editor.removeButton()->isEnabled());
        QVERIFY(editor.removeButton()->toolTip().contains(QStringLiteral("Before Hard Launch")));
        QVERIFY(!editor.removeSelected());
        QCOMPARE(asks, 0);
        QVERIFY(scenarioIn(editor.editedSettings(), "ai_load"));
    }

    void addedAndDuplicatedScenariosGetTheirOwnIds() {
        StrainScenarioEditor editor(defaultCatalog());
        editor.show();
        const int before = editor.list()->count();
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("strainAddScenarioButton")),
                          Qt::LeftButton);
        QCOMPARE(editor.list()->count(), before + 1);
        QCOMPARE(editor.selectedId(), QStringLiteral("new_scenario"));
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join('\n')));
        typeInto(editor.nameEdit(), QStringLiteral("Checkout flow"));
        QCOMPARE(editor.selectedId(), QStringLiteral("checkout_flow")); // not saved: follows

        QVERIFY(editor.selectScenario(QStringLiteral("baseline")));
        editor.duplicateSelected();
        QCOMPARE(editor.list()->count(), before + 2);
        QCOMPARE(editor.nameEdit()->text(), QStringLiteral("Baseline Performance (copy)"));
        QCOMPARE(editor.selectedId(), QStringLiteral("baseline_performance_copy"));
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join('\n')));
        const auto* copy = scenarioIn(editor.editedSettings(), "baseline_performance_copy");
        QVERIFY(copy);
        QCOMPARE(copy->users, 100);
    }

    void savedEditsReachTheFileAndTheEngine() {
        StrainTestsDialog* dialog = m_window->openStrainTests();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasView(), 20000);
        QVERIFY(dialog->form()->selectScenario(QStringLiteral("growth_stress")));
        QVERIFY(dialog->editScenariosButton()->isEnabled());

        bool edited = false;
        QTimer::singleShot(0, this, [&] {
            auto* editor = dialog->findChild<StrainScenarioEditor*>();
            QVERIFY(editor);
            QTRY_VERIFY(editor->isVisible());
            QCOMPARE(editor->selectedId(), QStringLiteral("growth_stress")); // the form's pick
            editor->methodCombo()->setCurrentIndex(editor->methodCombo()->findText("POST"));
            editor->urlsEdit()->setPlainText(
                QStringLiteral("/api/checkout\nhttp://127.0.0.1:9/cart"));
            QTest::mouseClick(editor->addHeaderButton(), Qt::LeftButton);
            setHeader(editor->headersTable(), 0, QStringLiteral("Content-Type"),
                      QStringLiteral("application/json"));
            QTest::mouseClick(editor->addHeaderButton(), Qt::LeftButton);
            setHeader(editor->headersTable(), 1, QStringLiteral("X-Run"), QStringLiteral("strain"));
            editor->bodyEdit()->setPlainText(QStringLiteral("{\"items\":3}"));
            editor->p95Spin()->setValue(1500);
            editor->errorRateSpin()->setValue(2.0);
            if (const QByteArray path = qgetenv("HEADROOM_STRAIN_EDITOR_SCREENSHOT");
                !path.isEmpty()) {
                // One picture per page: editor.png, editor-1.png, editor-2.png.
                auto* pages = editor->findChild<QTabWidget*>(QStringLiteral("strainEditorPages"));
                const QString file = QString::fromLocal8Bit(path);
                for (int i = 0; pages && i < pages->count(); ++i) {
                    pages->setCurrentIndex(i);
                    QString name = file;
                    if (i > 0) {
                        name.insert(name.lastIndexOf(QLatin1Char('.')),
                                    QStringLiteral("-%1").arg(i));
                    }
                    editor->grab().save(name);
                }
                pages->setCurrentIndex(0);
            }
            QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->problems().join('\n')));
            edited = true;
            editor->saveButton()->click();
        });
        QTest::mouseClick(dialog->editScenariosButton(), Qt::LeftButton); // returns when closed
        QVERIFY(edited);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSavingScenarios(), 20000);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("strain.json")),
                 qPrintable(dialog->statusText()));

        const auto check = [](const StrainSettings& settings) {
            const StrainScenario* s = settings.findScenario("growth_stress");
            QVERIFY(s);
            QCOMPARE(s->method, std::string("POST"));
            QVERIFY(s->urls ==
                    std::vector<std::string>({"/api/checkout", "http://127.0.0.1:9/cart"}));
            QVERIFY(s->headers == std::vector<HttpHeader>(
                                      {{"Content-Type", "application/json"}, {"X-Run", "strain"}}));
            QCOMPARE(s->body, std::string("{\"items\":3}"));
            QCOMPARE(settings.criteria.maxP95, 1500ms);
            QCOMPARE(settings.criteria.maxErrorRate, 0.02);
        };

        // On disk, where the next start reads it.
        auto loaded = loadCatalog(m_catalogDir.toStdString());
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message.c_str());
        check(loaded->strain);

        // In the engine, for the next run.
        QSignalSpy views(m_window->bridge(), &EngineBridge::strainViewReady);
        const RequestId id = m_engine->requestStrainView("local");
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(views,
                                                     [id](const QList<QVariant>& args) {
                                                         return args.at(0).toULongLong() == id;
                                                     }),
                                 20000);
        for (const auto& args : views) {
            if (args.at(0).toULongLong() == id) {
                const auto view = args.at(1).value<StrainView>();
                check(view.settings);
                QVERIFY(view.settings == loaded->strain);
            }
        }

        // The run form kept its scenario and shows the edit.
        QCOMPARE(dialog->form()->scenarioId(), QStringLiteral("growth_stress"));
        QVERIFY(dialog->form()->scenario());
        QCOMPARE(dialog->form()->scenario()->method, std::string("POST"));
    }

    void refusedSettingsAreShown() {
        StrainTestsDialog* dialog = m_window->openStrainTests();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasView(), 20000);
        Catalog catalog = defaultCatalog();
        StrainSettings bad = catalog.strain;
        bad.scenarios[1].name = bad.scenarios[0].name; // bypasses the editor's own check
        dialog->saveScenarios(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSavingScenarios(), 20000);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("not applied")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->editScenariosButton()->isEnabled());
        // strain.json is written only once the engine accepted: it still holds the last save.
        auto loaded = loadCatalog(m_catalogDir.toStdString());
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->strain.findScenario("growth_stress")->method, std::string("POST"));
    }
};

QTEST_MAIN(TestStrainEditor)
#include "tst_strain_editor.moc"
