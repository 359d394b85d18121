#include "bundle/PayloadChecks.h"

#include "model/EvaluationJson.h"
#include "model/SnapshotJson.h"
#include "model/Text.h"
#include "store/Database.h"
#include "store/HistoryChain.h"
#include "store/Schema.h"

#include <array>
#include <map>
#include <tuple>

#include <sqlite3.h>

namespace headroom {

namespace {

using store::kLatestSchemaVersion;

constexpr int kMaxValueBytes = 16 << 20;
constexpr std::int64_t kEarliest = 946684800; // 2000-01-01
constexpr std::int64_t kLatest = 7258118400;  // 2200-01-01

Error invalid(std::string message) {
    return Error{ErrorCode::ValidationError, cat("bundle payload: ", std::move(message))};
}

// SQLite noticing something (a malformed page, a value over the limit) is still a bad bundle.
Error translated(const Error& error, const JobControl& control) {
    if (control.stop.stop_requested()) {
        return Error{ErrorCode::Cancelled, "bundle import cancelled"};
    }
    if (error.code == ErrorCode::StorageError) {
        return invalid(error.message);
    }
    return error;
}

int progressHandler(void* context) {
    const auto* control = static_cast<const JobControl*>(context);
    return control->stop.stop_requested() ? 1 : 0;
}

Result<void> harden(sql::Database& db, const JobControl& control) {
    sqlite3* h = db.handle();
    int unused = 0;
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
    // TRUSTED_SCHEMA stays on: SQLite 3.40's JSON functions are not marked innocuous, and the
    // schema's own CHECK(json_valid(...)) constraints would make every statement fail. The
    // whitelist below runs first instead, before any statement reads or writes a table, so a
    // foreign trigger, view or default never runs.
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &unused);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &unused);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 1 << 20);
    sqlite3_limit(h, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, 200);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(h, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_progress_handler(h, 10000, &progressHandler, const_cast<JobControl*>(&control));
    return db.exec("PRAGMA cell_size_check = ON; "
                   "PRAGMA foreign_keys = OFF; PRAGMA mmap_size = 0",
                   "hardening the connection");
}

std::string normalised(std::string_view sql) {
    std::string out;
    bool space = false;
    for (char c : sql) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(' ');
            space = false;
        }
        out.push_back(c);
    }
    return out;
}

struct SchemaObject {
    std::string type;
    std::string table;
    std::string sql;
};

