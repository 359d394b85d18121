// Every screen of the console, in English and German: the main window's four tabs for the demo
// and the local workspace, and every dialog the window opens. Each must fit a 1280x800 laptop
// screen (less a 40 px taskbar) and show no button or label narrower than its text. With
// HEADROOM_UI_SCREENSHOTS=<dir> it also saves a PNG of each screen, light and dark, the main
// window at 1280x800 and 1920x1080 and each dialog at the size it takes on those screens, named
// <lang>-<theme>-<screen>-<w>x<h>.png, and lists them with their sizes in <dir>/index.txt.
// (Run it under Xvfb with QT_QPA_PLATFORM=xcb for real X rendering.)

#include "ConsoleLanguage.h"
#include "ConsoleTheme.h"
#include "MainWindow.h"
#include "OverviewTab.h"
#include "RecommendationsModel.h"
#include "RecommendationsTab.h"
#include "catalog/CatalogLoader.h"
#include "ui/ConsoleEngine.h"

#include <algorithm>
#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>

using namespace headroom;
using namespace headroom::ui;

namespace {

constexpr QSize kLaptop{1280, 800};
constexpr QSize kDesktop{1920, 1080};
constexpr int kTaskbar = 40;
// What a window may take on the laptop: the whole width, the height less the taskbar.
constexpr QSize kLaptopAvailable{kLaptop.width(), kLaptop.height() - kTaskbar};

QString sizeText(QSize size) {
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// The size a top-level widget needs: its minimum size hint, and where its layout trades width
// for height (word-wrapped labels), the height it needs at the width it is shown at.
QSize neededSize(QWidget* window) {
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    const QSize hint = window->sizeHint().expandedTo(minimum);
    const int width = std::max(std::min(hint.width(), kLaptopAvailable.width()), minimum.width());
    int height = minimum.height();
    if (window->hasHeightForWidth()) {
        height = std::max(height, window->heightForWidth(width));
    }
    return {minimum.width(), height};
}

// The size Qt gives a window shown without a size of its own on a screen of `screen` (as
// QWidget::adjustSize does: the size hint, at most two thirds of the screen, at least the
// minimum size).
QSize defaultSizeOn(QWidget* window, QSize screen) {
    QSize size = window->sizeHint();
    if (QLayout* layout = window->layout()) {
        if (layout->hasHeightForWidth()) {
            size.setHeight(layout->totalHeightForWidth(size.width()));
        }
        const Qt::Orientations expanding = layout->expandingDirections();
        if (expanding & Qt::Horizontal) {
            size.setWidth(std::max(size.width(), 200));
        }
        if (expanding & Qt::Vertical) {
            size.setHeight(std::max(size.height(), 100));
        }
    }
    size = size.boundedTo(screen * 2 / 3);
    return size.expandedTo(window->minimumSize()).boundedTo(window->maximumSize());
}

QString describe(QWidget* widget) {
    QString text;
    if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        text = button->text();
    } else if (auto* label = qobject_cast<QLabel*>(widget)) {
        text = label->text();
    }
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 70) {
        text = text.left(67) + QStringLiteral("...");
    }
    return QStringLiteral("%1 '%2' \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

// Inside a scroll area (it scrolls rather than cuts) or under a collapsed splitter pane.
bool outOfView(QWidget* widget, QWidget* root) {
    for (QWidget* parent = widget->parentWidget(); parent != nullptr && parent != root;
         parent = parent->parentWidget()) {
        if (qobject_cast<QAbstractScrollArea*>(parent) != nullptr || parent->width() == 0 ||
            parent->height() == 0) {
            return true;
        }
    }
    return false;
}

// Buttons and labels shown narrower (or, single-line, lower) than their text needs, and
// word-wrapped labels lower than their wrapped text.
QStringList truncations(QWidget* root, const QString& screen) {
    QStringList found;
    const auto report = [&](QWidget* widget, const QString& what) {
        found << QStringLiteral("%1: %2 %3").arg(screen, describe(widget), what);
    };
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || outOfView(widget, root)) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->text().isEmpty()) {
                continue;
            }
            const QSize needs = button->sizeHint();
            if (button->width() < needs.width()) {
                report(button, QStringLiteral("is %1 px wide, its text needs %2")
                                   .arg(button->width())
                                   .arg(needs.width()));
            }
        } else if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().trimmed().isEmpty() || !label->pixmap().isNull()) {
                continue;
            }
            if (label->wordWrap()) {
                const int needs = label->heightForWidth(label->width());
                if (needs > 0 && label->height() + 1 < needs) {
                    report(label, QStringLiteral("is %1 px high at %2 px wide, its wrapped text "
                                                 "needs %3")
                                      .arg(label->height())
                                      .arg(label->width())
                                      .arg(needs));
                }
            } else {
                const QSize needs = label->minimumSizeHint();
                if (label->width() < needs.width()) {
                    report(label, QStringLiteral("is %1 px wide, its text needs %2")
                                      .arg(label->width())
                                      .arg(needs.width()));
                } else if (label->height() + 1 < needs.height()) {
                    report(label, QStringLiteral("is %1 px high, its text needs %2")
                                      .arg(label->height())
                                      .arg(needs.height()));
                }
            }
        }
    }
    return found;
}

