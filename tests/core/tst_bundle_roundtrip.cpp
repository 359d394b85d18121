// Round trip: the demo workspace exported to a bundle and staged again holds the same state at
// every stored snapshot time (snapshot and evaluation, the recommendations as they stood, the
// events and decisions up to then, health snapshots), the same ledger and the same chain heads.
// A range export holds exactly its range, with the recommendations as they stood at its end.

#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "replay/RecommendationHistory.h"
#include "store/Database.h"
#include "tst_bundle_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

struct Side {
    std::unique_ptr<Store> store;
    Workspace ws;
    std::vector<StoredSnapshot> snapshots;
    std::vector<StoredRecommendation> recommendations;
    std::vector<Event> events;
    std::vector<Decision> decisions;
    std::vector<HealthSnapshotRecord> health;
};

bool load(Side& side, const std::string& path) {
    auto store = Store::openForReading(path);
    if (!store) {
        qWarning("%s", store.error().message.c_str());
        return false;
    }
    side.store = std::move(*store);
    auto ws = side.store->workspace("demo");
    auto snapshots =
        ws ? side.store->snapshots(ws->id, {}, 1'000'000) : Result<std::vector<StoredSnapshot>>{};
    auto recs =
        ws ? side.store->recommendations(ws->id) : Result<std::vector<StoredRecommendation>>{};
    auto events = ws ? side.store->events(ws->id, everything()) : Result<std::vector<Event>>{};
    auto decisions =
        ws ? side.store->decisions(ws->id, everything()) : Result<std::vector<Decision>>{};
    auto health = ws ? side.store->healthSnapshots(ws->id, {}, 1'000'000)
                     : Result<std::vector<HealthSnapshotRecord>>{};
    if (!ws || !snapshots || !recs || !events || !decisions || !health) {
        qWarning("cannot read %s", path.c_str());
        return false;
    }
    side.ws = *ws;
    side.snapshots = std::move(*snapshots);
    side.recommendations = std::move(*recs);
    side.events = byId(std::move(*events));
    side.decisions = byId(std::move(*decisions));
    side.health = std::move(*health);
    return true;
}

std::vector<std::string> recsAt(const Side& side, Timestamp at) {
    auto recs = recommendationsAt(side.recommendations, side.events, side.decisions, at);
    if (!recs) {
        return {cat("error: ", recs.error().message)};
    }
    return textsOf(*recs);
}

template <class T, class Time>
std::vector<std::string> upTo(const std::vector<T>& rows, Timestamp at, Time time) {
    std::vector<std::string> out;
    for (const auto& row : rows) {
        if (time(row) <= at) {
            out.push_back(textOf(row));
        }
    }
    return out;
}

} // namespace

