// The cost ledger in the store (core/store/Store.h, schema v4) on real files: import and read
// back, re-import replacing by natural key, every refused row (and that a refusal writes
// nothing), a storage failure half-way rolling back, day ranges and workspaces kept apart, the
// LedgerImported event, the migration of a version-3 file, and the bulk speed of a year.
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "support/CorePrinters.h"
#include "support/TempDatabases.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <QElapsedTimer>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t kT0 = 1'764'000'000; // 2025-11-24T16:00:00Z

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

Day day(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / m / d};
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

UsageRow usage(Day d, std::string provider, std::string client, std::int64_t in,
               std::int64_t out = 0) {
    UsageRow r;
    r.day = d;
    r.providerId = std::move(provider);
    r.tags = {std::move(client), "reports", "growth"};
    r.inputTokens = in;
    r.outputTokens = out;
    r.source = "csv:billing.csv";
    return r;
}

ServiceCostRow service(Day d, std::string name, std::string resource, double dollars) {
    ServiceCostRow r;
    r.day = d;
    r.service = std::move(name);
    r.category = ServiceCategory::Database;
    r.serviceTier = "pro";
    r.resourceType = std::move(resource);
    r.cost = MicroUsd::fromDollars(dollars);
    r.usageAmount = 12.5;
    r.usageUnit = "cpu_percentage_hours";
    r.source = "csv:supabase.csv";
    return r;
}

LedgerImportRequest request(RowId ws, std::span<const UsageRow> u,
                            std::span<const ServiceCostRow> s = {}) {
    LedgerImportRequest r;
    r.workspaceId = ws;
    r.origin = "csv:billing.csv";
    r.usage = u;
    r.serviceCosts = s;
    r.at = t(kT0);
    return r;
}

std::vector<Event> ledgerEvents(Store& store, RowId ws) {
    HistoryFilter filter;
    filter.kinds = {EventKind::LedgerImported};
    return store.events(ws, filter).value_or(std::vector<Event>{});
}

const DayRange kAllDays{day(2000, 1, 1), day(2199, 12, 31)};

} // namespace

class TestStoreLedger : public QObject {
    Q_OBJECT

    test::TempDatabases m_files{QStringLiteral("ledger")};

    QString freshPath() { return m_files.freshPath(); }
    std::unique_ptr<Store> openStore(const QString& path) { return m_files.open(path); }

