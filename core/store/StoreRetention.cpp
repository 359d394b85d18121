// Store::rollUp: the retention pass of schema v8 (see Store.h). Whole hours only, each call in one
// transaction, at most request.maxHours hours holding snapshots, resuming at retention_marks.
// Both resolutions are computed from the raw rows: percentiles do not compose, so an hourly p95
// built from 5-minute p95s would be wrong.
#include "Database.h"
#include "RollupRows.h"
#include "Store.h"
#include "StoreImpl.h"
#include "StoreRows.h"
#include "model/Text.h"

#include <algorithm>
#include <limits>
#include <set>
#include <unordered_map>

#include <sqlite3.h>

namespace headroom {

using namespace store;

namespace {

struct Mark {
    std::int64_t rawBefore = 0;
    std::optional<std::int64_t> fiveMinuteBefore;
    std::optional<std::int64_t> hourlyBefore;
};

Result<std::optional<Mark>> selectMark(sql::Database& db, RowId workspaceId) {
    auto stmt = db.prepare("SELECT raw_before, five_minute_before, hourly_before "
                           "FROM retention_marks WHERE workspace_id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Mark>{};
    }
    Mark mark;
    mark.rawBefore = stmt->columnInt(0);
    if (!stmt->isNull(1)) {
        mark.fiveMinuteBefore = stmt->columnInt(1);
    }
    if (!stmt->isNull(2)) {
        mark.hourlyBefore = stmt->columnInt(2);
    }
    return std::optional<Mark>(mark);
}

Result<void> writeMark(sql::Database& db, RowId workspaceId, const Mark& mark, Timestamp now) {
    auto stmt = db.prepare(
        "INSERT INTO retention_marks(workspace_id, raw_before, five_minute_before, hourly_before, "
        "updated_at) VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(workspace_id) DO UPDATE SET "
        "raw_before = excluded.raw_before, five_minute_before = excluded.five_minute_before, "
        "hourly_before = excluded.hourly_before, updated_at = excluded.updated_at");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, mark.rawBefore);
    if (mark.fiveMinuteBefore) {
        stmt->bind(3, *mark.fiveMinuteBefore);
    } else {
        stmt->bindNull(3);
    }
    if (mark.hourlyBefore) {
        stmt->bind(4, *mark.hourlyBefore);
    } else {
        stmt->bindNull(4);
    }
    stmt->bind(5, now);
    return stmt->run();
}

// The oldest snapshot time in [from, before), if any.
Result<std::optional<std::int64_t>> firstSnapshotTime(sql::Database& db, RowId workspaceId,
                                                      std::int64_t from, std::int64_t before) {
    auto stmt = db.prepare("SELECT min(taken_at) FROM snapshots "
                           "WHERE workspace_id = ?1 AND taken_at >= ?2 AND taken_at < ?3");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, from).bind(3, before);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row || stmt->isNull(0)) {
        return std::optional<std::int64_t>{};
    }
    return std::optional<std::int64_t>(stmt->columnInt(0));
}

// The state compared for change points: tier, mode action, overall status.
struct RowState {
    std::string tierId;
    std::string modeAction;
    std::string overallStatus;
    bool operator==(const RowState&) const = default;
};

Result<std::optional<RowState>> stateBefore(sql::Database& db, RowId workspaceId,
                                            std::int64_t before) {
    auto stmt = db.prepare("SELECT tier_id, mode_action, overall_status FROM snapshots "
                           "WHERE workspace_id = ?1 AND taken_at < ?2 "
                           "ORDER BY taken_at DESC, id DESC LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, before);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<RowState>{};
    }
    return std::optional<RowState>(
        RowState{stmt->columnText(0), stmt->columnText(1), stmt->columnText(2)});
}