void settle(int ms = 100) {
    QCoreApplication::processEvents();
    QTest::qWait(ms);
}

QList<QDialog*> visibleDialogs() {
    QList<QDialog*> dialogs;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible()) {
            dialogs << dialog;
        }
    }
    return dialogs;
}

// The tab widgets a person pages through in a dialog (not those nested in another's page).
QList<QTabWidget*> pageWidgets(QWidget* root) {
    QList<QTabWidget*> tabs;
    for (QTabWidget* tab : root->findChildren<QTabWidget*>()) {
        bool nested = false;
        for (QWidget* p = tab->parentWidget(); p != nullptr && p != root; p = p->parentWidget()) {
            nested = nested || qobject_cast<QTabWidget*>(p) != nullptr;
        }
        if (!nested) {
            tabs << tab;
        }
    }
    return tabs;
}

} // namespace

class TestScreens : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_shots = qEnvironmentVariable("HEADROOM_UI_SCREENSHOTS");
        if (!m_shots.isEmpty()) {
            QVERIFY(QDir().mkpath(m_shots));
            QFile::remove(QDir(m_shots).filePath(QStringLiteral("index.txt")));
        }
    }

    void cleanupTestCase() {
        m_theme.apply(ThemeChoice::System);
        m_language.install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup() {
        m_window.reset();
        m_engine.reset();
    }

    void mainWindow_data() { rows(); }

    // The four tabs of the demo and the local workspace: the window's minimum size fits the
    // laptop, and at 1280x800 nothing on a tab is cut off.
    void mainWindow() {
        QFETCH(QString, language);
        QFETCH(int, theme);
        QVERIFY(openConsole(language, static_cast<ThemeChoice>(theme)));
        QStringList problems;
        for (const QString& workspace : {QStringLiteral("demo"), QStringLiteral("local")}) {
            QVERIFY(showWorkspace(workspace));
            const QSize needed = neededSize(m_window.get());
            qInfo().noquote() << language << workspace << "main window needs" << sizeText(needed);
            if (needed.width() > kLaptopAvailable.width() ||
                needed.height() > kLaptopAvailable.height()) {
                problems << QStringLiteral("%1 main window (%2) needs %3, more than the %4 a "
                                           "1280x800 laptop leaves")
                                .arg(language, workspace, sizeText(needed),
                                     sizeText(kLaptopAvailable));
            }
            static const QStringList kTabs{
                QStringLiteral("overview"), QStringLiteral("ai-capacity"),
                QStringLiteral("recommendations"), QStringLiteral("history")};
            QCOMPARE(m_window->tabs()->count(), kTabs.size());
            if (workspace == QLatin1String("demo")) {
                selectFirstRecommendation();
            }
            for (int tab = 0; tab < kTabs.size(); ++tab) {
                m_window->tabs()->setCurrentIndex(tab);
                const QString screen = QStringLiteral("%1-%2").arg(workspace, kTabs[tab]);
                for (const QSize size : {kDesktop, kLaptop}) {
                    m_window->resize(size);
                    settle(250);
                    shoot(m_window.get(), screen, size);
                }
                // Last at the laptop's size: the check is on what the laptop shows.
                problems << truncations(m_window.get(),
                                        QStringLiteral("%1 %2 at 1280x800").arg(language, screen));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
    }

    void dialogs_data() { rows(); }

    // Every dialog the window opens fits the laptop and shows its texts whole at its size hint.
    void dialogs() {
        QFETCH(QString, language);
        QFETCH(int, theme);
        QVERIFY(openConsole(language, static_cast<ThemeChoice>(theme)));
        QVERIFY(showWorkspace(QStringLiteral("demo")));
        m_window->resize(kLaptop);
        settle();
        m_problems.clear();

        MainWindow* w = m_window.get();
        const auto action = [w](const char* name) {
            return [w, name] {
                QAction* a = w->findChild<QAction*>(QLatin1String(name));
                if (a == nullptr) {
                    qWarning("no action %s", name);
                    return;
                }
                a->trigger();
            };
        };
        QStringList missing;
        const auto check = [&](const QString& name, const std::function<void()>& open,
                               int retryMs = 200) {
            if (!inspectDialog(name, open, retryMs)) {
                missing << name;
            }
        };
        check(QStringLiteral("preferences"), [w] { w->openPreferences(); });
        check(QStringLiteral("welcome"), [w] { w->openWelcome(); });
        QTRY_VERIFY_WITH_TIMEOUT(!w->liveWorkspace().isEmpty(), 20000);
        check(QStringLiteral("sources"), [w] { w->openSourcesDialog(); });
        check(QStringLiteral("notifications"), [w] { w->openNotificationSettings(); });
        check(QStringLiteral("scaling-settings"), [w] { w->openScalingSettings(); });
        check(QStringLiteral("tier-readiness"), [w] { w->openTierReadiness(); });
        check(QStringLiteral("export-report"), [w] { w->openReportDialog(); });
        check(QStringLiteral("export-bundle"), [w] { w->openExportDialog(); });
        // Asked again too soon, it would drop the replay span it waits for.
        check(
            QStringLiteral("what-if"), [w] { w->openWhatIf(); }, 5000);
        check(QStringLiteral("strain-tests"), [w] { w->openStrainTests(); });
        check(QStringLiteral("shortcuts"), action("shortcutsAction"));
        check(QStringLiteral("set-mode"), action("setModeAction"));
        check(QStringLiteral("freeze-onboarding"), action("freezeAction"));
        check(QStringLiteral("budgets-and-rates"), action("costSettingsAction"));
        check(QStringLiteral("scaling-policies"), action("scalingPoliciesAction"));
        // A recommendation's decision (Accept…) and its outcome (Record outcome…).
        const RowId recommendation = selectFirstRecommendation();
        QVERIFY2(recommendation != 0, "the demo workspace has an open recommendation");
        check(QStringLiteral("decision"), [w] {
            auto* accept =
                w->recommendationsTab()->findChild<QPushButton*>(QStringLiteral("acceptButton"));
            if (accept != nullptr && accept->isEnabled()) {
                accept->click();
            }
        });
        check(QStringLiteral("outcome"),
              [w, recommendation] { w->openOutcomeDialog(recommendation); });

        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("did not open: ") + missing.join(QLatin1String(", "))));
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QLatin1Char('\n') + m_problems.join(QLatin1Char('\n'))));
    }

