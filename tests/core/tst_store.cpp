// The workspace database (core/store/Store.h) on real files: creation, reopening, migration from
// version 1, refusal of foreign/newer/garbage files, append-only history, reconciliation during
// ingest, decision validation, history filters, series and two connections on one file.
#include "model/EvaluationJson.h"
#include "model/SnapshotJson.h"
#include "store/Store.h"
#include "support/CorePrinters.h"
#include "support/TempDatabases.h"

#include <chrono>
#include <thread>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace headroom;

namespace {

constexpr std::int64_t kT0 = 1'764'000'000; // 2025-11-24T16:00:00Z
constexpr std::int64_t kHour = 3600;

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

Snapshot snapshotAt(std::int64_t at, std::optional<double> cpu = 0.5) {
    Snapshot s(t(at));
    if (cpu) {
        (void)s.set(MetricId::CpuUtilization, {*cpu, t(at), "test"});
    }
    (void)s.set(MetricId::ActiveClients, {12, t(at), "test"});
    return s;
}

Evaluation evaluationWith(std::vector<std::string> types, std::string tier = "soft_launch",
                          ModeAction action = ModeAction::Hold) {
    Evaluation ev;
    ev.capacity.tierId = std::move(tier);
    ev.capacity.overall = Status::Warning;
    ev.health.overall = 64.5;
    ev.mode.action = action;
    for (auto& type : types) {
        ev.recommendations.push_back({type,
                                      {{MetricId::CpuUtilization, 0.9, 0.8, Comparison::AtLeast}},
                                      Status::Warning,
                                      60});
    }
    return ev;
}

// Runs SQL on the file through a separate raw connection; returns the SQLite error text or "".
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

std::int64_t rawInt(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path.toStdString().c_str(), &db);
    sqlite3_stmt* stmt = nullptr;
    std::int64_t value = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::string sqlText(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        out += c;
        if (c == '\'') {
            out += '\'';
        }
    }
    return out + "'";
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

    test::TempDatabases m_files{QStringLiteral("db")};

    QString freshPath() { return m_files.freshPath(); }
    std::unique_ptr<Store> openStore(const QString& path) { return m_files.open(path); }

    Workspace makeWorkspace(Store& store, const std::string& name = "local") {
        Workspace w;
        w.name = name;
        w.title = "This computer";
        w.kind = WorkspaceKind::Live;
        w.currentModeId = "lab";
        w.createdAt = t(kT0 - kHour);
        auto created = store.createWorkspace(w);
        if (!created) {
            qWarning("%s", created.error().message.c_str());
            return {};
        }
        return *created;
    }