    RowId makeWorkspace(Store& store, const std::string& name = "local") {
        Workspace w;
        w.name = name;
        w.title = name;
        w.createdAt = t(kT0 - 3600);
        auto created = store.createWorkspace(w);
        return created ? created->id : 0;
    }

private slots:
    void importsAndReadsBack() {
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        // Given out of order: reads come back by day, then by key.
        std::vector<UsageRow> rows{usage(day(2026, 3, 2), "openai", "acme", 1000, 200),
                                   usage(day(2026, 3, 1), "claude", "zeta", 5, 6),
                                   usage(day(2026, 3, 1), "claude", "acme", 7, 8)};
        rows[0].billed = MicroUsd{16'000}; // 1000 x $10/1M + 200 x $30/1M = $0.016
        rows[1].tags.feature = "";         // tags may be empty
        rows[2].characters = 11;
        rows[2].requests = 3;
        std::vector<ServiceCostRow> costs{service(day(2026, 3, 2), "supabase", "compute", 45.67),
                                          service(day(2026, 3, 2), "supabase", "storage", 23.45)};
        costs[1].category = ServiceCategory::Other;
        costs[1].tags = {"", "", "platform"};

        auto imported = store->importLedger(request(ws, rows, costs));
        QVERIFY2(imported.has_value(), imported ? "" : imported.error().message.c_str());
        QCOMPARE(imported->usageRows, std::size_t{3});
        QCOMPARE(imported->serviceCostRows, std::size_t{2});
        QCOMPARE(imported->newRows, std::size_t{5});
        QCOMPARE(imported->replacedRows, std::size_t{0});
        QVERIFY(imported->days == (DayRange{day(2026, 3, 1), day(2026, 3, 2)}));

        auto read = store->usageRows(ws, kAllDays);
        QVERIFY(read.has_value());
        QCOMPARE(read->size(), std::size_t{3});
        QVERIFY((*read)[0] == rows[2]); // 03-01 claude acme
        QVERIFY((*read)[1] == rows[1]); // 03-01 claude zeta
        QVERIFY((*read)[2] == rows[0]); // 03-02 openai acme, with its billed amount
        auto readCosts = store->serviceCostRows(ws, kAllDays);
        QVERIFY(readCosts.has_value());
        QCOMPARE(readCosts->size(), std::size_t{2});
        QVERIFY((*readCosts)[0] == costs[0]);
        QVERIFY((*readCosts)[1] == costs[1]);
        // Seed 004's day: 45.67 + 23.45 = 69.12, exactly, in micro-dollars.
        QCOMPARE((*readCosts)[0].cost.value + (*readCosts)[1].cost.value, std::int64_t{69'120'000});
        // Stored as integers: micro-dollars and day numbers (2026-03-02 is day 20514).
        QCOMPARE(rawRows(path, "SELECT day, cost_micro_usd FROM ledger_service_costs ORDER BY "
                               "resource_type"),
                 (std::vector<std::string>{"20514|45670000", "20514|23450000"}));

        auto span = store->ledgerSpan(ws);
        QVERIFY(span.has_value() && span->has_value());
        QVERIFY(**span == (DayRange{day(2026, 3, 1), day(2026, 3, 2)}));

        // One event, with counts and the day range but never the rows.
        const auto events = ledgerEvents(*store, ws);
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].id, imported->event.id);
        QCOMPARE(events[0].subject, std::string("csv:billing.csv"));
        QCOMPARE(events[0].at, t(kT0));
        const auto detail = nlohmann::json::parse(events[0].detailJson);
        const nlohmann::json expected{{"origin", "csv:billing.csv"}, {"usage_rows", 3},
                                      {"service_cost_rows", 2},      {"new_rows", 5},
                                      {"replaced_rows", 0},          {"from", "2026-03-01"},
                                      {"to", "2026-03-02"},          {"actor", "founder"}};
        QVERIFY2(detail == expected, events[0].detailJson.c_str());
    }

    void reimportReplacesByNaturalKey() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        const std::vector<UsageRow> rows{usage(day(2026, 3, 1), "claude", "acme", 100),
                                         usage(day(2026, 3, 1), "claude", "beta", 200)};
        QVERIFY(store->importLedger(request(ws, rows)).has_value());
        // The same export again, from a renamed file: still two rows, nothing doubled.
        std::vector<UsageRow> again = rows;
        for (auto& r : again) {
            r.source = "csv:billing (1).csv";
        }
        auto second = store->importLedger(request(ws, again));
        QVERIFY(second.has_value());
        QCOMPARE(second->newRows, std::size_t{0});
        QCOMPARE(second->replacedRows, std::size_t{2});
        QCOMPARE(store->usageRows(ws, kAllDays).value().size(), std::size_t{2});

        // A corrected export: one value changed, one row added; another team is another key.
        std::vector<UsageRow> corrected{usage(day(2026, 3, 1), "claude", "acme", 150),
                                        usage(day(2026, 3, 2), "claude", "acme", 50),
                                        usage(day(2026, 3, 1), "claude", "acme", 10)};
        corrected[2].tags.team = "support";
        auto third = store->importLedger(request(ws, corrected));
        QVERIFY(third.has_value());
        QCOMPARE(third->newRows, std::size_t{2});
        QCOMPARE(third->replacedRows, std::size_t{1});
        const auto read = store->usageRows(ws, kAllDays).value();
        QCOMPARE(read.size(), std::size_t{4});
        std::int64_t total = 0;
        for (const auto& r : read) {
            total += r.inputTokens;
        }
        QCOMPARE(total, std::int64_t{150 + 200 + 10 + 50});
        QCOMPARE(ledgerEvents(*store, ws).size(), std::size_t{3});
    }

    void refusesBadRows_data() {
        QTest::addColumn<int>("kind"); // 0: usage row 2 is bad; 1: service cost row 2; 2: request
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative tokens") << 0 << "input_tokens"
                                         << "usage row 2 (2026-03-01, claude, client 'beta'): "
                                            "input_tokens must not be negative, got -5";
        QTest::newRow("absurd output") << 0 << "output_tokens"
                                       << "output_tokens is implausibly large (2000000000000000)";
        QTest::newRow("negative characters") << 0 << "characters"
                                             << "characters must not be";
        QTest::newRow("negative requests") << 0 << "requests"
                                           << "requests must not be negative";
        QTest::newRow("negative billed") << 0 << "billed"
                                         << "billed must not be negative, got -1";
        QTest::newRow("day before 2000")
            << 0 << "day"
            << "usage row 2 (1970-01-02, claude, client 'beta'): the day must be";
        QTest::newRow("empty provider") << 0 << "provider"
                                        << "the provider is empty";
        QTest::newRow("empty source") << 0 << "source"
                                      << "the source is empty";
        QTest::newRow("repeated key")
            << 0 << "repeat"
            << "usage row 2 (2026-03-01, claude, client 'acme'): repeats the key "
               "of row 1";
        QTest::newRow("negative cost")
            << 1 << "cost"
            << "service cost row 2 (2026-03-01, vercel bandwidth, client ''): cost must not be "
               "negative";
        QTest::newRow("absurd cost") << 1 << "cost_huge"
                                     << "cost is implausibly large";
        QTest::newRow("usage amount nan") << 1 << "usage_amount"
                                          << "usage_amount must be a finite";
        QTest::newRow("empty service") << 1 << "service"
                                       << "the service is empty";
        QTest::newRow("bad category") << 1 << "category"
                                      << "the category is not one of";
        QTest::newRow("day after 2199") << 1 << "day"
                                        << "the day must be between 2000-01-01";
        QTest::newRow("repeated service key") << 1 << "repeat"
                                              << "repeats the key of row 1";
        QTest::newRow("nothing to import") << 2 << "empty"
                                           << "there are no rows to import";
        QTest::newRow("no origin") << 2 << "origin"
                                   << "the origin is empty";
    }

    void refusesBadRows() {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        std::vector<UsageRow> rows{usage(day(2026, 3, 1), "claude", "acme", 1),
                                   usage(day(2026, 3, 1), "claude", "beta", 2)};
        std::vector<ServiceCostRow> costs{service(day(2026, 3, 1), "vercel", "compute", 1),
                                          service(day(2026, 3, 1), "vercel", "bandwidth", 2)};
        UsageRow& u = rows[1];
        ServiceCostRow& s = costs[1];
        const std::string f = field.toStdString();
        if (kind == 0) {
            if (f == "input_tokens") {
                u.inputTokens = -5;
            } else if (f == "output_tokens") {
                u.outputTokens = 2'000'000'000'000'000;
            } else if (f == "characters") {
                u.characters = -1;
            } else if (f == "requests") {
                u.requests = -1;
            } else if (f == "billed") {
                u.billed = MicroUsd::fromDollars(-1);
            } else if (f == "day") {
                u.day = Day{std::chrono::days{1}};
            } else if (f == "provider") {
                u.providerId.clear();
            } else if (f == "source") {
                u.source.clear();
            } else if (f == "repeat") {
                u.tags.client = "acme";
            }
        } else if (kind == 1) {
            if (f == "cost") {
                s.cost = MicroUsd{-1};
            } else if (f == "cost_huge") {
                s.cost = MicroUsd::fromDollars(2e9);
            } else if (f == "usage_amount") {
                s.usageAmount = std::numeric_limits<double>::quiet_NaN();
            } else if (f == "service") {
                s.service.clear();
            } else if (f == "category") {
                s.category = static_cast<ServiceCategory>(42);
            } else if (f == "day") {
                s.day = day(2200, 1, 1);
            } else if (f == "repeat") {
                s.resourceType = "compute";
            }
        }
        auto req = request(ws, rows, costs);
        if (kind == 2 && f == "empty") {
            req.usage = {};
            req.serviceCosts = {};
        } else if (kind == 2 && f == "origin") {
            req.origin.clear();
        }
        auto result = store->importLedger(req);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().message.find(message.toStdString()) != std::string::npos,
                 result.error().message.c_str());
        if (kind != 2 || f != "origin") {
            QVERIFY2(result.error().message.starts_with("ledger import from csv:billing.csv: "),
                     result.error().message.c_str());
        }
        // Nothing written, not even the good rows before the bad one.
        QCOMPARE(rawInt(path, "SELECT count(*) FROM ledger_usage"), std::int64_t{0});
        QCOMPARE(rawInt(path, "SELECT count(*) FROM ledger_service_costs"), std::int64_t{0});
        QVERIFY(ledgerEvents(*store, ws).empty());
    }

    void unknownWorkspaceIsNotFound() {
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        const std::vector<UsageRow> rows{usage(day(2026, 3, 1), "claude", "acme", 1)};
        auto result = store->importLedger(request(42, rows));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        QCOMPARE(rawInt(path, "SELECT count(*) FROM ledger_usage"), std::int64_t{0});
    }

    // A failure while writing (here a trigger refusing the third row) rolls everything back.
    void storageFailureWritesNothing() {
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        QCOMPARE(rawExec(path, "CREATE TRIGGER refuse BEFORE INSERT ON ledger_usage WHEN "
                               "NEW.client = 'gamma' BEGIN SELECT RAISE(ABORT, 'refused by "
                               "test'); END"),
                 std::string());
        const std::vector<UsageRow> rows{usage(day(2026, 3, 1), "claude", "acme", 1),
                                         usage(day(2026, 3, 1), "claude", "beta", 2),
                                         usage(day(2026, 3, 1), "claude", "gamma", 3)};
        const std::vector<ServiceCostRow> costs{service(day(2026, 3, 1), "vercel", "compute", 1)};
        auto result = store->importLedger(request(ws, rows, costs));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::StorageError);
        QVERIFY2(result.error().message.find("refused by test") != std::string::npos,
                 result.error().message.c_str());
        QCOMPARE(rawInt(path, "SELECT count(*) FROM ledger_usage"), std::int64_t{0});
        QCOMPARE(rawInt(path, "SELECT count(*) FROM ledger_service_costs"), std::int64_t{0});
        QVERIFY(ledgerEvents(*store, ws).empty());
        // Inside an outer transaction (the demo's), the failure leaves the outer one usable.
        auto outer = store->transaction([&]() -> Result<void> {
            if (store->importLedger(request(ws, rows))) {
                return fail(ErrorCode::Conflict, "the refused row was written");
            }
            auto ok = store->importLedger(request(ws, std::span(rows).first(2)));
            return ok ? Result<void>{} : std::unexpected(ok.error());
        });
        QVERIFY(outer.has_value());
        QCOMPARE(rawInt(path, "SELECT count(*) FROM ledger_usage"), std::int64_t{2});
    }

    void rangesAndWorkspacesStayApart() {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const RowId a = makeWorkspace(*store, "a");
        const RowId b = makeWorkspace(*store, "b");
        QCOMPARE(store->ledgerSpan(a).value(), std::optional<DayRange>{});
        std::vector<UsageRow> rows;
        for (unsigned d = 1; d <= 10; ++d) {
            rows.push_back(usage(day(2026, 4, d), "gemini", "acme", d));
        }
        const std::vector<ServiceCostRow> costs{service(day(2026, 3, 30), "twilio", "sms", 1.5)};
        QVERIFY(store->importLedger(request(a, rows, costs)).has_value());
        QVERIFY(store->importLedger(request(b, std::span(rows).first(1))).has_value());

        const auto some = store->usageRows(a, {day(2026, 4, 3), day(2026, 4, 5)}).value();
        QCOMPARE(some.size(), std::size_t{3});
        QCOMPARE(some.front().inputTokens, std::int64_t{3});
        QCOMPARE(some.back().inputTokens, std::int64_t{5});
        QVERIFY(store->serviceCostRows(a, {day(2026, 4, 1), day(2026, 4, 30)}).value().empty());
        QCOMPARE(store->serviceCostRows(a, {day(2026, 3, 30), day(2026, 3, 30)}).value().size(),
                 std::size_t{1});
        // The span covers both tables; the other workspace sees only its own row.
        QVERIFY(store->ledgerSpan(a).value() ==
                (std::optional<DayRange>{DayRange{day(2026, 3, 30), day(2026, 4, 10)}}));
        QVERIFY(store->ledgerSpan(b).value() ==
                (std::optional<DayRange>{DayRange{day(2026, 4, 1), day(2026, 4, 1)}}));
        QCOMPARE(store->usageRows(b, kAllDays).value().size(), std::size_t{1});
        QCOMPARE(ledgerEvents(*store, b).size(), std::size_t{1});
    }

    void migratesFromVersion3() {
        const QString path = freshPath();
        const QString freshFile = freshPath();
        {
            auto db = sql::Database::open(path.toStdString(), sql::Database::Create::IfMissing);
            QVERIFY(db.has_value());
            auto created = headroom::store::createSchema(*db, 3);
            QVERIFY2(created.has_value(), created ? "" : created.error().message.c_str());
        }
        QCOMPARE(rawInt(path, "PRAGMA user_version"), std::int64_t{3});
        const std::string rows =
            "INSERT INTO workspaces VALUES(1, 'local', 'This computer', 'live', 'lab', " +
            std::to_string(kT0) +
            ");"
            "INSERT INTO events VALUES(1, 1, " +
            std::to_string(kT0) +
            ", 'workspace_created', 'local', '{\"kind\":\"live\"}');"
            "INSERT INTO sources(workspace_id, name, config_json, enabled, created_at, "
            "updated_at) VALUES(1, 'node', '{\"kind\":\"exposition\"}', 1, 0, 0);";
        QCOMPARE(rawExec(path, rows), std::string());
        // The columns of version 3 (later steps add columns, e.g. the events' hash chain in 5).
        const std::vector<std::string> tables{
            "SELECT * FROM workspaces ORDER BY 1",
            "SELECT id, workspace_id, at, kind, subject, detail_json FROM events ORDER BY 1",
            "SELECT * FROM sources ORDER BY 1"};
        std::vector<std::vector<std::string>> before;
        for (const auto& query : tables) {
            before.push_back(rawRows(path, query));
        }

        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion().value_or(-1), 9);
        QCOMPARE(Store::latestSchemaVersion(), 9);
        for (std::size_t i = 0; i < tables.size(); ++i) {
            QCOMPARE(rawRows(path, tables[i]), before[i]);
        }
        QVERIFY(openStore(freshFile));
        const std::string schema =
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        QCOMPARE(rawRows(path, schema), rawRows(freshFile, schema));
        // The old workspace takes ledger rows, and the new tables' constraints hold.
        const std::vector<UsageRow> usageRows{usage(day(2026, 3, 1), "claude", "acme", 1)};
        QVERIFY(store->importLedger(request(1, usageRows)).has_value());
        const std::string insert = "PRAGMA foreign_keys = ON; INSERT INTO ledger_usage VALUES";
        QVERIFY(rawExec(path, insert + "(1, 20513, 'claude', 'acme', 'reports', 'growth', 1, 0, "
                                       "0, 0, NULL, 'x')")
                    .find("UNIQUE") != std::string::npos);
        QVERIFY(rawExec(path, insert + "(1, 20513, 'claude', 'b', '', '', -1, 0, 0, 0, NULL, "
                                       "'x')")
                    .find("CHECK") != std::string::npos);
        QVERIFY(rawExec(path, insert + "(9, 20513, 'claude', 'b', '', '', 1, 0, 0, 0, NULL, 'x')")
                    .find("FOREIGN KEY") != std::string::npos);
        store.reset();
        auto reopened = openStore(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->usageRows(1, kAllDays).value().size(), std::size_t{1});
    }

    // A year of 5 providers x N clients. N is 50 here (91 250 rows, so the suite stays quick);
    // HEADROOM_LEDGER_CLIENTS=500 gives the 912 500 rows. Timings are printed, not
    // asserted: the machine is shared.
    void bulkYear() {
        const int clients = qEnvironmentVariableIsSet("HEADROOM_LEDGER_CLIENTS")
                                ? qEnvironmentVariableIntValue("HEADROOM_LEDGER_CLIENTS")
                                : 50;
        const char* providers[] = {"claude", "gemini", "openai", "elevenlabs", "perplexity"};
        const Day first = day(2025, 1, 1);
        std::vector<UsageRow> rows;
        rows.reserve(static_cast<std::size_t>(365 * 5 * clients));
        std::int64_t expectedTokens = 0;
        for (int d = 0; d < 365; ++d) {
            for (const char* provider : providers) {
                for (int c = 0; c < clients; ++c) {
                    UsageRow r;
                    r.day = first + std::chrono::days{d};
                    r.providerId = provider;
                    r.tags = {"client-" + std::to_string(c), "reports", "core"};
                    r.inputTokens = 1000 + d + c;
                    r.outputTokens = 100;
                    r.source = "bench";
                    expectedTokens += r.inputTokens;
                    rows.push_back(std::move(r));
                }
            }
        }
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        const RowId ws = makeWorkspace(*store);
        QElapsedTimer timer;
        timer.start();
        auto imported = store->importLedger(request(ws, rows));
        const qint64 importMs = timer.restart();
        QVERIFY2(imported.has_value(), imported ? "" : imported.error().message.c_str());
        QCOMPARE(imported->newRows, rows.size());
        auto read = store->usageRows(ws, {first, first + std::chrono::days{364}});
        const qint64 readMs = timer.elapsed();
        QVERIFY(read.has_value());
        QCOMPARE(read->size(), rows.size());
        std::int64_t tokens = 0;
        for (const auto& r : *read) {
            tokens += r.inputTokens;
        }
        QCOMPARE(tokens, expectedTokens);
        qInfo("ledger: %zu rows imported in %lld ms, read back in %lld ms", rows.size(),
              static_cast<long long>(importMs), static_cast<long long>(readMs));
    }
};

QTEST_GUILESS_MAIN(TestStoreLedger)
#include "tst_store_ledger.moc"
