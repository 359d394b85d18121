// Offline replay in the console (issue 6's must-show) on a real Engine with the generated demo
// workspace: the demo exported to a bundle file and reopened shows as a read-only workspace with
// the timeline; scrubbed to a past day every tab shows that day's stored tier, mode and
// recommendations (the same as the source workspace's stored state then) and no decision can be
// made; a what-if with stricter CPU limits lists the recommendations that would have come
// earlier. A live workspace's timeline goes back to live at its end; a corrupt bundle is refused
// with a message and changes nothing; closing a bundle leaves its file as it was.

#include "EngineBridge.h"
#include "HistoryModel.h"
#include "HistoryTab.h"
#include "JobProgressDialog.h"
#include "MainWindow.h"
#include "OverviewTab.h"
#include "RecommendationDetail.h"
#include "RecommendationsModel.h"
#include "RecommendationsTab.h"
#include "ReplayBar.h"
#include "WhatIfDialog.h"
#include "catalog/CatalogLoader.h"

#include <algorithm>
#include <memory>

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::ui;

namespace {

QByteArray sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString sourceFile(const char* relative) {
    return qEnvironmentVariable("HEADROOM_SOURCE_DIR") + QLatin1Char('/') + QLatin1String(relative);
}

} // namespace

class TestReplayWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QString m_bundlePath;
    QString m_bundleWorkspace;

    // The engine's answer to a replay view of `workspace` at `at`, asked directly.
    std::optional<ReplayView> replayViewOf(const std::string& workspace, Timestamp at) {
        QSignalSpy spy(m_window->bridge(), &EngineBridge::replayViewReady);
        const RequestId id = m_engine->requestReplayView(workspace, at, TimeRange{});
        for (int i = 0; i < 200; ++i) {
            for (const auto& args : spy) {
                if (args.at(0).toULongLong() == id) {
                    return args.at(1).value<ReplayView>();
                }
            }
            spy.wait(100);
        }
        return std::nullopt;
    }

    // The recommendation types the Recommendations tab lists (every state), sorted.
    std::vector<std::string> shownTypes() const {
        RecommendationsModel* model = m_window->recommendationsTab()->model();
        std::vector<std::string> types;
        for (int row = 0; row < model->rowCount(); ++row) {
            types.push_back(model->recommendationAt(row)->type + "/" +
                            std::string(keyOf(model->recommendationAt(row)->state)));
        }
        std::ranges::sort(types);
        return types;
    }

    static std::vector<std::string> typesOf(const std::vector<StoredRecommendation>& list,
                                            bool actionableOnly) {
        std::vector<std::string> types;
        for (const auto& r : list) {
            if (!actionableOnly || r.state == RecommendationState::Open ||
                r.state == RecommendationState::Deferred) {
                types.push_back(r.type + "/" + std::string(keyOf(r.state)));
            }
        }
        std::ranges::sort(types);
        return types;
    }

    // The History tab's decisions: how many and the latest one's time.
    int decisionsShown() const {
        HistoryModel* model = m_window->historyTab()->model();
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            n += model->decisionAt(row) != nullptr ? 1 : 0;
        }
        return n;
    }
    std::optional<Timestamp> latestDecisionShown() const {
        HistoryModel* model = m_window->historyTab()->model();
        std::optional<Timestamp> latest;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (const Decision* d = model->decisionAt(row)) {
                latest = latest ? std::max(*latest, d->decidedAt) : d->decidedAt;
            }
        }
        return latest;
    }

    QString tierShown() const {
        return m_window->overviewTab()->findChild<QLabel*>(QStringLiteral("tierName"))->text();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("HEADROOM_SOURCE_DIR").isEmpty(),
                 "HEADROOM_SOURCE_DIR names the source tree (set by CTest)");
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        EngineOptions options;
        options.databasePath = (m_dir.path() + QStringLiteral("/headroom.db")).toStdString();
        options.catalog = *catalog;
        options.clock = systemClock();
        options.pollInterval = std::chrono::hours{1};
        options.createDemoWorkspace = true;
        options.loadConfiguredSources = false;
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("demo");
        console.settingsPath = m_dir.path() + QStringLiteral("/console.ini");
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        QVERIFY(m_engine->start().has_value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentWorkspace(), QStringLiteral("demo"), 30000);
        m_bundlePath = m_dir.path() + QStringLiteral("/demo.hrbundle");
    }

    void cleanupTestCase() {
        m_window.reset();
        m_engine.reset();
    }

    void exportTheDemo() {
        QSignalSpy exported(m_window->bridge(), &EngineBridge::bundleExported);
        BundleExportRequest request;
        request.workspace = "demo";
        request.out = m_bundlePath.toStdString();
        const RequestId id = m_window->exportBundle(request);
        QVERIFY(m_window->jobDialog() != nullptr); // progress with Cancel while it works
        QVERIFY(exported.wait(120000));
        QCOMPARE(exported.at(0).at(0).toULongLong(), id);
        QVERIFY(QFile::exists(m_bundlePath));
        QTRY_VERIFY(m_window->jobDialog() == nullptr);
    }

    void reopenShowsTheBundleReadOnly() {
        const QByteArray before = sha256Of(m_bundlePath);
        QSignalSpy imported(m_window->bridge(), &EngineBridge::bundleImported);
        m_window->openBundle(m_bundlePath);
        QVERIFY(imported.wait(120000));
        m_bundleWorkspace =
            QString::fromStdString(imported.at(0).at(1).value<BundleSummary>().workspace);
        QVERIFY(m_bundleWorkspace.startsWith(QStringLiteral("bundle:demo")));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentWorkspace(), m_bundleWorkspace, 20000);
        QCOMPARE(sha256Of(m_bundlePath), before); // opening never changes the file

        auto* bundleBadge = m_window->findChild<QLabel*>(QStringLiteral("bundleBadge"));
        QVERIFY(bundleBadge->isVisible());
        // The demo stays labelled as demo inside a bundle.
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("demoBadge"))->isVisible());
        QVERIFY(m_window->replayBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->replayedAt().has_value(), 20000);
        QCOMPARE(*m_window->replayedAt(), m_window->replayBar()->spanTo());
        QVERIFY(m_window->recommendationsTab()->isReadOnly());
        QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("acceptButton"))->isEnabled());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("exportBundleAction"))->isEnabled());
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("closeBundleAction"))->isEnabled());
    }

    void scrubbedToAPastDayShowsThatDay() {
        ReplayBar* bar = m_window->replayBar();
        // Noon of the tenth day of the bundle: a day well inside the demo's history.
        const Timestamp day =
            std::chrono::floor<std::chrono::days>(bar->spanFrom()) + std::chrono::days{10};
        const Timestamp at = day + std::chrono::hours{12};
        QVERIFY(at < bar->spanTo());
        const auto expected = replayViewOf("demo", at); // the source workspace, not the bundle
        QVERIFY(expected.has_value());
        QVERIFY(expected->view.latest.has_value());

        bar->setCursorTime(at);
        QCOMPARE(*m_window->replayedAt(), at);
        const Evaluation& then = expected->view.latest->evaluation;
        const Tier* tier = m_engine->catalog().findTier(then.capacity.tierId);
        QVERIFY(tier);
        QTRY_COMPARE_WITH_TIMEOUT(tierShown(), QString::fromStdString(tier->name), 20000);
        const Mode* mode = m_engine->catalog().findMode(then.mode.currentModeId);
        QVERIFY(mode);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewTab()
                                     ->findChild<QLabel*>(QStringLiteral("modeName"))
                                     ->text()
                                     .contains(QString::fromStdString(mode->name)),
                                 20000);
        // The recommendations in their state that day, exactly as the source stored them.
        QTRY_VERIFY_WITH_TIMEOUT(shownTypes() == typesOf(expected->view.recommendations, true),
                                 20000);
        QVERIFY(m_window->recommendationsTab()->isReadOnly());
        const auto* reason = m_window->recommendationsTab()->detail()->findChild<QLabel*>(
            QStringLiteral("readOnlyReason"));
        QVERIFY(!reason->text().isEmpty());
        // The History tab stops at the moment: no decision after it (the page shown before,
        // at the bundle's end, had the demo's later decisions).
        QTRY_VERIFY_WITH_TIMEOUT(!latestDecisionShown() || *latestDecisionShown() <= at, 20000);
        // The banner names the moment.
        auto* banner = m_window->findChild<QLabel*>(QStringLiteral("replayBanner"));
        QVERIFY(banner->text().contains(QStringLiteral("Bundle")));

        // A later day differs: the tabs follow the cursor.
        const Timestamp later = bar->spanTo() - std::chrono::hours{1};
        const auto expectedLater = replayViewOf("demo", later);
        QVERIFY(expectedLater.has_value());
        bar->setCursorTime(later);
        QTRY_VERIFY_WITH_TIMEOUT(shownTypes() == typesOf(expectedLater->view.recommendations, true),
                                 20000);
    }

    void scrubbingFastShowsTheNewestMoment() {
        ReplayBar* bar = m_window->replayBar();
        const Timestamp from = bar->spanFrom();
        // Many cursor moves in one go: one request in flight, the newest wins at the end.
        for (int i = 1; i <= 40; ++i) {
            bar->setCursorTime(from + std::chrono::hours{6 * i});
        }
        const Timestamp last = from + std::chrono::hours{6 * 40};
        const auto expected = replayViewOf("demo", last);
        QVERIFY(expected && expected->view.latest);
        const Tier* tier =
            m_engine->catalog().findTier(expected->view.latest->evaluation.capacity.tierId);
        QTRY_COMPARE_WITH_TIMEOUT(tierShown(), QString::fromStdString(tier->name), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(shownTypes() == typesOf(expected->view.recommendations, true),
                                 20000);
    }

    void decisionsAreRefusedInABundle() {
        RecommendationsTab* tab = m_window->recommendationsTab();
        QSignalSpy confirmed(tab, &RecommendationsTab::decisionConfirmed);
        tab->decideSelected(Verdict::Accept);
        QCOMPARE(confirmed.count(), 0);
    }

    void whatIfStricterCpuListsEarlierRecommendations() {
        WhatIfDialog* dialog = m_window->openWhatIf();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->runButton()->isEnabled()); // nothing edited yet
        QVERIFY(dialog->loadCatalogFile(sourceFile("resources/whatif/stricter-cpu.json")));
        QVERIFY(dialog->runButton()->isEnabled());
        QSignalSpy ready(m_window->bridge(), &EngineBridge::whatIfReady);
        dialog->runButton()->click();
        QVERIFY(dialog->isRunning());
        QVERIFY(ready.wait(300000));
        QTRY_VERIFY(!dialog->isRunning());
        QVERIFY(dialog->report().has_value());
        const auto& openings = dialog->report()->firstOpenings;
        const auto pooler = std::ranges::find_if(
            openings, [](const WhatIfRow& r) { return r.key == "enable_supabase_pooler"; });
        QVERIFY(pooler != openings.end());
        QCOMPARE(pooler->change, WhatIfChange::Earlier);
        QVERIFY(pooler->shift < std::chrono::seconds{0});
        // The table leads with it, worded.
        QTableWidget* table = dialog->resultsTable();
        bool listed = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            listed = listed || (table->item(row, 0)->text() == QStringLiteral("Earlier") &&
                                table->item(row, 2)->text() == QStringLiteral("First raised"));
        }
        QVERIFY(listed);
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("earlier")));
        // The earlier openings are ticked on the timeline.
        const auto& marks = m_window->replayBar()->strip()->marks();
        QVERIFY(std::ranges::any_of(
            marks, [](const ReplayMark& m) { return m.kind == ReplayMarkKind::WhatIfOpening; }));
        dialog->close();
    }

    void whatIfWithAnEditedCpuLimit() {
        WhatIfDialog* dialog = m_window->openWhatIf();
        QVERIFY(dialog);
        QVERIFY(dialog->setCpuLimit("hard_launch", 0.40));
        QVERIFY(dialog->editedCatalog().has_value());
        QCOMPARE(dialog->editedSections(), std::vector<std::string>{"tiers"});
        QSignalSpy ready(m_window->bridge(), &EngineBridge::whatIfReady);
        dialog->runButton()->click();
        QVERIFY(ready.wait(300000));
        QTRY_VERIFY(dialog->report().has_value() && !dialog->isRunning());
        QVERIFY(std::ranges::any_of(dialog->report()->firstOpenings, [](const WhatIfRow& r) {
            return r.change == WhatIfChange::Earlier;
        }));
        // Back to the stored limit: nothing to compare, Run disabled with the reason.
        QVERIFY(dialog->setCpuLimit("hard_launch", 0.70));
        QVERIFY(!dialog->editedCatalog().has_value());
        QVERIFY(!dialog->runButton()->isEnabled());
        QVERIFY(!dialog->problemLabel()->text().isEmpty());
        dialog->close();
    }

    void closingTheBundleKeepsItsFile() {
        const QByteArray before = sha256Of(m_bundlePath);
        QSignalSpy closed(m_window->bridge(), &EngineBridge::bundleClosed);
        m_window->closeBundle();
        QVERIFY(closed.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->currentWorkspace().startsWith(QStringLiteral("bundle:")), 20000);
        QCOMPARE(sha256Of(m_bundlePath), before);
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("bundleBadge"))->isVisible());
    }

    void liveTimelineGoesBackToLiveAtItsEnd() {
        m_window->selectWorkspace(QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentWorkspace(), QStringLiteral("demo"), 20000);
        m_window->setTimelineVisible(true);
        ReplayBar* bar = m_window->replayBar();
        // Enabled once this workspace's timeline arrived (not the closed bundle's).
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->isEnabled(), 20000);
        QVERIFY(bar->spanTo() > bar->spanFrom());
        QVERIFY(!m_window->replayedAt().has_value()); // at the end: live, decisions allowed
        QVERIFY(!m_window->recommendationsTab()->isReadOnly());
        bar->setCursorTime(bar->spanFrom() + std::chrono::days{3});
        QVERIFY(m_window->replayedAt().has_value());
        QVERIFY(m_window->recommendationsTab()->isReadOnly());
        bar->goToEnd();
        QVERIFY(!m_window->replayedAt().has_value());
        QVERIFY(!m_window->recommendationsTab()->isReadOnly());
        m_window->setTimelineVisible(false);
        QVERIFY(!bar->isVisible());
    }

    void aCorruptBundleIsRefusedAndChangesNothing() {
        const QString path = m_dir.path() + QStringLiteral("/corrupt.hrbundle");
        QFile source(m_bundlePath);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5A); // one flipped byte
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        QSignalSpy failed(m_window->bridge(), &EngineBridge::errorOccurred);
        QSignalSpy workspaces(m_window->bridge(), &EngineBridge::workspacesReady);
        const RequestId id = m_window->openBundle(path);
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(failed,
                                                     [id](const QList<QVariant>& args) {
                                                         return args.at(0).toULongLong() == id;
                                                     }),
                                 60000);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("bundleErrorBox"))));
        QVERIFY(box->text().contains(QStringLiteral("nothing was changed")));
        QVERIFY(!box->informativeText().isEmpty());
        box->close();
        QCOMPARE(m_window->currentWorkspace(), QStringLiteral("demo"));
        QVERIFY(m_window->jobDialog() == nullptr);
    }
};

QTEST_MAIN(TestReplayWindow)
#include "tst_replay_window.moc"