Result<std::vector<RawRow>> selectHourRows(sql::Database& db, RowId workspaceId,
                                           std::int64_t hour) {
    auto stmt = db.prepare("SELECT id, taken_at, snapshot_json, evaluation_json, tier_id, "
                           "overall_status, health_overall, mode_action FROM snapshots "
                           "WHERE workspace_id = ?1 AND taken_at >= ?2 AND taken_at < ?3 "
                           "ORDER BY taken_at, id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, hour).bind(3, hour + kHourSeconds);
    std::vector<RawRow> rows;
    std::unordered_map<RowId, std::size_t> byId;
    auto ok = stmt->forEachRow([&](const sql::Statement& r) -> Result<void> {
        RawRow row;
        row.id = r.columnInt(0);
        row.at = r.columnInt(1);
        row.snapshotJson = r.columnText(2);
        row.evaluationJson = r.columnText(3);
        row.tierId = r.columnText(4);
        row.overallStatus = r.columnText(5);
        if (!r.isNull(6)) {
            row.healthOverall = r.columnDouble(6);
        }
        row.modeAction = r.columnText(7);
        byId.emplace(row.id, rows.size());
        rows.push_back(std::move(row));
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    auto metrics = db.prepare("SELECT m.snapshot_id, m.metric_key, m.value FROM snapshots s "
                              "JOIN snapshot_metrics m ON m.snapshot_id = s.id "
                              "WHERE s.workspace_id = ?1 AND s.taken_at >= ?2 AND s.taken_at < ?3 "
                              "ORDER BY m.snapshot_id, m.metric_key");
    if (!metrics) {
        return std::unexpected(metrics.error());
    }
    metrics->bind(1, workspaceId).bind(2, hour).bind(3, hour + kHourSeconds);
    ok = metrics->forEachRow([&](const sql::Statement& r) -> Result<void> {
        if (auto it = byId.find(r.columnInt(0)); it != byId.end()) {
            rows[it->second].metrics.emplace_back(r.columnText(1), r.columnDouble(2));
        }
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return rows;
}

// Snapshot ids that health snapshots taken at or after `from` name as their source: a health
// snapshot is taken after the snapshot it evaluates.
Result<std::set<RowId>> healthSources(sql::Database& db, RowId workspaceId, std::int64_t from) {
    auto stmt = db.prepare("SELECT json_extract(record_json, '$.source_snapshot_id') "
                           "FROM health_snapshots WHERE workspace_id = ?1 AND taken_at >= ?2 "
                           "AND json_valid(record_json)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, from);
    std::set<RowId> out;
    auto ok = stmt->forEachRow([&](const sql::Statement& r) -> Result<void> {
        if (!r.isNull(0)) {
            out.insert(r.columnInt(0));
        }
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

Result<std::size_t> deleteRollupsBefore(sql::Database& db, RowId workspaceId,
                                        std::int64_t resolution, std::int64_t before) {
    auto stmt = db.prepare("DELETE FROM snapshot_rollups WHERE workspace_id = ?1 "
                           "AND resolution_s = ?2 AND bucket_start < ?3");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, resolution).bind(3, before);
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    return static_cast<std::size_t>(sqlite3_changes(db.handle()));
}

std::int64_t secondsOf(Timestamp t) {
    return t.time_since_epoch().count();
}

} // namespace

Result<RollUpResult> Store::rollUp(const RollUpRequest& request) {
    auto& db = m_impl->db;
    const RowId ws = request.workspaceId;
    const RetentionSettings& settings = request.settings;
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto ok = requireWorkspace(db, ws); !ok) {
        return std::unexpected(ok.error());
    }
    auto mark = selectMark(db, ws);
    if (!mark) {
        return std::unexpected(mark.error());
    }
    const std::int64_t now = secondsOf(request.now);
    const std::int64_t cutoff = floorTo(now - settings.rawFor.count(), kHourSeconds);
    const std::int64_t fiveMinuteCut =
        floorTo(now - std::chrono::seconds(settings.fiveMinuteFor).count(), kHourSeconds);
    const std::optional<std::int64_t> hourlyCut =
        settings.hourlyFor
            ? std::optional(
                  floorTo(now - std::chrono::seconds(*settings.hourlyFor).count(), kHourSeconds))
            : std::nullopt;
    const std::int64_t start =
        *mark ? (*mark)->rawBefore : std::numeric_limits<std::int64_t>::min();

    // The hours holding raw snapshots from the mark on, before the cutoff, at most maxHours.
    const auto maxHours = static_cast<std::size_t>(std::max(request.maxHours, 1));
    std::vector<std::int64_t> hours;
    std::int64_t cursor = start;
    bool more = false;
    while (cursor < cutoff) {
        auto first = firstSnapshotTime(db, ws, cursor, cutoff);
        if (!first) {
            return std::unexpected(first.error());
        }
        if (!*first) {
            break;
        }
        if (hours.size() == maxHours) {
            more = true;
            break;
        }
        hours.push_back(floorTo(**first, kHourSeconds));
        cursor = hours.back() + kHourSeconds;
    }

    RollUpResult result;
    if (!hours.empty()) {
        auto sources = healthSources(db, ws, hours.front());
        if (!sources) {
            return std::unexpected(sources.error());
        }
        auto previous = stateBefore(db, ws, hours.front());
        if (!previous) {
            return std::unexpected(previous.error());
        }
        std::optional<RowState> prev = std::move(*previous);
        auto erase = db.prepare("DELETE FROM snapshots WHERE id = ?1");
        if (!erase) {
            return std::unexpected(erase.error());
        }
        for (const std::int64_t hour : hours) {
            auto rows = selectHourRows(db, ws, hour);
            if (!rows) {
                return std::unexpected(rows.error());
            }
            // Only the hours whose buckets are still within their retention get buckets.
            const bool keepFiveMinute = hour + kHourSeconds > fiveMinuteCut;
            const bool keepHourly = !hourlyCut || hour + kHourSeconds > *hourlyCut;
            if (keepFiveMinute) {
                for (const auto& bucket : buildBuckets(*rows, kFiveMinuteSeconds)) {
                    if (auto ok = insertBucket(db, ws, bucket); !ok) {
                        return std::unexpected(ok.error());
                    }
                    ++result.buckets5m;
                }
            }
            if (keepHourly) {
                for (const auto& bucket : buildBuckets(*rows, kHourSeconds)) {
                    if (auto ok = insertBucket(db, ws, bucket); !ok) {
                        return std::unexpected(ok.error());
                    }
                    ++result.buckets1h;
                }
            }
            for (const RawRow& row : *rows) {
                RowState state{row.tierId, row.modeAction, row.overallStatus};
                // The first row of the workspace starts its history, so it counts as a change.
                const bool changePoint = !prev || *prev != state;
                prev = std::move(state);
                if (changePoint || sources->contains(row.id)) {
                    ++result.rawKept;
                    continue;
                }
                erase->reset();
                erase->bind(1, row.id);
                if (auto ok = erase->run(); !ok) {
                    return std::unexpected(ok.error());
                }
                ++result.rawDeleted;
            }
        }
    }

    auto fiveDropped = deleteRollupsBefore(db, ws, kFiveMinuteSeconds, fiveMinuteCut);
    if (!fiveDropped) {
        return std::unexpected(fiveDropped.error());
    }
    result.fiveMinuteDropped = *fiveDropped;
    if (hourlyCut) {
        auto hourlyDropped = deleteRollupsBefore(db, ws, kHourSeconds, *hourlyCut);
        if (!hourlyDropped) {
            return std::unexpected(hourlyDropped.error());
        }
        result.hourlyDropped = *hourlyDropped;
    }

    Mark next;
    next.rawBefore = more ? hours.back() + kHourSeconds : std::max(start, cutoff);
    next.fiveMinuteBefore = fiveMinuteCut;
    next.hourlyBefore = hourlyCut;
    const bool changed = !*mark || (*mark)->rawBefore != next.rawBefore ||
                         (*mark)->fiveMinuteBefore != next.fiveMinuteBefore ||
                         (*mark)->hourlyBefore != next.hourlyBefore;
    if (changed) {
        if (auto ok = writeMark(db, ws, next, request.now); !ok) {
            return std::unexpected(ok.error());
        }
    }
    result.rawBefore = Timestamp{std::chrono::seconds{next.rawBefore}};
    result.more = more;
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return result;
}

} // namespace headroom
