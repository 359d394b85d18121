// Store: history chain: verification (history stream).
#include "HistoryChain.h"
#include "Schema.h"
#include "Store.h"
#include "StoreImpl.h"
#include "StoreRows.h"
#include "model/KeyTable.h"
#include "model/Text.h"

#include <sqlite3.h>

namespace headroom {

using namespace store;

Result<std::unique_ptr<Store>> Store::openForReading(const std::string& path) {
    auto db = sql::Database::open(path, sql::Database::Create::Never);
    if (!db) {
        return std::unexpected(db.error());
    }
    sqlite3_busy_timeout(db->handle(), 5000);
    auto appId = db->queryInt("PRAGMA application_id");
    if (!appId) {
        return fail(ErrorCode::StorageError,
                    cat(path, ": not a Headroom database (", appId.error().message, ")"));
    }
    if (*appId != kApplicationId) {
        return fail(ErrorCode::StorageError,
                    cat(path, ": not a Headroom database (application_id ", *appId, ")"));
    }
    auto version = db->queryInt("PRAGMA user_version");
    if (!version) {
        return std::unexpected(version.error());
    }
    if (*version < kHistoryChainVersion) {
        return fail(ErrorCode::StorageError,
                    cat(path, ": schema version ", *version,
                        " predates the history chain (version ", kHistoryChainVersion,
                        "); open it once with this Headroom to migrate and hash it"));
    }
    if (*version > kLatestSchemaVersion) {
        return fail(ErrorCode::StorageError,
                    cat(path, ": written by a newer Headroom (schema version ", *version,
                        ", this build knows up to ", kLatestSchemaVersion, ")"));
    }
    if (auto ok = db->exec("PRAGMA query_only = ON", "making the connection read-only"); !ok) {
        return std::unexpected(ok.error());
    }
    return std::unique_ptr<Store>(new Store(std::make_unique<Impl>(std::move(*db))));
}

Result<HistoryVerification> Store::verifyHistory(RowId workspaceId) {
    auto& db = m_impl->db;
    auto name = db.prepare("SELECT name FROM workspaces WHERE id = ?1");
    if (!name) {
        return std::unexpected(name.error());
    }
    name->bind(1, workspaceId);
    auto found = name->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::NotFound, cat(db.path(), ": no workspace with id ", workspaceId));
    }
    HistoryVerification result;
    result.workspaceId = workspaceId;
    result.workspaceName = name->columnText(0);
    // One read transaction: the rows and the heads are of the same moment.
    if (auto ok = db.exec("BEGIN", "starting to read the history"); !ok) {
        return std::unexpected(ok.error());
    }
    auto walk = [&](HistoryChainKind chain) -> Result<HistoryChainStatus> {
        auto rows = selectChainRows(db, workspaceId, chain);
        if (!rows) {
            return std::unexpected(rows.error());
        }
        auto head = readChainHead(db, workspaceId, chain);
        if (!head) {
            return std::unexpected(head.error());
        }
        return walkChain(chain, *rows, *head);
    };
    auto events = walk(HistoryChainKind::Events);
    auto decisions = events ? walk(HistoryChainKind::Decisions) : Result<HistoryChainStatus>{};
    auto triggers = decisions ? missingAppendOnlyTriggers(db) : Result<std::vector<std::string>>{};
    (void)db.exec("COMMIT", "finishing reading the history");
    if (!events || !decisions || !triggers) {
        return std::unexpected(!events      ? events.error()
                               : !decisions ? decisions.error()
                                            : triggers.error());
    }
    result.events = std::move(*events);
    result.decisions = std::move(*decisions);
    result.missingTriggers = std::move(*triggers);
    return result;
}

namespace {

constexpr KeyTable<HistoryChainKind, 2> kChainKeys{{
    {HistoryChainKind::Events, "events"},
    {HistoryChainKind::Decisions, "decisions"},
}};

constexpr KeyTable<HistoryBreakKind, 7> kBreakKeys{{
    {HistoryBreakKind::Altered, "altered"},
    {HistoryBreakKind::Moved, "moved"},
    {HistoryBreakKind::Removed, "removed"},
    {HistoryBreakKind::Reordered, "reordered"},
    {HistoryBreakKind::NewestRemoved, "newest_removed"},
    {HistoryBreakKind::HeadMismatch, "head_mismatch"},
    {HistoryBreakKind::HeadMissing, "head_missing"},
}};

} // namespace

std::string_view keyOf(HistoryChainKind chain) {
    return keyIn(kChainKeys, chain);
}

std::string_view keyOf(HistoryBreakKind kind) {
    return keyIn(kBreakKeys, kind);
}

} // namespace headroom
