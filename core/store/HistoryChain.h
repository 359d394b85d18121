#pragma once
// Internal to the store: the tamper-evident hash chain over the history (events, decisions).
//
// Each row's hash is SHA-256 (hex) over an unambiguous encoding of: a version tag, the table,
// the previous row's hash (same workspace and table; kGenesisHash for the first), the row id, the
// workspace id and every content column in a fixed order, each field length-prefixed and NULL
// distinct from the empty string. history_heads holds per workspace and table the row count and
// the newest hash; insertEvent / insertDecision update it in the same transaction as the row.
// What a verification reports is in HistoryVerification.h.

#include "Database.h"
#include "store/HistoryVerification.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace headroom::store {

// The schema version whose step adds the chain; the migration calls backfillHistoryChain right
// after that step's SQL, in the same transaction.
inline constexpr int kHistoryChainVersion = 5;

// The hash the first row of each chain continues.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// A row's content columns as text (integers in decimal), in the table's chain order; nullopt is
// SQL NULL. Events: at, kind, subject, detail_json. Decisions: recommendation_id,
// recommendation_type, verdict, reason, actor, decided_at, revisit_at.
using ChainFields = std::vector<std::optional<std::string>>;

struct ChainRow {
    RowId id = 0;
    RowId workspaceId = 0;
    ChainFields fields;
    std::string prevHash;
    std::string hash;
};

struct ChainHead {
    bool exists = false;
    std::int64_t count = 0;
    std::string lastHash; // kGenesisHash's value when the chain is empty
};

std::string chainHash(HistoryChainKind chain, std::string_view prevHash, RowId id,
                      RowId workspaceId, const ChainFields& fields);
ChainFields eventChainFields(const Event& event);
ChainFields decisionChainFields(const Decision& decision);

Result<ChainHead> readChainHead(sql::Database& db, RowId workspaceId, HistoryChainKind chain);
Result<void> writeChainHead(sql::Database& db, RowId workspaceId, HistoryChainKind chain,
                            std::int64_t count, const std::string& lastHash);
// The id the next row of the table gets (ids are chosen before the insert because the hash
// covers them; callers hold the write lock, so no other connection takes it meanwhile).
Result<RowId> nextChainRowId(sql::Database& db, HistoryChainKind chain);
// The workspace's rows of the table, in id order, as stored.
Result<std::vector<ChainRow>> selectChainRows(sql::Database& db, RowId workspaceId,
                                              HistoryChainKind chain);
// The append-only triggers (schema v2) that are not in the schema.
Result<std::vector<std::string>> missingAppendOnlyTriggers(sql::Database& db);
// Walks the rows against the head and reports the first break (pure).
HistoryChainStatus walkChain(HistoryChainKind chain, const std::vector<ChainRow>& rows,
                             const ChainHead& head);

// Computes the chain over the rows that existed before the chain did (drops the append-only
// UPDATE triggers to write the hashes and recreates them, inside the migration's transaction).
Result<void> backfillHistoryChain(sql::Database& db);

} // namespace headroom::store
