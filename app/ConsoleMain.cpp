#include "ConsoleMain.h"

#include "AppPaths.h"
#include "ConsoleLanguage.h"
#include "ConsolePreferences.h"
#include "ConsoleTheme.h"
#include "EngineBridge.h"
#include "MainWindow.h"
#include "SecretKeychain.h"
#include "engine/Engine.h"
#include "sources/HostCollector.h"

#include <filesystem>
#include <iostream>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

namespace headroom {
namespace {

struct ConsoleArguments {
    QString databasePath;
    QString workspace;
    bool selfTest = false;
    QString screenshotPath;
    QString bundle; // a .hrbundle file to open read-only at start
    int pollSeconds = 10;
};

ConsoleArguments parseConsoleArguments(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Headroom scaling console"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Workspace database."),
                                QStringLiteral("PATH"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "Workspace to show first (local, demo, ...)."),
        QStringLiteral("NAME"));
    const QCommandLineOption poll(
        QStringLiteral("poll-interval"),
        QCoreApplication::translate("main", "Seconds between polls of the live sources."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Start, render the demo and live workspaces, exit."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "With --self-test: save the window as PNG."),
        QStringLiteral("FILE"));
    parser.addOptions({db, workspace, poll, selfTest, screenshot});
    parser.addPositionalArgument(
        QStringLiteral("bundle"),
        QCoreApplication::translate("main", "A saved bundle (.hrbundle) to open read-only."),
        QStringLiteral("[BUNDLE]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        std::cerr << "headroom: at most one bundle file opens at start\n";
        std::exit(2);
    }

    ConsoleArguments args;
    args.databasePath = parser.value(db);
    args.workspace = parser.value(workspace);
    args.selfTest = parser.isSet(selfTest);
    args.screenshotPath = parser.value(screenshot);
    if (!parser.positionalArguments().isEmpty()) {
        args.bundle = parser.positionalArguments().constFirst();
    }
    bool ok = false;
    const int seconds = parser.value(poll).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 86400) {
        std::cerr
            << "headroom: --poll-interval must be a whole number of seconds from 1 to 86400\n";
        std::exit(2);
    }
    args.pollSeconds = seconds;
    return args;
}

// --self-test: the demo view and then the live view must both arrive (the live one with a real
// host snapshot) within the deadline; a failure prints why and exits non-zero.
void armSelfTest(ui::MainWindow& window, const ConsoleArguments& args) {
    auto* bridge = window.bridge();
    auto state = std::make_shared<int>(0); // 0 waiting demo, 1 waiting live, 2 done
    QObject::connect(
        bridge, &ui::EngineBridge::workspaceViewReady, &window,
        [&window, state, args](quint64, const WorkspaceView& view) {
            if (*state == 0 && view.workspace.kind == WorkspaceKind::Demo && view.latest) {
                std::cout << "self-test: demo workspace shown with " << view.recommendations.size()
                          << " recommendations\n";
                *state = 1;
                window.selectWorkspace(QStringLiteral("local"));
                window.pollNow();
            } else if (*state == 1 && view.workspace.kind == WorkspaceKind::Live && view.latest) {
                std::cout << "self-test: live workspace shown with a host snapshot\n";
                *state = 2;
                if (!args.screenshotPath.isEmpty()) {
                    window.grab().save(args.screenshotPath);
                }
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
            }
        });
    QTimer::singleShot(std::chrono::seconds(150), qApp, [state] {
        std::cerr << "self-test: timed out at stage " << *state << "\n";
        QCoreApplication::exit(1);
    });
    // selectWorkspace() needs the workspace list, which arrives after the event loop starts.
    QObject::connect(
        bridge, &ui::EngineBridge::workspacesReady, &window,
        [&window, state](quint64, const std::vector<Workspace>&) {
            if (*state == 0) {
                window.selectWorkspace(QStringLiteral("demo"));
            }
        },
        Qt::QueuedConnection);
}

} // namespace

