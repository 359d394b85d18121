// The engine's scaling control with a fake clock: the schedule takes one health snapshot per
// slot, survives a restart, and after a missed day catches up exactly once; mode changes and
// on-demand snapshots arrive through the listener; a fresh live snapshot is evaluated under the
// environment's own mode limits (catalogFor).
#include "catalog/CatalogLoader.h"
#include "core/support/EngineTestSupport.h"
#include "engine/Engine.h"

#include <atomic>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

constexpr Timestamp kDay0{std::chrono::seconds{20'500 * 86400LL}}; // a UTC midnight

class ScalingRecorder final : public EngineListener {
public:
    void onWorkspaces(RequestId id, const std::vector<Workspace>&) override {
        record([&] { pings.push_back(id); });
    }
    void onScalingView(RequestId id, const ScalingView& view) override {
        record([&] { views[id] = view; });
    }
    void onScalingChanged(RequestId id, const std::string&, const ScalingChangeResult& r) override {
        record([&] { changes[id] = r; });
    }
    void onHealthSnapshot(RequestId id, const std::string& ws,
                          const HealthSnapshotRecord& r) override {
        record([&] { taken.emplace_back(id, ws, r); });
    }
    void onHealthSnapshots(RequestId id, const std::string&,
                           const std::vector<HealthSnapshotRecord>& list) override {
        record([&] { lists[id] = list; });
    }
    void onSnapshotStored(const std::string&, const StoredSnapshot& s) override {
        record([&] { stored.push_back(s); });
    }
    void onError(RequestId id, const Error& error) override {
        record([&] { errors.emplace_back(id, error); });
    }
    template <class Pred>
    bool waitFor(Pred pred) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kWait, pred);
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::vector<RequestId> pings;
    std::map<RequestId, ScalingView> views;
    std::map<RequestId, ScalingChangeResult> changes;
    std::vector<std::tuple<RequestId, std::string, HealthSnapshotRecord>> taken;
    std::map<RequestId, std::vector<HealthSnapshotRecord>> lists;
    std::vector<StoredSnapshot> stored;
    std::vector<std::pair<RequestId, Error>> errors;

private:
    template <class Fn>
    void record(Fn&& fn) {
        {
            std::lock_guard lock(mutex);
            fn();
        }
        changed.notify_all();
    }
};

} // namespace

