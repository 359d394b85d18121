#pragma once
// Internal to the store: the rows of retention (schema v8). Buckets are computed here from raw
// snapshot rows (pure), written, and read back for series(), stretches and the state at a time.
// Times are seconds since the epoch; buckets are aligned to 300 s and 3600 s.

#include "Database.h"
#include "Store.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace headroom::store {

inline constexpr std::int64_t kFiveMinuteSeconds = 300;
inline constexpr std::int64_t kHourSeconds = 3600;

// Rounds down to a multiple of step (also for negative times).
inline std::int64_t floorTo(std::int64_t t, std::int64_t step) {
    const std::int64_t q = t / step;
    return (t % step != 0 && t < 0 ? q - 1 : q) * step;
}

// One raw snapshot row with its metric values, as roll-up reads it.
struct RawRow {
    RowId id = 0;
    std::int64_t at = 0;
    std::string snapshotJson;
    std::string evaluationJson;
    std::string tierId;
    std::string overallStatus;
    std::optional<double> healthOverall;
    std::string modeAction;
    std::vector<std::pair<std::string, double>> metrics; // key, value
};

struct MetricStats {
    std::string key;
    std::int64_t n = 0;
    double min = 0, max = 0, mean = 0, p50 = 0, p95 = 0, p99 = 0, last = 0;
};

struct RollupBucket {
    std::int64_t resolution = 0;
    std::int64_t start = 0;
    std::int64_t count = 0;
    std::int64_t firstAt = 0;
    std::int64_t lastAt = 0;
    const RawRow* last = nullptr; // the representative: the bucket's last row
    std::vector<MetricStats> metrics;
};

// The buckets of `resolution` seconds holding rows (sorted by time, then id), oldest first;
// statistics over each metric's values in the bucket (percentiles: model/Percentile.h).
std::vector<RollupBucket> buildBuckets(std::span<const RawRow> rows, std::int64_t resolution);

Result<void> insertBucket(sql::Database& db, RowId workspaceId, const RollupBucket& bucket);

// Each hour in [from, to] that holds roll-ups, with the finest resolution stored for it.
struct RolledHour {
    std::int64_t hour = 0;
    std::int64_t resolution = 0;
};
Result<std::vector<RolledHour>> selectRolledHours(sql::Database& db, RowId workspaceId,
                                                  std::int64_t from, std::int64_t to);
// The finest resolution rolled for the hour holding t, or 0 (raw) when none.
std::int64_t rolledResolutionAt(std::span<const RolledHour> hours, std::int64_t t);

// A bucket's representative (its last snapshot), parsed.
struct BucketKey {
    std::int64_t resolution = 0;
    std::int64_t start = 0;
};
Result<SampledSnapshot> selectBucketSnapshot(sql::Database& db, RowId workspaceId, BucketKey key);

} // namespace headroom::store