private:
    void rows() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("theme");
        QTest::newRow("en-light") << QStringLiteral("en") << int(ThemeChoice::Light);
        QTest::newRow("de-light") << QStringLiteral("de") << int(ThemeChoice::Light);
        if (!m_shots.isEmpty()) {
            QTest::newRow("en-dark") << QStringLiteral("en") << int(ThemeChoice::Dark);
            QTest::newRow("de-dark") << QStringLiteral("de") << int(ThemeChoice::Dark);
        }
    }

    bool openConsole(const QString& language, ThemeChoice theme) {
        m_window.reset();
        m_engine.reset();
        const bool german = language == QLatin1String("de");
        const bool installed =
            m_language.install(german ? QLocale(QLocale::German, QLocale::Germany)
                                      : QLocale(QLocale::English, QLocale::UnitedStates));
        if (!installed) {
            qWarning("no translation for %s", qPrintable(language));
            return false;
        }
        m_theme.apply(theme);
        m_themeTag = theme == ThemeChoice::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        m_languageTag = language;
        const QString tag =
            QStringLiteral("%1-%2-%3").arg(QTest::currentTestFunction(), language, m_themeTag);
        m_engine = test::makeConsoleEngine(m_dir.filePath(tag + QStringLiteral(".db")),
                                           test::HostSource::Yes);
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("demo");
        console.settingsPath = m_dir.filePath(tag + QStringLiteral(".ini"));
        console.theme = &m_theme;
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        if (!m_engine->start().has_value()) {
            return false;
        }
        m_window->resize(kLaptop);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    // Shows the workspace and waits for its view, costs, history and governance to arrive.
    bool showWorkspace(const QString& name) {
        m_window->selectWorkspace(name);
        QElapsedTimer waited;
        waited.start();
        while (m_window->currentWorkspace() != name ||
               m_window->overviewTab()->isShowingEmptyState()) {
            if (waited.elapsed() > 30000) {
                qWarning("%s: no data after 30 s", qPrintable(name));
                return m_window->currentWorkspace() == name;
            }
            QTest::qWait(50);
        }
        QTest::qWait(1500); // the cost report, history and governance answers
        return true;
    }

    RowId selectFirstRecommendation() {
        RecommendationsTab* tab = m_window->recommendationsTab();
        QElapsedTimer waited;
        waited.start();
        while (tab->model()->rowCount() == 0 && waited.elapsed() < 15000) {
            QTest::qWait(50);
        }
        for (int r = 0; r < tab->model()->rowCount(); ++r) {
            const StoredRecommendation* rec = tab->model()->recommendationAt(r);
            if (rec->state == RecommendationState::Open) {
                tab->selectRecommendation(rec->id);
                return rec->id;
            }
        }
        return 0;
    }

    void shoot(QWidget* widget, const QString& screen, QSize size) {
        if (m_shots.isEmpty()) {
            return;
        }
        const QString file = QStringLiteral("%1-%2-%3-%4.png")
                                 .arg(m_languageTag, m_themeTag, screen, sizeText(size));
        const QString path = QDir(m_shots).filePath(file);
        if (!widget->grab().save(path)) {
            qWarning("could not save %s", qPrintable(path));
        }
        QFile index(QDir(m_shots).filePath(QStringLiteral("index.txt")));
        if (index.open(QIODevice::Append | QIODevice::Text)) {
            QTextStream(&index) << file << "  " << sizeText(widget->size()) << '\n';
        }
    }

    // Opens a dialog (asked again until one shows: some need data that arrives later; also
    // when `open` blocks in exec()), checks and photographs it, then closes it. False when no
    // dialog opened in 20 s.
    bool inspectDialog(const QString& name, const std::function<void()>& open, int retryMs) {
        const QList<QDialog*> before = visibleDialogs();
        bool done = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (done) {
                return;
            }
            QDialog* dialog = nullptr;
            for (QDialog* d : visibleDialogs()) {
                if (!before.contains(d)) {
                    dialog = d;
                }
            }
            if (dialog == nullptr) {
                return;
            }
            done = true;
            poll.stop();
            checkDialog(dialog, name);
            dialog->reject();
        });
        poll.start();
        QElapsedTimer waited;
        waited.start();
        while (!done && waited.elapsed() < 60000) { // generous: the sanitizer build is slow
            open();
            QElapsedTimer asked;
            asked.start();
            while (!done && asked.elapsed() < retryMs) {
                QTest::qWait(20);
            }
        }
        poll.stop();
        settle(50);
        return done;
    }

    void checkDialog(QDialog* dialog, const QString& name) {
        const QString screen = QStringLiteral("%1 %2").arg(m_languageTag, name);
        if (!QTest::qWaitForWindowExposed(dialog)) {
            m_problems << screen + QStringLiteral(": not exposed");
            return;
        }
        settle(300);
        const QSize shown = dialog->size();
        const QScreen* current = dialog->screen();
        const QSize currentScreen =
            current != nullptr ? current->availableGeometry().size() : kDesktop;
        // A dialog shown at Qt's default size gets that default on each screen; one that sized
        // itself keeps its size, as far as the screen allows.
        const bool ownSize = shown != defaultSizeOn(dialog, currentScreen);

        const QSize needed = neededSize(dialog);
        const QSize hint = dialog->sizeHint();
        qInfo().noquote() << screen << "shown" << sizeText(shown) << "hint" << sizeText(hint)
                          << "minimum" << sizeText(dialog->minimumSizeHint()) << "needs"
                          << sizeText(needed) << (ownSize ? "(own size)" : "(Qt's default)");
        if (needed.width() > kLaptopAvailable.width() ||
            needed.height() > kLaptopAvailable.height()) {
            m_problems << QStringLiteral("%1: needs %2, more than the %3 a 1280x800 laptop leaves")
                              .arg(screen, sizeText(needed), sizeText(kLaptopAvailable));
        }
        // A dialog that sizes itself must fit a laptop, or the larger screen it opens on (where
        // it may take more, bounded by that screen, as a laptop's would bound it).
        const QSize bound = currentScreen.expandedTo(kLaptopAvailable);
        if (ownSize && (shown.width() > bound.width() || shown.height() > bound.height())) {
            m_problems << QStringLiteral("%1: sizes itself to %2, larger than its screen's %3")
                              .arg(screen, sizeText(shown), sizeText(bound));
        }
        if (hint.width() > kLaptopAvailable.width() || hint.height() > kLaptopAvailable.height()) {
            m_problems << QStringLiteral("%1: size hint %2 is larger than the %3 a 1280x800 "
                                         "laptop leaves")
                              .arg(screen, sizeText(hint), sizeText(kLaptopAvailable));
        }

        QList<QTabWidget*> pages = pageWidgets(dialog);
        const auto eachPage = [&](const std::function<void(const QString&)>& what) {
            if (pages.isEmpty()) {
                what(QString());
                return;
            }
            for (QTabWidget* tabs : pages) {
                const int was = tabs->currentIndex();
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    settle(50);
                    what(QStringLiteral("-page%1").arg(i + 1));
                }
                tabs->setCurrentIndex(was);
            }
        };

        // Screenshots at the size the dialog takes on each screen (one when both are equal).
        if (!m_shots.isEmpty()) {
            QSize previous;
            for (const QSize screenSize : {kLaptop, kDesktop}) {
                const QSize size = ownSize ? shown.boundedTo(screenSize - QSize(0, kTaskbar))
                                                 .expandedTo(dialog->minimumSize())
                                           : defaultSizeOn(dialog, screenSize);
                if (size == previous) {
                    continue;
                }
                previous = size;
                dialog->resize(size);
                settle(150);
                eachPage([&](const QString& page) {
                    shoot(dialog, QStringLiteral("dialog-%1%2").arg(name, page), screenSize);
                });
            }
        }

        // Texts whole at the size hint (as far as the laptop allows) and at the size the
        // dialog takes on the laptop.
        const QSize atHint = hint.expandedTo(needed).boundedTo(kLaptopAvailable);
        const QSize onLaptop =
            ownSize ? shown.boundedTo(kLaptopAvailable) : defaultSizeOn(dialog, kLaptopAvailable);
        dialog->resize(atHint);
        settle(100);
        eachPage([&](const QString& page) {
            m_problems << truncations(dialog, QStringLiteral("%1%2 at its size hint %3")
                                                  .arg(screen, page, sizeText(dialog->size())));
        });
        if (onLaptop != atHint) {
            dialog->resize(onLaptop);
            settle(100);
            eachPage([&](const QString& page) {
                for (const QString& cut :
                     truncations(dialog, QStringLiteral("%1%2 at its laptop size %3")
                                             .arg(screen, page, sizeText(dialog->size())))) {
                    qWarning().noquote() << "on the laptop:" << cut;
                }
            });
        }
        dialog->resize(shown);
    }

    QTemporaryDir m_dir;
    QString m_shots;
    ConsoleLanguage m_language;
    ConsoleTheme m_theme;
    QString m_languageTag;
    QString m_themeTag;
    QStringList m_problems;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