class TestEngineScaling : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalog m_catalog;
    std::atomic<std::int64_t> m_now{0};

    EngineOptions options(const QString& file) {
        EngineOptions o;
        o.databasePath = (m_dir.path() + "/" + file).toStdString();
        o.catalog = m_catalog;
        o.clock = [this] {
            return Timestamp{std::chrono::seconds{m_now.load()}};
        };
        o.pollInterval = 1h;
        o.createDemoWorkspace = false;
        o.loadConfiguredSources = false;
        return o;
    }
    void setNow(Timestamp t) { m_now = t.time_since_epoch().count(); }

    // Runs a few turns of the engine loop (each request is one turn; scheduled work follows it)
    // and returns every health snapshot stored for the live workspace.
    std::vector<HealthSnapshotRecord> settleAndList(Engine& engine, ScalingRecorder& rec) {
        for (int i = 0; i < 3; ++i) {
            const RequestId id = engine.requestWorkspaces();
            if (!rec.waitFor([&] { return std::ranges::count(rec.pings, id) == 1; })) {
                return {};
            }
        }
        const RequestId id = engine.requestHealthSnapshots("local", {});
        rec.waitFor([&] { return rec.lists.contains(id); });
        std::lock_guard lock(rec.mutex);
        return rec.lists[id];
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        m_catalog = *catalog;
    }

    void restartAfterMissedDayCatchesUpOnce() {
        // Day 1, 10:00: the first run of the schedule.
        setNow(kDay0 + 24h + 10h);
        {
            ScalingRecorder rec;
            Engine engine(options("schedule.db"), {});
            engine.addListener(&rec);
            QVERIFY(engine.start().has_value());
            const auto list = settleAndList(engine, rec);
            QCOMPARE(list.size(), std::size_t(1));
            QCOMPARE(list[0].trigger, HealthSnapshotTrigger::Scheduled);
            QCOMPARE(list[0].slot.value(), kDay0 + 24h);
            std::lock_guard lock(rec.mutex);
            QCOMPARE(rec.taken.size(), std::size_t(1));
            QCOMPARE(std::get<0>(rec.taken[0]), RequestId{0}); // the schedule, not a request
            QVERIFY(rec.errors.empty());
        }
        // Same day, after a restart: the run is remembered in the database.
        setNow(kDay0 + 24h + 18h);
        {
            ScalingRecorder rec;
            Engine engine(options("schedule.db"), {});
            engine.addListener(&rec);
            QVERIFY(engine.start().has_value());
            QCOMPARE(settleAndList(engine, rec).size(), std::size_t(1));
        }
        // The computer was off on days 2 and 3; day 4, 09:00: exactly one catch-up run.
        setNow(kDay0 + 4 * 24h + 9h);
        {
            ScalingRecorder rec;
            Engine engine(options("schedule.db"), {});
            engine.addListener(&rec);
            QVERIFY(engine.start().has_value());
            auto list = settleAndList(engine, rec);
            QCOMPARE(list.size(), std::size_t(2));
            QCOMPARE(list[1].trigger, HealthSnapshotTrigger::CatchUp);
            QCOMPARE(list[1].slot.value(), kDay0 + 4 * 24h);
            // Time passes within the day: still nothing new; the next day: an ordinary run.
            setNow(kDay0 + 4 * 24h + 23h);
            QCOMPARE(settleAndList(engine, rec).size(), std::size_t(2));
            setNow(kDay0 + 5 * 24h + 1h);
            list = settleAndList(engine, rec);
            QCOMPARE(list.size(), std::size_t(3));
            QCOMPARE(list[2].trigger, HealthSnapshotTrigger::Scheduled);
        }
    }

    void changesAndOnDemandSnapshots() {
        setNow(kDay0 + 10h);
        ScalingRecorder rec;
        auto source = std::make_unique<FakeSource>("fake");
        source->setValues({{MetricId::CpuUtilization, 0.2}, {MetricId::ActiveClients, 9}});
        auto o = options("changes.db");
        o.scheduleHealthSnapshots = false;
        Engine engine(o, [&] {
            std::vector<std::unique_ptr<Source>> v;
            v.push_back(std::move(source));
            return v;
        }());
        engine.addListener(&rec);
        QVERIFY(engine.start().has_value());
        QVERIFY(rec.waitFor([&] { return rec.stored.size() == 1; }));

        // Freeze, then a manual override (no advice to follow: thin data) with its reason.
        ScalingChangeRequest freeze;
        freeze.kind = ScalingChangeKind::Freeze;
        freeze.reason = "incident";
        const RequestId f = engine.changeScaling("local", freeze);
        QVERIFY(rec.waitFor([&] { return rec.changes.contains(f); }));
        ScalingChangeRequest set;
        set.kind = ScalingChangeKind::SetMode;
        set.modeId = "scale";
        const RequestId refused = engine.changeScaling("local", set);
        QVERIFY(rec.waitFor([&] {
            return std::ranges::any_of(rec.errors,
                                       [&](const auto& e) { return e.first == refused; });
        }));
        set.reason = "board decision";
        const RequestId s = engine.changeScaling("local", set);
        QVERIFY(rec.waitFor([&] { return rec.changes.contains(s); }));
        {
            std::lock_guard lock(rec.mutex);
            QCOMPARE(rec.changes[s].config.modeId, std::string("scale"));
            QVERIFY(rec.changes[s].config.freeze.has_value());
            QCOMPARE(rec.changes[s].event.kind, EventKind::ModeSet);
        }

        const RequestId v = engine.requestScaling("local");
        QVERIFY(rec.waitFor([&] { return rec.views.contains(v); }));
        {
            std::lock_guard lock(rec.mutex);
            const ScalingView& view = rec.views[v];
            QVERIFY(view.configStored);
            QCOMPARE(view.config.modeId, std::string("scale"));
            QCOMPARE(view.workspace.currentModeId, std::string("scale"));
            QVERIFY(view.latestSnapshotAt.has_value());
            QVERIFY(view.advice.has_value());
            QCOMPARE(view.advice->mode.currentModeId, std::string("scale"));
        }

        const RequestId t = engine.takeHealthSnapshot("local");
        QVERIFY(rec.waitFor([&] {
            return std::ranges::any_of(rec.taken,
                                       [&](const auto& x) { return std::get<0>(x) == t; });
        }));
        std::lock_guard lock(rec.mutex);
        const auto& [id, ws, record] = rec.taken.back();
        QCOMPARE(ws, std::string("local"));
        QCOMPARE(record.trigger, HealthSnapshotTrigger::Manual);
        QVERIFY(record.frozen);
        QCOMPARE(record.configuredModeId, std::string("scale"));
        QCOMPARE(record.activeClients.value_or(-1), 9);
        QVERIFY(record.sourceSnapshotId > 0);
        // Two required metrics of many: the data is too thin for any change.
        QVERIFY(record.quality.confidence < m_catalog.guardrails.minConfidenceForChange);
        QVERIFY(record.mode.action != ModeAction::IncreaseMode);
    }

    void liveEvaluationUsesTheEnvironmentsModes() {
        setNow(kDay0 + 10h);
        ScalingRecorder rec;
        auto source = std::make_unique<FakeSource>("fake");
        auto* raw = source.get();
        source->setValues({{MetricId::CpuUtilization, 0.2}, {MetricId::ActiveClients, 7}});
        auto o = options("modes.db");
        o.scheduleHealthSnapshots = false;
        Engine engine(o, [&] {
            std::vector<std::unique_ptr<Source>> v;
            v.push_back(std::move(source));
            return v;
        }());
        engine.addListener(&rec);
        QVERIFY(engine.start().has_value());
        QVERIFY(rec.waitFor([&] { return rec.stored.size() == 1; }));
        {
            std::lock_guard lock(rec.mutex);
            QCOMPARE(rec.stored[0].evaluation.mode.fittingModeId, std::string("pilot"));
        }
        // This environment's lab holds up to 8 clients.
        ScalingChangeRequest update;
        update.kind = ScalingChangeKind::UpdateConfig;
        update.config = m_catalog.modes.empty() ? ScalingConfig{} : [&] {
            ScalingConfig c;
            c.modes = m_catalog.modes;
            c.guardrails = m_catalog.guardrails;
            c.modes[0].maxClients = 8;
            c.modes[1].minClients = 9;
            return c;
        }();
        const RequestId u = engine.changeScaling("local", update);
        QVERIFY(rec.waitFor([&] { return rec.changes.contains(u) || !rec.errors.empty(); }));
        QVERIFY(rec.errors.empty());
        raw->setValues({{MetricId::CpuUtilization, 0.2}, {MetricId::ActiveClients, 7}});
        engine.pollNow();
        QVERIFY(rec.waitFor([&] { return rec.stored.size() == 2; }));
        std::lock_guard lock(rec.mutex);
        QCOMPARE(rec.stored[1].evaluation.mode.fittingModeId, std::string("lab"));
    }

    // The active policy's advice is judged by this environment's guardrails, as replay judges
    // it, not by the catalog's: the catalog's confidence bar holds CPU-and-memory-only advice
    // back, the environment's lower bar lets it through.
    void policyAdviceUsesTheEnvironmentsGuardrails() {
        setNow(kDay0 + 12h);
        ScalingRecorder rec;
        auto source = std::make_unique<FakeSource>("fake");
        auto* raw = source.get();
        const std::vector<std::pair<MetricId, double>> busy{{MetricId::CpuUtilization, 0.97},
                                                            {MetricId::MemoryUtilization, 0.93},
                                                            {MetricId::ActiveClients, 20}};
        source->setValues(busy);
        auto o = options("guardrails.db");
        o.scheduleHealthSnapshots = false;
        o.catalog.guardrails.minConfidenceForChange = 1.0;
        Engine engine(o, [&] {
            std::vector<std::unique_ptr<Source>> v;
            v.push_back(std::move(source));
            return v;
        }());
        engine.addListener(&rec);
        QVERIFY(engine.start().has_value());
        QVERIFY(rec.waitFor([&] { return rec.stored.size() == 1; }));
        auto autoscaleAdvice = [&](std::size_t index) {
            std::lock_guard lock(rec.mutex);
            const auto& drafts = rec.stored[index].evaluation.recommendations;
            return std::ranges::any_of(drafts, [](const RecommendationDraft& d) {
                return d.type.starts_with("autoscale_");
            });
        };
        QVERIFY2(!autoscaleAdvice(0), "held back by the catalog's bar");

        ScalingChangeRequest update;
        update.kind = ScalingChangeKind::UpdateConfig;
        update.config.modes = m_catalog.modes;
        update.config.guardrails = m_catalog.guardrails;
        update.config.guardrails.minConfidenceForChange = 0.1;
        const RequestId u = engine.changeScaling("local", update);
        QVERIFY(rec.waitFor([&] { return rec.changes.contains(u) || !rec.errors.empty(); }));
        QVERIFY(rec.errors.empty());
        setNow(kDay0 + 12h + 1min);
        raw->setValues(busy);
        engine.pollNow();
        QVERIFY(rec.waitFor([&] { return rec.stored.size() == 2; }));
        QVERIFY2(autoscaleAdvice(1), "raised under the environment's lower bar");
    }
};

QTEST_GUILESS_MAIN(TestEngineScaling)
#include "tst_engine_scaling.moc"
