#pragma once
// What verifying the tamper-evident history of one workspace found (Store::verifyHistory).
//
// Every event and decision row is chained: its hash covers the hash of the row before it (same
// workspace, same table) and all of its own content, and a head per workspace and table holds
// the row count and the newest hash. Verification walks each chain in id order and reports the
// FIRST row where the chain breaks: content altered, a row removed (the next row's chain does not
// continue), rows moved or reordered, the newest rows removed (the head says more rows). It also
// reports the append-only triggers that are missing.
//
// Limit: someone who rewrites the whole file and recomputes every hash and the heads produces a
// chain that verifies. Only an external anchor catches that: note the head hashes shown here
// somewhere else (a board pack, an e-mail) and compare them later; a head that an anchor once
// recorded must still be in the chain.

#include "model/Records.h"
#include "model/Time.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

enum class HistoryChainKind { Events, Decisions };

enum class HistoryBreakKind {
    Altered,       // the row's content (or hash) no longer matches its hash
    Moved,         // the row holds content that was written under another id (rows swapped)
    Removed,       // the chain does not continue at this row: a row before it was removed
    Reordered,     // the row continues another row's hash, not its predecessor's
    NewestRemoved, // the head counts more rows than remain: the newest rows were removed
    HeadMismatch,  // same count as the head but the newest hash differs (newest row replaced)
    HeadMissing,   // rows exist but their head was removed
};

// A stored row, as it is in the file now (kind: event kind or decision verdict; subject: event
// subject or the decision's recommendation type).
struct HistoryRowRef {
    RowId id = 0;
    std::string kind;
    std::string subject;
    Timestamp at{};
};

struct HistoryBreak {
    HistoryBreakKind kind = HistoryBreakKind::Altered;
    HistoryChainKind chain = HistoryChainKind::Events;
    std::optional<HistoryRowRef> row; // the broken row; nullopt for the head findings
    std::optional<RowId> previousId;  // the last intact row before it, if any
    std::optional<RowId> otherId;     // Moved: the id its content was written under
    std::int64_t missingRows = 0;     // NewestRemoved: how many rows the head misses
};

struct HistoryChainStatus {
    HistoryChainKind chain = HistoryChainKind::Events;
    std::size_t checked = 0;    // rows walked
    std::int64_t headCount = 0; // rows the head says the chain holds
    std::string headHash;       // the newest hash (what to note as an external anchor)
    std::optional<HistoryBreak> firstBreak;
};

struct HistoryVerification {
    RowId workspaceId = 0;
    std::string workspaceName;
    HistoryChainStatus events;                // chain Events once verified
    HistoryChainStatus decisions;             // chain Decisions once verified
    std::vector<std::string> missingTriggers; // names of append-only triggers not in the schema

    bool intact() const {
        return !events.firstBreak && !decisions.firstBreak && missingTriggers.empty();
    }
    // The break to name first: the events' (they record decisions too), else the decisions'.
    const std::optional<HistoryBreak>& firstBreak() const {
        return events.firstBreak ? events.firstBreak : decisions.firstBreak;
    }
};

std::string_view keyOf(HistoryChainKind chain);
std::string_view keyOf(HistoryBreakKind kind);

} // namespace headroom
