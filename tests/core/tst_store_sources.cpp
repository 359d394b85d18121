// The metric sources configured per workspace (core/store/Store.h, schema v3) on real files:
// add, list, update, rename, remove, the errors each can give (and that an error stores nothing),
// per-workspace isolation, the history events and their details, one transaction per change,
// the migration of a version-2 file and the refusal of a newer file.
#include "model/EvaluationJson.h"
#include "model/SnapshotJson.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "support/CorePrinters.h"
#include "support/TempDatabases.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace headroom;

namespace QTest {
template <>
inline char* toString(const std::vector<std::string>& rows) {
    std::string out = "[";
    for (const auto& row : rows) {
        out += (out.size() > 1 ? ", \"" : "\"") + row + "\"";
    }
    return qstrdup((out + "]").c_str());
}
} // namespace QTest

namespace {

constexpr std::int64_t kT0 = 1'764'000'000; // 2025-11-24T16:00:00Z

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

constexpr std::string_view kNodeConfig =
    R"({"kind": "exposition", "url": "http://127.0.0.1:9100/metrics", "interval_s": 5})";
constexpr std::string_view kPromConfig =
    R"({"kind":"prometheus","url":"http://127.0.0.1:9090","mapping":"node_exporter"})";

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

// Every row of a query, each as its columns' text joined by '|' (NULL as "∅").
std::vector<std::string> rawRows(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    std::vector<std::string> rows;
    if (sqlite3_open(path.toStdString().c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return {"cannot open"};
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        rows.push_back(std::string("error: ") + sqlite3_errmsg(db));
    }
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            row += (c ? "|" : "") + (text ? std::string(text) : std::string("∅"));
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

std::int64_t rawInt(const QString& path, const std::string& sql) {
    const auto rows = rawRows(path, sql);
    return rows.size() == 1 && !rows.front().starts_with("error") ? std::stoll(rows.front()) : -1;
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

// One line per source, so that QCOMPARE shows what differs.
std::string describe(const StoredSource& s) {
    return "#" + std::to_string(s.id) + " ws" + std::to_string(s.workspaceId) + " " + s.name + " " +
           s.configJson + (s.enabled ? " on" : " off") + " created " +
           std::to_string(s.createdAt.time_since_epoch().count()) + " updated " +
           std::to_string(s.updatedAt.time_since_epoch().count());
}

std::vector<std::string> describe(const Result<std::vector<StoredSource>>& sources) {
    if (!sources) {
        return {"error: " + sources.error().message};
    }
    std::vector<std::string> out;
    for (const auto& s : *sources) {
        out.push_back(describe(s));
    }
    return out;
}

std::vector<std::string> names(const Result<std::vector<StoredSource>>& sources) {
    std::vector<std::string> out;
    if (sources) {
        for (const auto& s : *sources) {
            out.push_back(s.name);
        }
    }
    return out;
}

nlohmann::json json(std::string_view text) {
    return nlohmann::json::parse(text, nullptr, false);
}

SaveSourceRequest add(RowId ws, std::string name, std::string_view config, std::int64_t at,
                      bool enabled = true) {
    SaveSourceRequest r;
    r.workspaceId = ws;
    r.name = std::move(name);
    r.configJson = std::string(config);
    r.enabled = enabled;
    r.at = t(at);
    return r;
}

SaveSourceRequest edit(RowId ws, std::string previous, std::string name, std::string_view config,
                       std::int64_t at, bool enabled = true) {
    SaveSourceRequest r = add(ws, std::move(name), config, at, enabled);
    r.previousName = std::move(previous);
    return r;
}

const std::vector<EventKind> kSourceEvents{EventKind::SourceAdded, EventKind::SourceChanged,
                                           EventKind::SourceRemoved};

} // namespace

class TestStoreSources : public QObject {
    Q_OBJECT

    test::TempDatabases m_files{QStringLiteral("src")};

    QString freshPath() { return m_files.freshPath(); }
    std::unique_ptr<Store> openStore(const QString& path) { return m_files.open(path); }

    RowId makeWorkspace(Store& store, const std::string& name = "local") {
        Workspace w;
        w.name = name;
        w.title = "This computer";
        w.createdAt = t(kT0 - 3600);
        auto created = store.createWorkspace(w);
        if (!created) {
            qWarning("%s", created.error().message.c_str());
            return 0;
        }
        return created->id;
    }

    // Source events of the workspace, oldest first.
    std::vector<Event> sourceEvents(Store& store, RowId ws) {
        HistoryFilter filter;
        filter.kinds = kSourceEvents;
        auto events = store.events(ws, filter);
        if (!events) {
            qWarning("%s", events.error().message.c_str());
            return {};
        }
        return {events->rbegin(), events->rend()};
    }

private slots:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void addListsByNameAndSurvivesReopen() {
        const QString path = freshPath();
        RowId ws = 0;
        std::vector<std::string> stored;
        {
            auto store = openStore(path);
            QVERIFY(store);
            ws = makeWorkspace(*store);
            QVERIFY(ws > 0);
            QVERIFY(store->sources(ws).value().empty());
            // Inserted out of order, with mixed case: listed by name, ignoring ASCII case.
            const std::vector<std::pair<std::string, bool>> added{
                {"node", true}, {"Billing", false}, {"api", true}, {"prometheus", true}};
            std::int64_t at = kT0;
            for (const auto& [name, enabled] : added) {
                auto saved = store->saveSource(add(ws, name, kNodeConfig, at, enabled));
                QVERIFY2(saved.has_value(), saved ? "" : saved.error().message.c_str());
                QVERIFY(saved->id > 0);
                QCOMPARE(saved->workspaceId, ws);
                QCOMPARE(saved->name, name);
                QCOMPARE(saved->configJson, std::string(kNodeConfig)); // the caller's text
                QCOMPARE(saved->enabled, enabled);
                QCOMPARE(saved->createdAt, t(at));
                QCOMPARE(saved->updatedAt, t(at));
                at += 60;
            }
            const std::vector<std::string> expected{"api", "Billing", "node", "prometheus"};
            QCOMPARE(names(store->sources(ws)), expected);
            stored = describe(store->sources(ws));
            QCOMPARE(stored.size(), std::size_t{4});
            QVERIFY2(stored[1].ends_with(" off created 1764000060 updated 1764000060"),
                     stored[1].c_str());
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(describe(store->sources(ws)), stored);
    }

    void addExistingNameIsConflict() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        QVERIFY(store->saveSource(add(ws, "node", kNodeConfig, kT0)).has_value());
        const auto before = describe(store->sources(ws));
        auto again = store->saveSource(add(ws, "node", kPromConfig, kT0 + 60));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY2(again.error().message.find("'node'") != std::string::npos,
                 again.error().message.c_str());
        QCOMPARE(describe(store->sources(ws)), before);
        QCOMPARE(sourceEvents(*store, ws).size(), std::size_t{1});
    }

    void update_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QByteArray>("detail"); // the whole expected event detail

        const QByteArray node(kNodeConfig.data(), qsizetype(kNodeConfig.size()));
        const QByteArray prom(kPromConfig.data(), qsizetype(kPromConfig.size()));
        QTest::newRow("configuration")
            << "node" << prom << true
            << QByteArray(R"({"old": )" + node + R"(, "new": )" + prom + R"(, "actor": "ana"})");
        QTest::newRow("disabled") << "node" << node << false
                                  << QByteArray(R"({"old": )" + node + R"(, "new": )" + node +
                                                R"(, "actor": "ana",
                                                   "enabled": {"old": true, "new": false}})");
        QTest::newRow("renamed") << "node-exporter" << node << true
                                 << QByteArray(R"({"old": )" + node + R"(, "new": )" + node +
                                               R"(, "actor": "ana", "renamed_from": "node"})");
        QTest::newRow("renamed, reconfigured, disabled")
            << "prom" << prom << false
            << QByteArray(R"({"old": )" + node + R"(, "new": )" + prom +
                          R"(, "actor": "ana", "renamed_from": "node",
                             "enabled": {"old": true, "new": false}})");
    }

