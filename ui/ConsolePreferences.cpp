#include "ConsolePreferences.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace headroom::ui {

namespace {

const char* const kLanguageKey = "preferences/language";
const char* const kThemeKey = "preferences/theme";
const char* const kTrayKey = "preferences/trayIcon";
const char* const kWelcomeKey = "preferences/welcomeSeen";
const char* const kWelcomeAtStartKey = "preferences/welcomeAtStart";

// Stored as words, not enum numbers, so a hand-edited or older file still reads right.
QString themeKey(ThemeChoice theme) {
    switch (theme) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeFromKey(const QString& key) {
    if (key == QLatin1String("light")) {
        return ThemeChoice::Light;
    }
    if (key == QLatin1String("dark")) {
        return ThemeChoice::Dark;
    }
    return ThemeChoice::System; // unknown words fall back to following the system
}

} // namespace

ConsolePreferences ConsolePreferences::load(const QSettings& settings) {
    ConsolePreferences p;
    p.language = settings.value(QLatin1String(kLanguageKey)).toString().trimmed();
    p.theme = themeFromKey(settings.value(QLatin1String(kThemeKey)).toString());
    p.trayIcon = settings.value(QLatin1String(kTrayKey), true).toBool();
    p.welcomeSeen = settings.value(QLatin1String(kWelcomeKey), false).toBool();
    p.welcomeAtStart = settings.value(QLatin1String(kWelcomeAtStartKey), false).toBool();
    return p;
}

void ConsolePreferences::save(QSettings& settings) const {
    settings.setValue(QLatin1String(kLanguageKey), language);
    settings.setValue(QLatin1String(kThemeKey), themeKey(theme));
    settings.setValue(QLatin1String(kTrayKey), trayIcon);
    settings.setValue(QLatin1String(kWelcomeKey), welcomeSeen);
    settings.setValue(QLatin1String(kWelcomeAtStartKey), welcomeAtStart);
    settings.sync();
}

QString consoleSettingsPath(const QString& override) {
    if (!override.isEmpty()) {
        return override;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/console.ini");
}

} // namespace headroom::ui
