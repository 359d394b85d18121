// Event rows: the append-only history (triggers refuse UPDATE and DELETE), each row chained to
// the one before it by its hash (HistoryChain.h).
#include "HistoryChain.h"
#include "StoreRows.h"
#include "model/Text.h"

#include <algorithm>

namespace headroom::store {

Result<Event> insertEvent(sql::Database& db, const Event& event) {
    // The row, its chain hash and the head move together: a savepoint inside the caller's
    // transaction, else a transaction of its own holding the write lock from the start.
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto head = readChainHead(db, event.workspaceId, HistoryChainKind::Events);
    auto id = head ? nextChainRowId(db, HistoryChainKind::Events) : Result<RowId>(0);
    if (!head || !id) {
        return std::unexpected(!head ? head.error() : id.error());
    }
    Event stored = event;
    stored.id = *id;
    if (stored.detailJson.empty()) {
        stored.detailJson = "{}";
    }
    const std::string hash = chainHash(HistoryChainKind::Events, head->lastHash, stored.id,
                                       stored.workspaceId, eventChainFields(stored));
    if (hash.empty()) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": cannot hash event (", keyOf(event.kind), ", ", event.subject,
                        "): SHA-256 is unavailable"));
    }
    auto stmt = db.prepare("INSERT INTO events(id, workspace_id, at, kind, subject, detail_json, "
                           "prev_hash, hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, stored.id)
        .bind(2, stored.workspaceId)
        .bind(3, stored.at)
        .bind(4, keyOf(stored.kind))
        .bind(5, stored.subject)
        .bind(6, stored.detailJson)
        .bind(7, head->lastHash)
        .bind(8, hash);
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok =
            writeChainHead(db, stored.workspaceId, HistoryChainKind::Events, head->count + 1, hash);
        !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
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