    void update() {
        QFETCH(QString, name);
        QFETCH(QByteArray, config);
        QFETCH(bool, enabled);
        QFETCH(QByteArray, detail);
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        auto original = store->saveSource(add(ws, "node", kNodeConfig, kT0));
        QVERIFY(original.has_value());
        QVERIFY(store->saveSource(add(ws, "other", kPromConfig, kT0)).has_value());

        SaveSourceRequest request =
            edit(ws, "node", name.toStdString(), config.toStdString(), kT0 + 600, enabled);
        request.actor = "ana";
        auto saved = store->saveSource(request);
        QVERIFY2(saved.has_value(), saved ? "" : saved.error().message.c_str());
        QCOMPARE(saved->id, original->id); // the same row, even when renamed
        QCOMPARE(saved->name, name.toStdString());
        QCOMPARE(saved->configJson, config.toStdString());
        QCOMPARE(saved->enabled, enabled);
        QCOMPARE(saved->createdAt, t(kT0));
        QCOMPARE(saved->updatedAt, t(kT0 + 600));

        auto listed = store->sources(ws);
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), std::size_t{2});
        auto it = std::ranges::find(*listed, original->id, &StoredSource::id);
        QVERIFY(it != listed->end());
        QCOMPARE(describe(*it), describe(*saved));
        QCOMPARE(std::ranges::count(*listed, std::string("node"), &StoredSource::name),
                 std::ptrdiff_t{name == "node" ? 1 : 0});

        const auto events = sourceEvents(*store, ws);
        QCOMPARE(events.size(), std::size_t{3});
        const Event& changed = events.back();
        QCOMPARE(changed.kind, EventKind::SourceChanged);
        QCOMPARE(changed.subject, name.toStdString()); // the new name
        QCOMPARE(changed.at, t(kT0 + 600));
        const auto expected = json(detail.toStdString());
        QVERIFY(!expected.is_discarded());
        QVERIFY2(json(changed.detailJson) == expected,
                 (changed.detailJson + "\n expected " + expected.dump()).c_str());
    }

    void savingUnchangedWritesNothing() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        QVERIFY(store->saveSource(add(ws, "prom", kPromConfig, kT0)).has_value());
        const auto before = describe(store->sources(ws));
        // The same values with other spacing and key order: not a change.
        auto saved = store->saveSource(edit(
            ws, "prom", "prom",
            R"({ "mapping" : "node_exporter", "url" : "http://127.0.0.1:9090", "kind" : "prometheus" })",
            kT0 + 600));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->updatedAt, t(kT0));
        QCOMPARE(describe(store->sources(ws)), before);
        QCOMPARE(sourceEvents(*store, ws).size(), std::size_t{1});
        // A real change after it is recorded.
        QVERIFY(
            store->saveSource(edit(ws, "prom", "prom", kPromConfig, kT0 + 700, false)).has_value());
        QCOMPARE(sourceEvents(*store, ws).size(), std::size_t{2});
    }

    void renameOntoExistingNameIsConflict() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        QVERIFY(store->saveSource(add(ws, "a", kNodeConfig, kT0)).has_value());
        QVERIFY(store->saveSource(add(ws, "b", kPromConfig, kT0)).has_value());
        const auto before = describe(store->sources(ws));
        auto renamed = store->saveSource(edit(ws, "a", "b", R"({"changed": true})", kT0 + 60));
        QVERIFY(!renamed);
        QCOMPARE(renamed.error().code, ErrorCode::Conflict);
        QVERIFY2(renamed.error().message.find("'a'") != std::string::npos &&
                     renamed.error().message.find("'b'") != std::string::npos,
                 renamed.error().message.c_str());
        QCOMPARE(describe(store->sources(ws)), before);
        QCOMPARE(sourceEvents(*store, ws).size(), std::size_t{2});
    }

    void updateUnknownIsNotFound() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        QVERIFY(store->saveSource(add(ws, "a", kNodeConfig, kT0)).has_value());
        const auto before = describe(store->sources(ws));
        // Editing a source that is gone must not quietly add it again.
        auto saved = store->saveSource(edit(ws, "ghost", "ghost", kPromConfig, kT0 + 60));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::NotFound);
        QVERIFY2(saved.error().message.find("'ghost'") != std::string::npos,
                 saved.error().message.c_str());
        QCOMPARE(describe(store->sources(ws)), before);
        QCOMPARE(sourceEvents(*store, ws).size(), std::size_t{1});
    }

    void remove() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        QVERIFY(store->saveSource(add(ws, "node", kNodeConfig, kT0, false)).has_value());
        QVERIFY(store->saveSource(add(ws, "prom", kPromConfig, kT0)).has_value());
        const auto prom = describe(store->sources(ws)).back();

        QVERIFY(store->removeSource(ws, "node", t(kT0 + 300), "ana").has_value());
        QCOMPARE(describe(store->sources(ws)), std::vector<std::string>{prom});
        auto events = sourceEvents(*store, ws);
        QCOMPARE(events.size(), std::size_t{3});
        QCOMPARE(events.back().kind, EventKind::SourceRemoved);
        QCOMPARE(events.back().subject, std::string("node"));
        QCOMPARE(events.back().at, t(kT0 + 300));
        const nlohmann::json expected{
            {"config", json(kNodeConfig)}, {"enabled", false}, {"actor", "ana"}};
        QVERIFY2(json(events.back().detailJson) == expected, events.back().detailJson.c_str());

        for (const char* name : {"node", "ghost", ""}) {
            auto again = store->removeSource(ws, name, t(kT0 + 400));
            QVERIFY(!again);
            QCOMPARE(again.error().code, ErrorCode::NotFound);
            QVERIFY2(again.error().message.find(std::string("'") + name + "'") != std::string::npos,
                     again.error().message.c_str());
        }
        QCOMPARE(describe(store->sources(ws)), std::vector<std::string>{prom});
        QCOMPARE(sourceEvents(*store, ws).size(), std::size_t{3});
        // The name is free again.
        QVERIFY(store->saveSource(add(ws, "node", kNodeConfig, kT0 + 500)).has_value());
    }

    void invalidRequestStoresNothing_data() {
        QTest::addColumn<QString>("previousName"); // null: an add
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("mentions"); // what the message must name

        const QString adding; // null
        const QByteArray ok = R"({"kind": "json"})";
        QTest::newRow("not JSON") << adding << "x" << QByteArray("kind=json") << "not valid JSON";
        QTest::newRow("truncated")
            << adding << "x" << QByteArray("{\"kind\": \"js") << "not valid JSON";
        QTest::newRow("trailing text")
            << adding << "x" << QByteArray(R"({"a": 1} {"b": 2})") << "not valid JSON";
        QTest::newRow("empty text") << adding << "x" << QByteArray() << "not valid JSON";
        QTest::newRow("NaN") << adding << "x" << QByteArray(R"({"a": NaN})") << "not valid JSON";
        QTest::newRow("invalid UTF-8")
            << adding << "x" << QByteArray("{\"a\": \"\xff\xfe\"}") << "not valid JSON";
        QTest::newRow("array") << adding << "x" << QByteArray(R"([{"kind": "json"}])") << "array";
        QTest::newRow("string") << adding << "x" << QByteArray(R"("{}")") << "string";
        QTest::newRow("number") << adding << "x" << QByteArray("42") << "number";
        QTest::newRow("null") << adding << "x" << QByteArray("null") << "null";
        QTest::newRow("empty name") << adding << "" << ok << "name is empty";
        QTest::newRow("edit: not JSON") << "existing"
                                        << "existing" << QByteArray("{") << "JSON";
        QTest::newRow("edit: array") << "existing"
                                     << "existing" << QByteArray("[]") << "array";
        QTest::newRow("edit: renamed to empty") << "existing"
                                                << "" << ok << "name is empty";
    }

    void invalidRequestStoresNothing() {
        QFETCH(QString, previousName);
        QFETCH(QString, name);
        QFETCH(QByteArray, config);
        QFETCH(QString, mentions);
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        QVERIFY(store->saveSource(add(ws, "existing", kNodeConfig, kT0)).has_value());
        const auto before = describe(store->sources(ws));

        SaveSourceRequest request = add(ws, name.toStdString(), config.toStdString(), kT0 + 60);
        if (!previousName.isNull()) {
            request.previousName = previousName.toStdString();
        }
        auto saved = store->saveSource(request);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(saved.error().message).contains(mentions),
                 saved.error().message.c_str());
        QCOMPARE(describe(store->sources(ws)), before);
        QCOMPARE(sourceEvents(*store, ws).size(), std::size_t{1});
    }

    void unknownWorkspaceIsNotFound() {
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        auto saved = store->saveSource(add(ws + 100, "node", kNodeConfig, kT0));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::NotFound);
        QCOMPARE(store->sources(ws + 100).value().size(), std::size_t{0});
        QCOMPARE(store->removeSource(ws + 100, "node", t(kT0)).error().code, ErrorCode::NotFound);
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sources"), std::int64_t{0});
    }

    void workspacesAreIsolated() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId a = makeWorkspace(*store, "a");
        const RowId b = makeWorkspace(*store, "b");
        QVERIFY(a > 0 && b > 0 && a != b);
        // The same name in two workspaces is two sources.
        auto inA = store->saveSource(add(a, "prom", kPromConfig, kT0));
        auto inB = store->saveSource(add(b, "prom", kNodeConfig, kT0 + 1));
        QVERIFY(inA && inB);
        QVERIFY(inA->id != inB->id);
        const auto bBefore = describe(store->sources(b));
        QCOMPARE(bBefore, std::vector<std::string>{describe(*inB)});

        // Changing, renaming and removing in one workspace leaves the other alone.
        QVERIFY(store->saveSource(edit(a, "prom", "prom", R"({"kind": "json"})", kT0 + 60))
                    .has_value());
        QVERIFY(store->saveSource(edit(a, "prom", "renamed", R"({"kind": "json"})", kT0 + 120))
                    .has_value());
        QCOMPARE(describe(store->sources(b)), bBefore);
        QCOMPARE(store->saveSource(edit(b, "renamed", "x", kNodeConfig, kT0 + 180)).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(store->removeSource(b, "renamed", t(kT0 + 180)).error().code, ErrorCode::NotFound);
        QVERIFY(store->removeSource(b, "prom", t(kT0 + 240)).has_value());
        QCOMPARE(names(store->sources(a)), std::vector<std::string>{"renamed"});
        QCOMPARE(store->sources(b).value().size(), std::size_t{0});

        // Each workspace's history has its own events only.
        std::vector<std::pair<EventKind, std::string>> historyA;
        for (const auto& e : sourceEvents(*store, a)) {
            historyA.emplace_back(e.kind, e.subject);
        }
        const std::vector<std::pair<EventKind, std::string>> expectedA{
            {EventKind::SourceAdded, "prom"},
            {EventKind::SourceChanged, "prom"},
            {EventKind::SourceChanged, "renamed"}};
        QVERIFY(historyA == expectedA);
        const auto historyB = sourceEvents(*store, b);
        QCOMPARE(historyB.size(), std::size_t{2});
        QCOMPARE(historyB[0].kind, EventKind::SourceAdded);
        QCOMPARE(historyB[1].kind, EventKind::SourceRemoved);
        QVERIFY(json(historyB[1].detailJson)["config"] == json(kNodeConfig));
    }

    void addedEventCarriesTheConfiguration() {
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        SaveSourceRequest request = add(ws, "prom", kPromConfig, kT0 + 5, false);
        request.actor = "ops";
        QVERIFY(store->saveSource(request).has_value());
        const auto events = sourceEvents(*store, ws);
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].kind, EventKind::SourceAdded);
        QCOMPARE(events[0].subject, std::string("prom"));
        QCOMPARE(events[0].at, t(kT0 + 5));
        const nlohmann::json expected{
            {"config", json(kPromConfig)}, {"enabled", false}, {"actor", "ops"}};
        QVERIFY2(json(events[0].detailJson) == expected, events[0].detailJson.c_str());
        // The event's key in the database is the one the history view filters on.
        QCOMPARE(rawRows(path, "SELECT kind FROM events WHERE subject = 'prom'"),
                 std::vector<std::string>{"source_added"});
    }

    // The row and its event are one transaction: when the event cannot be written, the source
    // change is rolled back too.
    void failedEventRollsBackTheChange_data() {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("eventKind");
        QTest::newRow("add") << "add"
                             << "source_added";
        QTest::newRow("update") << "update"
                                << "source_changed";
        QTest::newRow("rename") << "rename"
                                << "source_changed";
        QTest::newRow("remove") << "remove"
                                << "source_removed";
    }

    void failedEventRollsBackTheChange() {
        QFETCH(QString, operation);
        QFETCH(QString, eventKind);
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        QVERIFY(store->saveSource(add(ws, "node", kNodeConfig, kT0)).has_value());
        const auto before = describe(store->sources(ws));
        QCOMPARE(rawExec(path, "CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.kind = '" +
                                   eventKind.toStdString() +
                                   "' BEGIN SELECT RAISE(ABORT, 'refused by test'); END;"),
                 std::string());

        auto change = [&]() -> Result<void> {
            Result<StoredSource> saved = fail(ErrorCode::InvalidArgument, "no operation");
            if (operation == "add") {
                saved = store->saveSource(add(ws, "prom", kPromConfig, kT0 + 60));
            } else if (operation == "update") {
                saved = store->saveSource(edit(ws, "node", "node", kPromConfig, kT0 + 60, false));
            } else if (operation == "rename") {
                saved = store->saveSource(edit(ws, "node", "node2", kNodeConfig, kT0 + 60));
            } else {
                return store->removeSource(ws, "node", t(kT0 + 60));
            }
            if (!saved) {
                return std::unexpected(saved.error());
            }
            return {};
        };
        auto result = change();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::StorageError);
        QVERIFY2(result.error().message.find("refused by test") != std::string::npos,
                 result.error().message.c_str());
        QCOMPARE(describe(store->sources(ws)), before);
        QCOMPARE(sourceEvents(*store, ws).size(), std::size_t{1});

        // Once the event can be written, the same change goes through.
        QCOMPARE(rawExec(path, "DROP TRIGGER refuse"), std::string());
        auto retried = change();
        QVERIFY2(retried.has_value(), retried ? "" : retried.error().message.c_str());
        QVERIFY(describe(store->sources(ws)) != before);
        QCOMPARE(sourceEvents(*store, ws).size(), std::size_t{2});
    }

    void migratesFromVersion2() {
        const QString path = freshPath();
        const QString freshFile = freshPath();
        // A version-2 file built from the steps that shipped, then filled as version 2 did.
        {
            auto db = sql::Database::open(path.toStdString(), sql::Database::Create::IfMissing);
            QVERIFY(db.has_value());
            auto created = headroom::store::createSchema(*db, 2);
            QVERIFY2(created.has_value(), created ? "" : created.error().message.c_str());
        }
        QCOMPARE(rawInt(path, "PRAGMA user_version"), std::int64_t{2});
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'sources'"),
                 std::int64_t{0});
        const Snapshot snap = [] {
            Snapshot s(t(kT0));
            (void)s.set(MetricId::CpuUtilization, {0.61, t(kT0), "test"});
            return s;
        }();
        Evaluation ev;
        ev.capacity.tierId = "growth";
        ev.capacity.overall = Status::Warning;
        const std::string rows =
            "INSERT INTO workspaces VALUES(1, 'local', 'This computer', 'live', 'lab', " +
            std::to_string(kT0 - 3600) +
            ");"
            "INSERT INTO workspaces VALUES(2, 'demo', 'Demo', 'demo', '', " +
            std::to_string(kT0 - 3600) +
            ");"
            "INSERT INTO snapshots(id, workspace_id, taken_at, snapshot_json, evaluation_json, "
            "tier_id, overall_status, health_overall, mode_action) VALUES(1, 1, " +
            std::to_string(kT0) + ", " + sqlText(snapshotToJsonText(snap)) + ", " +
            sqlText(evaluationToJsonText(ev)) +
            ", 'growth', 'warning', NULL, 'hold');"
            "INSERT INTO snapshot_metrics VALUES(1, 'cpu_utilization', 0.61);"
            "INSERT INTO recommendations VALUES(1, 1, 'a', 'rejected', 'warning', '[]', "
            "1764000000, 1764000000, NULL, 1);"
            "INSERT INTO decisions VALUES(1, 1, 1, 'reject', 'too early', 'founder', 1764000100, "
            "NULL, 'a');"
            "INSERT INTO events VALUES(1, 1, 1764000100, 'decision_recorded', 'a', '{}');"
            "INSERT INTO events VALUES(2, 2, 1764000200, 'workspace_created', 'demo', "
            "'{\"kind\":\"demo\"}');";
        QCOMPARE(rawExec(path, rows), std::string());
        const std::vector<std::string> tables{"workspaces",      "snapshots", "snapshot_metrics",
                                              "recommendations", "decisions", "events"};
        // The columns of version 2: later steps add some (the hash chain's in version 5).
        const auto query = [](const std::string& table) -> std::string {
            if (table == "decisions") {
                return "SELECT id, workspace_id, recommendation_id, verdict, reason, actor, "
                       "decided_at, revisit_at, recommendation_type FROM decisions ORDER BY 1, 2";
            }
            if (table == "events") {
                return "SELECT id, workspace_id, at, kind, subject, detail_json FROM events "
                       "ORDER BY 1, 2";
            }
            return "SELECT * FROM " + table + " ORDER BY 1, 2";
        };
        std::vector<std::vector<std::string>> before;
        for (const auto& table : tables) {
            before.push_back(rawRows(path, query(table)));
            QVERIFY2(!before.back().empty(), table.c_str());
        }

        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion().value_or(-1), Store::latestSchemaVersion());
        for (std::size_t i = 0; i < tables.size(); ++i) {
            QCOMPARE(rawRows(path, query(tables[i])), before[i]);
        }
        // The migrated file has exactly the schema of a new one.
        QVERIFY(openStore(freshFile));
        const std::string schema =
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        QCOMPARE(rawRows(path, schema), rawRows(freshFile, schema));
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sources"), std::int64_t{0});
        // Old data still reads through the store; the old workspaces take sources.
        auto latest = store->latestSnapshot(1);
        QVERIFY(latest && *latest);
        QVERIFY((*latest)->snapshot == snap);
        QCOMPARE(store->decisions(1, {}).value().size(), std::size_t{1});
        QVERIFY(store->saveSource(add(1, "node", kNodeConfig, kT0 + 60)).has_value());
        QVERIFY(store->saveSource(add(2, "node", kNodeConfig, kT0 + 60)).has_value());
        QCOMPARE(names(store->sources(1)), std::vector<std::string>{"node"});
        // The new table's constraints hold on the migrated file.
        const std::string insert = "PRAGMA foreign_keys = ON; INSERT INTO sources(workspace_id, "
                                   "name, config_json, created_at, updated_at) VALUES";
        QVERIFY(rawExec(path, insert + "(1, 'bad', 'not json', 0, 0)").find("CHECK") !=
                std::string::npos);
        QVERIFY(rawExec(path, insert + "(1, 'node', '{}', 0, 0)").find("UNIQUE") !=
                std::string::npos);
        QVERIFY(rawExec(path, insert + "(99, 'x', '{}', 0, 0)").find("FOREIGN KEY") !=
                std::string::npos);
        QCOMPARE(rawInt(path, "SELECT enabled FROM sources WHERE workspace_id = 1"),
                 std::int64_t{1});
        // A migrated file opens again without migrating.
        store.reset();
        QVERIFY(openStore(path));
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sources"), std::int64_t{2});
    }

    void refusesNewerVersionUntouched() {
        const QString path = freshPath();
        {
            auto store = openStore(path);
            QVERIFY(store);
            const RowId ws = makeWorkspace(*store);
            QVERIFY(store->saveSource(add(ws, "node", kNodeConfig, kT0)).has_value());
        }
        const int newer = Store::latestSchemaVersion() + 1;
        QCOMPARE(rawExec(path, "PRAGMA user_version = " + std::to_string(newer)), std::string());
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        auto result = Store::open(path.toStdString());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::StorageError);
        const QString message = QString::fromStdString(result.error().message);
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains("newer"), qPrintable(message));
        QVERIFY2(message.contains(QString("schema version %1").arg(newer)), qPrintable(message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(rawInt(path, "PRAGMA user_version"), std::int64_t{newer});
        QCOMPARE(rawRows(path, "SELECT name FROM sources"), std::vector<std::string>{"node"});
    }
};

QTEST_GUILESS_MAIN(TestStoreSources)
#include "tst_store_sources.moc"
