#pragma once
// Internal to the store: the tamper-evident hash chain over the history (events, decisions).
// Placeholder until the history stream implements it.

#include "Database.h"

namespace headroom::store {

// The schema version whose step adds the chain; the migration calls backfillHistoryChain right
// after that step's SQL, in the same transaction.
inline constexpr int kHistoryChainVersion = 5;

// Computes the chain over the rows that existed before the chain did.
Result<void> backfillHistoryChain(sql::Database& db);

} // namespace headroom::store
