// Decision rows (append-only: triggers refuse UPDATE and DELETE) and the rules a decision must
// satisfy before it is written. Each row is chained to the one before it by its hash
// (HistoryChain.h).
#include "HistoryChain.h"
#include "StoreRows.h"
#include "model/Text.h"

#include <algorithm>
#include <cctype>

namespace headroom::store {

namespace {

bool blank(const std::string& text) {
    return std::ranges::all_of(text, [](unsigned char c) { return std::isspace(c) != 0; });
}

} // namespace

Result<void> validateDecision(const DecisionRequest& request,
                              const std::optional<TrackedRecommendation>& current) {
    const auto verdict = keyOf(request.verdict);
    if (request.verdict == Verdict::Defer) {
        if (!request.revisitAt) {
            return fail(ErrorCode::InvalidArgument,
                        cat("decision on recommendation ", request.recommendationId,
                            ": defer needs a revisit date"));
        }
        if (*request.revisitAt <= request.decidedAt) {
            return fail(ErrorCode::InvalidArgument,
                        cat("decision on recommendation ", request.recommendationId,
                            ": the revisit date ", formatIso(*request.revisitAt),
                            " is not after the decision time ", formatIso(request.decidedAt)));
        }
    } else if (request.revisitAt) {
        return fail(ErrorCode::InvalidArgument,
                    cat("decision on recommendation ", request.recommendationId, ": ", verdict,
                        " takes no revisit date (only defer does)"));
    }
    if (request.verdict != Verdict::Accept && blank(request.reason)) {
        return fail(ErrorCode::InvalidArgument,
                    cat("decision on recommendation ", request.recommendationId, ": ", verdict,
                        " needs a reason"));
    }
    if (blank(request.actor)) {
        return fail(
            ErrorCode::InvalidArgument,
            cat("decision on recommendation ", request.recommendationId, ": the actor is empty"));
    }
    if (!current || current->recommendation.workspaceId != request.workspaceId) {
        return fail(ErrorCode::NotFound, cat("workspace ", request.workspaceId,
                                             " has no recommendation ", request.recommendationId));
    }
    const auto state = current->recommendation.state;
    if (state != RecommendationState::Open && state != RecommendationState::Deferred) {
        return fail(ErrorCode::Conflict,
                    cat("recommendation ", request.recommendationId, " (",
                        current->recommendation.type, ") is ", keyOf(state),
                        "; only open or deferred recommendations can be decided"));
    }
    return {};
}

Result<RowId> insertDecision(sql::Database& db, const Decision& decision) {
    // As insertEvent: the row, its chain hash and the head in one (nested) transaction.
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto head = readChainHead(db, decision.workspaceId, HistoryChainKind::Decisions);
    auto id = head ? nextChainRowId(db, HistoryChainKind::Decisions) : Result<RowId>(0);
    if (!head || !id) {
        return std::unexpected(!head ? head.error() : id.error());
    }
    const std::string hash = chainHash(HistoryChainKind::Decisions, head->lastHash, *id,
                                       decision.workspaceId, decisionChainFields(decision));
    if (hash.empty()) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": cannot hash the decision on recommendation ",
                        decision.recommendationId, ": SHA-256 is unavailable"));
    }
    auto stmt = db.prepare(
        "INSERT INTO decisions(id, workspace_id, recommendation_id, recommendation_type, verdict, "
        "reason, actor, decided_at, revisit_at, prev_hash, hash) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, *id)
        .bind(2, decision.workspaceId)
        .bind(3, decision.recommendationId)
        .bind(4, decision.recommendationType)
        .bind(5, keyOf(decision.verdict))
        .bind(6, decision.reason)
        .bind(7, decision.actor)
        .bind(8, decision.decidedAt)
        .bind(9, decision.revisitAt)
        .bind(10, head->lastHash)
        .bind(11, hash);
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = writeChainHead(db, decision.workspaceId, HistoryChainKind::Decisions,
                                 head->count + 1, hash);
        !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return *id;
}

Result<std::vector<Decision>> selectDecisions(sql::Database& db, RowId workspaceId,
                                              const HistoryFilter& filter) {
    auto stmt = db.prepare(
        "SELECT id, workspace_id, recommendation_id, recommendation_type, verdict, reason, actor, "
        "decided_at, revisit_at FROM decisions "
        "WHERE workspace_id = ?1 AND decided_at BETWEEN ?2 AND ?3 "
        "ORDER BY decided_at DESC, id DESC LIMIT ?4");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    bindRange(*stmt, 2, filter.range);
    stmt->bind(4, static_cast<std::int64_t>(std::min<std::size_t>(
                      filter.limit, std::numeric_limits<std::int64_t>::max())));
    std::vector<Decision> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return out;
        }
        Decision d;
        d.id = stmt->columnInt(0);
        d.workspaceId = stmt->columnInt(1);
        d.recommendationId = stmt->columnInt(2);
        d.recommendationType = stmt->columnText(3);
        auto verdict = verdictFromString(stmt->columnText(4));
        if (!verdict) {
            return fail(ErrorCode::StorageError,
                        cat(db.path(), ": decision ", d.id, " has an unknown verdict '",
                            stmt->columnText(4), "'"));
        }
        d.verdict = *verdict;
        d.reason = stmt->columnText(5);
        d.actor = stmt->columnText(6);
        d.decidedAt = stmt->columnTime(7);
        d.revisitAt = stmt->columnOptionalTime(8);
        out.push_back(std::move(d));
    }
}

} // namespace headroom::store
