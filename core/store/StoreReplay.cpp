// The state of a workspace at a time, over raw rows and roll-ups (schema v8): series() with a
// statistic for rolled stretches, the stretches by resolution, snapshotAt and the instants to
// step through. In an hour that was rolled up, the finest roll-up stored stands for the raw
// rows; raw rows kept there (change points, health-snapshot sources) are still stored instants.
#include "Database.h"
#include "RollupRows.h"
#include "Store.h"
#include "StoreImpl.h"
#include "StoreRows.h"
#include "model/EvaluationJson.h"
#include "model/SnapshotJson.h"
#include "model/Text.h"

#include <algorithm>
#include <array>
#include <limits>

namespace headroom {

using namespace store;

namespace {

constexpr std::int64_t kMinTime = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMaxTime = std::numeric_limits<std::int64_t>::max();
constexpr std::array<std::int64_t, 2> kResolutions{kFiveMinuteSeconds, kHourSeconds};

struct Bounds {
    std::int64_t from = kMinTime;
    std::int64_t to = kMaxTime;
};

Bounds boundsOf(const TimeRange& range) {
    return {range.from ? range.from->time_since_epoch().count() : kMinTime,
            range.to ? range.to->time_since_epoch().count() : kMaxTime};
}

// The start of the hour holding t (buckets that begin before the range may still reach into it).
std::int64_t hourFloor(std::int64_t t) {
    return t == kMinTime ? t : floorTo(t, kHourSeconds);
}

Timestamp timeOf(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

std::string_view statisticColumn(RollupStatistic statistic) {
    switch (statistic) {
    case RollupStatistic::Mean:
        return "v_mean";
    case RollupStatistic::Min:
        return "v_min";
    case RollupStatistic::Max:
        return "v_max";
    case RollupStatistic::P50:
        return "p50";
    case RollupStatistic::P95:
        return "p95";
    case RollupStatistic::P99:
        return "p99";
    case RollupStatistic::Last:
        return "v_last";
    }
    return "v_mean";
}

// A stored instant: a raw row (rawId) or a bucket's last snapshot.
struct Instant {
    std::int64_t at = 0;
    RowId rawId = 0;
    BucketKey bucket;
};

// Raw rows in the range, oldest first.
Result<std::vector<Instant>> rawInstants(sql::Database& db, RowId ws, Bounds b) {
    auto stmt = db.prepare("SELECT id, taken_at FROM snapshots "
                           "WHERE workspace_id = ?1 AND taken_at BETWEEN ?2 AND ?3 "
                           "ORDER BY taken_at, id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, ws).bind(2, b.from).bind(3, b.to);
    std::vector<Instant> out;
    auto ok = stmt->forEachRow([&](const sql::Statement& row) -> Result<void> {
        out.push_back({row.columnInt(1), row.columnInt(0), {}});
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

// The last snapshots of the finest buckets whose last snapshot lies in the range.
Result<std::vector<Instant>> bucketInstants(sql::Database& db, RowId ws, Bounds b,
                                            std::span<const RolledHour> hours) {
    auto stmt = db.prepare("SELECT resolution_s, bucket_start, last_at FROM snapshot_rollups "
                           "WHERE workspace_id = ?1 AND bucket_start BETWEEN ?2 AND ?3 "
                           "ORDER BY bucket_start, resolution_s");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, ws).bind(2, hourFloor(b.from)).bind(3, b.to);
    std::vector<Instant> out;
    auto ok = stmt->forEachRow([&](const sql::Statement& row) -> Result<void> {
        const BucketKey key{row.columnInt(0), row.columnInt(1)};
        const std::int64_t last = row.columnInt(2);
        if (last >= b.from && last <= b.to &&
            rolledResolutionAt(hours, key.start) == key.resolution) {
            out.push_back({last, 0, key});
        }
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

// Every stored instant of the range, oldest first (a raw row wins a tie with a bucket: it is the
// same snapshot when a bucket's last row was kept).
Result<std::vector<Instant>> instantsOf(sql::Database& db, RowId ws, Bounds b) {
    auto hours = selectRolledHours(db, ws, hourFloor(b.from), b.to);
    if (!hours) {
        return std::unexpected(hours.error());
    }
    auto raw = rawInstants(db, ws, b);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    if (hours->empty()) {
        return raw;
    }
    auto buckets = bucketInstants(db, ws, b, *hours);
    if (!buckets) {
        return std::unexpected(buckets.error());
    }
    std::vector<Instant> all = std::move(*buckets);
    all.insert(all.end(), raw->begin(), raw->end());
    std::ranges::stable_sort(all, [](const Instant& a, const Instant& c) {
        return a.at != c.at ? a.at < c.at : (a.rawId != 0) < (c.rawId != 0);
    });
    std::vector<Instant> out;
    out.reserve(all.size());
    for (const Instant& i : all) {
        if (!out.empty() && out.back().at == i.at && out.back().rawId == 0) {
            out.back() = i;
        } else {
            out.push_back(i);
        }
    }
    return out;
}

Result<SampledSnapshot> loadRaw(sql::Database& db, RowId ws, RowId id) {
    auto stmt = db.prepare("SELECT snapshot_json, evaluation_json FROM snapshots WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, cat(db.path(), ": no snapshot ", id));
    }
    auto snapshot = snapshotFromJsonText(stmt->columnText(0));
    auto evaluation = evaluationFromJsonText(stmt->columnText(1));
    if (!snapshot || !evaluation) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": snapshot ", id, " is damaged: ",
                        !snapshot ? snapshot.error().message : evaluation.error().message));
    }
    SampledSnapshot out;
    out.id = id;
    out.workspaceId = ws;
    out.snapshot = std::move(*snapshot);
    out.evaluation = std::move(*evaluation);
    return out;
}

Result<SampledSnapshot> load(sql::Database& db, RowId ws, const Instant& i) {
    return i.rawId != 0 ? loadRaw(db, ws, i.rawId) : selectBucketSnapshot(db, ws, i.bucket);
}

std::chrono::seconds medianInterval(std::span<const std::int64_t> times) {
    if (times.size() < 2) {
        return std::chrono::seconds{0};
    }
    std::vector<std::int64_t> gaps;
    gaps.reserve(times.size() - 1);
    for (std::size_t i = 1; i < times.size(); ++i) {
        gaps.push_back(times[i] - times[i - 1]);
    }
    auto mid = gaps.begin() + static_cast<std::ptrdiff_t>((gaps.size() - 1) / 2);
    std::ranges::nth_element(gaps, mid);
    return std::chrono::seconds{*mid};
}

StretchKind kindOf(std::int64_t resolution) {
    return resolution == kFiveMinuteSeconds ? StretchKind::FiveMinute
           : resolution == kHourSeconds     ? StretchKind::Hourly
                                            : StretchKind::Raw;
}

} // namespace

Result<std::vector<SeriesPoint>> Store::series(RowId workspaceId, std::span<const MetricId> metrics,
                                               TimeRange range, SeriesOptions options) {
    auto& db = m_impl->db;
    const Bounds b = boundsOf(range);
    auto hours = selectRolledHours(db, workspaceId, hourFloor(b.from), b.to);
    if (!hours) {
        return std::unexpected(hours.error());
    }
    if (hours->empty()) {
        return selectSeries(db, workspaceId, metrics, range);
    }
    auto stmt = db.prepare(cat("SELECT bucket_start, ", statisticColumn(options.statistic),
                               " FROM rollup_metrics WHERE workspace_id = ?1 AND metric_key = ?2 "
                               "AND resolution_s = ?3 AND bucket_start BETWEEN ?4 AND ?5 "
                               "ORDER BY bucket_start"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<SeriesPoint> out;
    for (MetricId metric : metrics) {
        auto raw = selectSeries(db, workspaceId, std::span(&metric, 1), range);
        if (!raw) {
            return std::unexpected(raw.error());
        }
        std::vector<SeriesPoint> points;
        for (const SeriesPoint& p : *raw) {
            if (rolledResolutionAt(*hours, p.at.time_since_epoch().count()) == 0) {
                points.push_back(p);
            }
        }
        for (const std::int64_t resolution : kResolutions) {
            stmt->reset();
            stmt->bind(1, workspaceId).bind(2, metricKey(metric)).bind(3, resolution);
            stmt->bind(4, b.from).bind(5, b.to);
            auto ok = stmt->forEachRow([&](const sql::Statement& row) -> Result<void> {
                const std::int64_t start = row.columnInt(0);
                if (rolledResolutionAt(*hours, start) == resolution) {
                    points.push_back({timeOf(start), metric, row.columnDouble(1),
                                      std::chrono::seconds{resolution}});
                }
                return {};
            });
            if (!ok) {
                return std::unexpected(ok.error());
            }
        }
        std::ranges::stable_sort(points, {}, &SeriesPoint::at);
        out.insert(out.end(), points.begin(), points.end());
    }
    return out;
}

Result<std::vector<Stretch>> Store::resolutionStretches(RowId workspaceId, TimeRange range) {
    auto& db = m_impl->db;
    const Bounds b = boundsOf(range);
    auto hours = selectRolledHours(db, workspaceId, hourFloor(b.from), b.to);
    if (!hours) {
        return std::unexpected(hours.error());
    }
    auto raw = rawInstants(db, workspaceId, b);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    // Raw rows outside rolled hours and the rolled hours themselves, in time order.
    struct Piece {
        std::int64_t at;
        std::int64_t resolution; // 0 = a raw row
    };
    std::vector<Piece> pieces;
    for (const RolledHour& h : *hours) {
        pieces.push_back({h.hour, h.resolution});
    }
    for (const Instant& i : *raw) {
        if (rolledResolutionAt(*hours, i.at) == 0) {
            pieces.push_back({i.at, 0});
        }
    }
    std::ranges::stable_sort(pieces, {}, &Piece::at);

    std::vector<Stretch> out;
    std::vector<std::int64_t> rawTimes; // of the open raw stretch
    auto closeRaw = [&] {
        if (!rawTimes.empty()) {
            out.push_back({timeOf(rawTimes.front()), timeOf(rawTimes.back()),
                           medianInterval(rawTimes), StretchKind::Raw});
            rawTimes.clear();
        }
    };
    for (const Piece& p : pieces) {
        if (p.resolution == 0) {
            rawTimes.push_back(p.at);
            continue;
        }
        closeRaw();
        const auto resolution = std::chrono::seconds{p.resolution};
        if (!out.empty() && out.back().kind != StretchKind::Raw &&
            out.back().resolution == resolution && out.back().to == timeOf(p.at)) {
            out.back().to = timeOf(p.at + kHourSeconds);
        } else {
            out.push_back(
                {timeOf(p.at), timeOf(p.at + kHourSeconds), resolution, kindOf(p.resolution)});
        }
    }
    closeRaw();
    for (Stretch& s : out) {
        if (range.from && s.from < *range.from) {
            s.from = *range.from;
        }
        if (range.to && s.to > *range.to) {
            s.to = *range.to;
        }
    }
    return out;
}

Result<std::optional<SampledSnapshot>> Store::snapshotAt(RowId workspaceId, Timestamp at) {
    auto& db = m_impl->db;
    const std::int64_t t = at.time_since_epoch().count();
    std::optional<Instant> best;
    {
        auto stmt = db.prepare("SELECT id, taken_at FROM snapshots WHERE workspace_id = ?1 "
                               "AND taken_at <= ?2 ORDER BY taken_at DESC, id DESC LIMIT 1");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, workspaceId).bind(2, t);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row) {
            best = Instant{stmt->columnInt(1), stmt->columnInt(0), {}};
        }
    }
    auto stmt = db.prepare("SELECT bucket_start, last_at FROM snapshot_rollups "
                           "WHERE workspace_id = ?1 AND resolution_s = ?2 AND bucket_start <= ?3 "
                           "AND last_at <= ?3 ORDER BY bucket_start DESC LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    // Finest first: a coarser bucket must be strictly newer to win.
    for (const std::int64_t resolution : kResolutions) {
        stmt->reset();
        stmt->bind(1, workspaceId).bind(2, resolution).bind(3, t);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row && (!best || stmt->columnInt(1) > best->at)) {
            best = Instant{stmt->columnInt(1), 0, BucketKey{resolution, stmt->columnInt(0)}};
        }
    }
    if (!best) {
        return std::optional<SampledSnapshot>{};
    }
    auto loaded = load(db, workspaceId, *best);
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    return std::optional<SampledSnapshot>(std::move(*loaded));
}

Result<std::vector<Timestamp>> Store::snapshotTimes(RowId workspaceId, TimeRange range) {
    auto instants = instantsOf(m_impl->db, workspaceId, boundsOf(range));
    if (!instants) {
        return std::unexpected(instants.error());
    }
    std::vector<Timestamp> out;
    out.reserve(instants->size());
    for (const Instant& i : *instants) {
        if (out.empty() || out.back() != timeOf(i.at)) {
            out.push_back(timeOf(i.at));
        }
    }
    return out;
}

Result<std::vector<StoredSnapshot>> Store::snapshots(RowId workspaceId, TimeRange range,
                                                     std::size_t limit) {
    auto& db = m_impl->db;
    const Bounds b = boundsOf(range);
    auto hours = selectRolledHours(db, workspaceId, hourFloor(b.from), b.to);
    if (!hours) {
        return std::unexpected(hours.error());
    }
    if (hours->empty()) {
        return selectSnapshots(db, workspaceId, range, limit, Newest::Last);
    }
    // Rolled stretches: each bucket's last snapshot (id 0 when its raw row was rolled away).
    auto instants = instantsOf(db, workspaceId, b);
    if (!instants) {
        return std::unexpected(instants.error());
    }
    std::vector<StoredSnapshot> out;
    const std::size_t n = std::min(limit, instants->size());
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto loaded = load(db, workspaceId, (*instants)[i]);
        if (!loaded) {
            return std::unexpected(loaded.error());
        }
        out.push_back(std::move(static_cast<StoredSnapshot&>(*loaded)));
    }
    return out;
}

Result<std::vector<SampledSnapshot>> Store::snapshotsSampled(RowId workspaceId, TimeRange range,
                                                             std::size_t maxCount) {
    auto& db = m_impl->db;
    std::vector<SampledSnapshot> out;
    if (maxCount == 0) {
        return out;
    }
    auto instants = instantsOf(db, workspaceId, boundsOf(range));
    if (!instants) {
        return std::unexpected(instants.error());
    }
    if (instants->empty()) {
        return out;
    }
    const std::int64_t from =
        range.from ? range.from->time_since_epoch().count() : instants->front().at;
    const std::int64_t to = range.to ? range.to->time_since_epoch().count() : instants->back().at;
    // (to - from) / width < maxCount, so there are at most maxCount groups.
    const std::int64_t width = (to - from) / static_cast<std::int64_t>(maxCount) + 1;
    std::vector<Instant> chosen;
    std::int64_t group = -1;
    for (const Instant& i : *instants) {
        const std::int64_t g = (i.at - from) / width;
        if (g == group && !chosen.empty()) {
            chosen.back() = i;
        } else {
            chosen.push_back(i);
            group = g;
        }
    }
    out.reserve(chosen.size());
    for (const Instant& i : chosen) {
        auto loaded = load(db, workspaceId, i);
        if (!loaded) {
            return std::unexpected(loaded.error());
        }
        out.push_back(std::move(*loaded));
    }
    return out;
}

} // namespace headroom
