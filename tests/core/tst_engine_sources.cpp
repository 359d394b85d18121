// The engine's source scheduling (each source on its own thread, backoff, "poll now" rounds) and
// its configured sources (save, list, remove, secrets, connection tests, persistence). Network
// use is limited to a refused connection on 127.0.0.1; real servers are in tests/integration.
#include "catalog/CatalogLoader.h"
#include "core/support/EngineTestSupport.h"
#include "engine/Engine.h"
#include "support/CorePrinters.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

// 127.0.0.1 port 1 (tcpmux) is not served on these machines: connections are refused at once.
constexpr auto kRefusedUrl = "http://127.0.0.1:1/metrics";

SourceConfig refusedSource(std::string name) {
    SourceConfig config = sourceFromReadyMapping(ReadyMapping::NodeExporter, std::move(name));
    config.url = kRefusedUrl;
    config.interval = 60s;
    return config;
}

} // namespace

class TestEngineSources : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalog m_catalog;

    EngineOptions options(const QString& file) {
        EngineOptions o;
        o.databasePath = (m_dir.path() + "/" + file).toStdString();
        o.catalog = m_catalog;
        o.clock = systemClock();
        o.pollInterval = 1h;
        o.createDemoWorkspace = false;
        return o;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        m_catalog = *catalog;
    }

    void backoffDoublesAndCaps_data() {
        QTest::addColumn<int>("intervalS");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("maxBackoffS");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("healthy") << 15 << 0 << 300 << qint64(15000);
        QTest::newRow("one failure") << 15 << 1 << 300 << qint64(30000);
        QTest::newRow("three failures") << 15 << 3 << 300 << qint64(120000);
        QTest::newRow("capped") << 15 << 5 << 300 << qint64(300000);
        QTest::newRow("many failures, no overflow") << 15 << 10000 << 300 << qint64(300000);
        QTest::newRow("cap below interval") << 600 << 2 << 300 << qint64(600000);
        QTest::newRow("negative count") << 5 << -1 << 300 << qint64(5000);
    }

    void backoffDoublesAndCaps() {
        QFETCH(int, intervalS);
        QFETCH(int, failures);
        QFETCH(int, maxBackoffS);
        QFETCH(qint64, expectedMs);
        const auto delay = nextPollDelay(std::chrono::seconds(intervalS), failures,
                                         std::chrono::seconds(maxBackoffS));
        QCOMPARE(qint64(delay.count()), expectedMs);
    }

    void healthRanksTheStatus() {
        SourceStatus s;
        s.stale = true;
        QCOMPARE(s.health(), SourceHealth::Waiting);
        s.lastPollAt = Timestamp{1000s};
        QCOMPARE(s.health(), SourceHealth::Stale);
        s.stale = false;
        QCOMPARE(s.health(), SourceHealth::Ok);
        s.lastError = Error{ErrorCode::NetworkError, "x"};
        QCOMPARE(s.health(), SourceHealth::Failing);
        s.missingCredentials = true;
        QCOMPARE(s.health(), SourceHealth::MissingCredentials);
        s.enabled = false;
        QCOMPARE(s.health(), SourceHealth::Disabled);
        QCOMPARE(keyOf(SourceHealth::MissingCredentials), std::string_view("missing_credentials"));
    }

    // A source that never answers neither delays the others' polls nor the engine's snapshots,
    // and stop() cancels it promptly.
    void hangingSourceDelaysNothing() {
        auto hanging = std::make_unique<HangingSource>();
        auto fast = std::make_unique<FakeSource>("fast");
        HangingSource* hangingPtr = hanging.get();
        FakeSource* fastPtr = fast.get();
        fast->setValues({{MetricId::CpuUtilization, 0.4}});
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::move(hanging));
        sources.push_back(std::move(fast));
        EngineOptions o = options("hanging.db");
        o.pollInterval = 1s; // the built-in sources' interval and the evaluation cadence
        o.pollRoundLimit = 2s;
        Recorder recorder;
        Engine engine(std::move(o), std::move(sources));
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());

        QTRY_VERIFY_WITH_TIMEOUT(fastPtr->polls() >= 3, 30000);
        QCOMPARE(hangingPtr->entered(), 1); // still stuck in its first poll
        QVERIFY(recorder.waitFor([&] { return !recorder.stored.empty(); }));
        {
            std::lock_guard lock(recorder.mutex);
            const Snapshot& s = recorder.stored.back().second.snapshot;
            QCOMPARE(s.value(MetricId::CpuUtilization), std::optional<double>(0.4));
            const SourceStatus* stuck = recorder.status("hanging");
            QVERIFY(stuck != nullptr);
            QVERIFY(!stuck->lastPollAt.has_value()); // no poll has completed
            QCOMPARE(stuck->health(), SourceHealth::Waiting);
        }

        QElapsedTimer timer;
        timer.start();
        engine.stop();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // A failing source backs off: with a 1 s interval and a 4 s cap it polls far less often than
    // a healthy one over the same time, and its status says when it will try again.
    void failingSourceBacksOff() {
        auto healthy = std::make_unique<FakeSource>("healthy");
        auto failing = std::make_unique<FakeSource>("failing");
        FakeSource* healthyPtr = healthy.get();
        FakeSource* failingPtr = failing.get();
        healthy->setValues({{MetricId::CpuUtilization, 0.2}});
        failing->setError(Error{ErrorCode::NetworkError, "failing: connection refused"});
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::move(healthy));
        sources.push_back(std::move(failing));
        EngineOptions o = options("backoff.db");
        o.pollInterval = 1s;
        o.maxBackoff = 4s;
        Recorder recorder;
        Engine engine(std::move(o), std::move(sources));
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());

        QTRY_VERIFY_WITH_TIMEOUT(healthyPtr->polls() >= 9, 60000);
        // Healthy: a poll a second. Failing: after 1 s, 2 s, 4 s, 4 s... at most 5 polls in the
        // time the healthy one made 9 (the schedule gives 4; one extra for timing slack).
        QVERIFY2(failingPtr->polls() <= 5, qPrintable(QString::number(failingPtr->polls())));
        QVERIFY(failingPtr->polls() >= 2);
        QVERIFY(recorder.waitFor([&] {
            const SourceStatus* s = recorder.status("failing");
            return s && s->consecutiveFailures >= 2;
        }));
        std::lock_guard lock(recorder.mutex);
        const SourceStatus* s = recorder.status("failing");
        QCOMPARE(s->health(), SourceHealth::Failing);
        QVERIFY(s->failingSince.has_value());
        QVERIFY(s->nextPollAt.has_value());
        QVERIFY(*s->nextPollAt > *s->lastPollAt + 1s); // backing off, not every second
    }

    void invalidConfigurationIsRefusedWithItsFields() {
        Recorder recorder;
        Engine engine(options("invalid.db"), {});
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        SourceConfig config = refusedSource("bad name!");
        config.interval = 0s;
        const RequestId id = engine.saveSource("local", config);
        QVERIFY(recorder.waitFor([&] { return recorder.hasErrorFor(id); }));
        const RequestId list = engine.requestSources("local");
        QVERIFY(recorder.waitFor([&] { return recorder.sources.contains(list); }));
        std::lock_guard lock(recorder.mutex);
        const Error& error = recorder.errors.back().second;
        QCOMPARE(error.code, ErrorCode::ValidationError);
        QVERIFY2(error.message.find("name") != std::string::npos, error.message.c_str());
        QVERIFY2(error.message.find("interval") != std::string::npos, error.message.c_str());
        QVERIFY(recorder.sources[list].configs.empty()); // nothing stored
    }

    // Save, list, poll (refused), rename, remove, and the history of it; it survives a restart.
    void configuredSourceLifecycle() {
        const QString file = QStringLiteral("lifecycle.db");
        {
            Recorder recorder;
            Engine engine(options(file), {});
            engine.addListener(&recorder);
            QVERIFY(engine.start().has_value());

            const RequestId save = engine.saveSource("local", refusedSource("web"));
            QVERIFY(recorder.waitFor([&] { return recorder.saved.contains(save); }));
            // Polled at once (within its first-poll spread), refused, and reported as failing.
            QVERIFY(recorder.waitFor([&] {
                const SourceStatus* s = recorder.status("endpoint:web");
                return s && s->lastError.has_value();
            }));
            {
                std::lock_guard lock(recorder.mutex);
                const SourceStatus* s = recorder.status("endpoint:web");
                QCOMPARE(s->kind, std::string("exposition"));
                QCOMPARE(s->url, std::string(kRefusedUrl));
                QCOMPARE(s->interval, 60s);
                QCOMPARE(s->health(), SourceHealth::Failing);
                QVERIFY2(s->lastError->message.find("refused") != std::string::npos,
                         s->lastError->message.c_str());
            }

            // A second one, disabled: listed, not polled.
            SourceConfig off = refusedSource("off");
            off.enabled = false;
            const RequestId saveOff = engine.saveSource("local", off);
            QVERIFY(recorder.waitFor([&] { return recorder.saved.contains(saveOff); }));

            // Saving a second source under an existing name is a conflict.
            const RequestId dup = engine.saveSource("local", refusedSource("web"));
            QVERIFY(recorder.waitFor([&] { return recorder.hasErrorFor(dup); }));

            // Rename web -> api.
            const RequestId rename =
                engine.saveSource("local", refusedSource("api"), std::string("web"));
            QVERIFY(recorder.waitFor([&] { return recorder.saved.contains(rename); }));
            const RequestId list = engine.requestSources("local");
            QVERIFY(recorder.waitFor([&] { return recorder.sources.contains(list); }));
            std::lock_guard lock(recorder.mutex);
            const SourcesView& view = recorder.sources[list];
            QCOMPARE(view.configs.size(), std::size_t{2});
            QCOMPARE(view.configs[0].name, std::string("api"));
            QCOMPARE(view.configs[1].name, std::string("off"));
            QVERIFY(!view.configs[1].enabled);
            QVERIFY(std::ranges::none_of(
                view.statuses, [](const SourceStatus& s) { return s.sourceId == "endpoint:web"; }));
            auto off2 = std::ranges::find(view.statuses, "endpoint:off", &SourceStatus::sourceId);
            QVERIFY(off2 != view.statuses.end());
            QCOMPARE(off2->health(), SourceHealth::Disabled);
        }
        {
            // Restart: the stored sources come back and are polled again.
            Recorder recorder;
            Engine engine(options(file), {});
            engine.addListener(&recorder);
            QVERIFY(engine.start().has_value());
            QVERIFY(recorder.waitFor([&] {
                const SourceStatus* s = recorder.status("endpoint:api");
                return s && s->lastError.has_value();
            }));
            const RequestId remove = engine.removeSource("local", "api");
            QVERIFY(recorder.waitFor([&] { return recorder.removed.contains(remove); }));
            const RequestId removeAgain = engine.removeSource("local", "api");
            QVERIFY(recorder.waitFor([&] { return recorder.hasErrorFor(removeAgain); }));
            const RequestId history = engine.requestHistory({"local", HistoryFilter{}});
            QVERIFY(recorder.waitFor([&] { return recorder.histories.contains(history); }));
            std::lock_guard lock(recorder.mutex);
            QVERIFY(recorder.status("endpoint:api") == nullptr);
            QCOMPARE(recorder.errors.back().second.code, ErrorCode::NotFound);
            const auto& events = recorder.histories[history].events;
            auto count = [&](EventKind kind) {
                return std::ranges::count(events, kind, &Event::kind);
            };
            QCOMPARE(count(EventKind::SourceAdded), 2);
            QCOMPARE(count(EventKind::SourceChanged), 1);
            QCOMPARE(count(EventKind::SourceRemoved), 1);
            QVERIFY(count(EventKind::SourceFailed) >= 1);
        }
    }

    // A source that needs a secret waits for it, sends nothing, and starts when it arrives; the
    // secret never reaches the stored configuration.
    void secretsArriveInMemoryOnly() {
        Recorder recorder;
        Engine engine(options("secrets.db"), {});
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());
        SourceConfig config = refusedSource("private");
        config.auth = AuthKind::Bearer;
        const RequestId save = engine.saveSource("local", config);
        QVERIFY(recorder.waitFor([&] { return recorder.saved.contains(save); }));
        QVERIFY(recorder.waitFor([&] {
            const SourceStatus* s = recorder.status("endpoint:private");
            return s && s->missingCredentials;
        }));
        {
            std::lock_guard lock(recorder.mutex);
            QCOMPARE(recorder.status("endpoint:private")->health(),
                     SourceHealth::MissingCredentials);
            QVERIFY(!recorder.status("endpoint:private")->lastPollAt.has_value());
        }

        engine.provideSecret("local", "private", std::string("s3cret-token"));
        QVERIFY(recorder.waitFor([&] {
            const SourceStatus* s = recorder.status("endpoint:private");
            return s && !s->missingCredentials && s->lastError.has_value();
        }));
        const RequestId list = engine.requestSources("local");
        QVERIFY(recorder.waitFor([&] { return recorder.sources.contains(list); }));
        const RequestId history = engine.requestHistory({"local", HistoryFilter{}});
        QVERIFY(recorder.waitFor([&] { return recorder.histories.contains(history); }));
        std::lock_guard lock(recorder.mutex);
        const SourcesView& view = recorder.sources[list];
        QCOMPARE(view.configs.size(), std::size_t{1});
        QVERIFY(sourceConfigToJson(view.configs[0]).dump().find("s3cret") == std::string::npos);
        for (const Event& e : recorder.histories[history].events) {
            QVERIFY(e.detailJson.find("s3cret") == std::string::npos);
        }
        for (const auto& [id, error] : recorder.errors) {
            QVERIFY(error.message.find("s3cret") == std::string::npos);
        }
    }

    void connectionTestReportsWithoutStoring() {
        Recorder recorder;
        Engine engine(options("test.db"), {});
        engine.addListener(&recorder);
        QVERIFY(engine.start().has_value());

        SourceConfig invalid = refusedSource("t");
        invalid.url = "ftp://example.invalid/";
        const RequestId bad = engine.testSource(invalid, std::nullopt);
        const RequestId refused = engine.testSource(refusedSource("t"), std::nullopt);
        QVERIFY(recorder.waitFor(
            [&] { return recorder.tested.contains(bad) && recorder.tested.contains(refused); }));
        const RequestId list = engine.requestSources("local");
        QVERIFY(recorder.waitFor([&] { return recorder.sources.contains(list); }));
        std::lock_guard lock(recorder.mutex);
        const SourceTestResult& b = recorder.tested[bad];
        QVERIFY(!b.configProblems.empty());
        QVERIFY(b.configProblems[0].find("url") != std::string::npos);
        QVERIFY(!b.report.has_value());
        const SourceTestResult& r = recorder.tested[refused];
        QCOMPARE(r.name, std::string("t"));
        QVERIFY(r.configProblems.empty());
        QVERIFY(r.error.has_value());
        QVERIFY2(r.error->message.find("refused") != std::string::npos, r.error->message.c_str());
        QVERIFY(recorder.sources[list].configs.empty());
    }
};

QTEST_GUILESS_MAIN(TestEngineSources)
#include "tst_engine_sources.moc"
