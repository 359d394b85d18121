#pragma once
// ConsolePreferences: what the founder chose in Preferences (language, appearance, tray) and
// whether the first-run screen was seen. They live in the console's QSettings file beside the
// window state, so app/ reads them before the first window exists (the language must be
// installed before any widget is built) and the Preferences dialog writes them back.

#include <QString>

class QSettings;

namespace headroom::ui {

enum class ThemeChoice { System, Light, Dark };

struct ConsolePreferences {
    // A language code of ConsoleLanguage::available() ("en", "de"); empty: the system's.
    QString language;
    ThemeChoice theme = ThemeChoice::System;
    // A tray icon that shows the shown workspace's health and carries alert notifications.
    bool trayIcon = true;
    // The first-run screen shows at a start while it was never closed, or when the founder
    // asked for it at every start; Help > Welcome shows it any time.
    bool welcomeSeen = false;
    bool welcomeAtStart = false;
    bool showWelcomeAtStart() const { return !welcomeSeen || welcomeAtStart; }

    static ConsolePreferences load(const QSettings& settings);
    void save(QSettings& settings) const;
    bool operator==(const ConsolePreferences&) const = default;
};

// The console's settings file: `override` when not empty (tests, --self-test), else
// <AppConfigLocation>/console.ini, whose folder is created.
QString consoleSettingsPath(const QString& override = {});

} // namespace headroom::ui
