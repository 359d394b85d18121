// Engine::requestStrainView over a workspace with more runs than the view lists: the newest
// kStrainViewRuns, newest first, and then each scenario's baseline when it is older than all of
// those, so that the Strain Tests view can still compare with it. A scenario without a baseline
// adds nothing.

#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"
#include "engine/StrainJob.h"
#include "store/Store.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t kT0 = 1796083200; // 2026-12-01T00:00:00Z

class ViewListener final : public EngineListener {
public:
    void onStrainView(RequestId id, const StrainView& view) override {
        std::lock_guard lock(mutex);
        if (id == awaited) {
            answer = view;
            changed.notify_all();
        }
    }
    void onError(RequestId id, const Error& error) override {
        std::lock_guard lock(mutex);
        if (id == awaited) {
            failure = error;
            changed.notify_all();
        }
    }

    std::mutex mutex;
    std::condition_variable changed;
    RequestId awaited = 0;
    std::optional<StrainView> answer;
    std::optional<Error> failure;
};

StrainRunRecord passedRun(const std::string& scenario, std::int64_t offset) {
    StrainRunRecord r;
    r.workspace = "local";
    r.result.scenarioId = scenario;
    r.result.scenarioName = scenario;
    r.result.startedAt = Timestamp{std::chrono::seconds{kT0 + offset}};
    r.result.elapsed = 10'000ms;
    r.result.plannedDuration = 10s;
    r.result.users = 5;
    r.result.method = "GET";
    r.result.urls = {"/"};
    r.result.measurement.requests = 500;
    r.result.measurement.throughputPerSecond = 50.0;
    r.result.completed = 500;
    r.verdict = "passed";
    return r;
}

} // namespace

class TestEngineStrainView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalog m_catalog;

    EngineOptions options() const {
        EngineOptions o;
        o.databasePath = (m_dir.path() + "/h.db").toStdString();
        o.catalog = m_catalog;
        o.pollInterval = 1h;
        o.createDemoWorkspace = false;
        o.loadConfiguredSources = false;
        o.scheduleHealthSnapshots = false;
        return o;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        m_catalog = *catalog;
        {
            // The engine creates the live workspace; the runs go in through the store.
            Engine first(options(), {});
            QVERIFY(first.start());
            first.stop();
        }
        auto store = Store::open(options().databasePath);
        QVERIFY2(store, store ? "" : store.error().message.c_str());
        auto oldest = (*store)->addStrainRun(passedRun("baseline", 0));
        QVERIFY(oldest);
        QVERIFY((*store)->setStrainBaseline("local", *oldest, "test", Timestamp{}).has_value());
        for (int i = 1; i <= kStrainViewRuns + 4; ++i) {
            QVERIFY((*store)->addStrainRun(passedRun("baseline", i * 60)).has_value());
        }
        QVERIFY((*store)->addStrainRun(passedRun("growth_stress", 10)).has_value());
    }

    void olderBaselineFollowsTheNewestRuns() {
        ViewListener listener;
        Engine engine(options(), {});
        engine.addListener(&listener);
        QVERIFY(engine.start());
        {
            std::unique_lock lock(listener.mutex);
            listener.awaited = engine.requestStrainView("local");
            QVERIFY(listener.changed.wait_for(lock, 60s,
                                              [&] { return listener.answer || listener.failure; }));
        }
        engine.stop();
        QVERIFY2(!listener.failure, listener.failure ? listener.failure->message.c_str() : "");
        const auto& runs = listener.answer->runs;
        QCOMPARE(runs.size(), std::size_t(kStrainViewRuns) + 1);
        for (std::size_t i = 0; i + 1 < std::size_t(kStrainViewRuns); ++i) {
            QVERIFY(runs[i].result.startedAt >= runs[i + 1].result.startedAt);
            QVERIFY(!runs[i].baseline);
        }
        // The baseline of "baseline", started before all of them, comes last; growth_stress
        // has no baseline and adds nothing.
        QVERIFY(runs.back().baseline);
        QCOMPARE(runs.back().result.scenarioId, std::string("baseline"));
        QCOMPARE(runs.back().result.startedAt, Timestamp{std::chrono::seconds{kT0}});
    }
};

QTEST_GUILESS_MAIN(TestEngineStrainView)
#include "tst_engine_strain_view.moc"
