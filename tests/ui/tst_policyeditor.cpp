// The "Scaling policies" dialog: built-in templates are read-only, a clone is edited in place,
// the catalog's validation names the key path and keeps Save disabled while anything is wrong;
// and in the window, a saved change is written to policies.json and recorded as a PolicyChanged
// event by the engine before the status bar says so.

#include "EngineBridge.h"
#include "MainWindow.h"
#include "PolicyEditorDialog.h"
#include "catalog/CatalogLoader.h"

#include <memory>

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
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
#include <QTimer>

using namespace headroom;
using namespace headroom::ui;

namespace {

Catalog defaultCatalog() {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        qFatal("default catalog: %s", catalog.error().message.c_str());
    }
    return *catalog;
}

} // namespace

class TestPolicyEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtInsAreReadOnly() {
        const Catalog catalog = defaultCatalog();
        PolicyEditorDialog dialog(catalog);
        QCOMPARE(dialog.list()->count(), int(catalog.policies.templates.size()));
        // The active template is selected and marked; it cannot be edited, only cloned.
        QVERIFY(dialog.list()->currentItem()->text().contains(QStringLiteral("active")));
        QVERIFY(!dialog.nameEdit()->isEnabled());
        QVERIFY(!dialog.scaleUpEdit()->isEnabled());
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.problems().isEmpty());
    }

    void cloneIsEditedAndValidated() {
        const Catalog catalog = defaultCatalog();
        PolicyEditorDialog dialog(catalog);
        const QString original = QString::fromStdString(catalog.policies.activeId);
        dialog.cloneSelected();
        QCOMPARE(dialog.list()->count(), int(catalog.policies.templates.size()) + 1);
        QCOMPARE(dialog.lastAction(), QStringLiteral("cloned"));
        const QString cloneId = dialog.lastPolicyId();
        QCOMPARE(cloneId, original + QStringLiteral("_copy"));
        QVERIFY(dialog.nameEdit()->isEnabled());
        QVERIFY(dialog.list()->currentItem()->text().contains(QStringLiteral("(clone)")));

        // Scale-down above scale-up: named by key path, Save disabled.
        const double up = dialog.scaleUpEdit()->value();
        dialog.scaleDownEdit()->setValue(std::min(1.0, up + 0.05));
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("scale_down_threshold")),
                 qPrintable(dialog.problemLabel()->text()));
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("must be below")));
        QVERIFY(!dialog.okButton()->isEnabled());

        // Put right: valid again, and the edit is what the dialog hands back.
        dialog.scaleDownEdit()->setValue(up - 0.4);
        dialog.hysteresisEdit()->setValue(0.05);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join('\n')));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.lastAction(), QStringLiteral("edited"));
        const auto* edited = dialog.editedPolicies().find(cloneId.toStdString());
        QVERIFY(edited);
        QCOMPARE(edited->scaleDownThreshold, up - 0.4);
        QCOMPARE(edited->basedOn, original.toStdString());

        dialog.makeSelectedActive();
        QCOMPARE(QString::fromStdString(dialog.editedPolicies().activeId), cloneId);
        QCOMPARE(dialog.initialActiveId(), original);
        QVERIFY(dialog.list()->currentItem()->text().contains(QStringLiteral("active")));
        // The built-in it came from is unchanged.
        QCOMPARE(dialog.editedPolicies().find(original.toStdString())->scaleDownThreshold,
                 catalog.policies.find(original.toStdString())->scaleDownThreshold);
    }

    void windowSavesWritesAndRecords() {
        QTemporaryDir dir;
        EngineOptions options;
        options.databasePath = (dir.path() + QStringLiteral("/headroom.db")).toStdString();
        options.catalog = defaultCatalog();
        options.pollInterval = std::chrono::hours{1};
        options.createDemoWorkspace = false;
        options.loadConfiguredSources = false;
        Engine engine(std::move(options), {});
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("local");
        console.settingsPath = dir.path() + QStringLiteral("/console.ini");
        console.catalogDir = dir.path() + QStringLiteral("/catalogs");
        auto window = std::make_unique<MainWindow>(engine, console);
        QVERIFY(engine.start().has_value());
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(!window->liveWorkspace().isEmpty(), 20000);

        QString cloneId;
        // The dialog is modal: drive it from the event loop once it is up.
        QTimer::singleShot(0, this, [&] {
            auto* dialog = window->findChild<PolicyEditorDialog*>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            dialog->cloneSelected();
            dialog->makeSelectedActive();
            cloneId = dialog->lastPolicyId();
            dialog->okButton()->click();
        });
        QSignalSpy changed(window->bridge(), &EngineBridge::policyChanged);
        auto* action =
            window->scalingMenu()->findChild<QAction*>(QStringLiteral("scalingPoliciesAction"));
        QVERIFY(action);
        action->trigger(); // returns when the dialog is closed
        QVERIFY(!cloneId.isEmpty());

        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.at(0).at(2).toString(), cloneId);
        QTRY_VERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("history")));
        QFile file(console.catalogDir + QStringLiteral("/policies.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains(QByteArray("\"active\": \"") + cloneId.toUtf8() + '"') ||
                json.contains(QByteArray("\"active\":\"") + cloneId.toUtf8() + '"'));
        window.reset();
        engine.stop();

        // The history holds the change, with the template it made active.
        auto store = Store::open((dir.path() + QStringLiteral("/headroom.db")).toStdString());
        QVERIFY(store);
        auto ws = (*store)->workspace("local");
        QVERIFY(ws);
        HistoryFilter filter;
        filter.kinds = {EventKind::PolicyChanged};
        auto events = (*store)->events(ws->id, filter);
        QVERIFY(events);
        QCOMPARE(events->size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(events->front().subject), cloneId);
        QVERIFY(events->front().detailJson.find("\"action\":\"activated\"") != std::string::npos);
    }
};

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
