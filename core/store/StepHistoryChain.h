#pragma once
// Schema step 4 -> 5: tamper evidence: the hash chain over events and decisions (history stream).
// Never edit a step once it has shipped: add another.
//
// Each event and decision row carries prev_hash (the hash of the row before it in the same
// workspace and table, or the genesis value) and hash (hex SHA-256 over a length-prefixed
// encoding of prev_hash and the row's content; HistoryChain.h). history_heads keeps, per
// workspace and table, how many rows the chain holds and the newest hash, written in the same
// transaction as each append, so deleting the newest rows is detected too. The rows stored before
// this step are hashed by backfillHistoryChain (code, not SQL), run right after this SQL.

#include <string_view>

namespace headroom::store {

inline constexpr std::string_view kStepHistoryChain = R"sql(
ALTER TABLE events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN hash TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN hash TEXT NOT NULL DEFAULT '';
CREATE TABLE history_heads(
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    chain TEXT NOT NULL CHECK(chain IN ('events', 'decisions')),
    row_count INTEGER NOT NULL CHECK(row_count >= 0),
    last_hash TEXT NOT NULL,
    PRIMARY KEY(workspace_id, chain)) WITHOUT ROWID;
)sql";

} // namespace headroom::store
