// Strain tests through the engine (core/engine/EngineStrain.cpp) against Debian's real nginx on
// 127.0.0.1: a run reports progress from its own thread, ends judged and stored, and the view
// that follows lists it; a remote target is refused until confirmed; a cancelled run is stored
// not judged and cannot become a baseline; a passed one can; and the investor report of the
// period states the workspace's strain readiness from the stored runs.
#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"
#include "engine/StrainJob.h"
#include "integration/support/NginxServer.h"
#include "report/ReportData.h"

#include <condition_variable>
#include <map>
#include <mutex>

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

constexpr auto kWait = std::chrono::seconds(90);
const Timestamp kNow = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 30}} + 9h;

class StrainRecorder final : public EngineListener {
public:
    void onStrainView(RequestId id, const StrainView& view) override {
        record([&] {
            views[id] = view;
            latestView = view;
        });
    }
    void onStrainProgress(RequestId id, const LoadProgress& p) override {
        record([&] { progress[id].push_back(p); });
        if (progressHook) {
            progressHook(id, p); // on the run's thread, outside the lock
        }
    }
    void onStrainFinished(RequestId id, const StrainJobOutcome& outcome) override {
        record([&] { finished.emplace(id, outcome); });
    }
    void onReport(RequestId id, const ReportData& report) override {
        record([&] { reports[id] = report; });
    }
    void onError(RequestId id, const Error& error) override {
        record([&] { errors[id] = error; });
    }

    bool waitEnded(RequestId id) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kWait, [&] {
            return views.contains(id) || finished.contains(id) || reports.contains(id) ||
                   errors.contains(id);
        });
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::function<void(RequestId, const LoadProgress&)> progressHook;
    std::map<RequestId, StrainView> views;
    std::optional<StrainView> latestView;
    std::map<RequestId, std::vector<LoadProgress>> progress;
    std::map<RequestId, StrainJobOutcome> finished;
    std::map<RequestId, ReportData> reports;
    std::map<RequestId, Error> errors;

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

class TestEngineStrain : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<NginxServer> m_server;
    // Declared before the engine: the engine (and its job threads) go first.
    StrainRecorder m_recorder;
    std::unique_ptr<Engine> m_engine;
    RowId m_passedRun = 0;

    StrainRunRequest request(std::chrono::seconds duration, int users) const {
        StrainRunRequest r;
        r.workspace = "local";
        r.scenarioId = "baseline";
        applyTargetUrl(r.overrides, m_server->url(""));
        r.overrides.duration = duration;
        r.overrides.users = users;
        r.overrides.thinkTime = 10ms;
        r.options.sampleInterval = 200ms;
        return r;
    }

    std::string errorText(RequestId id) {
        std::lock_guard lock(m_recorder.mutex);
        const auto it = m_recorder.errors.find(id);
        return it == m_recorder.errors.end() ? std::string() : it->second.message;
    }

