// Offline replay through the engine (core/engine/EngineReplay.cpp): the demo workspace exported
// to a bundle, opened beside the live workspaces, replayed at a past day exactly as the source
// was then, refused for every change, re-evaluated with a stricter CPU limit, cancelled in the
// middle of an import without a trace, and closed again.
#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"
#include "model/EvaluationJson.h"
#include "model/SnapshotJson.h"
#include "support/EngineTestSupport.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

// The demo ends at the hour before this; a fixed clock makes the bundle's label known.
const Timestamp kNow = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 20}} + 9h;

std::vector<std::string> filesIn(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
        if (entry.is_regular_file()) {
            names.push_back(std::filesystem::relative(entry.path(), dir).string());
        }
    }
    std::ranges::sort(names);
    return names;
}

std::string readText(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// What a tab shows of a replayed moment, comparable between the source and the bundle.
std::string describe(const ReplayView& v) {
    std::ostringstream out;
    out << formatIso(v.at) << " res " << v.resolution.count() << "\n";
    if (v.view.latest) {
        out << snapshotToJson(v.view.latest->snapshot).dump() << "\n"
            << evaluationToJson(v.view.latest->evaluation).dump() << "\n";
    }
    for (const auto& r : v.view.recommendations) {
        out << r.id << " " << r.type << " " << keyOf(r.state) << " " << formatIso(r.firstSeen)
            << "\n";
    }
    out << "history " << v.view.history.size() << " mode " << v.view.workspace.currentModeId
        << " scaling " << (v.scaling ? v.scaling->modeId : "-") << "\n";
    return out.str();
}

} // namespace