class TestBundleRoundTrip : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string m_source;
    Catalog m_catalog;

    std::filesystem::path path(const char* name) const {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }

    // Exports, stages and loads; fails the test on the way.
    bool exportAndStage(const BundleExportRequest& request, const char* bundleDir, Side& out,
                        BundleExportResult* exported = nullptr) {
        auto result = exportBundle(m_source, request, m_catalog, noControl());
        if (!result) {
            qWarning("export: %s", result.error().message.c_str());
            return false;
        }
        auto staged = stageBundle(request.out, path(bundleDir), noControl());
        if (!staged) {
            qWarning("stage: %s", staged.error().message.c_str());
            return false;
        }
        if (staged->sha256 != result->sha256 || staged->manifest != result->manifest) {
            qWarning("the staged bundle is not the exported one:\n%s\n%s",
                     bundleManifestToJson(staged->manifest).c_str(),
                     bundleManifestToJson(result->manifest).c_str());
            return false;
        }
        if (exported) {
            *exported = *result;
        }
        return load(out, staged->file.string());
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_source = path("source.db").string();
        QVERIFY(writeDemoDatabase(m_source));
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        m_catalog = *catalog;
    }

    void wholeWorkspace() {
        Side src;
        Side bundle;
        QVERIFY(load(src, m_source));
        BundleExportResult exported;
        const std::string sourceBefore = fileSha256(m_source);
        QVERIFY(exportAndStage({"demo", path("demo.hrbundle"), {}, kDemoNow}, "bundles", bundle,
                               &exported));
        // The source is only read: a read-only connection to a WAL database may leave an empty
        // -wal behind (it cannot remove it), but never writes a frame into it.
        QCOMPARE(fileSha256(m_source), sourceBefore);
        std::error_code ec;
        const auto wal = std::filesystem::file_size(m_source + "-wal", ec);
        QVERIFY(ec || wal == 0);
        QCOMPARE(bundle.ws.id, src.ws.id);
        QCOMPARE(bundle.ws.title, src.ws.title);
        QCOMPARE(bundle.ws.kind, WorkspaceKind::Demo);
        QCOMPARE(bundle.ws.currentModeId, src.ws.currentModeId);
        QVERIFY(src.snapshots.size() > 1000);
        QCOMPARE(exported.manifest.counts.snapshots, std::int64_t(src.snapshots.size()));
        QCOMPARE(exported.manifest.workspaceKind, std::string("demo"));
        // The demo is hourly raw data: one raw stretch over the whole range.
        QCOMPARE(exported.manifest.stretches.size(), std::size_t{1});
        QCOMPARE(exported.manifest.stretches.front().resolution, std::chrono::seconds{3600});
        QVERIFY(!exported.manifest.stretches.front().rolledUp);
        QCOMPARE(exported.manifest.stretches.front().from,
                 src.snapshots.front().snapshot.takenAt());

        // Every stored snapshot with its evaluation, byte for byte as JSON.
        QCOMPARE(textsOf(bundle.snapshots), textsOf(src.snapshots));
        QCOMPARE(textsOf(bundle.recommendations), textsOf(src.recommendations));
        QCOMPARE(textsOf(bundle.health), textsOf(src.health));
        QVERIFY(!src.events.empty() && !src.decisions.empty());
        // The whole history, so the events and decisions up to any moment are equal too.
        QCOMPARE(textsOf(bundle.events), textsOf(src.events));
        QCOMPARE(textsOf(bundle.decisions), textsOf(src.decisions));
        // The recommendations as they stood at every stored snapshot time.
        for (const auto& s : src.snapshots) {
            const Timestamp t = s.snapshot.takenAt();
            QCOMPARE(recsAt(bundle, t), recsAt(src, t));
        }
        // Ledger and scaling configuration.
        const DayRange all{Day{std::chrono::days{0}}, Day{std::chrono::days{100000}}};
        auto srcUsage = src.store->usageRows(src.ws.id, all);
        auto bundleUsage = bundle.store->usageRows(bundle.ws.id, all);
        QVERIFY(srcUsage && bundleUsage);
        QVERIFY(!srcUsage->empty());
        QVERIFY(*srcUsage == *bundleUsage);
        auto srcCosts = src.store->serviceCostRows(src.ws.id, all);
        auto bundleCosts = bundle.store->serviceCostRows(bundle.ws.id, all);
        QVERIFY(srcCosts && bundleCosts);
        QVERIFY(*srcCosts == *bundleCosts);
        auto srcScaling = src.store->scalingConfig(src.ws.id);
        auto bundleScaling = bundle.store->scalingConfig(bundle.ws.id);
        QVERIFY(srcScaling && bundleScaling);
        QCOMPARE(bool(*srcScaling), bool(*bundleScaling));
        if (*srcScaling) {
            QVERIFY(scalingConfigToJson(**srcScaling) == scalingConfigToJson(**bundleScaling));
        }
        // The same chain, so an anchor noted from the live history matches the bundle.
        auto srcChain = src.store->verifyHistory(src.ws.id);
        auto bundleChain = bundle.store->verifyHistory(bundle.ws.id);
        QVERIFY(srcChain && bundleChain);
        QVERIFY(srcChain->intact() && bundleChain->intact());
        QCOMPARE(bundleChain->events.headHash, srcChain->events.headHash);
        QCOMPARE(bundleChain->decisions.headHash, srcChain->decisions.headHash);
        QCOMPARE(exported.manifest.events.head, srcChain->events.headHash);
        QCOMPARE(exported.manifest.events.count, std::int64_t(src.events.size()));
    }

    void rangeExport() {
        Side src;
        QVERIFY(load(src, m_source));
        const auto n = src.snapshots.size();
        const Timestamp from = src.snapshots[n / 3].snapshot.takenAt() + 1s; // between two
        const Timestamp to = src.snapshots[2 * n / 3].snapshot.takenAt();
        Side bundle;
        BundleExportResult exported;
        QVERIFY(exportAndStage({"demo", path("range.hrbundle"), {from, to}, kDemoNow},
                               "range-bundles", bundle, &exported));
        QCOMPARE(exported.manifest.from, from);
        QCOMPARE(exported.manifest.to, to);

        // The snapshots of the range plus the one before it (the state at `from`).
        std::vector<StoredSnapshot> expected;
        for (std::size_t i = 0; i < n; ++i) {
            const Timestamp t = src.snapshots[i].snapshot.takenAt();
            if ((t >= from && t <= to) || i == n / 3) {
                expected.push_back(src.snapshots[i]);
            }
        }
        QCOMPARE(textsOf(bundle.snapshots), textsOf(expected));

        // Every event up to `to`, as an id-prefix of the chain, and nothing that would need a
        // later row to verify.
        RowId lastEvent = 0;
        for (const auto& e : src.events) {
            if (e.at <= to) {
                lastEvent = std::max(lastEvent, e.id);
            }
        }
        std::vector<Event> prefix;
        for (const auto& e : src.events) {
            if (e.id <= lastEvent) {
                prefix.push_back(e);
            }
        }
        QVERIFY(prefix.size() < src.events.size()); // the range really cuts the history
        QCOMPARE(textsOf(bundle.events), textsOf(prefix));
        auto chain = bundle.store->verifyHistory(bundle.ws.id);
        QVERIFY(chain && chain->intact());
        QCOMPARE(chain->events.headHash, exported.manifest.events.head);

        // Recommendations: only those first seen by `to`, as they stood at `to`.
        auto atTo = recommendationsAt(src.recommendations, src.events, src.decisions, to);
        QVERIFY(atTo.has_value());
        QCOMPARE(textsOf(bundle.recommendations), textsOf(*atTo));
        QVERIFY(textsOf(bundle.recommendations) != textsOf(src.recommendations));

        // Inside the range, the state at every stored time equals the source's.
        for (const auto& s : src.snapshots) {
            const Timestamp t = s.snapshot.takenAt();
            if (t < from || t > to) {
                continue;
            }
            QCOMPARE(recsAt(bundle, t), recsAt(src, t));
            QCOMPARE(upTo(bundle.events, t, [](const Event& e) { return e.at; }),
                     upTo(src.events, t, [](const Event& e) { return e.at; }));
            QCOMPARE(upTo(bundle.decisions, t, [](const Decision& d) { return d.decidedAt; }),
                     upTo(src.decisions, t, [](const Decision& d) { return d.decidedAt; }));
        }
        // Health snapshots and ledger days of the range only.
        std::vector<HealthSnapshotRecord> health;
        for (const auto& h : src.health) {
            if (h.takenAt >= from && h.takenAt <= to) {
                health.push_back(h);
            }
        }
        QCOMPARE(textsOf(bundle.health), textsOf(health));
        const DayRange days{dayOf(from), dayOf(to)};
        auto srcUsage = src.store->usageRows(src.ws.id, days);
        const DayRange all{Day{std::chrono::days{0}}, Day{std::chrono::days{100000}}};
        auto bundleUsage = bundle.store->usageRows(bundle.ws.id, all);
        QVERIFY(srcUsage && bundleUsage);
        QVERIFY(!bundleUsage->empty());
        QVERIFY(*srcUsage == *bundleUsage);
    }

    void unknownTableFailsLoudly() {
        // A table a later schema (or anyone) adds that the exporter has not classified: the
        // export must not silently leave it out.
        const std::string copy = path("mystery.db").string();
        std::filesystem::copy_file(m_source, copy);
        {
            auto db = sql::Database::open(copy, sql::Database::Create::Never);
            QVERIFY(db.has_value());
            QVERIFY(db->exec("CREATE TABLE mystery(workspace_id INTEGER, note TEXT)", "adding")
                        .has_value());
        }
        const auto out = path("mystery.hrbundle");
        auto result = exportBundle(copy, {"demo", out, {}, kDemoNow}, m_catalog, noControl());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ValidationError);
        QVERIFY2(result.error().message.find("table 'mystery' is not known") != std::string::npos,
                 result.error().message.c_str());
        QVERIFY(!std::filesystem::exists(out));
    }

    void cancelLeavesNothing() {
        const auto out = path("cancelled.hrbundle");
        writeFile(out, "the previous bundle");
        std::stop_source stop;
        int calls = 0;
        // Cancelled from inside the job, as a progress listener would: at the third report.
        JobControl control{stop.get_token(), [&](const JobProgress&) {
                               if (++calls == 3) {
                                   stop.request_stop();
                               }
                           }};
        auto result = exportBundle(m_source, {"demo", out, {}, kDemoNow}, m_catalog, control);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(readFile(out), std::string("the previous bundle"));
        for (const auto& entry : listTree(out.parent_path())) {
            QVERIFY2(entry.find("cancelled.hrbundle.") == std::string::npos, entry.c_str());
        }
    }

    void emptyRangeIsRefused() {
        const Timestamp from = kDemoNow + 24h * 400;
        auto result =
            exportBundle(m_source, {"demo", path("none.hrbundle"), {from, from + 24h}, kDemoNow},
                         m_catalog, noControl());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ValidationError);
        QVERIFY2(result.error().message.find("nothing to export") != std::string::npos,
                 result.error().message.c_str());
        QVERIFY(!std::filesystem::exists(path("none.hrbundle")));
        auto unknown = exportBundle(m_source, {"nope", path("none.hrbundle"), {}, kDemoNow},
                                    m_catalog, noControl());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBundleRoundTrip)
#include "tst_bundle_roundtrip.moc"
