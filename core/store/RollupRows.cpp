// Roll-up rows: bucket statistics computed from raw values, and the reads of snapshot_rollups
// that series(), the stretches and the state at a time share.
#include "RollupRows.h"

#include "model/EvaluationJson.h"
#include "model/Percentile.h"
#include "model/SnapshotJson.h"
#include "model/Text.h"

#include <algorithm>
#include <map>

namespace headroom::store {

namespace {

MetricStats statsOf(std::string key, std::vector<double>& values, double last) {
    MetricStats s;
    s.key = std::move(key);
    s.n = static_cast<std::int64_t>(values.size());
    double sum = 0.0;
    for (double v : values) {
        sum += v;
    }
    s.mean = sum / double(values.size());
    s.last = last;
    // percentileOf sorts the values in place; the later calls find them sorted.
    s.p50 = percentileOf(values, 0.50).value_or(0.0);
    s.p95 = percentileOf(values, 0.95).value_or(0.0);
    s.p99 = percentileOf(values, 0.99).value_or(0.0);
    s.min = values.front();
    s.max = values.back();
    return s;
}

RollupBucket bucketOf(std::span<const RawRow> rows, std::int64_t resolution, std::int64_t start) {
    RollupBucket b;
    b.resolution = resolution;
    b.start = start;
    b.count = static_cast<std::int64_t>(rows.size());
    b.firstAt = rows.front().at;
    b.lastAt = rows.back().at;
    b.last = &rows.back();
    // Values in row order per metric key (sorted by key: a stable order for the rows written).
    std::map<std::string, std::pair<std::vector<double>, double>> values;
    for (const RawRow& row : rows) {
        for (const auto& [key, value] : row.metrics) {
            auto& entry = values[key];
            entry.first.push_back(value);
            entry.second = value;
        }
    }
    for (auto& [key, entry] : values) {
        b.metrics.push_back(statsOf(key, entry.first, entry.second));
    }
    return b;
}

} // namespace

std::vector<RollupBucket> buildBuckets(std::span<const RawRow> rows, std::int64_t resolution) {
    std::vector<RollupBucket> out;
    std::size_t first = 0;
    while (first < rows.size()) {
        const std::int64_t start = floorTo(rows[first].at, resolution);
        std::size_t end = first;
        while (end < rows.size() && floorTo(rows[end].at, resolution) == start) {
            ++end;
        }
        out.push_back(bucketOf(rows.subspan(first, end - first), resolution, start));
        first = end;
    }
    return out;
}

Result<void> insertBucket(sql::Database& db, RowId workspaceId, const RollupBucket& bucket) {
    auto stmt = db.prepare(
        "INSERT INTO snapshot_rollups(workspace_id, resolution_s, bucket_start, sample_count, "
        "first_at, last_at, snapshot_json, evaluation_json, tier_id, overall_status, "
        "health_overall, mode_action) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const RawRow& rep = *bucket.last;
    stmt->bind(1, workspaceId)
        .bind(2, bucket.resolution)
        .bind(3, bucket.start)
        .bind(4, bucket.count)
        .bind(5, bucket.firstAt)
        .bind(6, bucket.lastAt)
        .bind(7, rep.snapshotJson)
        .bind(8, rep.evaluationJson)
        .bind(9, rep.tierId)
        .bind(10, rep.overallStatus)
        .bind(11, rep.healthOverall)
        .bind(12, rep.modeAction);
    if (auto ok = stmt->run(); !ok) {
        return ok;
    }
    auto metric = db.prepare(
        "INSERT INTO rollup_metrics(workspace_id, resolution_s, bucket_start, metric_key, n, "
        "v_min, v_max, v_mean, p50, p95, p99, v_last) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!metric) {
        return std::unexpected(metric.error());
    }
    for (const MetricStats& m : bucket.metrics) {
        metric->reset();
        metric->bind(1, workspaceId)
            .bind(2, bucket.resolution)
            .bind(3, bucket.start)
            .bind(4, m.key)
            .bind(5, m.n)
            .bind(6, m.min)
            .bind(7, m.max)
            .bind(8, m.mean)
            .bind(9, m.p50)
            .bind(10, m.p95)
            .bind(11, m.p99)
            .bind(12, m.last);
        if (auto ok = metric->run(); !ok) {
            return ok;
        }
    }
    return {};
}

Result<std::vector<RolledHour>> selectRolledHours(sql::Database& db, RowId workspaceId,
                                                  std::int64_t from, std::int64_t to) {
    auto stmt = db.prepare("SELECT bucket_start - (bucket_start % 3600) AS hour, "
                           "min(resolution_s) FROM snapshot_rollups "
                           "WHERE workspace_id = ?1 AND bucket_start BETWEEN ?2 AND ?3 "
                           "GROUP BY hour ORDER BY hour");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, from).bind(3, to);
    std::vector<RolledHour> out;
    auto ok = stmt->forEachRow([&](const sql::Statement& row) -> Result<void> {
        out.push_back({row.columnInt(0), row.columnInt(1)});
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

std::int64_t rolledResolutionAt(std::span<const RolledHour> hours, std::int64_t t) {
    const std::int64_t hour = floorTo(t, kHourSeconds);
    auto it = std::ranges::lower_bound(hours, hour, {}, &RolledHour::hour);
    return it != hours.end() && it->hour == hour ? it->resolution : 0;
}

Result<SampledSnapshot> selectBucketSnapshot(sql::Database& db, RowId workspaceId, BucketKey key) {
    auto stmt = db.prepare("SELECT snapshot_json, evaluation_json FROM snapshot_rollups "
                           "WHERE workspace_id = ?1 AND resolution_s = ?2 AND bucket_start = ?3");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, key.resolution).bind(3, key.start);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound,
                    cat(db.path(), ": no ", key.resolution, " s roll-up at ", key.start));
    }
    auto snapshot = snapshotFromJsonText(stmt->columnText(0));
    auto evaluation = evaluationFromJsonText(stmt->columnText(1));
    if (!snapshot || !evaluation) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": the ", key.resolution, " s roll-up at ", key.start,
                        " is damaged: ",
                        !snapshot ? snapshot.error().message : evaluation.error().message));
    }
    SampledSnapshot out;
    out.id = 0;
    out.workspaceId = workspaceId;
    out.snapshot = std::move(*snapshot);
    out.evaluation = std::move(*evaluation);
    out.resolution = std::chrono::seconds{key.resolution};
    return out;
}

} // namespace headroom::store
