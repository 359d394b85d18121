#include "catalog/CatalogLoader.h"
#include "core/support/EngineTestSupport.h"
#include "engine/Engine.h"
#include "support/CorePrinters.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

class TestEngine : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalog m_catalog;

    EngineOptions options(const QString& file, bool demo = false) {
        EngineOptions o;
        o.databasePath = (m_dir.path() + "/" + file).toStdString();
        o.catalog = m_catalog;
        o.clock = systemClock();
        o.pollInterval = 1h; // only the first poll and pollNow() poll
        o.createDemoWorkspace = demo;
        return o;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        m_catalog = *catalog;
    }

    void pollStoresSnapshotAndTellsListeners() {
        auto source = std::make_unique<FakeSource>("fake");
        source->setValues({{MetricId::CpuUtilization, 0.25}, {MetricId::ActiveClients, 4}});
        Recorder recorder;
        Engine engine(options("poll.db"), [&] {
            std::vector<std::unique_ptr<Source>> v;
            v.push_back(std::move(source));
            return v;
        }());
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        QVERIFY(engine.running());
        // The first poll happens at start, the second on request.
        QVERIFY(recorder.waitFor([&] { return recorder.stored.size() == 1; }));
        engine.pollNow();
        QVERIFY(recorder.waitFor([&] { return recorder.stored.size() == 2; }));
        {
            std::lock_guard lock(recorder.mutex);
            const auto& [workspace, s] = recorder.stored.back();
            QCOMPARE(workspace, std::string("local"));
            QVERIFY(s.id > 0);
            QCOMPARE(s.snapshot.value(MetricId::CpuUtilization), std::optional<double>(0.25));
            QCOMPARE(s.snapshot.get(MetricId::CpuUtilization)->source, std::string("fake"));
            QCOMPARE(s.evaluation.clients.activeClients, std::optional<int>(4));
            QCOMPARE(recorder.statuses.size(), std::size_t{1});
            QCOMPARE(recorder.statuses[0].sourceId, std::string("fake"));
            QVERIFY(recorder.statuses[0].lastSuccessAt.has_value());
            QVERIFY(!recorder.statuses[0].lastError.has_value());
            QVERIFY(!recorder.statuses[0].stale);
        }

        const RequestId id = engine.requestWorkspaceView("local", {});
        QVERIFY(recorder.waitFor([&] { return recorder.views.contains(id); }));
        std::lock_guard lock(recorder.mutex);
        const WorkspaceView& view = recorder.views[id];
        QCOMPARE(view.workspace.title, std::string("This computer"));
        QCOMPARE(view.workspace.kind, WorkspaceKind::Live);
        QVERIFY(view.latest.has_value());
        QCOMPARE(view.history.size(), std::size_t{2});
        QVERIFY(view.history[0].snapshot.takenAt() <= view.history[1].snapshot.takenAt());
        QCOMPARE(view.sources.size(), std::size_t{1});
    }

    void failingSourceIsReportedAndDataSurvives() {
        auto good = std::make_unique<FakeSource>("good");
        auto bad = std::make_unique<FakeSource>("bad");
        FakeSource* goodPtr = good.get();
        FakeSource* badPtr = bad.get();
        good->setValues({{MetricId::CpuUtilization, 0.3}});
        bad->setValues({{MetricId::QueueDepth, 4}});
        Recorder recorder;
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::move(good));
        sources.push_back(std::move(bad));
        Engine engine(options("failing.db"), std::move(sources));
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        QVERIFY(recorder.waitFor([&] { return recorder.stored.size() == 1; }));

        // One source fails: the other's data is still stored and the failure is reported.
        badPtr->setError(Error{ErrorCode::NetworkError, "bad: connection refused"});
        engine.pollNow();
        QVERIFY(recorder.waitFor([&] { return recorder.stored.size() == 2; }));
        QVERIFY(recorder.waitFor([&] {
            return recorder.statuses.size() == 2 && recorder.statuses[1].lastError.has_value();
        }));
        {
            std::lock_guard lock(recorder.mutex);
            QCOMPARE(recorder.statuses[1].lastError->message,
                     std::string("bad: connection refused"));
            QVERIFY(!recorder.statuses[0].lastError.has_value());
            const Snapshot& s = recorder.stored.back().second.snapshot;
            QVERIFY(s.has(MetricId::CpuUtilization));
            QVERIFY(!s.has(MetricId::QueueDepth));
            QVERIFY(std::ranges::any_of(recorder.errors, [](const auto& e) {
                return e.first == 0 && e.second.code == ErrorCode::NetworkError;
            }));
        }

        // Every source fails: nothing new is stored, the stored history is intact.
        goodPtr->setError(Error{ErrorCode::IoError, "good: gone"});
        int reports = 0;
        {
            std::lock_guard lock(recorder.mutex);
            reports = recorder.statusReports;
        }
        engine.pollNow();
        QVERIFY(recorder.waitFor([&] { return recorder.statusReports > reports; }));
        const RequestId viewId = engine.requestWorkspaceView("local", {});
        QVERIFY(recorder.waitFor([&] { return recorder.views.contains(viewId); }));
        {
            std::lock_guard lock(recorder.mutex);
            QCOMPARE(recorder.stored.size(), std::size_t{2});
            QCOMPARE(recorder.views[viewId].history.size(), std::size_t{2});
            QVERIFY(recorder.views[viewId].sources[0].lastError.has_value());
        }

        // Recovery is an event too.
        goodPtr->setError(std::nullopt);
        badPtr->setError(std::nullopt);
        engine.pollNow();
        QVERIFY(recorder.waitFor([&] { return recorder.stored.size() == 3; }));
        const RequestId historyId = engine.requestHistory({"local", HistoryFilter{}});
        QVERIFY(recorder.waitFor([&] { return recorder.histories.contains(historyId); }));
        std::lock_guard lock(recorder.mutex);
        const auto& events = recorder.histories[historyId].events;
        auto count = [&](EventKind kind, const std::string& subject) {
            return std::ranges::count_if(
                events, [&](const Event& e) { return e.kind == kind && e.subject == subject; });
        };
        QCOMPARE(count(EventKind::SourceFailed, "bad"), 1);
        QCOMPARE(count(EventKind::SourceFailed, "good"), 1);
        QCOMPARE(count(EventKind::SourceRecovered, "bad"), 1);
        QCOMPARE(count(EventKind::SourceRecovered, "good"), 1);
    }

    void decisionIsRecordedAndInHistory() {
        auto source = std::make_unique<FakeSource>("fake");
        // A queue of 120 jobs is far above seed 000's triggers (50 for the pooler, 75 for more
        // workers), so the first evaluation opens recommendations.
        source->setValues({{MetricId::QueueDepth, 120},
                           {MetricId::ActiveClients, 10},
                           {MetricId::CpuUtilization, 0.2}});
        Recorder recorder;
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::move(source));
        Engine engine(options("decide.db"), std::move(sources));
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        QVERIFY(recorder.waitFor([&] { return recorder.stored.size() == 1; }));

        const RequestId viewId = engine.requestWorkspaceView("local", {});
        QVERIFY(recorder.waitFor([&] { return recorder.views.contains(viewId); }));
        StoredRecommendation rec;
        {
            std::lock_guard lock(recorder.mutex);
            const auto& recs = recorder.views[viewId].recommendations;
            QVERIFY(!recs.empty());
            auto open =
                std::ranges::find(recs, RecommendationState::Open, &StoredRecommendation::state);
            QVERIFY(open != recs.end());
            rec = *open;
        }

        DecisionRequest request;
        request.recommendationId = rec.id;
        request.verdict = Verdict::Accept;
        request.reason = "Raised worker concurrency";
        const RequestId decideId = engine.decide("local", request);
        QVERIFY(recorder.waitFor([&] { return recorder.decisions.contains(decideId); }));
        {
            std::lock_guard lock(recorder.mutex);
            const Decision& d = recorder.decisions[decideId];
            QCOMPARE(d.recommendationId, rec.id);
            QCOMPARE(d.verdict, Verdict::Accept);
            QCOMPARE(d.reason, std::string("Raised worker concurrency"));
            QVERIFY(d.decidedAt != Timestamp{}); // stamped by the engine's clock
        }

        // Deciding it again is refused, and the error carries that request's id.
        const RequestId againId = engine.decide("local", request);
        QVERIFY(recorder.waitFor([&] {
            return std::ranges::any_of(recorder.errors,
                                       [&](const auto& e) { return e.first == againId; });
        }));

        const RequestId historyId = engine.requestHistory({"local", HistoryFilter{}});
        QVERIFY(recorder.waitFor([&] { return recorder.histories.contains(historyId); }));
        std::lock_guard lock(recorder.mutex);
        const HistoryPage& page = recorder.histories[historyId];
        QCOMPARE(page.workspace, std::string("local"));
        QCOMPARE(page.decisions.size(), std::size_t{1});
        QCOMPARE(page.decisions[0].recommendationId, rec.id);
        QVERIFY(std::ranges::any_of(
            page.events, [](const Event& e) { return e.kind == EventKind::DecisionRecorded; }));
    }

    void unknownWorkspaceIsAnErrorForThatRequest() {
        Recorder recorder;
        Engine engine(options("unknown.db"), {});
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        const RequestId a = engine.requestWorkspaceView("nope", {});
        const RequestId b = engine.requestWorkspaces();
        QVERIFY(a != b);
        QVERIFY(recorder.waitFor([&] { return recorder.workspaces.contains(b); }));
        std::lock_guard lock(recorder.mutex);
        QCOMPARE(recorder.errors.size(), std::size_t{1});
        QCOMPARE(recorder.errors[0].first, a);
        QCOMPARE(recorder.errors[0].second.code, ErrorCode::NotFound);
        QCOMPARE(recorder.workspaces[b].size(), std::size_t{1}); // "local" only, no demo asked
    }

    void stopIsPromptDespiteLongInterval() {
        auto source = std::make_unique<FakeSource>("fake");
        source->setValues({{MetricId::CpuUtilization, 0.1}});
        Recorder recorder;
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::move(source));
        Engine engine(options("stop.db"), std::move(sources));
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        QVERIFY(recorder.waitFor([&] { return recorder.stored.size() == 1; }));
        QElapsedTimer timer;
        timer.start();
        engine.stop();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!engine.running());
    }

    void badDatabasePathFailsStart() {
        EngineOptions o = options("x.db");
        o.databasePath = (m_dir.path() + "/no/such/folder/x.db").toStdString();
        Engine engine(std::move(o), {});
        auto started = engine.start();
        QVERIFY(!started.has_value());
        QVERIFY(!started.error().message.empty());
        QVERIFY(!engine.running());
    }

    void demoWorkspaceIsCreatedOnce() {
        for (int run = 0; run < 2; ++run) {
            Recorder recorder;
            Engine engine(options("demo.db", true), {});
            engine.addListener(&recorder);
            QVERIFY(engine.start().has_value());
            const RequestId id = engine.requestWorkspaces();
            QVERIFY(recorder.waitFor([&] { return recorder.workspaces.contains(id); }));
            std::lock_guard lock(recorder.mutex);
            QVERIFY2(recorder.errors.empty(),
                     recorder.errors.empty() ? "" : recorder.errors[0].second.message.c_str());
            std::vector<std::string> names;
            for (const auto& w : recorder.workspaces[id]) {
                names.push_back(w.name);
            }
            std::ranges::sort(names);
            QCOMPARE(names, (std::vector<std::string>{"demo", "local"}));
        }
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
