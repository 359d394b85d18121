// Engine::verifyHistory on the engine thread: the demo workspace (90 days of snapshots,
// recommendations, decisions and events written by the demo generator) verifies intact with its
// decisions counted; an unknown workspace is an onError, not a verification.
#include "catalog/CatalogLoader.h"
#include "core/support/EngineTestSupport.h"
#include "engine/Engine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

class VerificationRecorder final : public EngineListener {
public:
    void onHistoryVerified(RequestId id, const HistoryVerification& v) override {
        {
            std::lock_guard lock(mutex);
            results[id] = v;
        }
        changed.notify_all();
    }
    void onError(RequestId id, const Error& error) override {
        {
            std::lock_guard lock(mutex);
            errors[id] = error;
        }
        changed.notify_all();
    }
    template <class Pred>
    bool waitFor(Pred pred) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, test::kWait, pred);
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::map<RequestId, HistoryVerification> results;
    std::map<RequestId, Error> errors;
};

} // namespace

class TestEngineHistory : public QObject {
    Q_OBJECT

private slots:
    void demoWorkspaceVerifies() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog, catalog ? "" : catalog.error().message.c_str());
        EngineOptions o;
        o.databasePath = (dir.path() + "/e.db").toStdString();
        o.catalog = *catalog;
        o.clock = systemClock();
        o.pollInterval = 1h;
        o.createDemoWorkspace = true;
        VerificationRecorder recorder; // outlives the engine that notifies it
        Engine engine(std::move(o), {});
        engine.addListener(&recorder);
        auto started = engine.start();
        QVERIFY2(started, started ? "" : started.error().message.c_str());
        const RequestId demo = engine.verifyHistory("demo");
        const RequestId unknown = engine.verifyHistory("no-such-workspace");
        QVERIFY(recorder.waitFor(
            [&] { return recorder.results.contains(demo) && recorder.errors.contains(unknown); }));
        engine.stop();
        const HistoryVerification& v = recorder.results.at(demo);
        QVERIFY(v.intact());
        QCOMPARE(v.workspaceName, std::string("demo"));
        QVERIFY(v.events.checked > 0);
        QVERIFY(v.decisions.checked > 0);
        QCOMPARE(static_cast<std::int64_t>(v.events.checked), v.events.headCount);
        QCOMPARE(recorder.errors.at(unknown).code, ErrorCode::NotFound);
        QVERIFY(!recorder.results.contains(unknown));
    }
};

QTEST_GUILESS_MAIN(TestEngineHistory)
#include "tst_engine_history.moc"