private slots:
    void initTestCase() {
        if (!NginxServer::available())
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<NginxServer>();
        m_server->writeFile("index.html", "hello world\n");
        const QString error = m_server->start(NginxConfig{});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        EngineOptions options;
        options.databasePath = m_dir.filePath("headroom.db").toStdString();
        options.catalog = *catalog;
        options.clock = [] {
            return kNow;
        };
        options.pollInterval = 3600s;
        options.createDemoWorkspace = false;
        options.scheduleHealthSnapshots = false;
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        m_engine->addListener(&m_recorder);
        QVERIFY(m_engine->start().has_value());
    }

    void cleanupTestCase() {
        m_engine.reset();
        m_server.reset();
    }

    void runIsJudgedStoredAndListed() {
        const RequestId id = m_engine->startStrainRun(request(2s, 4));
        QVERIFY(m_recorder.waitEnded(id));
        QVERIFY2(errorText(id).empty(), errorText(id).c_str());
        std::unique_lock lock(m_recorder.mutex);
        // The view that lists it follows the outcome (request 0).
        QVERIFY(m_recorder.changed.wait_for(lock, kWait, [&] {
            return m_recorder.latestView && !m_recorder.latestView->runs.empty();
        }));
        const StrainJobOutcome& outcome = m_recorder.finished.at(id);
        QCOMPARE(outcome.record.verdict, std::string("passed"));
        QVERIFY(outcome.record.id > 0);
        QCOMPARE(outcome.record.result.startedAt, kNow);
        QCOMPARE(outcome.record.result.scenarioName, std::string("Baseline Performance"));
        QVERIFY(outcome.record.result.completed > 0);
        QVERIFY(!outcome.baseline.has_value());
        // About five samples of 200 ms, from the run's thread, each with the totals so far.
        const auto& progress = m_recorder.progress[id];
        QVERIFY2(progress.size() >= 3, std::to_string(progress.size()).c_str());
        QVERIFY(progress.back().completed >= progress.front().completed);
        m_passedRun = outcome.record.id;
        // The view sent after the run lists it.
        QVERIFY(m_recorder.latestView.has_value());
        QCOMPARE(m_recorder.latestView->runs.size(), std::size_t{1});
        QCOMPARE(m_recorder.latestView->runs.front().id, m_passedRun);
        QCOMPARE(m_recorder.latestView->settings.scenarios.size(),
                 loadDefaultCatalog()->strain.scenarios.size());
    }

    void remoteTargetNeedsConfirmation() {
        StrainRunRequest r = request(1s, 1);
        applyTargetUrl(r.overrides, "http://192.0.2.1:8080"); // TEST-NET: never reached here
        const RequestId id = m_engine->startStrainRun(r);
        QVERIFY(m_recorder.waitEnded(id));
        std::lock_guard lock(m_recorder.mutex);
        QVERIFY(!m_recorder.finished.contains(id));
        QCOMPARE(m_recorder.errors.at(id).code, ErrorCode::Conflict);
        QVERIFY(m_recorder.errors.at(id).message.find("192.0.2.1") != std::string::npos);
    }

    void refusedPlanIsAnError() {
        StrainRunRequest r = request(1s, 1);
        r.overrides.users = 0;
        const RequestId id = m_engine->startStrainRun(r);
        QVERIFY(m_recorder.waitEnded(id));
        std::lock_guard lock(m_recorder.mutex);
        QCOMPARE(m_recorder.errors.at(id).code, ErrorCode::InvalidArgument);
    }

    void cancelledRunIsStoredNotJudged() {
        std::atomic<bool> cancelAsked{false};
        RequestId id = 0;
        m_recorder.progressHook = [&](RequestId from, const LoadProgress&) {
            if (from == id && !cancelAsked.exchange(true)) {
                m_engine->cancelJob(from);
            }
        };
        id = m_engine->startStrainRun(request(30s, 2));
        QVERIFY(m_recorder.waitEnded(id));
        m_recorder.progressHook = nullptr;
        RowId cancelled = 0;
        {
            std::lock_guard lock(m_recorder.mutex);
            const StrainJobOutcome& outcome = m_recorder.finished.at(id);
            QCOMPARE(outcome.record.result.stop, LoadStop::Cancelled);
            QCOMPARE(outcome.record.verdict, std::string("not_judged"));
            QVERIFY(outcome.record.result.elapsed < 10s);
            cancelled = outcome.record.id;
        }
        const RequestId refused = m_engine->setStrainBaseline("local", cancelled);
        QVERIFY(m_recorder.waitEnded(refused));
        std::lock_guard lock(m_recorder.mutex);
        QCOMPARE(m_recorder.errors.at(refused).code, ErrorCode::Conflict);
    }

    void passedRunBecomesTheBaseline() {
        const RequestId id = m_engine->setStrainBaseline("local", m_passedRun);
        QVERIFY(m_recorder.waitEnded(id));
        QVERIFY2(errorText(id).empty(), errorText(id).c_str());
        {
            std::lock_guard lock(m_recorder.mutex);
            const StrainView& view = m_recorder.views.at(id);
            const auto it = std::ranges::find(view.runs, m_passedRun, &StrainRunRecord::id);
            QVERIFY(it != view.runs.end());
            QVERIFY(it->baseline);
        }
        // The next run of the scenario is compared with it.
        const RequestId next = m_engine->startStrainRun(request(1s, 2));
        QVERIFY(m_recorder.waitEnded(next));
        std::lock_guard lock(m_recorder.mutex);
        const StrainJobOutcome& outcome = m_recorder.finished.at(next);
        QVERIFY(outcome.baseline.has_value());
        QCOMPARE(outcome.baseline->id, m_passedRun);
        QVERIFY(outcome.comparison.has_value());
        QCOMPARE(outcome.comparison->figures.size(), std::size_t{6});
    }

    void reportStatesTheReadiness() {
        const RequestId id =
            m_engine->requestReport(ReportRequest{"local", kNow - 24h, kNow + 24h, {}});
        QVERIFY(m_recorder.waitEnded(id));
        QVERIFY2(errorText(id).empty(), errorText(id).c_str());
        {
            std::lock_guard lock(m_recorder.mutex);
            const StrainReadiness& strain = m_recorder.reports.at(id).strain;
            QVERIFY(strain.available);
            QCOMPARE(strain.runsInPeriod, std::size_t{3});  // passed, cancelled, compared
            QCOMPARE(strain.latest.size(), std::size_t{1}); // one scenario: its latest run
            QCOMPARE(strain.latest.front().verdict, std::string("passed"));
            QVERIFY(strain.latest.front().regressed.has_value());
            QCOMPARE(strain.passed, std::size_t{1});
            QCOMPARE(strain.passRate.value_or(-1.0), 1.0);
            QVERIFY(strain.ready);
        }

        // A period without runs says so.
        const RequestId before =
            m_engine->requestReport(ReportRequest{"local", kNow - 72h, kNow - 48h, {}});
        QVERIFY(m_recorder.waitEnded(before));
        std::lock_guard lock(m_recorder.mutex);
        QVERIFY(!m_recorder.reports.at(before).strain.available);
    }
};

QTEST_GUILESS_MAIN(TestEngineStrain)
#include "tst_engine_strain.moc"
