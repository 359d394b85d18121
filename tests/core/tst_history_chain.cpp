// The tamper-evident history (store/HistoryChain.h, Store::verifyHistory) on real files: an
// untouched database verifies; on a COPY, an edited, a deleted (middle and newest), a swapped
// event or decision is detected and named, as a tamperer would do it (dropping the append-only
// trigger first, through the sqlite3 C API); a rolled-back append leaves the chain whole; the
// read-only opening never writes; a version-4 file is hashed by the migration and then verifies.
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "support/TempDatabases.h"

#include <chrono>
#include <string>
#include <vector>

#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace headroom;

Q_DECLARE_METATYPE(headroom::HistoryChainKind)
Q_DECLARE_METATYPE(headroom::HistoryBreakKind)

namespace {

constexpr std::int64_t kT0 = 1'764'000'000; // 2025-11-24T16:00:00Z
constexpr std::int64_t kHour = 3600;

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

Snapshot snapshotAt(std::int64_t at) {
    Snapshot s(t(at));
    (void)s.set(MetricId::CpuUtilization, {0.9, t(at), "test"});
    return s;
}

Evaluation evaluationWith(const std::vector<std::string>& types) {
    Evaluation ev;
    ev.capacity.tierId = "soft_launch";
    ev.capacity.overall = Status::Warning;
    ev.health.overall = 64.5;
    for (const auto& type : types) {
        ev.recommendations.push_back({type,
                                      {{MetricId::CpuUtilization, 0.9, 0.8, Comparison::AtLeast}},
                                      Status::Warning,
                                      60});
    }
    return ev;
}

std::string rawExec(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toStdString().c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    char* message = nullptr;
    std::string out;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        out = message ? message : "error";
    }
    sqlite3_free(message);
    sqlite3_close(db);
    return out;
}

