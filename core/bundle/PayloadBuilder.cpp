#include "bundle/PayloadBuilder.h"

#include "bundle/PayloadRewrites.h"
#include "bundle/SecretScan.h"
#include "model/Day.h"
#include "model/Text.h"
#include "store/Database.h"
#include "store/HistoryChain.h"
#include "store/Schema.h"
#include "store/StoreRows.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <limits>

namespace headroom {

namespace {

using store::kLatestSchemaVersion;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

// How each table of the schema travels into a bundle. Parameters of the WHERE clauses:
// ?1 workspace id, ?2 from, ?3 to (seconds), ?4 last event id, ?5 last decision id, ?6 first
// day, ?7 last day (day numbers). The order is the copy order (foreign keys point backwards).
enum class Copy { Rows, Computed, Never };
struct TableRule {
    std::string_view table;
    Copy copy;
    std::string_view where;
};
constexpr std::array<TableRule, 21> kTableRules{{
    {"workspaces", Copy::Rows, "id = ?1"},
    {"snapshots", Copy::Rows,
     "workspace_id = ?1 AND (taken_at BETWEEN ?2 AND ?3 OR id = (SELECT id FROM src.snapshots "
     "WHERE workspace_id = ?1 AND taken_at < ?2 ORDER BY taken_at DESC, id DESC LIMIT 1))"},
    {"snapshot_metrics", Copy::Rows, "snapshot_id IN (SELECT id FROM main.snapshots)"},
    {"recommendations", Copy::Rows,
     "workspace_id = ?1 AND (first_seen <= ?3 OR id IN (SELECT recommendation_id FROM "
     "src.decisions WHERE workspace_id = ?1 AND id <= ?5))"},
    {"decisions", Copy::Rows, "workspace_id = ?1 AND id <= ?5"},
    {"events", Copy::Rows, "workspace_id = ?1 AND id <= ?4"},
    {"history_heads", Copy::Computed, ""},
    {"sources", Copy::Rows, "workspace_id = ?1"},
    {"scaling_config", Copy::Rows, "workspace_id = ?1"},
    {"health_snapshots", Copy::Rows, "workspace_id = ?1 AND taken_at BETWEEN ?2 AND ?3"},
    {"ledger_usage", Copy::Rows, "workspace_id = ?1 AND day BETWEEN ?6 AND ?7"},
    {"ledger_service_costs", Copy::Rows, "workspace_id = ?1 AND day BETWEEN ?6 AND ?7"},
    // Retention (schema v8): buckets overlapping the range, their metrics, the marks.
    {"snapshot_rollups", Copy::Rows,
     "workspace_id = ?1 AND bucket_start <= ?3 AND bucket_start + resolution_s > ?2"},
    {"rollup_metrics", Copy::Rows,
     "(workspace_id, resolution_s, bucket_start) IN (SELECT workspace_id, resolution_s, "
     "bucket_start FROM main.snapshot_rollups)"},
    {"retention_marks", Copy::Rows, "workspace_id = ?1"},
    // Current state only, possibly addresses; the registry of opened bundles.
    {"alert_states", Copy::Never, ""},
    {"notification_channels", Copy::Never, ""},
    {"notification_deliveries", Copy::Never, ""},
    {"bundles", Copy::Never, ""},
    // Strain runs (schema v9) are load tests the founder ran, not telemetry, and their URLs may
    // name internal hosts; a bundle replays telemetry. Their StrainRun / StrainBaseline events
    // travel with the history, whose chain must stay whole.
    {"strain_runs", Copy::Never, ""},
    {"strain_baselines", Copy::Never, ""},
}};

const TableRule* ruleFor(std::string_view table) {
    for (const auto& rule : kTableRules) {
        if (rule.table == table) {
            return &rule;
        }
    }
    return nullptr;
}

Result<void> checkCancel(const JobControl& control) {
    if (control.stop.stop_requested()) {
        return fail(ErrorCode::Cancelled, "bundle export cancelled");
    }
    return {};
}

void report(const JobControl& control, std::string_view phase, std::uint64_t done,
            std::uint64_t total) {
    if (control.progress) {
        control.progress(JobProgress{std::string(phase), done, total});
    }
}

// "file:/a%20b/c.db?mode=ro": a read-only URI (the source is never written, not even a WAL
// checkpoint on close).
std::string readOnlyUri(const std::string& path) {
    const std::string absolute = std::filesystem::absolute(path).string();
    std::string out = "file:";
    for (unsigned char c : absolute) {
        if (std::isalnum(c) != 0 || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            out.push_back(static_cast<char>(c));
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
        }
    }
    return out + "?mode=ro";
}

Result<std::vector<std::string>> tableNames(sql::Database& db, std::string_view schema) {
    auto stmt = db.prepare(cat("SELECT name FROM ", schema,
                               ".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "ORDER BY name"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<std::string> names;
    auto ok = stmt->forEachRow([&](const sql::Statement& s) -> Result<void> {
        names.push_back(s.columnText(0));
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return names;
}

Result<std::vector<std::string>> columnNames(sql::Database& db, std::string_view schema,
                                             std::string_view table) {
    auto stmt = db.prepare(cat("SELECT name FROM pragma_table_info(?1, ?2) ORDER BY cid"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, table).bind(2, schema);
    std::vector<std::string> names;
    auto ok = stmt->forEachRow([&](const sql::Statement& s) -> Result<void> {
        names.push_back(s.columnText(0));
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return names;
}

std::int64_t dayNumberOf(Timestamp t) {
    return dayOf(t).time_since_epoch().count();
}

struct Bounds {
    RowId workspaceId = 0;
    std::int64_t from = kMin;
    std::int64_t to = kMax;
    std::int64_t lastEventId = 0;
    std::int64_t lastDecisionId = 0;
    std::int64_t firstDay = kMin;
    std::int64_t lastDay = kMax;
};

void bindBounds(sql::Statement& stmt, const Bounds& b) {
    stmt.bind(1, b.workspaceId)
        .bind(2, b.from)
        .bind(3, b.to)
        .bind(4, b.lastEventId)
        .bind(5, b.lastDecisionId)
        .bind(6, b.firstDay)
        .bind(7, b.lastDay);
}

Result<std::int64_t> queryBound(sql::Database& db, std::string_view sql, const Bounds& b) {
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindBounds(*stmt, b);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row && !stmt->isNull(0) ? stmt->columnInt(0) : std::int64_t{0};
}

Result<void> copyTable(sql::Database& db, const TableRule& rule, const Bounds& b) {
    auto columns = columnNames(db, "main", rule.table);
    if (!columns) {
        return std::unexpected(columns.error());
    }
    std::string list;
    for (const auto& c : *columns) {
        list += cat(list.empty() ? "" : ", ", "\"", c, "\"");
    }
    auto stmt = db.prepare(cat("INSERT INTO main.", rule.table, "(", list, ") SELECT ", list,
                               " FROM src.", rule.table, " WHERE ", rule.where));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindBounds(*stmt, b);
    return stmt->run();
}

Result<BundleChainHead> rewriteHead(sql::Database& db, RowId ws, HistoryChainKind chain) {
    const std::string_view table = chain == HistoryChainKind::Events ? "events" : "decisions";
    auto stmt = db.prepare(cat("SELECT count(*), (SELECT hash FROM main.", table,
                               " WHERE workspace_id = ?1 ORDER BY id DESC LIMIT 1) FROM main.",
                               table, " WHERE workspace_id = ?1"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, ws);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    BundleChainHead head;
    head.count = stmt->columnInt(0);
    const std::string last =
        stmt->isNull(1) ? std::string(store::kGenesisHash) : stmt->columnText(1);
    if (auto ok = store::writeChainHead(db, ws, chain, head.count, last); !ok) {
        return std::unexpected(ok.error());
    }
    head.head = head.count > 0 ? last : std::string();
    return head;
}

Result<std::int64_t> countRows(sql::Database& db, std::string_view table) {
    return db.queryInt(cat("SELECT count(*) FROM main.", table));
}

Result<Workspace> findWorkspace(sql::Database& db, const std::string& name) {
    auto stmt = db.prepare("SELECT id, name, title, kind, current_mode, created_at FROM "
                           "src.workspaces WHERE name = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, name);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, cat("no workspace named '", name, "'"));
    }
    Workspace w;
    w.id = stmt->columnInt(0);
    w.name = stmt->columnText(1);
    w.title = stmt->columnText(2);
    w.kind = workspaceKindFromString(stmt->columnText(3)).value_or(WorkspaceKind::Live);
    w.currentModeId = stmt->columnText(4);
    w.createdAt = stmt->columnTime(5);
    return w;
}

// Everything between ATTACH and COMMIT: one read transaction on the source.
Result<PayloadSummary> copyAll(sql::Database& db, const PayloadRequest& request,
                               const JobControl& control) {
    auto version = db.queryInt("PRAGMA src.user_version");
    auto appId = db.queryInt("PRAGMA src.application_id");
    if (!version || !appId) {
        return std::unexpected(!version ? version.error() : appId.error());
    }
    if (*appId != store::kApplicationId) {
        return fail(
            ErrorCode::StorageError,
            cat(request.sourcePath, ": not a Headroom database (application_id ", *appId, ")"));
    }
    if (*version != kLatestSchemaVersion) {
        return fail(ErrorCode::StorageError,
                    cat(request.sourcePath, ": schema version ", *version, ", this build exports ",
                        kLatestSchemaVersion, " (open it once with this Headroom to migrate it)"));
    }
    auto tables = tableNames(db, "src");
    if (!tables) {
        return std::unexpected(tables.error());
    }
    for (const auto& table : *tables) {
        if (!ruleFor(table)) {
            return fail(ErrorCode::ValidationError,
                        cat(request.sourcePath, ": table '", table,
                            "' is not known to the bundle exporter; refusing to export rather "
                            "than leave its rows out (classify it in core/bundle/PayloadBuilder)"));
        }
    }
    auto ws = findWorkspace(db, request.workspace);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    Bounds b;
    b.workspaceId = ws->id;
    if (request.range.from) {
        b.from = request.range.from->time_since_epoch().count();
        b.firstDay = dayNumberOf(*request.range.from);
    }
    if (request.range.to) {
        b.to = request.range.to->time_since_epoch().count();
        b.lastDay = dayNumberOf(*request.range.to);
    }
    auto inRange = queryBound(db,
                              "SELECT count(*) FROM src.snapshots WHERE workspace_id = ?1 AND "
                              "taken_at BETWEEN ?2 AND ?3",
                              b);
    if (!inRange) {
        return std::unexpected(inRange.error());
    }
    if (*inRange == 0) {
        return fail(ErrorCode::ValidationError,
                    cat("nothing to export: workspace '", ws->name, "' has no snapshots",
                        request.range.from ? cat(" from ", formatIso(*request.range.from)) : "",
                        request.range.to ? cat(" to ", formatIso(*request.range.to)) : ""));
    }
    auto lastEvent =
        queryBound(db, "SELECT max(id) FROM src.events WHERE workspace_id = ?1 AND at <= ?3", b);
    auto lastDecision = queryBound(
        db, "SELECT max(id) FROM src.decisions WHERE workspace_id = ?1 AND decided_at <= ?3", b);
    if (!lastEvent || !lastDecision) {
        return std::unexpected(!lastEvent ? lastEvent.error() : lastDecision.error());
    }
    b.lastEventId = *lastEvent;
    b.lastDecisionId = *lastDecision;

    std::uint64_t step = 0;
    for (const auto& rule : kTableRules) {
        if (auto ok = checkCancel(control); !ok) {
            return std::unexpected(ok.error());
        }
        report(control, "copying", ++step, kTableRules.size());
        if (rule.copy != Copy::Rows) {
            continue;
        }
        const bool inSource =
            std::find(tables->begin(), tables->end(), rule.table) != tables->end();
        auto payloadColumns = columnNames(db, "main", rule.table);
        if (!payloadColumns) {
            return std::unexpected(payloadColumns.error());
        }
        if (!inSource || payloadColumns->empty()) {
            continue; // a table of a later schema than both (retention before v8)
        }
        if (auto ok = copyTable(db, rule, b); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (request.range.to) {
        if (auto ok = bundle_detail::recommendationsAsOf(db, ws->id, *request.range.to); !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = bundle_detail::scalingAsOf(db, ws->id, *request.range.to); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (auto ok = bundle_detail::redactSources(db); !ok) {
        return std::unexpected(ok.error());
    }
    PayloadSummary summary;
    auto events = rewriteHead(db, ws->id, HistoryChainKind::Events);
    auto decisions =
        events ? rewriteHead(db, ws->id, HistoryChainKind::Decisions) : Result<BundleChainHead>{};
    if (!events || !decisions) {
        return std::unexpected(!events ? events.error() : decisions.error());
    }
    summary.events = *events;
    summary.decisions = *decisions;
    summary.workspace = *ws;
    summary.schemaVersion = kLatestSchemaVersion;
    auto first = queryBound(
        db, "SELECT min(taken_at) FROM src.snapshots WHERE workspace_id = ?1 AND taken_at >= ?2",
        b);
    auto last = queryBound(
        db, "SELECT max(taken_at) FROM src.snapshots WHERE workspace_id = ?1 AND taken_at <= ?3",
        b);
    if (!first || !last) {
        return std::unexpected(!first ? first.error() : last.error());
    }
    summary.from = request.range.from.value_or(Timestamp{std::chrono::seconds{*first}});
    summary.to = request.range.to.value_or(Timestamp{std::chrono::seconds{*last}});
    return summary;
}

} // namespace

Result<PayloadSummary> buildPayload(sql::Database& db, const PayloadRequest& request,
                                    const JobControl& control) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(request.sourcePath, ec)) {
        return fail(ErrorCode::NotFound,
                    cat(request.sourcePath, ": no such database file to export from"));
    }
    if (auto ok = store::createSchema(db, kLatestSchemaVersion); !ok) {
        return std::unexpected(ok.error());
    }
    auto attach = db.prepare("ATTACH DATABASE ?1 AS src");
    if (!attach) {
        return std::unexpected(attach.error());
    }
    attach->bind(1, readOnlyUri(request.sourcePath));
    if (auto ok = attach->run(); !ok) {
        return std::unexpected(ok.error());
    }
    // BEGIN IMMEDIATE locks only the payload for writing; the source is read in the same
    // transaction, so every table comes from one WAL snapshot of it.
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        (void)db.exec("DETACH DATABASE src", "detaching the source");
        return std::unexpected(tx.error());
    }
    auto summary = copyAll(db, request, control);
    if (summary) {
        if (auto ok = tx->commit(); !ok) {
            summary = std::unexpected(ok.error());
        }
    }
    {
        auto rollback = std::move(*tx); // rolls back unless committed
    }
    (void)db.exec("DETACH DATABASE src", "detaching the source");
    if (!summary) {
        return summary;
    }
    for (auto& [table, count] : std::initializer_list<std::pair<std::string_view, std::int64_t*>>{
             {"snapshots", &summary->counts.snapshots},
             {"recommendations", &summary->counts.recommendations},
             {"decisions", &summary->counts.decisions},
             {"events", &summary->counts.events},
             {"health_snapshots", &summary->counts.healthSnapshots},
             {"ledger_usage", &summary->counts.usageRows},
             {"ledger_service_costs", &summary->counts.serviceCostRows}}) {
        auto n = countRows(db, table);
        if (!n) {
            return std::unexpected(n.error());
        }
        *count = *n;
    }
    // The resolution of each stretch, as replay will see it: the store's own reading of the
    // finished payload (raw rows and roll-up buckets).
    auto reader = Store::openForReading(db.path());
    auto stretches =
        reader ? (*reader)->resolutionStretches(summary->workspace.id, {summary->from, summary->to})
               : Result<std::vector<Stretch>>(std::unexpected(reader.error()));
    if (!stretches) {
        return std::unexpected(stretches.error());
    }
    for (const Stretch& s : *stretches) {
        summary->stretches.push_back({s.from, s.to, s.resolution, s.kind != StretchKind::Raw});
    }
    return summary;
}

Result<void> scanPayloadForSecrets(sql::Database& db, const JobControl& control) {
    auto tables = tableNames(db, "main");
    if (!tables) {
        return std::unexpected(tables.error());
    }
    std::uint64_t done = 0;
    for (const auto& table : *tables) {
        report(control, "scanning", ++done, tables->size());
        auto columns = columnNames(db, "main", table);
        auto withoutRowid =
            db.prepare("SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?1");
        if (!columns || !withoutRowid) {
            return std::unexpected(!columns ? columns.error() : withoutRowid.error());
        }
        withoutRowid->bind(1, table);
        auto wrRow = withoutRowid->step();
        if (!wrRow) {
            return std::unexpected(wrRow.error());
        }
        const bool hasRowid = !(*wrRow && withoutRowid->columnInt(0) != 0);
        std::string list = hasRowid ? "rowid" : "0";
        for (const auto& c : *columns) {
            list += cat(", \"", c, "\"");
        }
        auto stmt = db.prepare(cat("SELECT ", list, " FROM main.\"", table, "\""));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        std::int64_t ordinal = 0;
        auto ok = stmt->forEachRow([&](const sql::Statement& s) -> Result<void> {
            ++ordinal;
            if (ordinal % 256 == 0) {
                if (auto c = checkCancel(control); !c) {
                    return c;
                }
            }
            for (std::size_t i = 0; i < columns->size(); ++i) {
                const int col = static_cast<int>(i) + 1;
                if (s.isNull(col)) {
                    continue;
                }
                const std::string text = s.columnText(col);
                if (text.find_first_of(":=@[{") == std::string::npos) {
                    continue; // numbers and plain words cannot hold what the scan looks for
                }
                auto findings = scanTextForSecrets(text);
                if (!findings.empty()) {
                    const auto& f = findings.front();
                    return fail(ErrorCode::ValidationError,
                                cat("secret in ", table, " ",
                                    hasRowid ? cat("id ", s.columnInt(0)) : cat("row ", ordinal),
                                    " (", (*columns)[i], " ", f.where, ": ", f.what,
                                    "); secrets never go into a bundle, so it was not written"));
                }
            }
            return {};
        });
        if (!ok) {
            return ok;
        }
    }
    return {};
}

} // namespace headroom