class TestEngineReplay : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    // Declared before the engine: the engine (and its job threads) go first.
    Recorder m_recorder;
    std::unique_ptr<Engine> m_engine;
    std::string m_bundleFile;
    std::string m_bundleWorkspace;

    std::filesystem::path bundleDir() const {
        return std::filesystem::path(m_dir.path().toStdString()) / "bundles";
    }

    std::vector<Workspace> workspaces() {
        const RequestId id = m_engine->requestWorkspaces();
        [&] {
            QVERIFY(m_recorder.waitFor([&] { return m_recorder.workspaces.contains(id); }));
        }();
        std::lock_guard lock(m_recorder.mutex);
        return m_recorder.workspaces[id];
    }

    std::optional<ReplayView> replayView(const std::string& workspace, Timestamp at) {
        const RequestId id = m_engine->requestReplayView(workspace, at, {at - 7 * 24h, at});
        if (!m_recorder.waitFor([&] {
                return m_recorder.replayViews.contains(id) || m_recorder.hasErrorFor(id);
            })) {
            return std::nullopt;
        }
        std::lock_guard lock(m_recorder.mutex);
        if (!m_recorder.replayViews.contains(id)) {
            return std::nullopt;
        }
        return m_recorder.replayViews[id];
    }

    std::optional<Error> errorFor(RequestId id) {
        if (!m_recorder.waitFor([&] { return m_recorder.hasErrorFor(id); })) {
            return std::nullopt;
        }
        std::lock_guard lock(m_recorder.mutex);
        for (const auto& [request, error] : m_recorder.errors) {
            if (request == id) {
                return error;
            }
        }
        return std::nullopt;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        EngineOptions options;
        options.databasePath = m_dir.filePath("headroom.db").toStdString();
        options.catalog = *catalog;
        options.clock = [] {
            return kNow;
        };
        options.pollInterval = 3600s;
        options.scheduleHealthSnapshots = false;
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        m_engine->addListener(&m_recorder);
        QVERIFY(m_engine->start().has_value());
    }

    void cleanupTestCase() { m_engine.reset(); }

    void exportsAndOpensTheDemo() {
        m_bundleFile = m_dir.filePath("demo.hrbundle").toStdString();
        BundleExportRequest request;
        request.workspace = "demo";
        request.out = m_bundleFile;
        const RequestId exportId = m_engine->exportBundle(request);
        QVERIFY(m_recorder.waitFor([&] {
            return m_recorder.exported.contains(exportId) || m_recorder.hasErrorFor(exportId);
        }));
        QVERIFY2(m_recorder.exported.contains(exportId),
                 m_recorder.errors.empty() ? "" : m_recorder.errors.back().second.message.c_str());
        QVERIFY(!m_recorder.progress[exportId].empty());
        QCOMPARE(m_recorder.exported[exportId].manifest.workspaceKind, std::string("demo"));

        const RequestId importId = m_engine->importBundle(m_bundleFile);
        QVERIFY(m_recorder.waitFor([&] {
            return m_recorder.imported.contains(importId) || m_recorder.hasErrorFor(importId);
        }));
        QVERIFY2(m_recorder.imported.contains(importId),
                 m_recorder.errors.empty() ? "" : m_recorder.errors.back().second.message.c_str());
        m_bundleWorkspace = m_recorder.imported[importId].workspace;
        QCOMPARE(m_bundleWorkspace, std::string("bundle:demo-2026-11-20"));
        QVERIFY(!m_recorder.imported[importId].alreadyOpen);

        const auto list = workspaces();
        const auto found = std::ranges::find(list, m_bundleWorkspace, &Workspace::name);
        QVERIFY(found != list.end());
        QVERIFY(found->kind == WorkspaceKind::Demo); // demo data stays labelled as demo
        QVERIFY(std::ranges::find(list, std::string("demo"), &Workspace::name) != list.end());
    }

    void pastDayIsExactlyAsStored() {
        QVERIFY(!m_bundleWorkspace.empty());
        const RequestId spanId = m_engine->requestReplaySpan(m_bundleWorkspace);
        const RequestId sourceSpanId = m_engine->requestReplaySpan("demo");
        QVERIFY(m_recorder.waitFor([&] {
            return m_recorder.spans.contains(spanId) && m_recorder.spans.contains(sourceSpanId);
        }));
        const ReplaySpan span = m_recorder.spans[spanId];
        QCOMPARE(span.stepTimes, m_recorder.spans[sourceSpanId].stepTimes);
        QVERIFY(span.stepTimes.size() > 2000); // 90 days of hourly snapshots
        QVERIFY(!span.marks.empty());
        QVERIFY(!span.overview.empty() && span.overview.size() <= 2000);

        // Several past moments, among them one between two snapshots.
        for (const Timestamp at :
             {span.stepTimes[100], span.stepTimes[1000] + 30min,
              span.stepTimes[span.stepTimes.size() / 2], span.stepTimes.back()}) {
            const auto fromBundle = replayView(m_bundleWorkspace, at);
            const auto fromSource = replayView("demo", at);
            QVERIFY(fromBundle && fromSource);
            QVERIFY(fromBundle->view.latest.has_value());
            QVERIFY(fromBundle->view.latest->snapshot.takenAt() <= at);
            QCOMPARE(describe(*fromBundle), describe(*fromSource));
            for (const auto& r : fromBundle->view.recommendations) {
                QVERIFY(r.firstSeen <= at);
            }
        }
        // Time travel: early on the demo had fewer recommendations than at its end.
        const auto early = replayView(m_bundleWorkspace, span.stepTimes[100]);
        const auto late = replayView(m_bundleWorkspace, span.stepTimes.back());
        QVERIFY(early && late);
        QVERIFY(early->view.recommendations.size() < late->view.recommendations.size());
        QVERIFY(early->view.latest->evaluation.capacity.tierId !=
                    late->view.latest->evaluation.capacity.tierId ||
                early->view.workspace.currentModeId != late->view.workspace.currentModeId);
    }

    void bundleIsReadOnly() {
        QVERIFY(!m_bundleWorkspace.empty());
        DecisionRequest decision;
        decision.recommendationId = 1;
        decision.verdict = Verdict::Accept;
        auto error = errorFor(m_engine->decide(m_bundleWorkspace, decision));
        QVERIFY(error);
        QCOMPARE(error->code, ErrorCode::Conflict);
        QVERIFY(error->message.find("read-only") != std::string::npos);
        error = errorFor(m_engine->takeHealthSnapshot(m_bundleWorkspace));
        QVERIFY(error && error->code == ErrorCode::Conflict);
        // Reading works: the history of the copy verifies like the source's.
        const RequestId verifyId = m_engine->verifyHistory(m_bundleWorkspace);
        const RequestId sourceVerifyId = m_engine->verifyHistory("demo");
        QVERIFY(m_recorder.waitFor([&] {
            return m_recorder.verifications.contains(verifyId) &&
                   m_recorder.verifications.contains(sourceVerifyId);
        }));
        QVERIFY(m_recorder.verifications[verifyId].intact());
        QCOMPARE(m_recorder.verifications[verifyId].events.headHash,
                 m_recorder.verifications[sourceVerifyId].events.headHash);
    }

    void whatIfWithAStricterCpuLimit() {
        QVERIFY(!m_bundleWorkspace.empty());
        const std::string text =
            readText(qEnvironmentVariable("HEADROOM_SOURCE_DIR").toStdString() +
                     "/resources/whatif/stricter-cpu.json");
        QVERIFY(!text.empty());
        auto edited = loadCatalogOver(m_engine->catalog(), text, "stricter-cpu.json");
        QVERIFY2(edited, edited ? "" : edited.error().message.c_str());
        WhatIfRequest request;
        request.workspace = m_bundleWorkspace;
        request.edited = *edited;
        request.editedSections = {"tiers"};
        const RequestId id = m_engine->runWhatIf(request);
        QVERIFY(m_recorder.waitFor(
            [&] { return m_recorder.whatIfs.contains(id) || m_recorder.hasErrorFor(id); }));
        QVERIFY(m_recorder.whatIfs.contains(id));
        const WhatIfReport report = m_recorder.whatIfs[id];
        // The first time each recommendation would have been raised: the stricter limit brings
        // the pooler forward.
        QVERIFY(std::ranges::any_of(report.firstOpenings, [](const WhatIfRow& row) {
            return row.change == WhatIfChange::Earlier && row.was && row.wouldBe &&
                   *row.wouldBe < *row.was && row.shift.count() < 0;
        }));
        QVERIFY(report.fidelity.compared > 2000);
        QCOMPARE(report.fidelity.tierMatched, report.fidelity.compared);
    }

    void cancelledImportLeavesNothing() {
        QVERIFY(!m_bundleFile.empty());
        const auto filesBefore = filesIn(bundleDir());
        const auto listBefore = workspaces();
        std::atomic<RequestId> target{0};
        m_recorder.progressHook = [&](RequestId id, const JobProgress&) {
            if (id == target.load()) {
                (void)m_engine->cancelJob(id);
            }
        };
        // Another copy of the same bundle: a new file, so nothing is "already open" yet.
        const std::string copy = m_dir.filePath("copy.hrbundle").toStdString();
        std::error_code ec;
        std::filesystem::copy_file(m_bundleFile, copy, ec);
        QVERIFY2(!ec, ec.message().c_str());
        RequestId id = 0;
        {
            std::lock_guard lock(m_recorder.mutex);
            id = m_engine->importBundle(copy);
            target = id;
        }
        QVERIFY(m_recorder.waitFor([&] {
            return std::ranges::find(m_recorder.cancelled, id) != m_recorder.cancelled.end() ||
                   m_recorder.imported.contains(id) || m_recorder.hasErrorFor(id);
        }));
        m_recorder.progressHook = nullptr;
        QVERIFY(std::ranges::find(m_recorder.cancelled, id) != m_recorder.cancelled.end());
        QVERIFY(!m_recorder.imported.contains(id));
        QCOMPARE(filesIn(bundleDir()), filesBefore);
        QCOMPARE(workspaces().size(), listBefore.size());
    }

    void closingRemovesTheCopyOnly() {
        QVERIFY(!m_bundleWorkspace.empty());
        const RequestId id = m_engine->closeBundle(m_bundleWorkspace);
        QVERIFY(m_recorder.waitFor([&] { return m_recorder.closed.contains(id); }));
        QVERIFY(filesIn(bundleDir()).empty());
        QVERIFY(std::filesystem::exists(m_bundleFile)); // the bundle file itself stays
        const auto list = workspaces();
        QVERIFY(std::ranges::find(list, m_bundleWorkspace, &Workspace::name) == list.end());
        auto error = errorFor(m_engine->requestReplaySpan(m_bundleWorkspace));
        QVERIFY(error && error->code == ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEngineReplay)
#include "tst_engine_replay.moc"
