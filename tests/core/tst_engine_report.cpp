// The investor report through the engine (core/engine/EngineReport.cpp): the demo workspace's
// report equals buildReport called directly on the same database; the demo exported to a bundle
// and opened reports exactly alike, only under its own name; an unknown workspace and a bad
// period end in onError; a cancelled report is never delivered.
#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"
#include "report/ReportBuilder.h"
#include "report/ReportData.h"
#include "report/ReportJson.h"
#include "support/EngineTestSupport.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

// The demo ends at the hour before this; fixed, so the generation time and the bundle's label
// are known.
const Timestamp kNow = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 20}} + 9h;

// Records the answers this test needs; the test thread waits on it with a deadline.
class ReportRecorder final : public EngineListener {
public:
    void onReport(RequestId id, const ReportData& report) override {
        record([&] { reports[id] = report; });
    }
    void onError(RequestId id, const Error& error) override {
        record([&] { errors[id] = error; });
    }
    void onJobProgress(RequestId id, const JobProgress& p) override {
        record([&] { progress[id].push_back(p); });
        if (progressHook) {
            progressHook(id, p); // on the job's thread, outside the lock
        }
    }
    void onJobCancelled(RequestId id) override {
        record([&] { cancelled[id] = true; });
    }
    void onBundleExported(RequestId id, const BundleExportResult& result) override {
        record([&] { exported[id] = result; });
    }
    void onBundleImported(RequestId id, const BundleSummary& summary) override {
        record([&] { imported[id] = summary; });
    }
    void onReplaySpan(RequestId id, const ReplaySpan& span) override {
        record([&] { spans[id] = span; });
    }

    // Waits until request `id` has ended (any answer); false on timeout.
    template <class Pred>
    bool waitFor(Pred pred) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kWait, pred);
    }
    bool ended(RequestId id) const {
        return reports.contains(id) || errors.contains(id) || cancelled.contains(id) ||
               exported.contains(id) || imported.contains(id) || spans.contains(id);
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::function<void(RequestId, const JobProgress&)> progressHook;
    std::map<RequestId, ReportData> reports;
    std::map<RequestId, Error> errors;
    std::map<RequestId, std::vector<JobProgress>> progress;
    std::map<RequestId, bool> cancelled;
    std::map<RequestId, BundleExportResult> exported;
    std::map<RequestId, BundleSummary> imported;
    std::map<RequestId, ReplaySpan> spans;

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

std::string dumped(const nlohmann::json& json) {
    return json.dump(1);
}

} // namespace

class TestEngineReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalog m_catalog;
    // Declared before the engine: the engine (and its job threads) go first.
    ReportRecorder m_recorder;
    std::unique_ptr<Engine> m_engine;
    Timestamp m_from{};
    Timestamp m_to{};
    std::string m_liveJson; // the demo's report through the engine, as JSON

    std::string databasePath() const { return m_dir.filePath("headroom.db").toStdString(); }

    bool waitEnded(RequestId id) {
        return m_recorder.waitFor([&] { return m_recorder.ended(id); });
    }

    std::string errorText(RequestId id) {
        std::lock_guard lock(m_recorder.mutex);
        const auto it = m_recorder.errors.find(id);
        return it == m_recorder.errors.end() ? std::string() : it->second.message;
    }

    template <class Map>
    bool answered(const Map& answers, RequestId id) {
        std::lock_guard lock(m_recorder.mutex);
        return answers.contains(id);
    }

    std::optional<ReportData> report(ReportRequest request) {
        const RequestId id = m_engine->requestReport(std::move(request));
        if (!waitEnded(id)) {
            return std::nullopt;
        }
        std::lock_guard lock(m_recorder.mutex);
        const auto it = m_recorder.reports.find(id);
        if (it == m_recorder.reports.end()) {
            return std::nullopt;
        }
        return it->second;
    }

    std::optional<Error> errorOf(ReportRequest request) {
        const RequestId id = m_engine->requestReport(std::move(request));
        if (!waitEnded(id)) {
            return std::nullopt;
        }
        std::lock_guard lock(m_recorder.mutex);
        if (m_recorder.reports.contains(id) || !m_recorder.errors.contains(id)) {
            return std::nullopt;
        }
        return m_recorder.errors[id];
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        m_catalog = *catalog;
        EngineOptions options;
        options.databasePath = databasePath();
        options.catalog = m_catalog;
        options.clock = [] {
            return kNow;
        };
        options.pollInterval = 3600s;
        options.scheduleHealthSnapshots = false;
        options.retentionEvery = 0s; // nothing rolls up under the direct comparison
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        m_engine->addListener(&m_recorder);
        QVERIFY(m_engine->start().has_value());

        // The demo's stored period: its first snapshot up to just after its last.
        const RequestId spanId = m_engine->requestReplaySpan("demo");
        QVERIFY(waitEnded(spanId));
        QVERIFY2(answered(m_recorder.spans, spanId), errorText(spanId).c_str());
        std::lock_guard lock(m_recorder.mutex);
        const ReplaySpan& span = m_recorder.spans[spanId];
        QVERIFY(span.from && span.to);
        m_from = *span.from;
        m_to = *span.to + 1h;
    }

    void cleanupTestCase() { m_engine.reset(); }

    void liveReportEqualsTheDirectBuild() {
        const RequestId id = m_engine->requestReport(ReportRequest{"demo", m_from, m_to, {}});
        QVERIFY(waitEnded(id));
        QVERIFY2(answered(m_recorder.reports, id), errorText(id).c_str());
        ReportData viaEngine;
        {
            std::lock_guard lock(m_recorder.mutex);
            viaEngine = m_recorder.reports[id];
            // Progress at the start and at the end, the end last.
            const auto& progress = m_recorder.progress[id];
            QVERIFY(progress.size() >= 2);
            QCOMPARE(progress.front().done, std::uint64_t{0});
            QCOMPARE(progress.back().done, progress.back().total);
            QVERIFY(progress.back().total > 0);
        }
        QCOMPARE(viaEngine.workspace, std::string("demo"));
        QCOMPARE(viaEngine.generatedAt, kNow); // the engine's clock
        QVERIFY(viaEngine.demo);
        QVERIFY(!viaEngine.healthTrend.empty());
        QVERIFY(!viaEngine.spend.points.empty());
        QVERIFY(viaEngine.decisions.decided >= 1);

        auto store = Store::openForReading(databasePath());
        QVERIFY2(store, store ? "" : store.error().message.c_str());
        auto ws = (*store)->workspace("demo");
        QVERIFY(ws);
        auto direct =
            buildReport(**store, *ws, m_catalog, ReportRequest{"demo", m_from, m_to, {}}, kNow);
        QVERIFY2(direct, direct ? "" : direct.error().message.c_str());
        m_liveJson = dumped(reportToJson(viaEngine));
        QCOMPARE(m_liveJson, dumped(reportToJson(*direct)));
    }

    void bundleReportsLikeTheLiveWorkspace() {
        QVERIFY(!m_liveJson.empty());
        BundleExportRequest exportRequest;
        exportRequest.workspace = "demo";
        exportRequest.out = m_dir.filePath("demo.hrbundle").toStdString();
        exportRequest.now = kNow;
        const RequestId exportId = m_engine->exportBundle(exportRequest);
        QVERIFY(waitEnded(exportId));
        QVERIFY2(answered(m_recorder.exported, exportId), errorText(exportId).c_str());

        const RequestId importId = m_engine->importBundle(exportRequest.out);
        QVERIFY(waitEnded(importId));
        QVERIFY2(answered(m_recorder.imported, importId), errorText(importId).c_str());
        std::string bundle;
        {
            std::lock_guard lock(m_recorder.mutex);
            bundle = m_recorder.imported[importId].workspace;
        }
        QCOMPARE(bundle, std::string("bundle:demo-2026-11-20"));

        const auto fromBundle = report(ReportRequest{bundle, m_from, m_to, {}});
        QVERIFY(fromBundle);
        QCOMPARE(fromBundle->workspace, bundle); // the name shown
        auto bundleJson = reportToJson(*fromBundle);
        auto liveJson = nlohmann::json::parse(m_liveJson);
        QCOMPARE(bundleJson.at("workspace").get<std::string>(), bundle);
        QCOMPARE(liveJson.at("workspace").get<std::string>(), std::string("demo"));
        // Everything else alike, the title and the demo label included.
        QCOMPARE(dumped(bundleJson.at("title")), dumped(liveJson.at("title")));
        QCOMPARE(bundleJson.at("demo").get<bool>(), true);
        bundleJson.erase("workspace");
        liveJson.erase("workspace");
        QCOMPARE(dumped(bundleJson), dumped(liveJson));
    }

    void unknownWorkspaceIsAnError() {
        for (const std::string name : {"nowhere", "bundle:nothing-open"}) {
            const auto error = errorOf(ReportRequest{name, m_from, m_to, {}});
            QVERIFY2(error, name.c_str());
            QCOMPARE(error->code, ErrorCode::NotFound);
        }
    }

    void badPeriodIsAnError() {
        for (const auto& [from, to] :
             {std::pair{m_to, m_from}, std::pair{m_from, m_from}}) { // reversed, empty
            const auto error = errorOf(ReportRequest{"demo", from, to, {}});
            QVERIFY(error);
            QCOMPARE(error->code, ErrorCode::InvalidArgument);
        }
    }

    void cancelledReportIsNeverDelivered() {
        std::atomic<RequestId> target{0};
        m_recorder.progressHook = [&](RequestId id, const JobProgress&) {
            if (id == target.load()) {
                (void)m_engine->cancelJob(id);
            }
        };
        RequestId id = 0;
        {
            // Held so that the job's first progress report waits until the id is known.
            std::lock_guard lock(m_recorder.mutex);
            id = m_engine->requestReport(ReportRequest{"demo", m_from, m_to, {}});
            target = id;
        }
        QVERIFY(waitEnded(id));
        m_recorder.progressHook = nullptr;
        std::lock_guard lock(m_recorder.mutex);
        QVERIFY(m_recorder.cancelled.contains(id));
        QVERIFY(!m_recorder.reports.contains(id));
        QVERIFY(!m_recorder.errors.contains(id));
    }
};

QTEST_GUILESS_MAIN(TestEngineReport)
#include "tst_engine_report.moc"
