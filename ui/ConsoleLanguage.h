#pragma once
// ConsoleLanguage: the console's language. The system locale picks it unless Preferences names
// one; the choice then also sets QLocale's default so numbers, dates and money follow it.
// Translations are looked for first in the installed share/headroom/translations folder (so a
// corrected .qm can be dropped in) and then in the copy compiled into the binary (:/i18n); Qt's
// own strings (standard buttons, file dialogs) come from Qt's translations. English needs none.
//
// Use: one instance in the composition root, install() before the first widget is built; it
// must outlive the application's event loop (the translators are owned here).

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace headroom::ui {

struct LanguageOption {
    QString code;       // "en", "de"
    QString nativeName; // "English", "Deutsch": each language names itself
};

class ConsoleLanguage {
public:
    // English and every language a translation of the console exists for, English first.
    static QList<LanguageOption> available();
    // The locale for a preference: the system's when `code` is empty or is the system's own
    // language (keeping its region: de_AT stays de_AT); else that language with the system's
    // region where such a locale exists (English in Germany), else the language's default.
    // The POSIX "C" locale reads as English.
    static QLocale localeFor(const QString& code, const QLocale& system = QLocale::system());
    // The language code the locale's texts are in: "de", "en" (also for the "C" locale).
    static QString codeOf(const QLocale& locale);

    // Makes `locale` the default and installs its translators, replacing earlier ones. Returns
    // false when the console has no translation for a non-English language (then it stays
    // English, with the locale's formats).
    bool install(const QLocale& locale);
    QString installedFrom() const { return m_from; }

private:
    QTranslator m_qt;
    QTranslator m_console;
    QString m_from;
};

} // namespace headroom::ui