std::vector<std::int64_t> rawIds(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    std::vector<std::int64_t> ids;
    if (sqlite3_open(path.toStdString().c_str(), &db) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                ids.push_back(sqlite3_column_int64(stmt, 0));
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return ids;
}

std::string rawText(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    std::string out = "<none>";
    if (sqlite3_open(path.toStdString().c_str(), &db) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            out = text ? text : "<null>";
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out;
}

std::string table(HistoryChainKind chain) {
    return chain == HistoryChainKind::Events ? "events" : "decisions";
}

std::string describe(const HistoryVerification& v) {
    const auto& b = v.firstBreak();
    if (!b) {
        return "intact";
    }
    return std::string(keyOf(b->chain)) + " " + std::string(keyOf(b->kind)) + " at " +
           (b->row ? std::to_string(b->row->id) : std::string("-"));
}

} // namespace

class TestHistoryChain : public QObject {
    Q_OBJECT

    test::TempDatabases m_files{QStringLiteral("h")};
    QString m_original;

    QString freshPath() { return m_files.freshPath(); }

    // A copy of the populated file, which each tamper case spoils on its own.
    QString copyOfOriginal() {
        const QString path = freshPath();
        if (!QFile::copy(m_original, path)) {
            return {};
        }
        return path;
    }

    static HistoryVerification verify(const QString& path, RowId workspace) {
        auto store = Store::openForReading(path.toStdString());
        if (!store) {
            qWarning("%s", store.error().message.c_str());
            return {};
        }
        auto result = (*store)->verifyHistory(workspace);
        if (!result) {
            qWarning("%s", result.error().message.c_str());
            return {};
        }
        return *result;
    }

private slots:
    // Two workspaces whose events and decisions interleave (ids of one workspace not
    // contiguous), written through the store as the console does.
    void initTestCase() {
        QVERIFY(m_files.isValid());
        m_original = freshPath();
        auto store = Store::open(m_original.toStdString());
        QVERIFY(store);
        auto a = (*store)->createWorkspace({0, "a", "A", WorkspaceKind::Live, "lab", t(kT0)});
        auto b = (*store)->createWorkspace({0, "b", "B", WorkspaceKind::Demo, "lab", t(kT0)});
        QVERIFY(a && b);
        QCOMPARE(a->id, RowId{1});
        for (int i = 0; i < 4; ++i) {
            for (const RowId ws : {a->id, b->id}) {
                const std::string type = "rec" + std::to_string(i);
                auto ingested =
                    (*store)->ingest(ws, snapshotAt(kT0 + (i + 1) * kHour), evaluationWith({type}));
                QVERIFY2(ingested, ingested ? "" : ingested.error().message.c_str());
                QCOMPARE(ingested->opened.size(), std::size_t{1});
                const Verdict verdict = i % 2 ? Verdict::Reject : Verdict::Accept;
                auto decided = (*store)->recordDecision(
                    {ws, ingested->opened[0].id, verdict, i % 2 ? "not now" : "", "founder",
                     t(kT0 + (i + 1) * kHour + 60), std::nullopt});
                QVERIFY2(decided, decided ? "" : decided.error().message.c_str());
            }
        }
        auto deferred =
            (*store)->ingest(a->id, snapshotAt(kT0 + 9 * kHour), evaluationWith({"later"}));
        QVERIFY(deferred);
        QVERIFY((*store)->recordDecision({a->id, deferred->opened[0].id, Verdict::Defer,
                                          "after the launch", "founder", t(kT0 + 9 * kHour + 60),
                                          t(kT0 + 99 * kHour)}));
        QVERIFY((*store)->appendEvent({0, a->id, t(kT0 + 10 * kHour), EventKind::WorkspaceCreated,
                                       "newest", "{\"note\":\"the newest event\"}"}));
    }

    void untouchedVerifies() {
        for (const RowId ws : {RowId{1}, RowId{2}}) {
            const auto v = verify(m_original, ws);
            QVERIFY2(v.intact(), describe(v).c_str());
            QCOMPARE(v.workspaceId, ws);
            const auto events = rawIds(m_original, "SELECT count(*) FROM events WHERE "
                                                   "workspace_id = " +
                                                       std::to_string(ws));
            const auto decisions = rawIds(m_original, "SELECT count(*) FROM decisions WHERE "
                                                      "workspace_id = " +
                                                          std::to_string(ws));
            QCOMPARE(static_cast<std::int64_t>(v.events.checked), events.at(0));
            QCOMPARE(static_cast<std::int64_t>(v.decisions.checked), decisions.at(0));
            QCOMPARE(v.events.headCount, events.at(0));
            QVERIFY(v.decisions.checked >= 4);
            QCOMPARE(v.events.headHash,
                     rawText(m_original, "SELECT hash FROM events WHERE workspace_id = " +
                                             std::to_string(ws) + " ORDER BY id DESC LIMIT 1"));
            QCOMPARE(v.events.headHash.size(), std::size_t{64});
            QVERIFY(v.missingTriggers.empty());
        }
        QCOMPARE(verify(m_original, 1).workspaceName, std::string("a"));
        auto store = Store::openForReading(m_original.toStdString());
        QVERIFY(store);
        QCOMPARE((*store)->verifyHistory(99).error().code, ErrorCode::NotFound);
    }

    void tamper_data() {
        QTest::addColumn<HistoryChainKind>("chain");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("offset"); // which row of workspace 1 in the chain
        QTest::addColumn<HistoryBreakKind>("expected");

        const auto E = HistoryChainKind::Events;
        const auto D = HistoryChainKind::Decisions;
        QTest::newRow("event edited") << E << "edit" << 3 << HistoryBreakKind::Altered;
        QTest::newRow("first event edited") << E << "edit" << 0 << HistoryBreakKind::Altered;
        QTest::newRow("event time edited") << E << "retime" << 2 << HistoryBreakKind::Altered;
        QTest::newRow("event deleted") << E << "delete" << 4 << HistoryBreakKind::Removed;
        QTest::newRow("first event deleted") << E << "delete" << 0 << HistoryBreakKind::Removed;
        QTest::newRow("newest event deleted")
            << E << "delete" << -1 << HistoryBreakKind::NewestRemoved;
        QTest::newRow("events swapped") << E << "swap" << 2 << HistoryBreakKind::Moved;
        QTest::newRow("decision edited") << D << "edit" << 1 << HistoryBreakKind::Altered;
        QTest::newRow("decision deleted") << D << "delete" << 2 << HistoryBreakKind::Removed;
        QTest::newRow("newest decision deleted")
            << D << "delete" << -1 << HistoryBreakKind::NewestRemoved;
        QTest::newRow("decisions swapped") << D << "swap" << 0 << HistoryBreakKind::Moved;
        QTest::newRow("event hash recomputed alone")
            << E << "rehash" << 3 << HistoryBreakKind::Altered;
    }

    void tamper() {
        QFETCH(HistoryChainKind, chain);
        QFETCH(QString, action);
        QFETCH(int, offset);
        QFETCH(HistoryBreakKind, expected);
        const QString path = copyOfOriginal();
        QVERIFY(!path.isEmpty());
        const std::string t = table(chain);
        const auto ids =
            rawIds(path, "SELECT id FROM " + t + " WHERE workspace_id = 1 ORDER BY id");
        QVERIFY(ids.size() >= 5);
        const std::size_t index = offset < 0 ? ids.size() - 1 : static_cast<std::size_t>(offset);
        const std::string id = std::to_string(ids[index]);
        const std::string next = std::to_string(ids[index + (index + 1 < ids.size() ? 1 : 0)]);
        const std::string content =
            chain == HistoryChainKind::Events
                ? "at, kind, subject, detail_json, prev_hash, hash"
                : "recommendation_id, recommendation_type, verdict, reason, actor, decided_at, "
                  "revisit_at, prev_hash, hash";
        std::string sql =
            "DROP TRIGGER " + t + "_append_only_update; DROP TRIGGER " + t + "_append_only_delete;";
        const std::string edited = chain == HistoryChainKind::Events
                                       ? "detail_json = '{\"tampered\":true}'"
                                       : "reason = 'approved by the board'";
        if (action == "edit") {
            sql += "UPDATE " + t + " SET " + edited + " WHERE id = " + id + ";";
        } else if (action == "retime") {
            sql += "UPDATE events SET at = at + 1 WHERE id = " + id + ";";
        } else if (action == "rehash") {
            // Changing the hash too, without the chain after it, still breaks at this row.
            sql += "UPDATE events SET detail_json = '{}', hash = '" + std::string(64, 'f') +
                   "' WHERE id = " + id + ";";
        } else if (action == "delete") {
            sql += "DELETE FROM " + t + " WHERE id = " + id + ";";
        } else if (action == "swap") {
            sql += "CREATE TEMP TABLE x AS SELECT * FROM " + t + " WHERE id IN (" + id + ", " +
                   next + ");" + "UPDATE " + t + " SET (" + content + ") = (SELECT " + content +
                   " FROM x WHERE x.id = " + next + ") WHERE id = " + id + ";" + "UPDATE " + t +
                   " SET (" + content + ") = (SELECT " + content + " FROM x WHERE x.id = " + id +
                   ") WHERE id = " + next + ";";
        }
        QCOMPARE(rawExec(path, sql), std::string());

        const auto v = verify(path, 1);
        QVERIFY(!v.intact());
        QCOMPARE(v.missingTriggers.size(), std::size_t{2});
        const auto& broken = chain == HistoryChainKind::Events ? v.events : v.decisions;
        QVERIFY2(broken.firstBreak.has_value(), describe(v).c_str());
        QCOMPARE(broken.firstBreak->kind, expected);
        QCOMPARE(broken.firstBreak->chain, chain);
        switch (expected) {
        case HistoryBreakKind::Altered:
        case HistoryBreakKind::Moved:
            QVERIFY(broken.firstBreak->row);
            QCOMPARE(broken.firstBreak->row->id, ids[index]);
            if (expected == HistoryBreakKind::Moved) {
                QCOMPARE(broken.firstBreak->otherId.value_or(0), std::stoll(next));
            }
            break;
        case HistoryBreakKind::Removed:
            // Named by the row whose chain no longer continues, and the row before the gap.
            QCOMPARE(broken.firstBreak->row->id, ids[index + 1]);
            QCOMPARE(broken.firstBreak->previousId.has_value(), index > 0);
            if (index > 0) {
                QCOMPARE(*broken.firstBreak->previousId, ids[index - 1]);
            }
            break;
        case HistoryBreakKind::NewestRemoved:
            QCOMPARE(broken.firstBreak->missingRows, std::int64_t{1});
            QCOMPARE(broken.firstBreak->previousId.value_or(0), ids[index - 1]);
            break;
        default:
            QFAIL("unexpected case");
        }
        // The other chain and the other workspace are untouched.
        const auto& other = chain == HistoryChainKind::Events ? v.decisions : v.events;
        QVERIFY(!other.firstBreak);
        const auto b = verify(path, 2);
        QVERIFY(!b.events.firstBreak && !b.decisions.firstBreak);
    }

    void missingTriggerAloneIsAFinding() {
        const QString path = copyOfOriginal();
        QCOMPARE(rawExec(path, "DROP TRIGGER events_append_only_delete"), std::string());
        const auto v = verify(path, 1);
        QVERIFY(!v.intact());
        QVERIFY(!v.firstBreak());
        QCOMPARE(v.missingTriggers, std::vector<std::string>{"events_append_only_delete"});
    }

    void headTamperedIsDetected() {
        const QString path = copyOfOriginal();
        QCOMPARE(rawExec(path, "DELETE FROM history_heads WHERE workspace_id = 1 AND chain = "
                               "'decisions'"),
                 std::string());
        QCOMPARE(verify(path, 1).decisions.firstBreak->kind, HistoryBreakKind::HeadMissing);
        QCOMPARE(rawExec(path, "INSERT INTO history_heads VALUES(1, 'decisions', 5, '" +
                                   std::string(64, 'a') + "')"),
                 std::string());
        QCOMPARE(verify(path, 1).decisions.firstBreak->kind, HistoryBreakKind::HeadMismatch);
    }

    // A failed outer transaction rolls the rows and the head back together.
    void rolledBackAppendsKeepTheChain() {
        const QString path = copyOfOriginal();
        {
            auto store = Store::open(path.toStdString());
            QVERIFY(store);
            auto failed = (*store)->transaction([&]() -> Result<void> {
                for (int i = 0; i < 3; ++i) {
                    if (!(*store)->appendEvent(
                            {0, 1, t(kT0 + 20 * kHour), EventKind::WorkspaceCreated, "x", "{}"})) {
                        return fail(ErrorCode::StorageError, "append failed");
                    }
                }
                return fail(ErrorCode::Conflict, "give up");
            });
            QVERIFY(!failed);
            QVERIFY((*store)->appendEvent(
                {0, 1, t(kT0 + 21 * kHour), EventKind::WorkspaceCreated, "kept", "{}"}));
            auto v = (*store)->verifyHistory(1);
            QVERIFY(v);
            QVERIFY2(v->intact(), describe(*v).c_str());
            QCOMPARE(v->events.headCount, verify(m_original, 1).events.headCount + 1);
        }
    }

    void readingNeverWrites() {
        const QString path = copyOfOriginal();
        auto store = Store::openForReading(path.toStdString());
        QVERIFY(store);
        auto appended =
            (*store)->appendEvent({0, 1, t(kT0), EventKind::WorkspaceCreated, "x", "{}"});
        QVERIFY(!appended);
        QCOMPARE(appended.error().code, ErrorCode::StorageError);
        QVERIFY(!Store::openForReading(m_files.filePath("missing.db").toStdString()));
        QVERIFY(!QFile::exists(m_files.filePath("missing.db")));
        const QString v4 = freshPath();
        {
            auto db = sql::Database::open(v4.toStdString(), sql::Database::Create::IfMissing);
            QVERIFY(db && store::createSchema(*db, 4));
        }
        auto old = Store::openForReading(v4.toStdString());
        QVERIFY(!old);
        QVERIFY2(old.error().message.find("schema version 4") != std::string::npos,
                 old.error().message.c_str());
        QCOMPARE(rawIds(v4, "PRAGMA user_version").at(0), std::int64_t{4});
    }

    void migratesFromVersion4() {
        const QString path = freshPath();
        {
            auto db = sql::Database::open(path.toStdString(), sql::Database::Create::IfMissing);
            QVERIFY(db);
            auto created = store::createSchema(*db, 4);
            QVERIFY2(created, created ? "" : created.error().message.c_str());
        }
        const std::string rows = R"sql(
INSERT INTO workspaces VALUES(1, 'local', 'This computer', 'live', 'lab', 1763996400);
INSERT INTO workspaces VALUES(2, 'demo', 'Demo', 'demo', 'lab', 1763996400);
INSERT INTO recommendations(id, workspace_id, type, state, severity, evidence_json, first_seen,
    last_seen) VALUES(1, 1, 'a', 'rejected', 'warning', '[]', 1764000000, 1764000000);
INSERT INTO decisions(id, workspace_id, recommendation_id, recommendation_type, verdict, reason,
    actor, decided_at, revisit_at) VALUES(1, 1, 1, 'a', 'reject', 'too early', 'founder',
    1764000100, NULL);
INSERT INTO decisions(id, workspace_id, recommendation_id, recommendation_type, verdict, reason,
    actor, decided_at, revisit_at) VALUES(2, 1, 1, 'a', 'defer', 'later', 'founder',
    1764000200, 1764100000);
INSERT INTO events VALUES(1, 1, 1763996400, 'workspace_created', 'local', '{}');
INSERT INTO events VALUES(2, 2, 1763996400, 'workspace_created', 'demo', '{}');
INSERT INTO events VALUES(3, 1, 1764000100, 'decision_recorded', 'a', '{"reason":"too early"}');
)sql";
        QCOMPARE(rawExec(path, rows), std::string());
        {
            auto store = Store::open(path.toStdString());
            QVERIFY2(store, store ? "" : store.error().message.c_str());
            QCOMPARE((*store)->schemaVersion().value_or(0), Store::latestSchemaVersion());
        }
        QCOMPARE(rawText(path, "SELECT count(*) FROM events WHERE length(hash) = 64"),
                 std::string("3"));
        QCOMPARE(rawText(path, "SELECT count(*) FROM decisions WHERE length(hash) = 64"),
                 std::string("2"));
        auto local = verify(path, 1);
        QVERIFY2(local.intact(), describe(local).c_str());
        QCOMPARE(local.events.checked, std::size_t{2});
        QCOMPARE(local.decisions.checked, std::size_t{2});
        QVERIFY(verify(path, 2).intact());
        // The triggers are back: the hashed rows stay append-only.
        QVERIFY(rawExec(path, "UPDATE events SET subject = 'x' WHERE id = 1").find("append-only") !=
                std::string::npos);
        // New rows continue the backfilled chain, and tampering is still found.
        {
            auto store = Store::open(path.toStdString());
            QVERIFY(store);
            QVERIFY((*store)->appendEvent(
                {0, 1, t(kT0 + kHour), EventKind::WorkspaceCreated, "after", "{}"}));
        }
        QVERIFY(verify(path, 1).intact());
        QCOMPARE(rawExec(path, "DROP TRIGGER events_append_only_update; UPDATE events SET "
                               "subject = 'altered' WHERE id = 3"),
                 std::string());
        const auto broken = verify(path, 1);
        QCOMPARE(broken.events.firstBreak->kind, HistoryBreakKind::Altered);
        QCOMPARE(broken.events.firstBreak->row->id, RowId{3});
        QCOMPARE(broken.events.firstBreak->row->subject, std::string("altered"));
        QCOMPARE(broken.events.firstBreak->row->kind, std::string("decision_recorded"));
        QCOMPARE(broken.events.firstBreak->row->at, t(1764000100));
    }
};

QTEST_GUILESS_MAIN(TestHistoryChain)
#include "tst_history_chain.moc"
