// Event rows: the append-only history (triggers refuse UPDATE and DELETE).
#include "StoreRows.h"
#include "model/Text.h"

#include <algorithm>

namespace headroom::store {

Result<Event> insertEvent(sql::Database& db, const Event& event) {
    auto stmt = db.prepare("INSERT INTO events(workspace_id, at, kind, subject, detail_json) "
                           "VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, event.workspaceId)
        .bind(2, event.at)
        .bind(3, keyOf(event.kind))
        .bind(4, event.subject)
        .bind(5, event.detailJson.empty() ? std::string("{}") : event.detailJson);
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    Event stored = event;
    stored.id = db.lastInsertId();
    if (stored.detailJson.empty()) {
        stored.detailJson = "{}";
    }
    return stored;
}

Result<std::vector<Event>> selectEvents(sql::Database& db, RowId workspaceId,
                                        const HistoryFilter& filter) {
    std::string sql = "SELECT id, workspace_id, at, kind, subject, detail_json FROM events "
                      "WHERE workspace_id = ?1 AND at BETWEEN ?2 AND ?3";
    if (!filter.kinds.empty()) {
        sql += " AND kind IN (";
        for (std::size_t i = 0; i < filter.kinds.size(); ++i) {
            sql += cat(i ? ", ?" : "?", i + 5);
        }
        sql += ")";
    }
    sql += " ORDER BY at DESC, id DESC LIMIT ?4";
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    bindRange(*stmt, 2, filter.range);
    stmt->bind(4, static_cast<std::int64_t>(std::min<std::size_t>(
                      filter.limit, std::numeric_limits<std::int64_t>::max())));
    for (std::size_t i = 0; i < filter.kinds.size(); ++i) {
        stmt->bind(static_cast<int>(i + 5), keyOf(filter.kinds[i]));
    }
    std::vector<Event> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return out;
        }
        Event e;
        e.id = stmt->columnInt(0);
        e.workspaceId = stmt->columnInt(1);
        e.at = stmt->columnTime(2);
        auto kind = eventKindFromString(stmt->columnText(3));
        if (!kind) {
            return fail(ErrorCode::StorageError,
                        cat(db.path(), ": event ", e.id, " has an unknown kind '",
                            stmt->columnText(3), "'"));
        }
        e.kind = *kind;
        e.subject = stmt->columnText(4);
        e.detailJson = stmt->columnText(5);
        out.push_back(std::move(e));
    }
}

} // namespace headroom::store