Result<std::map<std::string, SchemaObject>> schemaObjects(sql::Database& db) {
    auto stmt = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::map<std::string, SchemaObject> out;
    auto ok = stmt->forEachRow([&](const sql::Statement& s) -> Result<void> {
        out[s.columnText(1)] = {s.columnText(0), s.columnText(2), normalised(s.columnText(3))};
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

Result<void> checkSchema(sql::Database& db, int version) {
    auto ref = sql::Database::open(":memory:", sql::Database::Create::IfMissing);
    if (!ref) {
        return std::unexpected(ref.error());
    }
    if (auto ok = store::createSchema(*ref, version); !ok) {
        return ok;
    }
    auto expected = schemaObjects(*ref);
    auto actual = expected ? schemaObjects(db) : expected;
    if (!actual) {
        return std::unexpected(actual.error());
    }
    for (const auto& [name, object] : *actual) {
        if (!expected->contains(name)) {
            return std::unexpected(
                invalid(cat("unexpected schema object '", object.type, " ", name, "' (on ",
                            object.table, "); a bundle holds only Headroom's schema")));
        }
    }
    for (const auto& [name, object] : *expected) {
        const auto it = actual->find(name);
        if (it == actual->end()) {
            return std::unexpected(invalid(cat("schema object '", object.type, " ", name,
                                               "' is missing (schema version ", version, ")")));
        }
        if (it->second.type != object.type || it->second.table != object.table ||
            it->second.sql != object.sql) {
            return std::unexpected(invalid(cat("schema object '", object.type, " ", name,
                                               "' differs from schema version ", version)));
        }
    }
    return {};
}

Result<void> checkIntegrity(sql::Database& db) {
    auto stmt = db.prepare("PRAGMA integrity_check(100)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row || stmt->columnText(0) != "ok") {
        return std::unexpected(invalid(
            cat("SQLite's integrity check fails: ", *row ? stmt->columnText(0) : "no answer")));
    }
    auto fk = db.prepare("PRAGMA foreign_key_check");
    if (!fk) {
        return std::unexpected(fk.error());
    }
    auto broken = fk->step();
    if (!broken) {
        return std::unexpected(broken.error());
    }
    if (*broken) {
        return std::unexpected(
            invalid(cat("a foreign key is broken: ", fk->columnText(0), " row ", fk->columnInt(1),
                        " names a missing ", fk->columnText(2), " row")));
    }
    return {};
}

Result<bool> tableExists(sql::Database& db, std::string_view table) {
    auto stmt = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, table);
    return stmt->step();
}

Result<RowId> checkContent(sql::Database& db, const BundleManifest& manifest,
                           const JobControl& control) {
    auto count = db.queryInt("SELECT count(*) FROM workspaces");
    if (!count) {
        return std::unexpected(count.error());
    }
    if (*count != 1) {
        return std::unexpected(
            invalid(cat("it holds ", *count, " workspaces; a bundle holds exactly one")));
    }
    auto ws = db.prepare("SELECT id, name, title, kind FROM workspaces");
    if (!ws) {
        return std::unexpected(ws.error());
    }
    if (auto row = ws->step(); !row || !*row) {
        return std::unexpected(!row ? row.error() : invalid("no workspace"));
    }
    const RowId id = ws->columnInt(0);
    if (ws->columnText(1) != manifest.workspaceName ||
        ws->columnText(2) != manifest.workspaceTitle ||
        ws->columnText(3) != manifest.workspaceKind) {
        return std::unexpected(
            invalid(cat("its workspace '", ws->columnText(1), "' (", ws->columnText(3),
                        ") is not the manifest's '", manifest.workspaceName, "' (",
                        manifest.workspaceKind, ")")));
    }
    for (std::string_view table :
         {"alert_states", "notification_channels", "notification_deliveries", "bundles",
          "strain_runs", "strain_baselines"}) {
        auto exists = tableExists(db, table);
        if (!exists) {
            return std::unexpected(exists.error());
        }
        if (!*exists) {
            continue;
        }
        auto rows = db.queryInt(cat("SELECT count(*) FROM ", table));
        if (!rows) {
            return std::unexpected(rows.error());
        }
        if (*rows != 0) {
            return std::unexpected(invalid(
                cat("it holds ", *rows, " rows of ", table, ", which a bundle never carries")));
        }
    }
    struct TimeColumn {
        std::string_view table, column, what;
    };
    constexpr std::array<TimeColumn, 6> kTimes{
        {{"snapshots", "taken_at", "snapshot"},
         {"events", "at", "event"},
         {"decisions", "decided_at", "decision"},
         {"recommendations", "first_seen", "recommendation"},
         {"recommendations", "last_seen", "recommendation"},
         {"health_snapshots", "taken_at", "health snapshot"}}};
    for (const auto& t : kTimes) {
        auto exists = tableExists(db, t.table);
        if (!exists) {
            return std::unexpected(exists.error());
        }
        if (!*exists) {
            continue;
        }
        auto stmt = db.prepare(cat("SELECT id, ", t.column, " FROM ", t.table, " WHERE ", t.column,
                                   " NOT BETWEEN ?1 AND ?2 OR typeof(", t.column,
                                   ") <> 'integer' LIMIT 1"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, kEarliest).bind(2, kLatest - 1);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row) {
            return std::unexpected(
                invalid(cat(t.what, " ", stmt->columnInt(0), ": ", t.column, " '",
                            stmt->columnText(1), "' is not a time in 2000-2199")));
        }
    }
    auto total = db.queryInt("SELECT count(*) FROM snapshots");
    auto snapshots = total ? db.prepare("SELECT id, snapshot_json, evaluation_json FROM snapshots "
                                        "ORDER BY id")
                           : Result<sql::Statement>(std::unexpected(total.error()));
    if (!snapshots) {
        return std::unexpected(snapshots.error());
    }
    std::uint64_t done = 0;
    auto ok = snapshots->forEachRow([&](const sql::Statement& s) -> Result<void> {
        if (++done % 256 == 0) {
            if (control.stop.stop_requested()) {
                return fail(ErrorCode::Cancelled, "bundle import cancelled");
            }
            if (control.progress) {
                control.progress(JobProgress{"checking", done, std::uint64_t(*total)});
            }
        }
        auto snapshot = snapshotFromJsonText(s.columnText(1));
        auto evaluation = snapshot ? evaluationFromJsonText(s.columnText(2))
                                   : Result<Evaluation>(std::unexpected(snapshot.error()));
        if (!evaluation) {
            return std::unexpected(
                invalid(cat("snapshot ", s.columnInt(0), ": ", evaluation.error().message)));
        }
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return id;
}

Result<void> checkHistory(sql::Database& db, RowId ws, const BundleManifest& manifest,
                          bool compareHeads) {
    auto missing = store::missingAppendOnlyTriggers(db);
    if (!missing) {
        return std::unexpected(missing.error());
    }
    if (!missing->empty()) {
        return std::unexpected(
            invalid(cat("append-only trigger ", missing->front(), " is missing")));
    }
    for (const auto chain : {HistoryChainKind::Events, HistoryChainKind::Decisions}) {
        auto rows = store::selectChainRows(db, ws, chain);
        auto head = rows ? store::readChainHead(db, ws, chain) : Result<store::ChainHead>{};
        if (!rows || !head) {
            return std::unexpected(!rows ? rows.error() : head.error());
        }
        const HistoryChainStatus status = store::walkChain(chain, *rows, *head);
        if (status.firstBreak) {
            const HistoryBreak& b = *status.firstBreak;
            return std::unexpected(invalid(
                cat("its history is not intact: ", keyOf(chain), " chain ", keyOf(b.kind),
                    b.row ? cat(" at row ", b.row->id, " (", b.row->kind, ")") : std::string())));
        }
        const BundleChainHead& expected =
            chain == HistoryChainKind::Events ? manifest.events : manifest.decisions;
        const std::string head64 = status.checked > 0 ? status.headHash : std::string();
        if (static_cast<std::int64_t>(status.checked) != expected.count ||
            (compareHeads && head64 != expected.head)) {
            return std::unexpected(
                invalid(cat("the manifest's ", keyOf(chain), " (", expected.count, " rows, head ",
                            expected.head, ") disagree with the payload's (", status.checked,
                            " rows, head ", head64, ")")));
        }
    }
    return {};
}

Result<void> checkCounts(sql::Database& db, const BundleManifest& manifest) {
    const std::array<std::pair<std::string_view, std::int64_t>, 5> expected{{
        {"snapshots", manifest.counts.snapshots},
        {"recommendations", manifest.counts.recommendations},
        {"health_snapshots", manifest.counts.healthSnapshots},
        {"ledger_usage", manifest.counts.usageRows},
        {"ledger_service_costs", manifest.counts.serviceCostRows},
    }};
    if (manifest.counts.events != manifest.events.count ||
        manifest.counts.decisions != manifest.decisions.count) {
        return std::unexpected(invalid("the manifest's counts disagree with its history heads"));
    }
    for (const auto& [table, count] : expected) {
        auto exists = tableExists(db, table);
        if (!exists) {
            return std::unexpected(exists.error());
        }
        auto n =
            *exists ? db.queryInt(cat("SELECT count(*) FROM ", table)) : Result<std::int64_t>(0);
        if (!n) {
            return std::unexpected(n.error());
        }
        if (*n != count) {
            return std::unexpected(invalid(
                cat("the manifest counts ", count, " ", table, " rows, the payload holds ", *n)));
        }
    }
    return {};
}

Result<PayloadFacts> checkOpen(sql::Database& db, const BundleManifest& manifest,
                               const JobControl& control) {
    if (auto ok = harden(db, control); !ok) {
        return std::unexpected(ok.error());
    }
    // Our own copy: whatever journal mode the file's header asks for, work without WAL files.
    if (auto ok = db.exec("PRAGMA journal_mode = DELETE", "reading the payload"); !ok) {
        return std::unexpected(invalid(cat("not a readable database: ", ok.error().message)));
    }
    auto appId = db.queryInt("PRAGMA application_id");
    auto version = appId ? db.queryInt("PRAGMA user_version") : appId;
    if (!version) {
        return std::unexpected(invalid(cat("not a readable database: ", version.error().message)));
    }
    if (*appId != store::kApplicationId) {
        return std::unexpected(
            invalid(cat("not a Headroom database (application_id ", *appId, ")")));
    }
    if (*version > kLatestSchemaVersion) {
        return fail(ErrorCode::ParseError,
                    cat("bundle payload: written by a newer Headroom (schema version ", *version,
                        ", this build reads up to ", kLatestSchemaVersion, ")"));
    }
    if (*version < 1 || *version != manifest.schemaVersion) {
        return std::unexpected(invalid(cat("schema version ", *version, " is not the manifest's (",
                                           manifest.schemaVersion, ")")));
    }
    PayloadFacts facts;
    facts.schemaVersion = static_cast<int>(*version);
    if (auto ok = checkSchema(db, facts.schemaVersion); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = checkIntegrity(db); !ok) {
        return std::unexpected(ok.error());
    }
    auto ws = checkContent(db, manifest, control);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    facts.workspaceId = *ws;
    if (auto ok = checkCounts(db, manifest); !ok) {
        return std::unexpected(ok.error());
    }
    if (facts.schemaVersion < kLatestSchemaVersion) {
        if (control.progress) {
            control.progress(JobProgress{"migrating", 0, 1});
        }
        if (auto ok = store::migrate(db, facts.schemaVersion); !ok) {
            return std::unexpected(ok.error());
        }
        facts.migrated = true;
    }
    // A payload older than the hash chain got its chain from the migration just now: its
    // manifest cannot name heads, only counts.
    const bool heads = facts.schemaVersion >= store::kHistoryChainVersion;
    if (auto ok = checkHistory(db, facts.workspaceId, manifest, heads); !ok) {
        return std::unexpected(ok.error());
    }
    return facts;
}

} // namespace

Result<PayloadFacts> checkStagedPayload(const std::filesystem::path& payload,
                                        const BundleManifest& manifest, const JobControl& control) {
    auto db = sql::Database::open(payload.string(), sql::Database::Create::Never);
    if (!db) {
        return std::unexpected(translated(db.error(), control));
    }
    auto facts = checkOpen(*db, manifest, control);
    if (!facts) {
        return std::unexpected(translated(facts.error(), control));
    }
    return facts;
}

} // namespace headroom
