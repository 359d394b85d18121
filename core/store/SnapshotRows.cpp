// Snapshot rows: the JSON documents plus denormalised columns (tier, status, health, mode action)
// for cheap comparisons, and one snapshot_metrics row per present metric so that series() reads
// an index instead of parsing JSON.
#include "StoreRows.h"
#include "model/EvaluationJson.h"
#include "model/SnapshotJson.h"
#include "model/Text.h"

namespace headroom::store {

Result<std::optional<SnapshotHeader>> previousSnapshot(sql::Database& db, RowId workspaceId,
                                                       Timestamp at) {
    auto stmt = db.prepare("SELECT id, taken_at, tier_id, mode_action FROM snapshots "
                           "WHERE workspace_id = ?1 AND taken_at <= ?2 "
                           "ORDER BY taken_at DESC, id DESC LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, at);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<SnapshotHeader>{};
    }
    SnapshotHeader header;
    header.id = stmt->columnInt(0);
    header.takenAt = stmt->columnTime(1);
    header.tierId = stmt->columnText(2);
    header.modeAction = modeActionFromString(stmt->columnText(3)).value_or(ModeAction::Hold);
    return std::optional<SnapshotHeader>(std::move(header));
}

Result<RowId> insertSnapshot(sql::Database& db, RowId workspaceId, const Snapshot& snapshot,
                             const Evaluation& evaluation) {
    auto stmt = db.prepare(
        "INSERT INTO snapshots(workspace_id, taken_at, snapshot_json, evaluation_json, tier_id, "
        "overall_status, health_overall, mode_action) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId)
        .bind(2, snapshot.takenAt())
        .bind(3, snapshotToJsonText(snapshot))
        .bind(4, evaluationToJsonText(evaluation))
        .bind(5, evaluation.capacity.tierId)
        .bind(6, keyOf(evaluation.capacity.overall))
        .bind(7, evaluation.health.overall)
        .bind(8, keyOf(evaluation.mode.action));
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    const RowId id = db.lastInsertId();
    auto metric = db.prepare(
        "INSERT INTO snapshot_metrics(snapshot_id, metric_key, value) VALUES(?1, ?2, ?3)");
    if (!metric) {
        return std::unexpected(metric.error());
    }
    for (const MetricInfo& info : allMetrics()) {
        const auto& sample = snapshot.get(info.id);
        if (!sample) {
            continue;
        }
        metric->reset();
        metric->bind(1, id).bind(2, info.key).bind(3, sample->value);
        if (auto ok = metric->run(); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return id;
}

Result<std::vector<StoredSnapshot>> selectSnapshots(sql::Database& db, RowId workspaceId,
                                                    TimeRange range, std::size_t limit,
                                                    Newest order) {
    auto stmt = db.prepare(order == Newest::First
                               ? "SELECT id, snapshot_json, evaluation_json FROM snapshots "
                                 "WHERE workspace_id = ?1 AND taken_at BETWEEN ?2 AND ?3 "
                                 "ORDER BY taken_at DESC, id DESC LIMIT ?4"
                               : "SELECT id, snapshot_json, evaluation_json FROM snapshots "
                                 "WHERE workspace_id = ?1 AND taken_at BETWEEN ?2 AND ?3 "
                                 "ORDER BY taken_at, id LIMIT ?4");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    bindRange(*stmt, 2, range);
    stmt->bind(4, static_cast<std::int64_t>(
                      std::min<std::size_t>(limit, std::numeric_limits<std::int64_t>::max())));
    std::vector<StoredSnapshot> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        StoredSnapshot stored;
        stored.id = stmt->columnInt(0);
        stored.workspaceId = workspaceId;
        auto snapshot = snapshotFromJsonText(stmt->columnText(1));
        auto evaluation = evaluationFromJsonText(stmt->columnText(2));
        if (!snapshot || !evaluation) {
            return fail(ErrorCode::StorageError,
                        cat(db.path(), ": snapshot ", stored.id, " is damaged: ",
                            !snapshot ? snapshot.error().message : evaluation.error().message));
        }
        stored.snapshot = std::move(*snapshot);
        stored.evaluation = std::move(*evaluation);
        out.push_back(std::move(stored));
    }
    return out;
}

Result<std::vector<SeriesPoint>> selectSeries(sql::Database& db, RowId workspaceId,
                                              std::span<const MetricId> metrics, TimeRange range) {
    auto stmt = db.prepare("SELECT s.taken_at, m.value FROM snapshots s "
                           "JOIN snapshot_metrics m ON m.snapshot_id = s.id AND m.metric_key = ?4 "
                           "WHERE s.workspace_id = ?1 AND s.taken_at BETWEEN ?2 AND ?3 "
                           "ORDER BY s.taken_at, s.id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<SeriesPoint> out;
    for (MetricId metric : metrics) {
        stmt->reset();
        stmt->bind(1, workspaceId);
        bindRange(*stmt, 2, range);
        stmt->bind(4, metricKey(metric));
        for (;;) {
            auto row = stmt->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            out.push_back({stmt->columnTime(0), metric, stmt->columnDouble(1)});
        }
    }
    return out;
}

Result<std::size_t> countSnapshots(sql::Database& db, RowId workspaceId) {
    auto stmt = db.prepare("SELECT count(*) FROM snapshots WHERE workspace_id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return static_cast<std::size_t>(stmt->columnInt(0));
}

} // namespace headroom::store