int runConsole(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Headroom"));
    QCoreApplication::setApplicationName(QStringLiteral("Headroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.headroom.Headroom"));
    ui::registerUiResources(); // the icons live in the static UI library
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/headroom.svg")));

    // The language (the system's unless Preferences names one) is installed before anything
    // is worded, the command line's help included. A self-test reads no preferences.
    QTemporaryDir selfTestDir;
    const bool selfTest = app.arguments().contains(QStringLiteral("--self-test"));
    const QString settingsPath =
        selfTest ? selfTestDir.filePath(QStringLiteral("console.ini")) : ui::consoleSettingsPath();
    const ui::ConsolePreferences preferences =
        ui::ConsolePreferences::load(QSettings(settingsPath, QSettings::IniFormat));
    ui::ConsoleLanguage language;
    if (!language.install(ui::ConsoleLanguage::localeFor(preferences.language))) {
        std::cerr << "headroom: no translation for " << QLocale().name().toStdString()
                  << "; the console stays in English\n";
    }
    ui::ConsoleTheme theme;
    theme.apply(preferences.theme);

    const ConsoleArguments args = parseConsoleArguments(app);

    auto catalog = loadEffectiveCatalog(std::nullopt);
    if (!catalog) {
        QMessageBox::critical(nullptr, QObject::tr("Headroom"),
                              QObject::tr("The catalog could not be loaded:\n%1")
                                  .arg(QString::fromStdString(catalog.error().message)));
        return 3;
    }

    // A self-test without --db must not touch the user's workspace.
    std::filesystem::path databasePath;
    if (!args.databasePath.isEmpty()) {
        databasePath = args.databasePath.toStdString();
    } else if (args.selfTest) {
        databasePath = selfTestDir.filePath(QStringLiteral("self-test.db")).toStdString();
    } else {
        databasePath = defaultDatabasePath();
    }
    std::error_code ec;
    std::filesystem::create_directories(databasePath.parent_path(), ec);

    std::vector<std::unique_ptr<Source>> sources;
    sources.push_back(std::make_unique<HostCollector>());
    EngineOptions options;
    options.databasePath = databasePath.string();
    options.catalog = *catalog;
    options.clock = systemClock();
    options.pollInterval = std::chrono::seconds(args.pollSeconds);
    Engine engine(std::move(options), std::move(sources));

    // Secrets of configured sources (tokens, passwords) live in the desktop keychain; the engine
    // only ever holds them in memory. Declared before the window, which uses it until it closes.
    ui::KeychainSecretStore keychain;
    ui::ConsoleOptions consoleOptions;
    consoleOptions.initialWorkspace = args.workspace;
    consoleOptions.secretStore = &keychain;
    consoleOptions.catalogDir = QString::fromStdString(userCatalogDir().string());
    consoleOptions.settingsPath = settingsPath;
    consoleOptions.theme = &theme;
    consoleOptions.firstRunScreen = !args.selfTest;
    if (args.selfTest) {
        consoleOptions.catalogDir.clear(); // neither read nor overwrite the user's files
    }
    ui::MainWindow window(engine, consoleOptions);
    bool restart = false;
    QObject::connect(&window, &ui::MainWindow::restartRequested, &app,
                     [&restart] { restart = true; });

    if (auto started = engine.start(); !started) {
        QMessageBox::critical(nullptr, QObject::tr("Headroom"),
                              QObject::tr("The workspace database %1 could not be opened:\n%2")
                                  .arg(QString::fromStdString(databasePath.string()),
                                       QString::fromStdString(started.error().message)));
        return 4;
    }
    window.show();
    if (!args.bundle.isEmpty()) {
        // Opened as from File > Open bundle…, once the event loop runs: progress, then shown.
        QTimer::singleShot(0, &window, [&window, path = args.bundle] { window.openBundle(path); });
    }
    if (args.selfTest) {
        armSelfTest(window, args);
    }
    const int status = app.exec();
    if (restart) {
        // A new language needs a new process: every widget is worded when it is built. The
        // engine stops first so the new one finds the database closed.
        engine.stop();
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
    }
    return status;
}

} // namespace headroom
