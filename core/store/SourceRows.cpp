// Source rows: the metric endpoints configured per workspace (schema v3). The configuration is
// opaque JSON to the store; it only checks that it is an object and keeps the caller's text.
#include "StoreRows.h"
#include "model/Text.h"

#include <nlohmann/json.hpp>

namespace headroom::store {

namespace {

constexpr std::string_view kSourceColumns =
    "id, workspace_id, name, config_json, enabled, created_at, updated_at";

StoredSource readSource(const sql::Statement& stmt) {
    StoredSource s;
    s.id = stmt.columnInt(0);
    s.workspaceId = stmt.columnInt(1);
    s.name = stmt.columnText(2);
    s.configJson = stmt.columnText(3);
    s.enabled = stmt.columnInt(4) != 0;
    s.createdAt = stmt.columnTime(5);
    s.updatedAt = stmt.columnTime(6);
    return s;
}

// The stored text as a JSON value. The CHECK keeps the column valid JSON, but a row written by
// hand could still hold something nlohmann refuses (invalid UTF-8): the event keeps it as text.
nlohmann::json configValue(const std::string& text) {
    auto value = nlohmann::json::parse(text, nullptr, false);
    return value.is_discarded() ? nlohmann::json(text) : value;
}

// Names come from people and are not checked for UTF-8: replace bad bytes instead of throwing.
std::string dumpDetail(const nlohmann::json& detail) {
    return detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

Result<void> validateSource(const SaveSourceRequest& request) {
    if (request.name.empty()) {
        return fail(ErrorCode::InvalidArgument,
                    cat("source in workspace ", request.workspaceId, ": the name is empty"));
    }
    const auto config = nlohmann::json::parse(request.configJson, nullptr, false);
    if (config.is_discarded()) {
        return fail(ErrorCode::InvalidArgument,
                    cat("source '", request.name, "': the configuration is not valid JSON"));
    }
    if (!config.is_object()) {
        return fail(ErrorCode::InvalidArgument,
                    cat("source '", request.name, "': the configuration is a JSON ",
                        config.type_name(), ", not an object"));
    }
    return {};
}

Result<std::vector<StoredSource>> selectSources(sql::Database& db, RowId workspaceId) {
    auto stmt = db.prepare(cat("SELECT ", kSourceColumns,
                               " FROM sources WHERE workspace_id = ?1 "
                               "ORDER BY name COLLATE NOCASE, name"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    std::vector<StoredSource> out;
    if (auto ok = stmt->forEachRow([&](const sql::Statement& row) -> Result<void> {
            out.push_back(readSource(row));
            return {};
        });
        !ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

Result<std::optional<StoredSource>> selectSource(sql::Database& db, RowId workspaceId,
                                                 std::string_view name) {
    auto stmt = db.prepare(
        cat("SELECT ", kSourceColumns, " FROM sources WHERE workspace_id = ?1 AND name = ?2"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, name);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<StoredSource>{};
    }
    return std::optional<StoredSource>(readSource(*stmt));
}

Result<RowId> insertSource(sql::Database& db, const StoredSource& source) {
    auto stmt = db.prepare("INSERT INTO sources(workspace_id, name, config_json, enabled, "
                           "created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, source.workspaceId)
        .bind(2, source.name)
        .bind(3, source.configJson)
        .bind(4, source.enabled ? 1 : 0)
        .bind(5, source.createdAt)
        .bind(6, source.updatedAt);
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    return db.lastInsertId();
}

Result<void> updateSource(sql::Database& db, const StoredSource& source) {
    auto stmt = db.prepare("UPDATE sources SET name = ?2, config_json = ?3, enabled = ?4, "
                           "updated_at = ?5 WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, source.id)
        .bind(2, source.name)
        .bind(3, source.configJson)
        .bind(4, source.enabled ? 1 : 0)
        .bind(5, source.updatedAt);
    return stmt->run();
}

Result<void> deleteSource(sql::Database& db, RowId id) {
    auto stmt = db.prepare("DELETE FROM sources WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    return stmt->run();
}

bool sameSource(const StoredSource& a, const StoredSource& b) {
    return a.name == b.name && a.enabled == b.enabled &&
           configValue(a.configJson) == configValue(b.configJson);
}

std::string sourceAddedDetail(const StoredSource& source, std::string_view actor) {
    return dumpDetail({{"config", configValue(source.configJson)},
                       {"enabled", source.enabled},
                       {"actor", actor}});
}

std::string sourceChangedDetail(const StoredSource& before, const StoredSource& after,
                                std::string_view actor) {
    nlohmann::json detail{{"old", configValue(before.configJson)},
                          {"new", configValue(after.configJson)},
                          {"actor", actor}};
    if (before.name != after.name) {
        detail["renamed_from"] = before.name;
    }
    if (before.enabled != after.enabled) {
        detail["enabled"] = {{"old", before.enabled}, {"new", after.enabled}};
    }
    return dumpDetail(detail);
}

std::string sourceRemovedDetail(const StoredSource& source, std::string_view actor) {
    return dumpDetail({{"config", configValue(source.configJson)},
                       {"enabled", source.enabled},
                       {"actor", actor}});
}

} // namespace headroom::store
