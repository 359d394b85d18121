// A bundle whose payload was written at an older schema opens: it is staged, checked against
// that version's schema, migrated to the latest one and holds the same state. Versions before
// the history chain (schema 5) get their chain from the migration, and its heads are the ones a
// backfill of the same rows gives.

#include "bundle/BundleImport.h"
#include "bundle/BundleWriter.h"
#include "store/Database.h"
#include "store/HistoryChain.h"
#include "store/Schema.h"
#include "store/StoreRows.h"
#include "tst_bundle_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

class TestBundleLegacy : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<StoredSnapshot> m_snapshots; // a day of the demo
    std::vector<Event> m_events;

    std::filesystem::path path(const std::string& name) const {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const std::string demo = path("demo.db").string();
        QVERIFY(writeDemoDatabase(demo));
        auto store = Store::openForReading(demo);
        QVERIFY(store.has_value());
        auto ws = (*store)->workspace("demo");
        QVERIFY(ws.has_value());
        auto snapshots = (*store)->snapshots(ws->id, {kDemoNow - 24h, kDemoNow});
        auto events = (*store)->events(ws->id, everything());
        QVERIFY(snapshots && events);
        QVERIFY(snapshots->size() >= 24);
        m_snapshots = std::move(*snapshots);
        m_events = byId(std::move(*events));
        m_events.resize(std::min<std::size_t>(m_events.size(), 40));
        QVERIFY(m_events.size() >= 10);
    }

    void olderPayloadOpens_data() {
        QTest::addColumn<int>("version");
        for (int v = 4; v <= store::kLatestSchemaVersion; ++v) {
            QTest::newRow(cat("schema ", v).c_str()) << v;
        }
    }

    void olderPayloadOpens() {
        QFETCH(int, version);
        const auto payload = path(cat("payload-v", version, ".db"));
        BundleManifest manifest;
        manifest.createdAt = kDemoNow;
        manifest.createdBy = "Headroom (an older build)";
        manifest.schemaVersion = version;
        manifest.workspaceName = "demo";
        manifest.workspaceTitle = "Demo data";
        manifest.workspaceKind = "demo";
        manifest.from = m_snapshots.front().snapshot.takenAt();
        manifest.to = m_snapshots.back().snapshot.takenAt();
        manifest.catalogJson = "{}";
        {
            auto db = sql::Database::open(payload.string(), sql::Database::Create::IfMissing);
            QVERIFY(db.has_value());
            QVERIFY(store::createSchema(*db, version).has_value());
            // One transaction: the rows are what matters, not 60 fsyncs each.
            QVERIFY(db->exec("PRAGMA synchronous = OFF; BEGIN", "starting").has_value());
            QVERIFY(db->exec("INSERT INTO workspaces(id, name, title, kind, current_mode, "
                             "created_at) VALUES(1, 'demo', 'Demo data', 'demo', '', 1767225600)",
                             "workspace")
                        .has_value());
            for (const auto& s : m_snapshots) {
                auto id = store::insertSnapshot(*db, 1, s.snapshot, s.evaluation);
                QVERIFY2(id, id ? "" : id.error().message.c_str());
            }
            // The events as the release of that version wrote them: chained from version 5
            // on, plain rows before (the migration hashes those).
            std::string prev(store::kGenesisHash);
            for (const auto& e : m_events) {
                Event event = e;
                event.workspaceId = 1;
                if (version >= store::kHistoryChainVersion) {
                    auto stored = store::insertEvent(*db, event);
                    QVERIFY2(stored, stored ? "" : stored.error().message.c_str());
                    continue;
                }
                auto stmt = db->prepare("INSERT INTO events(id, workspace_id, at, kind, subject, "
                                        "detail_json) VALUES(?1, 1, ?2, ?3, ?4, ?5)");
                QVERIFY(stmt.has_value());
                stmt->bind(1, event.id)
                    .bind(2, event.at)
                    .bind(3, keyOf(event.kind))
                    .bind(4, event.subject)
                    .bind(5, event.detailJson);
                QVERIFY(stmt->run().has_value());
            }
            for (const auto& e : m_events) {
                Event event = e;
                event.workspaceId = 1;
                prev = store::chainHash(HistoryChainKind::Events, prev, event.id, 1,
                                        store::eventChainFields(event));
            }
            QVERIFY(db->exec("COMMIT", "committing").has_value());
            manifest.counts.snapshots = std::int64_t(m_snapshots.size());
            manifest.counts.events = std::int64_t(m_events.size());
            manifest.events = {std::int64_t(m_events.size()), prev};
        }
        const auto file = path(cat("legacy-v", version, ".hrbundle"));
        auto written = writeBundleFile(payload, manifest, file, noControl());
        QVERIFY2(written, written ? "" : written.error().message.c_str());
        const std::string before = fileSha256(file);

        auto staged = stageBundle(file, path(cat("bundles-v", version)), noControl());
        QVERIFY2(staged, staged ? "" : staged.error().message.c_str());
        QCOMPARE(staged->payloadSchemaVersion, version);
        QCOMPARE(staged->migrated, version < store::kLatestSchemaVersion);
        QCOMPARE(staged->sha256, written->sha256);
        QCOMPARE(fileSha256(file), before);

        auto opened = Store::openForReading(staged->file.string());
        QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
        Store& bundle = **opened;
        auto schema = bundle.schemaVersion();
        QVERIFY(schema.has_value());
        QCOMPARE(*schema, store::kLatestSchemaVersion);
        auto snapshots = bundle.snapshots(1, {});
        QVERIFY(snapshots.has_value());
        QCOMPARE(snapshots->size(), m_snapshots.size());
        for (std::size_t i = 0; i < m_snapshots.size(); ++i) {
            QCOMPARE(snapshotToJsonText((*snapshots)[i].snapshot),
                     snapshotToJsonText(m_snapshots[i].snapshot));
            QCOMPARE(evaluationToJsonText((*snapshots)[i].evaluation),
                     evaluationToJsonText(m_snapshots[i].evaluation));
        }
        auto events = bundle.events(1, everything());
        QVERIFY(events.has_value());
        std::vector<Event> expected = m_events;
        for (auto& e : expected) {
            e.workspaceId = 1;
        }
        QCOMPARE(textsOf(byId(std::move(*events))), textsOf(expected));
        auto chain = bundle.verifyHistory(1);
        QVERIFY(chain.has_value());
        QVERIFY(chain->intact());
        QCOMPARE(chain->events.headHash, manifest.events.head);
    }
};

QTEST_GUILESS_MAIN(TestBundleLegacy)
#include "tst_bundle_legacy.moc"
