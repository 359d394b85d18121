// The engine's alerting over time with a steered clock: a breach fires once after its pending
// period, is not paged again while it lasts nor after a restart (the state is stored), and
// resolves once when it clears; each change is an event in the history.

#include "catalog/CatalogLoader.h"
#include "support/EngineTestSupport.h"

#include <atomic>

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 1}};

// The engine is destroyed (and its thread stopped) before the recorder it notifies.
struct Run {
    Recorder recorder;
    std::unique_ptr<Engine> engine;
    FakeSource* source = nullptr;
};

} // namespace

class TestEngineAlerts : public QObject {
    Q_OBJECT
private slots:
    void firesOnceSurvivesRestartAndResolves() {
        QTemporaryDir dir;
        std::atomic<std::int64_t> offset{0};
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        const auto pendingFor = catalog->alerts.findRule("queue_depth")->pendingFor;
        const auto start = [&](Run& run, double queue) {
            EngineOptions options;
            options.databasePath = (dir.path() + "/h.db").toStdString();
            options.catalog = *catalog;
            options.clock = [&] {
                return kT0 + std::chrono::seconds{offset.load()};
            };
            options.pollInterval = 1h; // evaluations only when the test asks
            options.createDemoWorkspace = false;
            auto source = std::make_unique<FakeSource>("fake");
            source->setValues({{MetricId::QueueDepth, queue}});
            run.source = source.get();
            std::vector<std::unique_ptr<Source>> sources;
            sources.push_back(std::move(source));
            run.engine = std::make_unique<Engine>(std::move(options), std::move(sources));
            run.engine->addListener(&run.recorder);
            QVERIFY(run.engine->start());
            QVERIFY(run.recorder.waitFor([&] { return !run.recorder.stored.empty(); }));
        };
        const auto evaluateAt = [&](Run& run, std::chrono::seconds at) {
            offset = at.count();
            std::size_t before = 0;
            {
                std::lock_guard lock(run.recorder.mutex);
                before = run.recorder.stored.size();
            }
            run.engine->pollNow();
            QVERIFY(run.recorder.waitFor([&] { return run.recorder.stored.size() > before; }));
        };

        {
            Run run;
            start(run, 250.0); // t0: pending
            QVERIFY(run.recorder.alertNotifications.empty());
            evaluateAt(run, pendingFor - 1s); // one second short: still pending
            QVERIFY(run.recorder.alertNotifications.empty());
            evaluateAt(run, pendingFor); // the period has passed: fires
            QVERIFY2(run.recorder.waitFor([&] { return !run.recorder.alertNotifications.empty(); }),
                     run.recorder.errors.empty()
                         ? "no notification"
                         : run.recorder.errors.front().second.message.c_str());
            const auto n = run.recorder.alertNotifications.front();
            QCOMPARE(n.ruleId, std::string("queue_depth"));
            QCOMPARE(n.phase, AlertPhase::Firing);
            QCOMPARE(n.severity, AlertSeverity::Critical);
            QCOMPARE(n.value, std::optional<double>(250.0));
            QVERIFY(std::ranges::find(n.channels, AlertChannel::Tray) != n.channels.end());
            evaluateAt(run, pendingFor + 10s); // lasting: not paged again
            evaluateAt(run, pendingFor + 20s);
            QCOMPARE(run.recorder.alertNotifications.size(), std::size_t{1});
            run.engine->stop();
        }
        {
            Run run;
            offset = (pendingFor + 30s).count();
            start(run, 250.0); // after a restart: still firing, no page
            evaluateAt(run, pendingFor + 40s);
            QVERIFY(run.recorder.alertNotifications.empty());
            const RequestId id = run.engine->requestAlerts("local");
            QVERIFY(run.recorder.waitFor([&] { return run.recorder.alerts.contains(id); }));
            const AlertsView view = run.recorder.alerts.at(id);
            QCOMPARE(view.alerts.front().state.ruleId, std::string("queue_depth")); // firing first
            QCOMPARE(view.alerts.front().state.phase, AlertPhase::Firing);
            QCOMPARE(view.alerts.front().state.firingSince,
                     std::optional<Timestamp>(kT0 + pendingFor));
            run.source->setValues({{MetricId::QueueDepth, 10.0}});
            evaluateAt(run, pendingFor + 50s);
            QVERIFY(run.recorder.waitFor([&] { return !run.recorder.alertNotifications.empty(); }));
            QCOMPARE(run.recorder.alertNotifications.front().phase, AlertPhase::Resolved);
            run.engine->stop();
        }
        auto store = Store::open((dir.path() + "/h.db").toStdString());
        QVERIFY(store);
        auto ws = (*store)->workspace("local");
        QVERIFY(ws);
        HistoryFilter f;
        f.kinds = {EventKind::AlertFired};
        QCOMPARE((*store)->events(ws->id, f)->size(), std::size_t{1});
        f.kinds = {EventKind::AlertResolved};
        QCOMPARE((*store)->events(ws->id, f)->size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestEngineAlerts)
#include "tst_engine_alerts.moc"
