#include "HistoryChain.h"

#include "Sha256.h"
#include "model/Text.h"

#include <array>
#include <charconv>

namespace headroom::store {

namespace {

constexpr std::string_view kChainTag = "headroom.history.v1";

std::string_view table(HistoryChainKind chain) {
    return chain == HistoryChainKind::Events ? "events" : "decisions";
}

// "S<length>:<bytes>;" for a value, "N;" for NULL: no two field lists encode alike.
void encodeField(std::string& out, std::optional<std::string_view> value) {
    if (!value) {
        out += "N;";
        return;
    }
    out += cat("S", value->size(), ":");
    out += *value;
    out += ';';
}

std::string decimal(std::int64_t value) {
    return std::to_string(value);
}

std::string decimal(Timestamp at) {
    return std::to_string(at.time_since_epoch().count());
}

Timestamp timeOf(const std::optional<std::string>& field) {
    std::int64_t seconds = 0;
    if (field) {
        std::from_chars(field->data(), field->data() + field->size(), seconds);
    }
    return Timestamp{std::chrono::seconds{seconds}};
}

std::string fieldText(const ChainFields& fields, std::size_t index) {
    return index < fields.size() && fields[index] ? *fields[index] : std::string();
}

// The row as it reads now, for a report: events (at, kind, subject, ...), decisions
// (recommendation_id, recommendation_type, verdict, reason, actor, decided_at, ...).
HistoryRowRef refOf(HistoryChainKind chain, const ChainRow& row) {
    if (chain == HistoryChainKind::Events) {
        return {row.id, fieldText(row.fields, 1), fieldText(row.fields, 2),
                timeOf(row.fields.empty() ? std::nullopt : row.fields[0])};
    }
    return {row.id, fieldText(row.fields, 2), fieldText(row.fields, 1),
            timeOf(row.fields.size() > 5 ? row.fields[5] : std::nullopt)};
}

// The trigger text of schema step 2, recreated after the backfill.
struct TriggerSql {
    std::string_view name;
    std::string_view sql;
};
constexpr std::array<TriggerSql, 4> kAppendOnlyTriggers{{
    {"decisions_append_only_update",
     "CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions\n"
     "    BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END"},
    {"decisions_append_only_delete",
     "CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions\n"
     "    BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END"},
    {"events_append_only_update",
     "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events\n"
     "    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"},
    {"events_append_only_delete",
     "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events\n"
     "    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"},
}};

Result<void> backfillChain(sql::Database& db, HistoryChainKind chain) {
    auto workspaces = db.prepare(cat("SELECT DISTINCT workspace_id FROM ", table(chain)));
    if (!workspaces) {
        return std::unexpected(workspaces.error());
    }
    std::vector<RowId> ids;
    if (auto ok = workspaces->forEachRow([&](const sql::Statement& s) -> Result<void> {
            ids.push_back(s.columnInt(0));
            return {};
        });
        !ok) {
        return ok;
    }
    auto update =
        db.prepare(cat("UPDATE ", table(chain), " SET prev_hash = ?1, hash = ?2 WHERE id = ?3"));
    if (!update) {
        return std::unexpected(update.error());
    }
    for (const RowId workspaceId : ids) {
        auto rows = selectChainRows(db, workspaceId, chain);
        if (!rows) {
            return std::unexpected(rows.error());
        }
        std::string prev(kGenesisHash);
        for (const auto& row : *rows) {
            std::string hash = chainHash(chain, prev, row.id, row.workspaceId, row.fields);
            update->reset();
            update->bind(1, prev).bind(2, hash).bind(3, row.id);
            if (auto ok = update->run(); !ok) {
                return ok;
            }
            prev = std::move(hash);
        }
        if (auto ok = writeChainHead(db, workspaceId, chain,
                                     static_cast<std::int64_t>(rows->size()), prev);
            !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace

std::string chainHash(HistoryChainKind chain, std::string_view prevHash, RowId id,
                      RowId workspaceId, const ChainFields& fields) {
    std::string encoded;
    encodeField(encoded, kChainTag);
    encodeField(encoded, table(chain));
    encodeField(encoded, prevHash);
    encodeField(encoded, decimal(id));
    encodeField(encoded, decimal(workspaceId));
    encoded += cat("F", fields.size(), ";");
    for (const auto& field : fields) {
        encodeField(encoded, field ? std::optional<std::string_view>(*field) : std::nullopt);
    }
    return sha256Hex(encoded);
}

ChainFields eventChainFields(const Event& event) {
    return {decimal(event.at), std::string(keyOf(event.kind)), event.subject,
            event.detailJson.empty() ? std::string("{}") : event.detailJson};
}

ChainFields decisionChainFields(const Decision& decision) {
    return {decimal(decision.recommendationId),
            decision.recommendationType,
            std::string(keyOf(decision.verdict)),
            decision.reason,
            decision.actor,
            decimal(decision.decidedAt),
            decision.revisitAt ? std::optional<std::string>(decimal(*decision.revisitAt))
                               : std::nullopt};
}

Result<ChainHead> readChainHead(sql::Database& db, RowId workspaceId, HistoryChainKind chain) {
    auto stmt = db.prepare(
        "SELECT row_count, last_hash FROM history_heads WHERE workspace_id = ?1 AND chain = ?2");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, table(chain));
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return ChainHead{false, 0, std::string(kGenesisHash)};
    }
    return ChainHead{true, stmt->columnInt(0), stmt->columnText(1)};
}

Result<void> writeChainHead(sql::Database& db, RowId workspaceId, HistoryChainKind chain,
                            std::int64_t count, const std::string& lastHash) {
    auto stmt = db.prepare("INSERT INTO history_heads(workspace_id, chain, row_count, last_hash) "
                           "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(workspace_id, chain) DO UPDATE "
                           "SET row_count = excluded.row_count, last_hash = excluded.last_hash");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, table(chain)).bind(3, count).bind(4, lastHash);
    return stmt->run();
}

Result<RowId> nextChainRowId(sql::Database& db, HistoryChainKind chain) {
    auto max = db.queryInt(cat("SELECT coalesce(max(id), 0) FROM ", table(chain)));
    if (!max) {
        return std::unexpected(max.error());
    }
    return *max + 1;
}

Result<std::vector<ChainRow>> selectChainRows(sql::Database& db, RowId workspaceId,
                                              HistoryChainKind chain) {
    const bool events = chain == HistoryChainKind::Events;
    const int fieldCount = events ? 4 : 7;
    auto stmt = db.prepare(
        events ? "SELECT id, workspace_id, at, kind, subject, detail_json, prev_hash, hash "
                 "FROM events WHERE workspace_id = ?1 ORDER BY id"
               : "SELECT id, workspace_id, recommendation_id, recommendation_type, verdict, "
                 "reason, actor, decided_at, revisit_at, prev_hash, hash "
                 "FROM decisions WHERE workspace_id = ?1 ORDER BY id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    std::vector<ChainRow> rows;
    auto ok = stmt->forEachRow([&](const sql::Statement& s) -> Result<void> {
        ChainRow row;
        row.id = s.columnInt(0);
        row.workspaceId = s.columnInt(1);
        for (int i = 0; i < fieldCount; ++i) {
            row.fields.push_back(s.isNull(2 + i) ? std::nullopt
                                                 : std::optional<std::string>(s.columnText(2 + i)));
        }
        row.prevHash = s.columnText(2 + fieldCount);
        row.hash = s.columnText(3 + fieldCount);
        rows.push_back(std::move(row));
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return rows;
}

Result<std::vector<std::string>> missingAppendOnlyTriggers(sql::Database& db) {
    auto stmt = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<std::string> missing;
    for (const auto& trigger : kAppendOnlyTriggers) {
        stmt->reset();
        stmt->bind(1, trigger.name);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            missing.emplace_back(trigger.name);
        }
    }
    return missing;
}

HistoryChainStatus walkChain(HistoryChainKind chain, const std::vector<ChainRow>& rows,
                             const ChainHead& head) {
    HistoryChainStatus status;
    status.chain = chain;
    status.headCount = head.count;
    status.headHash =
        head.exists ? head.lastHash : (rows.empty() ? std::string(kGenesisHash) : rows.back().hash);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ChainRow& row = rows[i];
        ++status.checked;
        HistoryBreak found;
        found.chain = chain;
        found.row = refOf(chain, row);
        if (i > 0) {
            found.previousId = rows[i - 1].id;
        }
        if (chainHash(chain, row.prevHash, row.id, row.workspaceId, row.fields) != row.hash) {
            found.kind = HistoryBreakKind::Altered;
            // Content swapped between rows still hashes right under the id it was written as.
            for (const ChainRow& other : rows) {
                if (other.id != row.id && chainHash(chain, row.prevHash, other.id, row.workspaceId,
                                                    row.fields) == row.hash) {
                    found.kind = HistoryBreakKind::Moved;
                    found.otherId = other.id;
                    break;
                }
            }
            status.firstBreak = found;
            return status;
        }
        const std::string_view expectedPrev =
            i > 0 ? std::string_view(rows[i - 1].hash) : kGenesisHash;
        if (row.prevHash != expectedPrev) {
            found.kind = HistoryBreakKind::Removed;
            for (std::size_t j = 0; j < rows.size(); ++j) {
                if (j + 1 != i && rows[j].hash == row.prevHash) {
                    found.kind = HistoryBreakKind::Reordered;
                    found.otherId = rows[j].id;
                    break;
                }
            }
            status.firstBreak = found;
            return status;
        }
    }
    const auto count = static_cast<std::int64_t>(rows.size());
    HistoryBreak found;
    found.chain = chain;
    if (!rows.empty()) {
        found.previousId = rows.back().id;
    }
    if (!head.exists) {
        if (!rows.empty()) {
            found.kind = HistoryBreakKind::HeadMissing;
            status.firstBreak = found;
        }
    } else if (head.count > count) {
        found.kind = HistoryBreakKind::NewestRemoved;
        found.missingRows = head.count - count;
        status.firstBreak = found;
    } else if (head.count < count ||
               head.lastHash != (rows.empty() ? std::string(kGenesisHash) : rows.back().hash)) {
        found.kind = HistoryBreakKind::HeadMismatch;
        if (!rows.empty()) {
            found.row = refOf(chain, rows.back());
        }
        status.firstBreak = found;
    }
    return status;
}

Result<void> backfillHistoryChain(sql::Database& db) {
    if (auto ok = db.exec("DROP TRIGGER IF EXISTS events_append_only_update; "
                          "DROP TRIGGER IF EXISTS decisions_append_only_update",
                          "lifting the append-only triggers to hash the stored history");
        !ok) {
        return ok;
    }
    for (const auto chain : {HistoryChainKind::Events, HistoryChainKind::Decisions}) {
        if (auto ok = backfillChain(db, chain); !ok) {
            return ok;
        }
    }
    // Every trigger is recreated, so a migrated file's schema text equals a fresh one's.
    for (const auto& trigger : kAppendOnlyTriggers) {
        if (auto ok = db.exec(cat("DROP TRIGGER IF EXISTS ", trigger.name, "; ", trigger.sql),
                              "restoring the append-only triggers");
            !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace headroom::store
