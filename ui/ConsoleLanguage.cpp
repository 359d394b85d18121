#include "ConsoleLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace headroom::ui {

namespace {

const QString kPrefix = QStringLiteral("headroom_");

// Where installed translations live relative to the binary (GNUInstallDirs: bin/ and share/).
QString installedTranslationsDir() {
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/headroom/translations"));
}

QStringList translationDirs() {
    return {installedTranslationsDir(), QStringLiteral(":/i18n")};
}

} // namespace

QList<LanguageOption> ConsoleLanguage::available() {
    QList<LanguageOption> options{{QStringLiteral("en"), QStringLiteral("English")}};
    QStringList seen{QStringLiteral("en")};
    for (const QString& dir : translationDirs()) {
        const QStringList files =
            QDir(dir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString code = file.mid(kPrefix.size()).chopped(3);
            if (seen.contains(code)) {
                continue;
            }
            seen << code;
            const QLocale locale(code);
            QString name = locale.nativeLanguageName();
            if (!name.isEmpty()) {
                name[0] = name[0].toUpper(); // "deutsch" in some CLDR versions
            }
            options.append({code, name.isEmpty() ? code : name});
        }
    }
    return options;
}

QLocale ConsoleLanguage::localeFor(const QString& code, const QLocale& system) {
    const QLocale systemOrEnglish = system.language() == QLocale::C
                                        ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                        : system;
    if (code.isEmpty()) {
        return systemOrEnglish;
    }
    const QLocale wanted(code);
    if (wanted.language() == systemOrEnglish.language()) {
        return systemOrEnglish;
    }
    const QLocale regional(wanted.language(), systemOrEnglish.territory());
    if (regional.language() == wanted.language() &&
        regional.territory() == systemOrEnglish.territory()) {
        return regional;
    }
    return wanted;
}

QString ConsoleLanguage::codeOf(const QLocale& locale) {
    return locale.language() == QLocale::C ? QStringLiteral("en")
                                           : QLocale::languageToCode(locale.language());
}

bool ConsoleLanguage::install(const QLocale& locale) {
    QLocale::setDefault(locale);
    QCoreApplication::removeTranslator(&m_console);
    QCoreApplication::removeTranslator(&m_qt);
    m_from.clear();
    if (locale.language() == QLocale::English) {
        return true; // the sources are English
    }
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    for (const QString& dir : translationDirs()) {
        if (m_console.load(locale, QStringLiteral("headroom"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(&m_console);
            m_from = m_console.filePath();
            return true;
        }
    }
    return false;
}

} // namespace headroom::ui
