// `headroom verify` in-process (tests/core/support/CliRun.h): an untouched database prints
// "ok" per workspace and exits 0; an edited event (trigger dropped first, as a tamperer would)
// exits 1 naming the event; --json and --workspace; a missing file, a file of an older schema
// and an unknown workspace are errors that leave the file as it was.
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "support/CliRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace headroom;
using headroom::test::runCli;

namespace {

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
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

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

class TestCliVerify : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("v.db"));
        auto store = Store::open(m_path.toStdString());
        QVERIFY(store);
        for (const char* name : {"local", "demo"}) {
            auto ws = (*store)->createWorkspace(
                {0, name, name, WorkspaceKind::Live, "lab", t(1'772'409'600)});
            QVERIFY(ws);
            for (int i = 0; i < 3; ++i) {
                QVERIFY((*store)->appendEvent({0, ws->id, t(1'772'460'300 + i * 60),
                                               EventKind::TierChanged, "hard_launch",
                                               R"({"from":"soft_launch","to":"hard_launch"})"}));
            }
        }
    }

    void untouchedIsOk() {
        const auto r = runCli({"verify", "--db", m_path.toStdString()});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY2(contains(r.out, "local: ok: 4 events, 0 decisions, head ") &&
                     contains(r.out, "demo: ok: 4 events"),
                 r.out.c_str());
        const auto json = runCli({"verify", "--db", m_path.toStdString(), "--json"});
        QCOMPARE(json.code, 0);
        const auto parsed = nlohmann::json::parse(json.out);
        QCOMPARE(parsed.at("intact").get<bool>(), true);
        QCOMPARE(parsed.at("workspaces").size(), std::size_t{2});
        QCOMPARE(parsed.at("workspaces")[0].at("events").at("head_hash").get<std::string>().size(),
                 std::size_t{64});
    }

    void editedEventIsNamed() {
        const QString copy = m_dir.filePath(QStringLiteral("edited.db"));
        QVERIFY(QFile::copy(m_path, copy));
        // Event 7: the demo workspace's third event (ids 1-4 local, 5-8 demo).
        QCOMPARE(rawExec(copy, "DROP TRIGGER events_append_only_update; "
                               "UPDATE events SET detail_json = '{}' WHERE id = 7"),
                 std::string());
        const auto r = runCli({"verify", "--db", copy.toStdString()});
        QCOMPARE(r.code, 1);
        // The dropped trigger is the file's (every workspace reports it); only the demo's
        // chain names an altered event.
        QVERIFY2(!contains(r.out, "local: TAMPERED: event"), r.out.c_str());
        QVERIFY2(contains(r.out, "demo: TAMPERED: event 7 (tier_changed, 2026-03-02 14:") &&
                     contains(r.out, "subject hard_launch) was altered") &&
                     contains(r.out, "events_append_only_update"),
                 r.out.c_str());
        // The local chain is intact, but the file lost its append-only protection.
        const auto one = runCli({"verify", "--db", copy.toStdString(), "--workspace", "local"});
        QCOMPARE(one.code, 1);
        QVERIFY2(contains(one.out, "events_append_only_update") &&
                     !contains(one.out, "local: TAMPERED: event"),
                 one.out.c_str());
        const auto json =
            runCli({"verify", "--db", copy.toStdString(), "--json", "--workspace", "demo"});
        QCOMPARE(json.code, 1);
        const auto parsed = nlohmann::json::parse(json.out);
        const auto& broken = parsed.at("workspaces")[0].at("events").at("first_break");
        QCOMPARE(broken.at("kind").get<std::string>(), std::string("altered"));
        QCOMPARE(broken.at("row").at("id").get<std::int64_t>(), std::int64_t{7});
    }

    void deletedEventIsNamed() {
        const QString copy = m_dir.filePath(QStringLiteral("deleted.db"));
        QVERIFY(QFile::copy(m_path, copy));
        QCOMPARE(rawExec(copy, "DROP TRIGGER events_append_only_delete; "
                               "DELETE FROM events WHERE id = 2"),
                 std::string());
        const auto r = runCli({"verify", "--db", copy.toStdString()});
        QCOMPARE(r.code, 1);
        QVERIFY2(contains(r.out, "local: TAMPERED: event 3 (") &&
                     contains(r.out, "a row between event 1 and it was removed"),
                 r.out.c_str());
    }

    void errorsLeaveTheFileAlone() {
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        auto r = runCli({"verify", "--db", missing.toStdString()});
        QCOMPARE(r.code, 4);
        QVERIFY(!QFile::exists(missing));
        r = runCli({"verify", "--db", m_path.toStdString(), "--workspace", "nope"});
        QCOMPARE(r.code, 3);
        QVERIFY2(contains(r.err, "nope"), r.err.c_str());
        r = runCli({"verify", "--db", m_path.toStdString(), "--bogus"});
        QCOMPARE(r.code, 2);
        const QString old = m_dir.filePath(QStringLiteral("v4.db"));
        {
            auto db = sql::Database::open(old.toStdString(), sql::Database::Create::IfMissing);
            QVERIFY(db && store::createSchema(*db, 4));
        }
        r = runCli({"verify", "--db", old.toStdString()});
        QCOMPARE(r.code, 4);
        QVERIFY2(contains(r.err, "schema version 4"), r.err.c_str());
        auto reopened = sql::Database::open(old.toStdString(), sql::Database::Create::Never);
        QVERIFY(reopened);
        QCOMPARE(reopened->queryInt("PRAGMA user_version").value_or(-1), std::int64_t{4});
        QCOMPARE(reopened->queryInt("SELECT count(*) FROM workspaces").value_or(-1),
                 std::int64_t{0});
    }

    void helpListsVerify() {
        const auto r = runCli({"--help"});
        QVERIFY2(contains(r.out, "verify [--workspace NAME] [--json]"), r.out.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
