// Desktop polish on the real console: every main action has its own shortcut and the shortcuts
// list shows them all; Preferences switches light and dark at once and the console's coloured
// texts and charts follow; the tray's health follows the shown workspace; the first-run screen
// shows once and can take the founder to the demo; a long request shows the busy bar.

#include "ConsolePreferences.h"
#include "ConsoleTheme.h"
#include "EngineBridge.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ShortcutsDialog.h"
#include "TrayNotifier.h"
#include "WelcomeDialog.h"
#include "Wording.h"
#include "catalog/CatalogLoader.h"
#include "ui/AccessibleNames.h"
#include "ui/ConsoleEngine.h"

#include <memory>

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::ui;

namespace {

// The menus' actions a founder uses; Help's (About, Welcome) need none.
QList<QAction*> mainActions(MainWindow& window) {
    QList<QAction*> actions;
    for (QAction* menuAction : window.menuBar()->actions()) {
        QMenu* menu = menuAction->menu();
        if (menu == nullptr || menu == window.helpMenu()) {
            continue;
        }
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator() && action->menu() == nullptr) {
                actions << action;
            }
        }
    }
    return actions;
}

} // namespace

class TestConsolePolish : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_engine = test::makeConsoleEngine(m_dir.filePath(QStringLiteral("polish.db")));
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("demo");
        console.settingsPath = m_dir.filePath(QStringLiteral("polish.ini"));
        console.theme = &m_theme;
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        QVERIFY(m_engine->start().has_value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().contains(QLatin1String("Demo")), 20000);
    }

    void cleanupTestCase() {
        m_window.reset();
        m_engine.reset();
        m_theme.apply(ThemeChoice::System);
    }

    void everyMainActionHasItsOwnShortcut() {
        const QList<QAction*> actions = mainActions(*m_window);
        QVERIFY(actions.size() >= 15);
        QStringList without;
        QMap<QString, QString> owner;
        QStringList clashes;
        for (QAction* action : actions) {
            if (action->shortcut().isEmpty()) {
                without << action->text();
                continue;
            }
            const QString keys = action->shortcut().toString(QKeySequence::PortableText);
            if (owner.contains(keys)) {
                clashes << QStringLiteral("%1: %2 and %3").arg(keys, owner[keys], action->text());
            }
            owner[keys] = action->text();
        }
        // The window's own actions (tabs) and the decision buttons share the same key space.
        for (QAction* action : m_window->actions()) {
            const QString keys = action->shortcut().toString(QKeySequence::PortableText);
            if (!keys.isEmpty() && owner.contains(keys) && owner[keys] != action->text() &&
                !mainActions(*m_window).contains(action)) {
                clashes << QStringLiteral("%1: %2 and %3").arg(keys, owner[keys], action->text());
            }
        }
        for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
            const QString keys = button->shortcut().toString(QKeySequence::PortableText);
            if (!keys.isEmpty() && owner.contains(keys)) {
                clashes << QStringLiteral("%1: %2 and %3").arg(keys, owner[keys], button->text());
            }
        }
        QVERIFY2(without.isEmpty(), qPrintable(without.join(QLatin1String(", "))));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));
    }

    void shortcutsListShowsTheRealKeys() {
        QAction* open = m_window->findChild<QAction*>(QStringLiteral("shortcutsAction"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::Key_F1));
        open->trigger();
        ShortcutsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog*>()) != nullptr);
        QSet<QString> keys;
        QSet<QString> names;
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            keys.insert(dialog->table()->item(row, 2)->text());
            names.insert(dialog->table()->item(row, 1)->text());
        }
        const auto native = [](const QKeySequence& k) {
            return k.toString(QKeySequence::NativeText);
        };
        for (QAction* action : mainActions(*m_window)) {
            QVERIFY2(keys.contains(native(action->shortcut())), qPrintable(action->text()));
        }
        QVERIFY(keys.contains(native(QKeySequence(Qt::CTRL | Qt::Key_1))));
        QVERIFY(keys.contains(native(QKeySequence(Qt::Key_Space)))); // the timeline's
        QVERIFY(names.contains(QStringLiteral("Preferences")));      // no '&', no '…'
        dialog->close();
    }

    void dialogsReopenAtTheirLastSize() {
        QAction* open = m_window->findChild<QAction*>(QStringLiteral("shortcutsAction"));
        open->trigger();
        ShortcutsDialog* first = nullptr;
        QTRY_VERIFY((first = m_window->findChild<ShortcutsDialog*>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(first));
        const QSize size = first->size() + QSize(57, 43);
        first->resize(size);
        QTRY_COMPARE(first->size(), size);
        first->close(); // deletes itself
        QTRY_VERIFY(m_window->findChild<ShortcutsDialog*>() == nullptr);

        open->trigger();
        ShortcutsDialog* second = nullptr;
        QTRY_VERIFY((second = m_window->findChild<ShortcutsDialog*>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(second));
        QCOMPARE(second->size(), size);
        second->close();
        QTRY_VERIFY(m_window->findChild<ShortcutsDialog*>() == nullptr);
    }

    void dialogsNameEveryControl() {
        PreferencesDialog preferences(ConsolePreferences{}, QStringLiteral("en"));
        WelcomeDialog welcome(false);
        ShortcutsDialog shortcuts(ShortcutsDialog::collect(m_window.get()));
        for (QDialog* dialog :
             std::initializer_list<QDialog*>{&preferences, &welcome, &shortcuts}) {
            const QStringList missing = test::controlsWithoutAccessibleName(dialog);
            QVERIFY2(missing.isEmpty(), qPrintable(dialog->objectName() + QLatin1String(": ") +
                                                   missing.join(QLatin1String(", "))));
        }
    }

    void darkAndLightApplyAtOnce() {
        auto* preferences = openPreferences();
        QVERIFY(preferences);
        auto* theme = preferences->findChild<QComboBox*>(QStringLiteral("themeCombo"));
        theme->setCurrentIndex(theme->findData(static_cast<int>(ThemeChoice::Dark)));
        QVERIFY(!preferences->languageNeedsRestart());
        preferences->accept();
        QTRY_VERIFY(ConsoleTheme::isDark());
        QCOMPARE(m_window->preferences().theme, ThemeChoice::Dark);
        // A label toned as an error was re-styled with the variant that reads on dark.
        auto* label = new QLabel(QStringLiteral("problem"), m_window.get());
        ConsoleTheme::setTone(label, Tone::Error);
        const QString darkStyle = label->styleSheet();
        QVERIFY(darkStyle.contains(ConsoleTheme::tone(Tone::Error).name()));
        // Charts take the palette's base colour as background.
        const QList<QChartView*> charts = m_window->findChildren<QChartView*>();
        QVERIFY(!charts.isEmpty());
        for (QChartView* view : charts) {
            QCOMPARE(view->chart()->backgroundBrush().color(),
                     QApplication::palette().color(QPalette::Base));
        }

        preferences = openPreferences();
        QVERIFY(preferences);
        theme = preferences->findChild<QComboBox*>(QStringLiteral("themeCombo"));
        theme->setCurrentIndex(theme->findData(static_cast<int>(ThemeChoice::Light)));
        preferences->accept();
        QTRY_VERIFY(!ConsoleTheme::isDark());
        QVERIFY(label->styleSheet() != darkStyle); // re-applied for light
        QVERIFY(label->styleSheet().contains(ConsoleTheme::tone(Tone::Error).name()));
        for (QChartView* view : charts) {
            QCOMPARE(view->chart()->backgroundBrush().color(), QColor(Qt::white));
        }
        // Stored for the next start.
        const QSettings settings(m_dir.filePath(QStringLiteral("polish.ini")),
                                 QSettings::IniFormat);
        QCOMPARE(ConsolePreferences::load(settings).theme, ThemeChoice::Light);
        delete label;
    }

    void trayFollowsTheShownWorkspace() {
        TrayNotifier* tray = m_window->trayNotifier();
        QVERIFY(tray);
        QTRY_VERIFY(tray->healthToolTip().contains(QLatin1String("[demo]")) ||
                    tray->healthToolTip().contains(QLatin1String("Demo")));
        QVERIFY(tray->healthToolTip().contains(QLatin1String("health")));
        // Each status draws its own colour into the icon.
        const QImage healthy = TrayNotifier::iconFor(Status::Healthy).pixmap(32, 32).toImage();
        const QImage critical = TrayNotifier::iconFor(Status::Critical).pixmap(32, 32).toImage();
        QVERIFY(healthy != critical);
        const QColor corner = critical.pixelColor(24, 24);
        QCOMPARE(corner, Wording::statusColor(Status::Critical));

        TrayHealth live;
        live.workspace = QStringLiteral("This computer");
        live.status = Status::Warning;
        live.overall = 71.0;
        const QString tip = TrayNotifier::toolTipFor(live);
        QVERIFY2(tip.contains(QLatin1String("71")), qPrintable(tip));
        QVERIFY(!tip.contains(QLatin1String("[demo]")));
        live.overall.reset();
        QVERIFY(TrayNotifier::toolTipFor(live).contains(QLatin1String("not measured")));
    }

    void busyBarWhileVerifying() {
        auto* busy = m_window->findChild<QProgressBar*>(QStringLiteral("busyBar"));
        QVERIFY(busy);
        QVERIFY(!busy->isVisible());
        QSignalSpy verified(m_window->bridge(), &EngineBridge::historyVerified);
        m_window->verifyHistory();
        QVERIFY(busy->isVisible());
        QVERIFY(busy->toolTip().contains(QLatin1String("Verifying")));
        QTRY_COMPARE(verified.count(), 1);
        QTRY_VERIFY(!busy->isVisible());
    }

    // A new console on fresh settings: the first-run screen opens, "Explore the demo" shows the
    // demo, and it does not open at the next start.
    void firstRunScreenShowsOnce() {
        const QString ini = m_dir.filePath(QStringLiteral("first.ini"));
        for (int start = 0; start < 2; ++start) {
            auto engine = test::makeConsoleEngine(m_dir.filePath(QStringLiteral("first.db")));
            ConsoleOptions console;
            console.initialWorkspace = QStringLiteral("local");
            console.settingsPath = ini;
            console.theme = &m_theme;
            console.firstRunScreen = true;
            MainWindow window(*engine, console);
            QVERIFY(engine->start().has_value());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            if (start == 1) {
                QTest::qWait(300);
                QVERIFY(window.findChild<WelcomeDialog*>() == nullptr);
                break;
            }
            WelcomeDialog* welcome = nullptr;
            QTRY_VERIFY((welcome = window.findChild<WelcomeDialog*>()) != nullptr);
            QVERIFY(welcome->isVisible());
            QVERIFY(!welcome->showAtStart());
            QTRY_COMPARE_WITH_TIMEOUT(window.currentWorkspace(), QStringLiteral("local"), 30000);
            welcome->findChild<QPushButton*>(QStringLiteral("welcomeDemoButton"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(window.currentWorkspace(), QStringLiteral("demo"), 30000);
            QVERIFY(window.preferences().welcomeSeen);
            QVERIFY(!window.preferences().showWelcomeAtStart());
        }
        // Asked for at every start in Preferences: it shows again.
        QSettings settings(ini, QSettings::IniFormat);
        ConsolePreferences p = ConsolePreferences::load(settings);
        p.welcomeAtStart = true;
        p.save(settings);
        QVERIFY(ConsolePreferences::load(settings).showWelcomeAtStart());
    }

private:
    PreferencesDialog* openPreferences() {
        // (tst_console_language presses its shortcut.)
        m_window->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
        for (int waited = 0; waited < 5000; waited += 20) {
            for (auto* dialog : m_window->findChildren<PreferencesDialog*>()) {
                if (dialog->isVisible()) {
                    return dialog;
                }
            }
            QTest::qWait(20);
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    ConsoleTheme m_theme;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestConsolePolish)
#include "tst_console_polish.moc"
