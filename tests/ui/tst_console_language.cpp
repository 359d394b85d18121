// The console's language: the German translation is complete and correct in form, lupdate over
// today's sources finds no string without German, a German window shows none of the English
// texts the translation has, Preferences switches the language (applied at the next start, as
// the console does), and numbers, money and dates follow the locale.

#include "ConsoleLanguage.h"
#include "ConsolePreferences.h"
#include "CostSettingsDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Wording.h"
#include "catalog/CatalogLoader.h"
#include "ui/ConsoleEngine.h"

#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace headroom;
using namespace headroom::ui;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "unfinished", "vanished", ... or empty when finished
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage{context,
                                    {},
                                    {},
                                    {},
                                    xml.attributes().value(QLatin1String("numerus")) ==
                                        QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?\\d+"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.removeDuplicates();
    found.sort();
    return found;
}

// Keyboard accelerators: a single '&' before something that is not '&' or an entity.
int accelerators(const QString& text) {
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-z]+;|#)"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next()) {
        ++n;
    }
    return n;
}

QString tsPath() {
    return qEnvironmentVariable("HEADROOM_SOURCE_DIR") +
           QStringLiteral("/translations/headroom_de.ts");
}

// Every text a person reads in the widget tree: labels, buttons, group titles, tabs, menus and
// their actions, combo box items, window titles.
QStringList visibleTexts(QWidget* root) {
    QStringList texts{root->windowTitle()};
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets << root;
    for (QWidget* w : widgets) {
        if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            texts << button->text();
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            texts << group->title();
        } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts << tabs->tabText(i);
            }
        } else if (auto* menu = qobject_cast<QMenu*>(w)) {
            texts << menu->title();
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i);
            }
        }
        for (QAction* action : w->actions()) {
            texts << action->text();
        }
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestConsoleLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        m_messages = readTs(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_messages.size() > 1000);
    }

    void everyGermanMessageIsFinished() {
        QStringList problems;
        for (const TsMessage& m : m_messages) {
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1: %2 (%3)").arg(m.context, m.source, m.type);
            }
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1: %2 (empty)").arg(m.context, m.source);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void germanKeepsPlaceholdersAndAccelerators() {
        QStringList problems;
        for (const TsMessage& m : m_messages) {
            if (m.numerus && m.translations.size() != 2) {
                problems << QStringLiteral("%1: %2 needs 2 plural forms").arg(m.context, m.source);
            }
            for (const QString& t : m.translations) {
                if (placeholders(t) != placeholders(m.source)) {
                    problems
                        << QStringLiteral("%1: %2 → %3 (placeholders)").arg(m.context, m.source, t);
                }
                if (accelerators(t) != accelerators(m.source)) {
                    problems << QStringLiteral("%1: %2 → %3 (&)").arg(m.context, m.source, t);
                }
                if (m.numerus && !t.contains(QLatin1String("%n")) && m.source.contains("%n")) {
                    problems << QStringLiteral("%1: %2 → %3 (%n)").arg(m.context, m.source, t);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // The check that fails when someone adds a tr() string and forgets the German: lupdate
    // over today's sources into a copy of the .ts must add no unfinished message.
    void lupdateFindsNoUntranslatedString() {
        const QString copy = m_dir.filePath(QStringLiteral("headroom_de.ts"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(tsPath(), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(HEADROOM_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("@" HEADROOM_TR_SOURCES),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString error;
        const QList<TsMessage> updated = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList untranslated;
        for (const TsMessage& m : updated) {
            if (m.type == QLatin1String("unfinished")) {
                untranslated << QStringLiteral("%1: %2").arg(m.context, m.source);
            }
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) without German (run the "
                                           "update_translations target, then translate):\n%2")
                                .arg(untranslated.size())
                                .arg(untranslated.mid(0, 30).join(QLatin1Char('\n')))));
        // And nothing in the .ts is gone from the sources (a stale file would hide that).
        QCOMPARE(updated.size(), m_messages.size());
    }

    void languagesOfferedAndLocalesChosen() {
        const QList<LanguageOption> options = ConsoleLanguage::available();
        QVERIFY(options.size() >= 2);
        QCOMPARE(options.first().code, QStringLiteral("en"));
        const auto german = std::ranges::find(options, QStringLiteral("de"), &LanguageOption::code);
        QVERIFY(german != options.end());
        QCOMPARE(german->nativeName, QStringLiteral("Deutsch"));

        const QLocale austria(QLocale::German, QLocale::Austria);
        QCOMPARE(ConsoleLanguage::localeFor({}, austria), austria);
        QCOMPARE(ConsoleLanguage::localeFor(QStringLiteral("de"), austria), austria);
        const QLocale englishInAustria = ConsoleLanguage::localeFor(QStringLiteral("en"), austria);
        QCOMPARE(englishInAustria.language(), QLocale::English);
        QCOMPARE(ConsoleLanguage::localeFor({}, QLocale::c()).language(), QLocale::English);
        QCOMPARE(ConsoleLanguage::localeFor(QStringLiteral("de"), QLocale::c()).language(),
                 QLocale::German);
    }

    void germanFormatsNumbersMoneyAndDates() {
        ConsoleLanguage language;
        QVERIFY(language.install(QLocale(QLocale::German, QLocale::Germany)));
        const Wording wording;
        QCOMPARE(wording.number(1234.5, 1), QStringLiteral("1.234,5"));
        QCOMPARE(wording.money(MicroUsd::fromDollars(1234.5)), QStringLiteral("1.234,50 $"));
        const QString date = wording.date(
            Wording::fromDateTime(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)));
        QVERIFY2(date.contains(QLatin1String("01.12.")), qPrintable(date));
        QCOMPARE(Wording::metricName(MetricId::ErrorRate), QStringLiteral("Fehlerrate"));

        // Typed numbers: the German form, else the C form a pasted figure has.
        bool ok = false;
        QCOMPARE(wording.parseNumber(QStringLiteral("1.234,5"), &ok), 1234.5);
        QVERIFY(ok);
        QCOMPARE(wording.parseNumber(QStringLiteral("12.5"), &ok), 12.5);
        QVERIFY(ok);
        wording.parseNumber(QStringLiteral("zwölf"), &ok);
        QVERIFY(!ok);
        QCOMPARE(wording.listSeparator(), QLatin1Char(';'));

        QVERIFY(language.install(QLocale(QLocale::English, QLocale::UnitedStates)));
        const Wording english;
        QCOMPARE(english.number(1234.5, 1), QStringLiteral("1,234.5"));
        QCOMPARE(english.money(MicroUsd::fromDollars(1234.5)), QStringLiteral("$1,234.50"));
        QCOMPARE(Wording::metricName(MetricId::ErrorRate), QStringLiteral("Error rate"));
    }

    // A dialog shows its numbers in German and reads them back unchanged; a typed German
    // list of levels reads as meant.
    void germanCostSettingsRoundTrip() {
        ConsoleLanguage language;
        QVERIFY(language.install(QLocale(QLocale::German, QLocale::Germany)));
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        {
            CostSettingsDialog dialog(*catalog);
            QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join('\n')));
            QVERIFY(dialog.editedCatalog().costs == catalog->costs);
            if (catalog->costs.shield.budgetAlertLevels.size() > 1) {
                QVERIFY(dialog.levelsEdit()->text().contains(QLatin1Char(';')));
            }
            dialog.levelsEdit()->setText(QStringLiteral("50; 87,5"));
            const std::vector<double> levels{0.5, 0.875};
            QVERIFY(dialog.editedCatalog().costs.shield.budgetAlertLevels == levels);
        }
        QVERIFY(language.install(QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    // The window built under German shows none of the English texts the translation has: a
    // string worded before the translator was installed, or outside tr(), would show here.
    void germanWindowShowsNoEnglishText() {
        ConsoleLanguage language;
        QVERIFY(language.install(QLocale(QLocale::German, QLocale::Germany)));
        QSet<QString> english;
        for (const TsMessage& m : m_messages) {
            if (!m.numerus && m.translations.value(0) != m.source && m.source.size() > 3) {
                english.insert(m.source);
            }
        }
        auto engine = makeEngine(QStringLiteral("de.db"));
        auto window = makeWindow(*engine, QStringLiteral("de.ini"));
        QVERIFY(engine->start().has_value());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // The demo's view arrives: the tabs are filled in.
        QTRY_VERIFY_WITH_TIMEOUT(window->windowTitle().contains(QLatin1String("Demo")), 20000);
        QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Übersicht"));
        QCOMPARE(window->tabs()->tabText(3), QStringLiteral("Verlauf"));
        QCOMPARE(window->fileMenu()->title(), QStringLiteral("&Datei"));

        QStringList leftovers;
        for (const QString& text : visibleTexts(window.get())) {
            if (english.contains(text)) {
                leftovers << text;
            }
        }
        leftovers.removeDuplicates();
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1String(" | "))));
        window.reset();
        engine.reset();
        QVERIFY(language.install(QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    // Preferences > Language: stored at once, offered a restart; the next start (the same
    // steps as app/ConsoleMain.cpp) builds the window in that language.
    void preferencesSwitchTheLanguage() {
        ConsoleLanguage language;
        QVERIFY(language.install(QLocale(QLocale::English, QLocale::UnitedStates)));
        const QString ini = QStringLiteral("switch.ini");
        {
            auto engine = makeEngine(QStringLiteral("switch.db"));
            auto window = makeWindow(*engine, ini);
            QVERIFY(engine->start().has_value());
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Overview"));

            QAction* open = window->findChild<QAction*>(QStringLiteral("preferencesAction"));
            QVERIFY(open);
            QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
            QTest::keySequence(window.get(), open->shortcut());
            PreferencesDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = window->findChild<PreferencesDialog*>()) != nullptr);
            auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
            QVERIFY(dialog->languageNeedsRestart());
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("restartNote"))->isVisibleTo(dialog));
            QSignalSpy restart(window.get(), &MainWindow::restartRequested);
            dialog->accept();
            QMessageBox* box = nullptr;
            QTRY_VERIFY((box = window->findChild<QMessageBox*>(QStringLiteral("restartBox"))) !=
                        nullptr);
            // "Later": nothing restarts, the choice is stored all the same.
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::RejectRole) {
                    b->click();
                }
            }
            QCOMPARE(restart.count(), 0);
            QCOMPARE(window->preferences().language, QStringLiteral("de"));
            // Still English until the restart.
            QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Overview"));
        }
        // The next start.
        const QSettings settings(m_dir.filePath(ini), QSettings::IniFormat);
        const ConsolePreferences stored = ConsolePreferences::load(settings);
        QCOMPARE(stored.language, QStringLiteral("de"));
        QVERIFY(language.install(ConsoleLanguage::localeFor(
            stored.language, QLocale(QLocale::English, QLocale::UnitedStates))));
        {
            auto engine = makeEngine(QStringLiteral("switch.db"));
            auto window = makeWindow(*engine, ini);
            QVERIFY(engine->start().has_value());
            QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Übersicht"));
            QCOMPARE(window->preferences().language, QStringLiteral("de"));
        }
        QVERIFY(language.install(QLocale(QLocale::English, QLocale::UnitedStates)));
    }

private:
    std::unique_ptr<Engine> makeEngine(const QString& db) {
        return test::makeConsoleEngine(m_dir.filePath(db));
    }

    std::unique_ptr<MainWindow> makeWindow(Engine& engine, const QString& ini) {
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("demo");
        console.settingsPath = m_dir.filePath(ini);
        return std::make_unique<MainWindow>(engine, console);
    }

    QTemporaryDir m_dir;
    QList<TsMessage> m_messages;
};

QTEST_MAIN(TestConsoleLanguage)
#include "tst_console_language.moc"
