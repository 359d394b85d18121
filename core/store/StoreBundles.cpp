// The registry of opened replay bundles (schema v8 table `bundles`): the main database's only
// record of a bundle, whose rows live in a read-only database file of its own.
#include "Database.h"
#include "Store.h"
#include "StoreImpl.h"
#include "model/Text.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace headroom {

namespace {

constexpr std::string_view kBundleColumns =
    "id, label, file_name, sha256, source_path, format_version, schema_version, workspace_name, "
    "workspace_title, workspace_kind, range_from, range_to, exported_at, imported_at, "
    "manifest_json";

StoredBundleInfo readBundle(const sql::Statement& row) {
    StoredBundleInfo b;
    b.id = row.columnInt(0);
    b.label = row.columnText(1);
    b.fileName = row.columnText(2);
    b.sha256 = row.columnText(3);
    b.sourcePath = row.columnText(4);
    b.formatVersion = static_cast<int>(row.columnInt(5));
    b.schemaVersion = static_cast<int>(row.columnInt(6));
    b.workspaceName = row.columnText(7);
    b.workspaceTitle = row.columnText(8);
    b.workspaceKind = row.columnText(9);
    b.rangeFrom = row.columnTime(10);
    b.rangeTo = row.columnTime(11);
    b.exportedAt = row.columnTime(12);
    b.importedAt = row.columnTime(13);
    b.manifestJson = row.columnText(14);
    return b;
}

// Which unique column an existing row shares with `bundle`, for the Conflict message.
Result<std::optional<std::string>> clash(sql::Database& db, const StoredBundleInfo& bundle) {
    auto stmt = db.prepare("SELECT label, file_name, sha256 FROM bundles "
                           "WHERE label = ?1 OR file_name = ?2 OR sha256 = ?3 LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, bundle.label).bind(2, bundle.fileName).bind(3, bundle.sha256);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<std::string>{};
    }
    const std::string label = stmt->columnText(0);
    if (label == bundle.label) {
        return std::optional(cat("a bundle labelled '", label, "' is already open"));
    }
    if (stmt->columnText(2) == bundle.sha256) {
        return std::optional(
            cat("this bundle (sha256 ", bundle.sha256, ") is already open as '", label, "'"));
    }
    return std::optional(
        cat("the file name '", bundle.fileName, "' is taken by bundle '", label, "'"));
}

} // namespace

Result<std::vector<StoredBundleInfo>> Store::bundles() {
    auto& db = m_impl->db;
    auto stmt = db.prepare(cat("SELECT ", kBundleColumns, " FROM bundles ORDER BY label"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<StoredBundleInfo> out;
    auto ok = stmt->forEachRow([&](const sql::Statement& row) -> Result<void> {
        out.push_back(readBundle(row));
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

Result<StoredBundleInfo> Store::addBundle(const StoredBundleInfo& bundle) {
    auto& db = m_impl->db;
    if (bundle.label.empty() || bundle.fileName.empty() || bundle.sha256.empty()) {
        return fail(ErrorCode::InvalidArgument,
                    cat("bundle '", bundle.label,
                        "': the label, file name and sha256 must not be "
                        "empty"));
    }
    if (!nlohmann::json::accept(bundle.manifestJson)) {
        return fail(ErrorCode::InvalidArgument,
                    cat("bundle '", bundle.label, "': the manifest is not valid JSON"));
    }
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto taken = clash(db, bundle);
    if (!taken) {
        return std::unexpected(taken.error());
    }
    if (*taken) {
        return fail(ErrorCode::Conflict, cat(db.path(), ": ", **taken));
    }
    auto stmt = db.prepare(
        "INSERT INTO bundles(label, file_name, sha256, source_path, format_version, "
        "schema_version, workspace_name, workspace_title, workspace_kind, range_from, range_to, "
        "exported_at, imported_at, manifest_json) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, bundle.label)
        .bind(2, bundle.fileName)
        .bind(3, bundle.sha256)
        .bind(4, bundle.sourcePath)
        .bind(5, bundle.formatVersion)
        .bind(6, bundle.schemaVersion)
        .bind(7, bundle.workspaceName)
        .bind(8, bundle.workspaceTitle)
        .bind(9, bundle.workspaceKind)
        .bind(10, bundle.rangeFrom)
        .bind(11, bundle.rangeTo)
        .bind(12, bundle.exportedAt)
        .bind(13, bundle.importedAt)
        .bind(14, bundle.manifestJson);
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    StoredBundleInfo stored = bundle;
    stored.id = db.lastInsertId();
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return stored;
}

Result<void> Store::removeBundle(std::string_view label) {
    auto& db = m_impl->db;
    auto stmt = db.prepare("DELETE FROM bundles WHERE label = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, label);
    if (auto ok = stmt->run(); !ok) {
        return ok;
    }
    if (sqlite3_changes(db.handle()) == 0) {
        return fail(ErrorCode::NotFound, cat(db.path(), ": no bundle labelled '", label, "'"));
    }
    return {};
}

} // namespace headroom