    std::size_t countEvents(Store& store, RowId ws, EventKind kind) {
        HistoryFilter filter;
        filter.kinds = {kind};
        auto events = store.events(ws, filter);
        return events ? events->size() : 9999;
    }

private slots:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void createsAtLatestVersion() {
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(Store::latestSchemaVersion(), 9);
        QCOMPARE(store->schemaVersion().value_or(-1), 9);
        QCOMPARE(rawInt(path, "PRAGMA user_version"), std::int64_t{9});
        QCOMPARE(rawInt(path, "PRAGMA application_id"), std::int64_t{0x4864526D});
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'snapshot_metrics'"),
                 std::int64_t{1});
        QVERIFY(QFile::exists(path + "-wal")); // WAL mode
    }

    void reopenKeepsData() {
        const QString path = freshPath();
        const Snapshot snap = snapshotAt(kT0, 0.42);
        RowId wsId = 0;
        {
            auto store = openStore(path);
            QVERIFY(store);
            wsId = makeWorkspace(*store).id;
            QVERIFY(wsId > 0);
            QVERIFY(store->ingest(wsId, snap, evaluationWith({"a"})).has_value());
        }
        auto store = openStore(path);
        QVERIFY(store);
        auto ws = store->workspace("local");
        QVERIFY(ws.has_value());
        QCOMPARE(ws->id, wsId);
        QCOMPARE(ws->title, std::string("This computer"));
        QCOMPARE(ws->currentModeId, std::string("lab"));
        QCOMPARE(ws->createdAt, t(kT0 - kHour));
        QCOMPARE(store->snapshotCount(wsId).value_or(0), std::size_t{1});
        auto latest = store->latestSnapshot(wsId);
        QVERIFY(latest && *latest);
        QVERIFY((*latest)->snapshot == snap);
        QCOMPARE((*latest)->evaluation.capacity.tierId, std::string("soft_launch"));
        QCOMPARE((*latest)->evaluation.health.overall, std::optional<double>(64.5));
        QCOMPARE(store->recommendations(wsId).value().size(), std::size_t{1});
        QCOMPARE(countEvents(*store, wsId, EventKind::WorkspaceCreated), std::size_t{1});
    }

    void inMemoryDatabaseWorks() {
        auto store = Store::open(":memory:");
        QVERIFY(store.has_value());
        QCOMPARE((*store)->schemaVersion().value_or(-1), Store::latestSchemaVersion());
        const RowId ws = makeWorkspace(**store).id;
        QVERIFY((*store)->ingest(ws, snapshotAt(kT0), evaluationWith({"a"})).has_value());
        QCOMPARE((*store)->recommendations(ws).value().size(), std::size_t{1});
    }

    void duplicateWorkspaceIsConflict() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        makeWorkspace(*store, "demo");
        Workspace again;
        again.name = "demo";
        auto result = store->createWorkspace(again);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Conflict);
        QVERIFY(result.error().message.find("demo") != std::string::npos);
        QCOMPARE(store->workspaces().value().size(), std::size_t{1});
        QCOMPARE(store->workspace("nope").error().code, ErrorCode::NotFound);
    }

    void migratesFromVersion1() {
        const QString path = freshPath();
        // A version-1 file as the first release wrote it, built by hand.
        const Snapshot snap = snapshotAt(kT0, 0.33);
        Evaluation ev = evaluationWith({"a"}, "growth", ModeAction::Freeze);
        const std::string v1 = R"sql(
CREATE TABLE workspaces(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
  kind TEXT NOT NULL, current_mode TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL);
CREATE TABLE snapshots(id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
  taken_at INTEGER NOT NULL, snapshot_json TEXT NOT NULL, evaluation_json TEXT NOT NULL);
CREATE TABLE recommendations(id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
  type TEXT NOT NULL, state TEXT NOT NULL, severity TEXT NOT NULL, evidence_json TEXT NOT NULL,
  first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, revisit_at INTEGER);
CREATE TABLE decisions(id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
  recommendation_id INTEGER NOT NULL REFERENCES recommendations(id), verdict TEXT NOT NULL,
  reason TEXT NOT NULL, actor TEXT NOT NULL, decided_at INTEGER NOT NULL, revisit_at INTEGER);
CREATE TABLE events(id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
  at INTEGER NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, detail_json TEXT NOT NULL);
PRAGMA application_id = 1214534253;
PRAGMA user_version = 1;
INSERT INTO workspaces VALUES(1, 'local', 'This computer', 'live', 'lab', 1763996400);
INSERT INTO recommendations VALUES(1, 1, 'a', 'rejected', 'warning', '[]', 1764000000, 1764000000, NULL);
INSERT INTO decisions VALUES(1, 1, 1, 'reject', 'too early', 'founder', 1764000100, NULL);
INSERT INTO events VALUES(1, 1, 1764000100, 'decision_recorded', 'a', '{}');
)sql";
        const std::string snapshotRow =
            "INSERT INTO snapshots VALUES(1, 1, " + std::to_string(kT0) + ", " +
            sqlText(snapshotToJsonText(snap)) + ", " + sqlText(evaluationToJsonText(ev)) + ");";
        QCOMPARE(rawExec(path, v1 + snapshotRow), std::string());
        QCOMPARE(rawInt(path, "PRAGMA user_version"), std::int64_t{1});

        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion().value_or(-1), Store::latestSchemaVersion());
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sources"), std::int64_t{0});
        // Old data is readable through the new schema.
        auto latest = store->latestSnapshot(1);
        QVERIFY(latest && *latest);
        QVERIFY((*latest)->snapshot == snap);
        // snapshot_metrics was backfilled from snapshot_json.
        const std::vector<MetricId> cpu{MetricId::CpuUtilization};
        auto points = store->series(1, cpu, {});
        QVERIFY(points.has_value());
        QCOMPARE(points->size(), std::size_t{1});
        QCOMPARE(points->front().value, 0.33);
        QCOMPARE(points->front().at, t(kT0));
        // Denormalised columns were backfilled from evaluation_json.
        QCOMPARE(rawInt(path, "SELECT count(*) FROM snapshots WHERE tier_id = 'growth' AND "
                              "mode_action = 'freeze' AND overall_status = 'warning'"),
                 std::int64_t{1});
        auto decisions = store->decisions(1, {});
        QVERIFY(decisions.has_value());
        QCOMPARE(decisions->size(), std::size_t{1});
        QCOMPARE(decisions->front().recommendationType, std::string("a"));
        // The rejected recommendation's condition counts as present: no duplicate is opened.
        auto result = store->ingest(1, snapshotAt(kT0 + kHour), evaluationWith({"a"}, "growth"));
        QVERIFY(result.has_value());
        QCOMPARE(result->opened.size(), std::size_t{0});
        // The new triggers protect the migrated history.
        QVERIFY(!rawExec(path, "DELETE FROM decisions").empty());
        // A migrated file opens again without migrating.
        store.reset();
        QVERIFY(openStore(path));
    }

    void refusesNewerVersionUntouched() {
        const QString path = freshPath();
        QCOMPARE(rawExec(path, "PRAGMA application_id = 1214534253; CREATE TABLE x(a); "
                               "PRAGMA user_version = 99;"),
                 std::string());
        const QByteArray before = readAll(path);
        auto result = Store::open(path.toStdString());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::StorageError);
        const QString message = QString::fromStdString(result.error().message);
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains("newer"), qPrintable(message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(rawInt(path, "PRAGMA user_version"), std::int64_t{99});
    }

    void refusesGarbageUntouched() {
        const QString path = freshPath();
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i) {
            garbage.append(char((i * 7919) % 251));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        auto result = Store::open(path.toStdString());
        QVERIFY(!result);
        const QString message = QString::fromStdString(result.error().message);
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains("not a Headroom database"), qPrintable(message));
        QCOMPARE(readAll(path), garbage);
        QVERIFY(!QFile::exists(path + "-wal"));
    }

    void refusesForeignSqliteUntouched() {
        const QString path = freshPath();
        QCOMPARE(rawExec(path, "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);"
                               "INSERT INTO customers VALUES(1, 'x');"),
                 std::string());
        const QByteArray before = readAll(path);
        auto result = Store::open(path.toStdString());
        QVERIFY(!result);
        QVERIFY(QString::fromStdString(result.error().message).contains(path));
        QCOMPARE(readAll(path), before);
    }

    void refusesUnopenablePath() {
        auto result = Store::open(m_files.filePath("missing/dir/x.sqlite").toStdString());
        QVERIFY(!result);
        QVERIFY(QString::fromStdString(result.error().message).contains("missing/dir/x.sqlite"));
    }

    void historyIsAppendOnly_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update decision") << "UPDATE decisions SET reason = 'changed'";
        QTest::newRow("delete decision") << "DELETE FROM decisions";
        QTest::newRow("update event") << "UPDATE events SET subject = 'changed'";
        QTest::newRow("delete event") << "DELETE FROM events";
    }

    void historyIsAppendOnly() {
        QFETCH(QString, sql);
        const QString path = freshPath();
        {
            auto store = openStore(path);
            QVERIFY(store);
            const RowId ws = makeWorkspace(*store).id;
            auto ingested = store->ingest(ws, snapshotAt(kT0), evaluationWith({"a"}));
            QVERIFY(ingested && ingested->opened.size() == 1);
            QVERIFY(store
                        ->recordDecision({ws, ingested->opened[0].id, Verdict::Accept, "",
                                          "founder", t(kT0 + 60), std::nullopt})
                        .has_value());
        }
        const auto decisionsBefore = rawInt(path, "SELECT count(*) FROM decisions");
        const auto eventsBefore = rawInt(path, "SELECT count(*) FROM events");
        QCOMPARE(decisionsBefore, std::int64_t{1});
        const std::string error = rawExec(path, sql.toStdString());
        QVERIFY2(error.find("append-only") != std::string::npos, error.c_str());
        QCOMPARE(rawInt(path, "SELECT count(*) FROM decisions WHERE reason = ''"), decisionsBefore);
        QCOMPARE(rawInt(path, "SELECT count(*) FROM events WHERE subject != 'changed'"),
                 eventsBefore);
    }

    void persistingConditionKeepsOneOpen() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        RowId firstId = 0;
        for (int poll = 0; poll < 3; ++poll) {
            auto r = store->ingest(ws, snapshotAt(kT0 + poll * kHour), evaluationWith({"a"}));
            QVERIFY(r.has_value());
            QCOMPARE(r->opened.size(), std::size_t(poll == 0 ? 1 : 0));
            if (poll == 0) {
                firstId = r->opened[0].id;
            }
        }
        auto recs = store->recommendations(ws);
        QCOMPARE(recs.value().size(), std::size_t{1});
        QCOMPARE(recs->front().id, firstId);
        QCOMPARE(recs->front().state, RecommendationState::Open);
        QCOMPARE(recs->front().firstSeen, t(kT0));
        QCOMPARE(recs->front().lastSeen, t(kT0 + 2 * kHour));
        QCOMPARE(recs->front().evidence.size(), std::size_t{1});
        QCOMPARE(countEvents(*store, ws, EventKind::RecommendationOpened), std::size_t{1});
    }

    void clearedConditionResolves() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        QVERIFY(store->ingest(ws, snapshotAt(kT0), evaluationWith({"a", "b"})).has_value());
        auto r = store->ingest(ws, snapshotAt(kT0 + kHour), evaluationWith({"b"}));
        QVERIFY(r.has_value());
        QCOMPARE(r->resolved.size(), std::size_t{1});
        QCOMPARE(r->resolved[0].type, std::string("a"));
        QCOMPARE(r->resolved[0].state, RecommendationState::Resolved);
        const std::vector<RecommendationState> open{RecommendationState::Open};
        auto openRecs = store->recommendations(ws, open);
        QCOMPARE(openRecs.value().size(), std::size_t{1});
        QCOMPARE(openRecs->front().type, std::string("b"));
        QCOMPARE(countEvents(*store, ws, EventKind::RecommendationResolved), std::size_t{1});
        // Triggering again after resolution opens a fresh one.
        auto again = store->ingest(ws, snapshotAt(kT0 + 2 * kHour), evaluationWith({"a", "b"}));
        QCOMPARE(again.value().opened.size(), std::size_t{1});
        QVERIFY(again->opened[0].id != r->resolved[0].id);
    }

    void deferThenRevisitReopens() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        auto first = store->ingest(ws, snapshotAt(kT0), evaluationWith({"a"}));
        const RowId id = first.value().opened.at(0).id;
        auto decision = store->recordDecision({ws, id, Verdict::Defer, "after the launch",
                                               "founder", t(kT0 + 60), t(kT0 + 2 * kHour)});
        QVERIFY2(decision.has_value(), decision ? "" : decision.error().message.c_str());
        QCOMPARE(store->recommendation(id).value().state, RecommendationState::Deferred);

        auto early = store->ingest(ws, snapshotAt(kT0 + kHour), evaluationWith({"a"}));
        QVERIFY(early.has_value());
        QVERIFY(early->reopened.empty() && early->opened.empty());
        QCOMPARE(store->recommendation(id).value().state, RecommendationState::Deferred);

        auto due = store->ingest(ws, snapshotAt(kT0 + 3 * kHour), evaluationWith({"a"}));
        QVERIFY(due.has_value());
        QCOMPARE(due->reopened.size(), std::size_t{1});
        QCOMPARE(due->reopened[0].id, id);
        QVERIFY(due->opened.empty());
        const auto rec = store->recommendation(id).value();
        QCOMPARE(rec.state, RecommendationState::Open);
        QVERIFY(!rec.revisitAt.has_value());
        QCOMPARE(store->recommendations(ws).value().size(), std::size_t{1});
        QCOMPARE(countEvents(*store, ws, EventKind::RecommendationReopened), std::size_t{1});
    }

    void rejectedPersistingIsNotDuplicated() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        const RowId id =
            store->ingest(ws, snapshotAt(kT0), evaluationWith({"a"})).value().opened.at(0).id;
        QVERIFY(store
                    ->recordDecision({ws, id, Verdict::Reject, "not worth it", "founder",
                                      t(kT0 + 60), std::nullopt})
                    .has_value());
        for (int poll = 1; poll <= 3; ++poll) {
            auto r = store->ingest(ws, snapshotAt(kT0 + poll * kHour), evaluationWith({"a"}));
            QVERIFY(r.has_value());
            QVERIFY(r->opened.empty() && r->reopened.empty() && r->resolved.empty());
        }
        auto recs = store->recommendations(ws).value();
        QCOMPARE(recs.size(), std::size_t{1});
        QCOMPARE(recs[0].state, RecommendationState::Rejected);
    }

    void rejectClearRetriggerOpensNew() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        const RowId id =
            store->ingest(ws, snapshotAt(kT0), evaluationWith({"a"})).value().opened.at(0).id;
        QVERIFY(store
                    ->recordDecision(
                        {ws, id, Verdict::Reject, "no", "founder", t(kT0 + 60), std::nullopt})
                    .has_value());
        auto cleared = store->ingest(ws, snapshotAt(kT0 + kHour), evaluationWith({}));
        QVERIFY(cleared.has_value());
        QVERIFY(cleared->resolved.empty()); // a decided recommendation is closed, not resolved
        auto back = store->ingest(ws, snapshotAt(kT0 + 2 * kHour), evaluationWith({"a"}));
        QCOMPARE(back.value().opened.size(), std::size_t{1});
        QVERIFY(back->opened[0].id != id);
        auto recs = store->recommendations(ws).value();
        QCOMPARE(recs.size(), std::size_t{2});
        QCOMPARE(recs[0].state, RecommendationState::Rejected);
        QCOMPARE(recs[1].state, RecommendationState::Open);
        QCOMPARE(recs[1].firstSeen, t(kT0 + 2 * kHour));
    }

    void tierAndModeChangesAreEvents() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        auto first = store->ingest(ws, snapshotAt(kT0), evaluationWith({}, "soft_launch"));
        QVERIFY(first.has_value());
        QVERIFY(first->events.empty()); // nothing to compare the first snapshot with
        auto same = store->ingest(ws, snapshotAt(kT0 + kHour), evaluationWith({}, "soft_launch"));
        QVERIFY(same.value().events.empty());
        auto changed = store->ingest(ws, snapshotAt(kT0 + 2 * kHour),
                                     evaluationWith({}, "growth", ModeAction::IncreaseMode));
        QVERIFY(changed.has_value());
        QCOMPARE(changed->events.size(), std::size_t{2});
        QCOMPARE(changed->events[0].kind, EventKind::TierChanged);
        QCOMPARE(changed->events[0].subject, std::string("growth"));
        const auto detail = nlohmann::json::parse(changed->events[0].detailJson);
        QCOMPARE(detail["from"].get<std::string>(), std::string("soft_launch"));
        QCOMPARE(detail["to"].get<std::string>(), std::string("growth"));
        QCOMPARE(changed->events[1].kind, EventKind::ModeAdviceChanged);
        const auto mode = nlohmann::json::parse(changed->events[1].detailJson);
        QCOMPARE(mode["from"].get<std::string>(), std::string("hold"));
        QCOMPARE(mode["to"].get<std::string>(), std::string("increase_mode"));
        QCOMPARE(changed->events[1].at, t(kT0 + 2 * kHour));
    }

    void decisionValidation_data() {
        QTest::addColumn<int>("target"); // 0 open rec, 1 resolved rec, 2 unknown id, 3 other ws
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("revisitOffset"); // seconds after decidedAt; 0 = none
        QTest::addColumn<int>("code");             // -1 = accepted
        QTest::addColumn<QString>("mentions");
        const int accept = int(Verdict::Accept);
        const int defer = int(Verdict::Defer);
        const int reject = int(Verdict::Reject);
        QTest::newRow("accept, no reason") << 0 << accept << "" << qint64(0) << -1 << "";
        QTest::newRow("reject with reason") << 0 << reject << "later" << qint64(0) << -1 << "";
        QTest::newRow("defer ok") << 0 << defer << "q3" << qint64(86400) << -1 << "";
        QTest::newRow("unknown recommendation")
            << 2 << accept << "" << qint64(0) << int(ErrorCode::NotFound) << "999";
        QTest::newRow("other workspace")
            << 3 << accept << "" << qint64(0) << int(ErrorCode::NotFound) << "recommendation";
        QTest::newRow("resolved is closed")
            << 1 << accept << "" << qint64(0) << int(ErrorCode::Conflict) << "resolved";
        QTest::newRow("defer without revisit")
            << 0 << defer << "q3" << qint64(0) << int(ErrorCode::InvalidArgument) << "revisit";
        QTest::newRow("defer into the past")
            << 0 << defer << "q3" << qint64(-60) << int(ErrorCode::InvalidArgument) << "revisit";
        QTest::newRow("accept with revisit")
            << 0 << accept << "" << qint64(60) << int(ErrorCode::InvalidArgument) << "revisit";
        QTest::newRow("reject with revisit")
            << 0 << reject << "x" << qint64(60) << int(ErrorCode::InvalidArgument) << "revisit";
        QTest::newRow("reject without reason")
            << 0 << reject << "   " << qint64(0) << int(ErrorCode::InvalidArgument) << "reason";
        QTest::newRow("defer without reason")
            << 0 << defer << "" << qint64(60) << int(ErrorCode::InvalidArgument) << "reason";
    }

    void decisionValidation() {
        QFETCH(int, target);
        QFETCH(int, verdict);
        QFETCH(QString, reason);
        QFETCH(qint64, revisitOffset);
        QFETCH(int, code);
        QFETCH(QString, mentions);

        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        const RowId other = makeWorkspace(*store, "demo").id;
        const RowId openId =
            store->ingest(ws, snapshotAt(kT0), evaluationWith({"a", "b"})).value().opened.at(0).id;
        const RowId resolvedId = store->ingest(ws, snapshotAt(kT0 + kHour), evaluationWith({"a"}))
                                     .value()
                                     .resolved.at(0)
                                     .id;
        const RowId otherId =
            store->ingest(other, snapshotAt(kT0), evaluationWith({"c"})).value().opened.at(0).id;
        const RowId ids[] = {openId, resolvedId, 999, otherId};

        const Timestamp decidedAt = t(kT0 + 2 * kHour);
        DecisionRequest request{ws,
                                ids[target],
                                Verdict(verdict),
                                reason.toStdString(),
                                "founder",
                                decidedAt,
                                revisitOffset
                                    ? std::optional(decidedAt + std::chrono::seconds(revisitOffset))
                                    : std::nullopt};
        const auto before = store->recommendations(ws).value();
        auto result = store->recordDecision(request);
        if (code < 0) {
            QVERIFY2(result.has_value(), result ? "" : result.error().message.c_str());
            QVERIFY(result->id > 0);
            QCOMPARE(result->recommendationType, std::string("a"));
            QCOMPARE(store->decisions(ws, {}).value().size(), std::size_t{1});
            const auto expected = verdict == int(Verdict::Accept)  ? RecommendationState::Accepted
                                  : verdict == int(Verdict::Defer) ? RecommendationState::Deferred
                                                                   : RecommendationState::Rejected;
            QCOMPARE(store->recommendation(openId).value().state, expected);
            QCOMPARE(countEvents(*store, ws, EventKind::DecisionRecorded), std::size_t{1});
            return;
        }
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode(code));
        QVERIFY2(QString::fromStdString(result.error().message).contains(mentions),
                 result.error().message.c_str());
        // Nothing was written.
        QCOMPARE(store->decisions(ws, {}).value().size(), std::size_t{0});
        QCOMPARE(countEvents(*store, ws, EventKind::DecisionRecorded), std::size_t{0});
        const auto after = store->recommendations(ws).value();
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].state, before[i].state);
        }
    }

    void decidedTwiceIsConflict() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        const RowId id =
            store->ingest(ws, snapshotAt(kT0), evaluationWith({"a"})).value().opened.at(0).id;
        QVERIFY(
            store->recordDecision({ws, id, Verdict::Accept, "", "founder", t(kT0), std::nullopt})
                .has_value());
        auto again = store->recordDecision(
            {ws, id, Verdict::Reject, "changed my mind", "founder", t(kT0 + 1), std::nullopt});
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY(again.error().message.find("accepted") != std::string::npos);
    }

    void deferredCanBeDecidedAndEventCarriesDetail() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        const RowId id =
            store->ingest(ws, snapshotAt(kT0), evaluationWith({"a"})).value().opened.at(0).id;
        const Timestamp revisit = t(kT0 + 7 * 24 * kHour);
        QVERIFY(store
                    ->recordDecision(
                        {ws, id, Verdict::Defer, "after launch", "founder", t(kT0 + 5), revisit})
                    .has_value());
        QCOMPARE(store->recommendation(id).value().revisitAt, std::optional(revisit));
        HistoryFilter filter;
        filter.kinds = {EventKind::DecisionRecorded};
        const auto events = store->events(ws, filter).value();
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].subject, std::string("a"));
        QCOMPARE(events[0].at, t(kT0 + 5));
        const auto detail = nlohmann::json::parse(events[0].detailJson);
        QCOMPARE(detail["verdict"].get<std::string>(), std::string("defer"));
        QCOMPARE(detail["reason"].get<std::string>(), std::string("after launch"));
        QCOMPARE(detail["revisit_at"].get<std::string>(), formatIso(revisit));
        // A deferred recommendation can still be decided.
        auto accepted = store->recordDecision(
            {ws, id, Verdict::Accept, "", "founder", t(kT0 + 10), std::nullopt});
        QVERIFY(accepted.has_value());
        QCOMPARE(store->recommendation(id).value().state, RecommendationState::Accepted);
        QVERIFY(!store->recommendation(id).value().revisitAt.has_value());
        const auto decisions = store->decisions(ws, {}).value();
        QCOMPARE(decisions.size(), std::size_t{2});
        QCOMPARE(decisions[0].verdict, Verdict::Accept); // newest first
        QCOMPARE(decisions[1].revisitAt, std::optional(revisit));
    }

    void historyFilters() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id; // WorkspaceCreated at kT0 - 1h
        for (int i = 0; i < 5; ++i) {
            QVERIFY(store
                        ->appendEvent(
                            {0, ws, t(kT0 + i * kHour), EventKind::SourceFailed, "host", "{}"})
                        .has_value());
        }
        QVERIFY(
            store->appendEvent({0, ws, t(kT0 + 10 * kHour), EventKind::SourceRecovered, "host", ""})
                .has_value());

        auto all = store->events(ws, {}).value();
        QCOMPARE(all.size(), std::size_t{7});
        QCOMPARE(all.front().kind, EventKind::SourceRecovered); // newest first
        QCOMPARE(all.back().kind, EventKind::WorkspaceCreated);

        HistoryFilter byKind;
        byKind.kinds = {EventKind::SourceRecovered, EventKind::WorkspaceCreated};
        QCOMPARE(store->events(ws, byKind).value().size(), std::size_t{2});

        HistoryFilter byRange;
        byRange.range = {t(kT0 + kHour), t(kT0 + 3 * kHour)}; // inclusive: hours 1, 2, 3
        QCOMPARE(store->events(ws, byRange).value().size(), std::size_t{3});

        HistoryFilter from;
        from.range.from = t(kT0 + 4 * kHour);
        QCOMPARE(store->events(ws, from).value().size(), std::size_t{2});

        HistoryFilter limited;
        limited.limit = 2;
        auto two = store->events(ws, limited).value();
        QCOMPARE(two.size(), std::size_t{2});
        QCOMPARE(two[1].at, t(kT0 + 4 * kHour));

        QCOMPARE(store->appendEvent({0, 12345, t(kT0), EventKind::SourceFailed, "host", "{}"})
                     .error()
                     .code,
                 ErrorCode::NotFound);

        // Decisions by date range.
        const RowId a =
            store->ingest(ws, snapshotAt(kT0), evaluationWith({"a", "b"})).value().opened.at(0).id;
        const RowId b = store->recommendations(ws).value().at(1).id;
        QVERIFY(store->recordDecision({ws, a, Verdict::Accept, "", "founder", t(kT0 + kHour), {}})
                    .has_value());
        QVERIFY(
            store->recordDecision({ws, b, Verdict::Reject, "no", "founder", t(kT0 + 5 * kHour), {}})
                .has_value());
        HistoryFilter early;
        early.range.to = t(kT0 + 2 * kHour);
        const auto decisions = store->decisions(ws, early).value();
        QCOMPARE(decisions.size(), std::size_t{1});
        QCOMPARE(decisions[0].recommendationId, a);
    }

    void seriesOverNinetyDays() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        const RowId otherWs = makeWorkspace(*store, "demo").id;
        constexpr int kCount = 90 * 24;
        auto written = store->transaction([&]() -> Result<void> {
            for (int i = 0; i < kCount; ++i) {
                // CPU missing every 10th hour: those hours have no point, not a zero.
                std::optional<double> cpu;
                if (i % 10 != 9) {
                    cpu = (i % 100) / 100.0;
                }
                auto r = store->ingest(ws, snapshotAt(kT0 + i * kHour, cpu), evaluationWith({}));
                if (!r) {
                    return std::unexpected(r.error());
                }
            }
            auto other = store->ingest(otherWs, snapshotAt(kT0, 0.99), evaluationWith({}));
            return other ? Result<void>{} : std::unexpected(other.error());
        });
        QVERIFY2(written.has_value(), written ? "" : written.error().message.c_str());
        QCOMPARE(store->snapshotCount(ws).value(), std::size_t(kCount));

        const std::vector<MetricId> metrics{MetricId::CpuUtilization, MetricId::ActiveClients};
        QElapsedTimer timer;
        timer.start();
        auto points = store->series(ws, metrics, {});
        const qint64 elapsedMs = timer.elapsed();
        QVERIFY(points.has_value());
        qInfo("series over %d snapshots, 2 metrics: %lld ms", kCount, elapsedMs);
        // Printed for reference only: speed targets are measured by benchmarks, not unit tests.
        const std::size_t cpuCount = kCount - kCount / 10;
        QCOMPARE(points->size(), cpuCount + kCount);
        // Grouped by metric in the order asked, each ascending in time.
        QCOMPARE((*points)[0].metric, MetricId::CpuUtilization);
        QCOMPARE((*points)[0].at, t(kT0));
        QCOMPARE((*points)[1].value, 0.01);
        QCOMPARE((*points)[9].at, t(kT0 + 10 * kHour)); // hour 9 is missing
        QCOMPARE((*points)[cpuCount].metric, MetricId::ActiveClients);
        QCOMPARE((*points)[cpuCount].value, 12.0);

        // A range: hours 100..109 inclusive, of which hour 109 has no CPU.
        const std::vector<MetricId> cpu{MetricId::CpuUtilization};
        auto window = store->series(ws, cpu, {t(kT0 + 100 * kHour), t(kT0 + 109 * kHour)});
        QCOMPARE(window.value().size(), std::size_t{9});
        QCOMPARE(window->front().value, 0.0); // (100 % 100) / 100

        auto snaps = store->snapshots(ws, {t(kT0 + 100 * kHour), t(kT0 + 109 * kHour)});
        QCOMPARE(snaps.value().size(), std::size_t{10});
        QCOMPARE(snaps->front().snapshot.takenAt(), t(kT0 + 100 * kHour)); // oldest first
        QVERIFY(!snaps->back().snapshot.has(MetricId::CpuUtilization));
    }

    void failedTransactionRollsBack() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store).id;
        auto result = store->transaction([&]() -> Result<void> {
            if (auto r = store->ingest(ws, snapshotAt(kT0), evaluationWith({"a"})); !r) {
                return std::unexpected(r.error());
            }
            return fail(ErrorCode::Cancelled, "stop");
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(store->snapshotCount(ws).value(), std::size_t{0});
        QCOMPARE(store->recommendations(ws).value().size(), std::size_t{0});
        QCOMPARE(store->ingest(424242, snapshotAt(kT0), evaluationWith({})).error().code,
                 ErrorCode::NotFound);
    }

    void twoConnectionsOnOneFile() {
        const QString path = freshPath();
        auto writer = openStore(path);
        auto reader = openStore(path);
        QVERIFY(writer && reader);
        const RowId ws = makeWorkspace(*writer).id;
        QVERIFY(writer->ingest(ws, snapshotAt(kT0), evaluationWith({"a"})).has_value());
        QCOMPARE(reader->workspace("local").value().id, ws);
        QCOMPARE(reader->snapshotCount(ws).value(), std::size_t{1});

        // While the writer holds a write transaction, the reader still reads (WAL) and a write
        // from the other connection waits for the lock instead of failing.
        std::atomic<bool> otherWrote{false};
        Result<IngestResult> otherResult = fail(ErrorCode::StorageError, "not run");
        std::thread other;
        auto held = writer->transaction([&]() -> Result<void> {
            if (auto r = writer->ingest(ws, snapshotAt(kT0 + kHour), evaluationWith({"a"})); !r) {
                return std::unexpected(r.error());
            }
            other = std::thread([&] {
                otherResult =
                    reader->ingest(ws, snapshotAt(kT0 + 2 * kHour), evaluationWith({"a"}));
                otherWrote = true;
            });
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            const bool finishedEarly = otherWrote.load();
            if (finishedEarly) {
                return fail(ErrorCode::Conflict, "the second writer did not wait");
            }
            return {};
        });
        other.join(); // it was waiting for our commit
        QVERIFY2(held.has_value(), held ? "" : held.error().message.c_str());
        QVERIFY(otherWrote.load());
        QVERIFY2(otherResult.has_value(), otherResult ? "" : otherResult.error().message.c_str());
        QCOMPARE(writer->snapshotCount(ws).value(), std::size_t{3});
        QCOMPARE(reader->recommendations(ws).value().size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
