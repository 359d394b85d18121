// Recommendation rows: state, severity and evidence as stable keys / JSON; condition_active
// remembers whether the condition held at the latest evaluation (see RecommendationReconciler.h).
#include "StoreRows.h"
#include "model/EvaluationJson.h"
#include "model/Text.h"

#include <nlohmann/json.hpp>

namespace headroom::store {

namespace {

constexpr std::string_view kColumns = "id, workspace_id, type, state, severity, evidence_json, "
                                      "first_seen, last_seen, revisit_at, condition_active";

Result<TrackedRecommendation> readRow(sql::Database& db, const sql::Statement& stmt) {
    TrackedRecommendation tracked;
    StoredRecommendation& rec = tracked.recommendation;
    rec.id = stmt.columnInt(0);
    rec.workspaceId = stmt.columnInt(1);
    rec.type = stmt.columnText(2);
    auto state = recommendationStateFromString(stmt.columnText(3));
    auto severity = statusFromString(stmt.columnText(4));
    if (!state || !severity) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": recommendation ", rec.id, " has an unknown state '",
                        stmt.columnText(3), "' or severity '", stmt.columnText(4), "'"));
    }
    rec.state = *state;
    rec.severity = *severity;
    auto json = nlohmann::json::parse(stmt.columnText(5), nullptr, false);
    auto evidence = evidenceFromJson(json);
    if (json.is_discarded() || !evidence) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": recommendation ", rec.id, " has damaged evidence",
                        evidence ? std::string() : ": " + evidence.error().message));
    }
    rec.evidence = std::move(*evidence);
    rec.firstSeen = stmt.columnTime(6);
    rec.lastSeen = stmt.columnTime(7);
    rec.revisitAt = stmt.columnOptionalTime(8);
    tracked.conditionActive = stmt.columnInt(9) != 0;
    return tracked;
}

Result<std::vector<TrackedRecommendation>> readAll(sql::Database& db, sql::Statement& stmt) {
    std::vector<TrackedRecommendation> out;
    for (;;) {
        auto row = stmt.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return out;
        }
        auto tracked = readRow(db, stmt);
        if (!tracked) {
            return std::unexpected(tracked.error());
        }
        out.push_back(std::move(*tracked));
    }
}

} // namespace

Result<std::vector<TrackedRecommendation>> selectTracked(sql::Database& db, RowId workspaceId) {
    auto stmt = db.prepare(cat(
        "SELECT ", kColumns,
        " FROM recommendations WHERE workspace_id = ?1 AND (state = 'open' OR condition_active = 1 "
        "OR id IN (SELECT max(id) FROM recommendations WHERE workspace_id = ?1 GROUP BY type)) "
        "ORDER BY id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    return readAll(db, *stmt);
}

Result<std::vector<StoredRecommendation>>
selectRecommendations(sql::Database& db, RowId workspaceId,
                      std::span<const RecommendationState> states) {
    std::string sql = cat("SELECT ", kColumns, " FROM recommendations WHERE workspace_id = ?1");
    if (!states.empty()) {
        sql += " AND state IN (";
        for (std::size_t i = 0; i < states.size(); ++i) {
            sql += cat(i ? ", ?" : "?", i + 2);
        }
        sql += ")";
    }
    sql += " ORDER BY id";
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    for (std::size_t i = 0; i < states.size(); ++i) {
        stmt->bind(static_cast<int>(i + 2), keyOf(states[i]));
    }
    auto tracked = readAll(db, *stmt);
    if (!tracked) {
        return std::unexpected(tracked.error());
    }
    std::vector<StoredRecommendation> out;
    out.reserve(tracked->size());
    for (auto& t : *tracked) {
        out.push_back(std::move(t.recommendation));
    }
    return out;
}

Result<std::optional<TrackedRecommendation>> selectRecommendation(sql::Database& db, RowId id) {
    auto stmt = db.prepare(cat("SELECT ", kColumns, " FROM recommendations WHERE id = ?1"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto all = readAll(db, *stmt);
    if (!all) {
        return std::unexpected(all.error());
    }
    if (all->empty()) {
        return std::optional<TrackedRecommendation>{};
    }
    return std::optional<TrackedRecommendation>(std::move(all->front()));
}

Result<RowId> insertRecommendation(sql::Database& db, const TrackedRecommendation& tracked) {
    const StoredRecommendation& rec = tracked.recommendation;
    auto stmt = db.prepare(
        "INSERT INTO recommendations(workspace_id, type, state, severity, evidence_json, "
        "first_seen, last_seen, revisit_at, condition_active) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, rec.workspaceId)
        .bind(2, rec.type)
        .bind(3, keyOf(rec.state))
        .bind(4, keyOf(rec.severity))
        .bind(5, evidenceToJson(rec.evidence).dump())
        .bind(6, rec.firstSeen)
        .bind(7, rec.lastSeen)
        .bind(8, rec.revisitAt)
        .bind(9, tracked.conditionActive ? 1 : 0);
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    return db.lastInsertId();
}

Result<void> updateRecommendation(sql::Database& db, const TrackedRecommendation& tracked) {
    const StoredRecommendation& rec = tracked.recommendation;
    auto stmt = db.prepare("UPDATE recommendations SET state = ?2, severity = ?3, "
                           "evidence_json = ?4, last_seen = ?5, revisit_at = ?6, "
                           "condition_active = ?7 WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, rec.id)
        .bind(2, keyOf(rec.state))
        .bind(3, keyOf(rec.severity))
        .bind(4, evidenceToJson(rec.evidence).dump())
        .bind(5, rec.lastSeen)
        .bind(6, rec.revisitAt)
        .bind(7, tracked.conditionActive ? 1 : 0);
    return stmt->run();
}

} // namespace headroom::store
