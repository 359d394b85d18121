// Retention (core/store/Store.h rollUp) on a real file: three days of 30-second snapshots on a
// fixed clock roll up into 5-minute and hourly buckets computed from the raw values; change points
// and a health snapshot's source stay raw; history is untouched; series(), the stretches and the
// state at a time read across the boundary; a second pass changes nothing; 5-minute buckets go
// after 90 days. Also the bundle registry and the migration from schema 7 (a populated file).
#include "model/RetentionSettings.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "support/CorePrinters.h"
#include "support/TempDatabases.h"

#include <algorithm>
#include <array>
#include <chrono>

#include <QTest>

#include <sqlite3.h>

using namespace headroom;

namespace {

constexpr std::int64_t kStart = 1'764'000'000; // 2025-11-24T16:00:00Z, a whole hour
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kStep = 30;
constexpr std::int64_t kRows = 3 * kDay / kStep; // 8640
constexpr std::int64_t kNow = kStart + 3 * kDay; // the clock: just after the last snapshot
constexpr std::int64_t kCutoff = kNow - kDay;    // raw kept from here on (24 h)

// The hand-computed bucket: the 5-minute bucket starting at kStart + 2 h holds these ten CPU
// values, in this order.
constexpr std::int64_t kHandBucket = kStart + 2 * kHour;
constexpr std::array kHandValues{0.42, 0.17, 0.93, 0.55, 0.61, 0.08, 0.77, 0.34, 0.50, 0.29};
// Sorted: 0.08 0.17 0.29 0.34 0.42 0.50 0.55 0.61 0.77 0.93 (sum 4.66).
// p50: h = 9 x 0.5 = 4.5 -> 0.42 + 0.5 x (0.50 - 0.42) = 0.46
// p95: h = 9 x 0.95 = 8.55 -> 0.77 + 0.55 x (0.93 - 0.77) = 0.858
constexpr double kHandMean = 0.466;
constexpr double kHandP50 = 0.46;
constexpr double kHandP95 = 0.858;

// The tier is hard_launch for snapshots in [kTierFrom, kTierTo): two change points.
constexpr std::int64_t kTierFrom = kStart + 5 * kHour + 10 * 60 + 60; // 21:11
constexpr std::int64_t kTierTo = kStart + 5 * kHour + 20 * 60 + 120;  // 21:22
// The snapshot a health snapshot names as its source.
constexpr std::int64_t kSourceAt = kStart + 10 * kHour + 30;

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

double cpuAt(std::int64_t at) {
    if (at >= kHandBucket && at < kHandBucket + 300) {
        return kHandValues[static_cast<std::size_t>((at - kHandBucket) / kStep)];
    }
    // A repeating pattern, so other buckets hold varied values too.
    return 0.30 + 0.01 * double((at / kStep) % 17);
}

Snapshot snapshotAt(std::int64_t at) {
    Snapshot s(t(at));
    (void)s.set(MetricId::CpuUtilization, {cpuAt(at), t(at), "test"});
    (void)s.set(MetricId::ActiveClients, {12, t(at), "test"});
    return s;
}

Evaluation evaluationAt(std::int64_t at) {
    Evaluation ev;
    ev.evaluatedAt = t(at);
    ev.capacity.tierId = at >= kTierFrom && at < kTierTo ? "hard_launch" : "soft_launch";
    ev.capacity.overall = Status::Warning;
    ev.health.overall = 60.0 + double((at / kStep) % 7);
    ev.mode.action = ModeAction::Hold;
    ev.recommendations.push_back({"enable_supabase_pooler",
                                  {{MetricId::CpuUtilization, 0.9, 0.8, Comparison::AtLeast}},
                                  Status::Warning,
                                  60});
    return ev;
}

std::vector<std::string> rawRows(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    std::vector<std::string> rows;
    if (sqlite3_open(path.toStdString().c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return {"cannot open"};
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        rows.push_back(std::string("error: ") + sqlite3_errmsg(db));
    }
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            row += (c ? "|" : "") + (text ? std::string(text) : std::string("null"));
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

std::int64_t rawInt(const QString& path, const std::string& sql) {
    const auto rows = rawRows(path, sql);
    return rows.size() == 1 && !rows.front().starts_with("error") ? std::stoll(rows.front()) : -1;
}

double rawDouble(const QString& path, const std::string& sql) {
    const auto rows = rawRows(path, sql);
    return rows.size() == 1 && !rows.front().starts_with("error") ? std::stod(rows.front()) : -1;
}

std::string rawExec(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toStdString().c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    char* message = nullptr;
    std::string out;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        out = message ? message : "error";
    }
    sqlite3_free(message);
    sqlite3_close(db);
    return out;
}

std::string count(std::string_view table, std::string_view where = "") {
    return std::string("SELECT count(*) FROM ") + std::string(table) +
           (where.empty() ? "" : " WHERE " + std::string(where));
}

std::string fiveMinuteRows() {
    return count("snapshot_rollups", "resolution_s = 300");
}
std::string hourlyRows() {
    return count("snapshot_rollups", "resolution_s = 3600");
}

// Rolls up until there is nothing more to do; the sum of the passes.
struct Passes {
    int calls = 0;
    RollUpResult total;
    bool firstHadMore = false;
    bool ok = true;
};

Passes rollUpAll(Store& store, RowId ws, std::int64_t now, int maxHours = 6) {
    Passes p;
    for (;;) {
        auto r = store.rollUp({ws, t(now), RetentionSettings{}, maxHours});
        if (!r) {
            qWarning("%s", r.error().message.c_str());
            p.ok = false;
            return p;
        }
        if (p.calls == 0) {
            p.firstHadMore = r->more;
        }
        ++p.calls;
        p.total.buckets5m += r->buckets5m;
        p.total.buckets1h += r->buckets1h;
        p.total.rawDeleted += r->rawDeleted;
        p.total.rawKept += r->rawKept;
        p.total.fiveMinuteDropped += r->fiveMinuteDropped;
        p.total.hourlyDropped += r->hourlyDropped;
        p.total.rawBefore = r->rawBefore;
        if (!r->more || p.calls > 1000) {
            return p;
        }
    }
}

} // namespace

class TestStoreRetention : public QObject {
    Q_OBJECT

    test::TempDatabases m_files{QStringLiteral("retention")};
    QString m_path;
    RowId m_ws = 0;
    RowId m_sourceId = 0;
    std::size_t m_events = 0;
    std::size_t m_decisions = 0;
    std::string m_eventsHead;

    std::unique_ptr<Store> open() { return m_files.open(m_path); }

    static std::size_t eventCount(Store& store, RowId ws) {
        HistoryFilter all;
        all.limit = 1'000'000;
        return store.events(ws, all).value().size();
    }
    static std::size_t decisionCount(Store& store, RowId ws) {
        HistoryFilter all;
        all.limit = 1'000'000;
        return store.decisions(ws, all).value().size();
    }

private slots:
    // Three days of 30-second snapshots, a decision and a health snapshot, then one full pass.
    void initTestCase() {
        QVERIFY(m_files.isValid());
        m_path = m_files.freshPath();
        auto store = open();
        QVERIFY(store);
        Workspace w;
        w.name = "local";
        w.title = "This computer";
        w.currentModeId = "lab";
        w.createdAt = t(kStart - kHour);
        auto ws = store->createWorkspace(w);
        QVERIFY(ws.has_value());
        m_ws = ws->id;
        auto written = store->transaction([&]() -> Result<void> {
            for (std::int64_t i = 0; i < kRows; ++i) {
                const std::int64_t at = kStart + i * kStep;
                auto r = store->ingest(m_ws, snapshotAt(at), evaluationAt(at));
                if (!r) {
                    return std::unexpected(r.error());
                }
                if (at == kSourceAt) {
                    m_sourceId = r->snapshotId;
                }
            }
            return {};
        });
        QVERIFY2(written.has_value(), written ? "" : written.error().message.c_str());
        QCOMPARE(rawInt(m_path, count("snapshots")), kRows);

        auto open = store->recommendations(m_ws).value();
        QCOMPARE(open.size(), std::size_t{1});
        DecisionRequest decision;
        decision.workspaceId = m_ws;
        decision.recommendationId = open.front().id;
        decision.verdict = Verdict::Accept;
        decision.reason = "pooler on";
        decision.decidedAt = t(kStart + 6 * kHour);
        QVERIFY(store->recordDecision(decision).has_value());

        HealthSnapshotRecord health;
        health.workspaceId = m_ws;
        health.takenAt = t(kSourceAt + 5);
        health.trigger = HealthSnapshotTrigger::Manual;
        health.sourceSnapshotId = m_sourceId;
        health.sourceTakenAt = t(kSourceAt);
        health.environment = "production";
        health.configuredModeId = "lab";
        health.tierId = "soft_launch";
        health.health.overall = 70;
        QVERIFY(m_sourceId > 0);
        QVERIFY(store->appendHealthSnapshot(health).has_value());

        m_events = eventCount(*store, m_ws);
        m_decisions = decisionCount(*store, m_ws);
        QCOMPARE(m_decisions, std::size_t{1});
        // Workspace created, recommendation opened, decision, two tier changes, health snapshot.
        QCOMPARE(m_events, std::size_t{6});
        auto verified = store->verifyHistory(m_ws);
        QVERIFY(verified && verified->intact());
        m_eventsHead = verified->events.headHash;

        const Passes passes = rollUpAll(*store, m_ws, kNow);
        QVERIFY(passes.ok);
        // 48 hours older than the cutoff, 6 per call.
        QVERIFY(passes.firstHadMore);
        QCOMPARE(passes.calls, 8);
        QCOMPARE(passes.total.buckets5m, std::size_t{48 * 12});
        QCOMPARE(passes.total.buckets1h, std::size_t{48});
        QCOMPARE(passes.total.rawKept, std::size_t{4});
        QCOMPARE(passes.total.rawDeleted, std::size_t{48 * 120 - 4});
        QCOMPARE(passes.total.fiveMinuteDropped, std::size_t{0});
        QCOMPARE(passes.total.rawBefore, t(kCutoff));
    }

    void rawIsKeptForADay() {
        QCOMPARE(rawInt(m_path, count("snapshots", "taken_at >= " + std::to_string(kCutoff))),
                 kDay / kStep);
        // Older than the cutoff only the kept rows remain: the first snapshot (its history
        // starts there), the two tier changes and the health snapshot's source.
        const std::vector<std::string> kept =
            rawRows(m_path, "SELECT taken_at, tier_id FROM snapshots WHERE taken_at < " +
                                std::to_string(kCutoff) + " ORDER BY taken_at");
        const std::vector<std::string> expected{
            std::to_string(kStart) + "|soft_launch", std::to_string(kTierFrom) + "|hard_launch",
            std::to_string(kTierTo) + "|soft_launch", std::to_string(kSourceAt) + "|soft_launch"};
        QCOMPARE(kept, expected);
        // Their metric rows stayed with them; the deleted ones' went (ON DELETE CASCADE).
        QCOMPARE(rawInt(m_path, count("snapshot_metrics")), std::int64_t{(kDay / kStep + 4) * 2});
    }

    void bucketsExistForBothResolutions() {
        QCOMPARE(rawInt(m_path, fiveMinuteRows()), std::int64_t{48 * 12});
        QCOMPARE(rawInt(m_path, hourlyRows()), std::int64_t{48});
        QCOMPARE(
            rawInt(m_path, count("snapshot_rollups", "resolution_s = 300 AND sample_count = 10")),
            std::int64_t{48 * 12});
        QCOMPARE(
            rawInt(m_path, count("snapshot_rollups", "resolution_s = 3600 AND sample_count = 120")),
            std::int64_t{48});
        // Two metrics per bucket.
        QCOMPARE(rawInt(m_path, count("rollup_metrics")), std::int64_t{(48 * 12 + 48) * 2});
        QCOMPARE(rawInt(m_path, "SELECT min(bucket_start) FROM snapshot_rollups"), kStart);
        QCOMPARE(rawInt(m_path, "SELECT max(bucket_start) FROM snapshot_rollups WHERE "
                                "resolution_s = 300"),
                 kCutoff - 300);
    }

    void bucketStatisticsAreComputedFromTheRawValues() {
        const std::string where =
            " FROM rollup_metrics WHERE resolution_s = 300 AND bucket_start = " +
            std::to_string(kHandBucket) + " AND metric_key = 'cpu_utilization'";
        QCOMPARE(rawInt(m_path, "SELECT n" + where), std::int64_t{10});
        QCOMPARE(rawDouble(m_path, "SELECT v_min" + where), 0.08);
        QCOMPARE(rawDouble(m_path, "SELECT v_max" + where), 0.93);
        QCOMPARE(rawDouble(m_path, "SELECT v_mean" + where), kHandMean);
        QCOMPARE(rawDouble(m_path, "SELECT p50" + where), kHandP50);
        QCOMPARE(rawDouble(m_path, "SELECT p95" + where), kHandP95);
        QCOMPARE(rawDouble(m_path, "SELECT v_last" + where), 0.29);
        // The bucket keeps its last snapshot verbatim: the one at +270 s.
        QCOMPARE(rawInt(m_path, "SELECT last_at FROM snapshot_rollups WHERE resolution_s = 300 "
                                "AND bucket_start = " +
                                    std::to_string(kHandBucket)),
                 kHandBucket + 270);
        // The hourly bucket is computed from its 120 raw values too: its minimum is the hand
        // bucket's 0.08, below anything the repeating pattern produces.
        QCOMPARE(rawDouble(m_path, "SELECT v_min FROM rollup_metrics WHERE resolution_s = 3600 "
                                   "AND metric_key = 'cpu_utilization' AND bucket_start = " +
                                       std::to_string(kHandBucket)),
                 0.08);
        QCOMPARE(rawInt(m_path, "SELECT n FROM rollup_metrics WHERE resolution_s = 3600 "
                                "AND metric_key = 'cpu_utilization' AND bucket_start = " +
                                    std::to_string(kHandBucket)),
                 std::int64_t{120});

        // series() reports the statistic asked for.
        auto store = open();
        QVERIFY(store);
        const std::array cpu{MetricId::CpuUtilization};
        const TimeRange bucket{t(kHandBucket), t(kHandBucket + 299)};
        const std::vector<std::pair<RollupStatistic, double>> cases{
            {RollupStatistic::Mean, kHandMean}, {RollupStatistic::Min, 0.08},
            {RollupStatistic::Max, 0.93},       {RollupStatistic::P50, kHandP50},
            {RollupStatistic::P95, kHandP95},   {RollupStatistic::Last, 0.29}};
        for (const auto& [statistic, expected] : cases) {
            auto points = store->series(m_ws, cpu, bucket, SeriesOptions{statistic});
            QVERIFY(points.has_value());
            QCOMPARE(points->size(), std::size_t{1});
            QCOMPARE(points->front().at, t(kHandBucket));
            QCOMPARE(points->front().value, expected);
            QCOMPARE(points->front().resolution, std::chrono::seconds{300});
        }
    }

    void historyIsUntouched() {
        auto store = open();
        QVERIFY(store);
        QCOMPARE(eventCount(*store, m_ws), m_events);
        QCOMPARE(decisionCount(*store, m_ws), m_decisions);
        auto verified = store->verifyHistory(m_ws);
        QVERIFY(verified.has_value());
        QVERIFY(verified->intact());
        QCOMPARE(verified->events.headHash, m_eventsHead);
        // The health snapshot's source still resolves.
        auto source = store->snapshotAt(m_ws, t(kSourceAt));
        QVERIFY(source && *source);
        QCOMPARE((*source)->id, m_sourceId);
        QCOMPARE((*source)->resolution, std::chrono::seconds{0});
    }

    void seriesIsContinuousAcrossTheBoundary() {
        auto store = open();
        QVERIFY(store);
        const std::array cpu{MetricId::CpuUtilization};
        auto points = store->series(m_ws, cpu, {t(kCutoff - 2 * kHour), t(kCutoff + 2 * kHour)});
        QVERIFY(points.has_value());
        // 24 five-minute buckets, then 240 raw points and the one at the range's end.
        QCOMPARE(points->size(), std::size_t{24 + 241});
        for (std::size_t i = 0; i < points->size(); ++i) {
            const SeriesPoint& p = (*points)[i];
            const bool rolled = p.at < t(kCutoff);
            QCOMPARE(p.resolution, std::chrono::seconds{rolled ? 300 : 0});
            if (i > 0) {
                const auto gap = p.at - (*points)[i - 1].at;
                QVERIFY(gap > std::chrono::seconds{0});
                // Each point follows the end of the one before it: no hole, no overlap.
                QCOMPARE(gap, (*points)[i - 1].resolution.count() > 0
                                  ? (*points)[i - 1].resolution
                                  : std::chrono::seconds{kStep});
            }
        }
        QCOMPARE(points->front().at, t(kCutoff - 2 * kHour));
        QCOMPARE((*points)[23].at, t(kCutoff - 300));
        QCOMPARE((*points)[24].at, t(kCutoff));
        QCOMPARE((*points)[24].value, cpuAt(kCutoff));

        // The kept raw rows do not appear twice inside rolled hours.
        auto tierHour =
            store->series(m_ws, cpu, {t(kStart + 5 * kHour), t(kStart + 6 * kHour - 1)});
        QVERIFY(tierHour.has_value());
        QCOMPARE(tierHour->size(), std::size_t{12});

        // The daily maxima's statistic: the hand bucket's maximum is the highest of its hour.
        auto maxima = store->series(m_ws, cpu, {t(kHandBucket), t(kHandBucket + kHour - 1)},
                                    SeriesOptions{RollupStatistic::Max});
        QVERIFY(maxima.has_value());
        double highest = 0;
        for (const auto& p : *maxima) {
            highest = std::max(highest, p.value);
        }
        QCOMPARE(highest, 0.93);
    }

    void stretchesNameTheResolution() {
        auto store = open();
        QVERIFY(store);
        auto stretches = store->resolutionStretches(m_ws, {});
        QVERIFY(stretches.has_value());
        QCOMPARE(stretches->size(), std::size_t{2});
        const Stretch rolled{t(kStart), t(kCutoff), std::chrono::seconds{300},
                             StretchKind::FiveMinute};
        const Stretch raw{t(kCutoff), t(kNow - kStep), std::chrono::seconds{kStep},
                          StretchKind::Raw};
        QVERIFY(stretches->at(0) == rolled);
        QVERIFY(stretches->at(1) == raw);
    }

    void stateAtATime() {
        auto store = open();
        QVERIFY(store);
        // Inside a rolled bucket: the bucket's last snapshot, once its time has come.
        auto inBucket = store->snapshotAt(m_ws, t(kHandBucket + 299));
        QVERIFY(inBucket && *inBucket);
        QCOMPARE((*inBucket)->resolution, std::chrono::seconds{300});
        QCOMPARE((*inBucket)->snapshot.takenAt(), t(kHandBucket + 270));
        QCOMPARE((*inBucket)->snapshot.get(MetricId::CpuUtilization)->value, 0.29);
        QCOMPARE((*inBucket)->evaluation.capacity.tierId, std::string("soft_launch"));
        // Before it, the previous bucket's.
        auto before = store->snapshotAt(m_ws, t(kHandBucket + 269));
        QVERIFY(before && *before);
        QCOMPARE((*before)->snapshot.takenAt(), t(kHandBucket - 30));
        // A change point is exact: the tier changed at kTierFrom, as stored.
        auto change = store->snapshotAt(m_ws, t(kTierFrom));
        QVERIFY(change && *change);
        QVERIFY((*change)->id > 0);
        QCOMPARE((*change)->evaluation.capacity.tierId, std::string("hard_launch"));
        // Raw time: exact.
        auto recent = store->snapshotAt(m_ws, t(kCutoff + 45));
        QVERIFY(recent && *recent);
        QCOMPARE((*recent)->snapshot.takenAt(), t(kCutoff + 30));
        QCOMPARE((*recent)->resolution, std::chrono::seconds{0});
        // Before the first snapshot: nothing.
        auto none = store->snapshotAt(m_ws, t(kStart - 1));
        QVERIFY(none && !*none);

        // The instants to step through: the buckets' last snapshots, the kept rows, raw rows.
        auto times = store->snapshotTimes(m_ws, {});
        QVERIFY(times.has_value());
        QCOMPARE(times->size(), std::size_t{48 * 12 + 4 + kDay / kStep});
        QVERIFY(std::ranges::is_sorted(*times));
        QVERIFY(std::ranges::adjacent_find(*times) == times->end());
        for (const Timestamp at : {times->at(0), times->at(1), times->at(100), times->back()}) {
            auto s = store->snapshotAt(m_ws, at);
            QVERIFY(s && *s);
            QCOMPARE((*s)->snapshot.takenAt(), at);
        }

        // snapshots() lists the same instants: kept raw rows and the buckets' last snapshots
        // (id 0: their raw rows are gone) in rolled stretches, raw rows after.
        auto all = store->snapshots(m_ws, {});
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), times->size());
        for (std::size_t i = 0; i < all->size(); ++i) {
            QCOMPARE((*all)[i].snapshot.takenAt(), (*times)[i]);
        }
        QCOMPARE(all->at(0).id, RowId{1});
        QCOMPARE(all->at(1).id, RowId{0});
        QVERIFY(all->back().id > 0);
        QCOMPARE(store->snapshots(m_ws, {}, 10).value().size(), std::size_t{10});

        // A chart of the three days parses at most 600 documents, spread over the range.
        auto sampled = store->snapshotsSampled(m_ws, {t(kStart), t(kNow)}, 600);
        QVERIFY(sampled.has_value());
        QVERIFY(sampled->size() <= 600);
        QVERIFY(sampled->size() >= 500);
        for (std::size_t i = 1; i < sampled->size(); ++i) {
            QVERIFY((*sampled)[i - 1].snapshot.takenAt() < (*sampled)[i].snapshot.takenAt());
        }
        QCOMPARE(sampled->back().snapshot.takenAt(), t(kNow - kStep));
        QVERIFY(store->snapshotsSampled(m_ws, {}, 0).value().empty());
    }

    void aSecondPassIsANoOp() {
        const auto tables = {"SELECT count(*), sum(id) FROM snapshots",
                             "SELECT count(*), sum(bucket_start) FROM snapshot_rollups",
                             "SELECT count(*), sum(v_mean) FROM rollup_metrics",
                             "SELECT * FROM retention_marks"};
        std::vector<std::vector<std::string>> before;
        for (const auto* sql : tables) {
            before.push_back(rawRows(m_path, sql));
        }
        auto store = open();
        QVERIFY(store);
        auto again = store->rollUp({m_ws, t(kNow), RetentionSettings{}, 6});
        QVERIFY(again.has_value());
        QCOMPARE(again->buckets5m + again->buckets1h + again->rawDeleted + again->rawKept +
                     again->fiveMinuteDropped + again->hourlyDropped,
                 std::size_t{0});
        QVERIFY(!again->more);
        QCOMPARE(again->rawBefore, t(kCutoff));
        std::size_t i = 0;
        for (const auto* sql : tables) {
            QCOMPARE(rawRows(m_path, sql), before[i++]);
        }
    }

    // Runs last: moves the clock 86 days on (every 5-minute bucket still within 90 days), then
    // to 90 days and an hour after the first bucket (its hour's 5-minute buckets go).
    void fiveMinuteBucketsAreDroppedAfter90Days() {
        auto store = open();
        QVERIFY(store);
        const Passes later = rollUpAll(*store, m_ws, kNow + 86 * kDay);
        QVERIFY(later.ok);
        QCOMPARE(later.total.fiveMinuteDropped, std::size_t{0});
        QCOMPARE(later.total.buckets5m, std::size_t{24 * 12});
        QCOMPARE(rawInt(m_path, fiveMinuteRows()), std::int64_t{72 * 12});
        QCOMPARE(rawInt(m_path, hourlyRows()), std::int64_t{72});

        const Passes expired = rollUpAll(*store, m_ws, kStart + 90 * kDay + kHour);
        QVERIFY(expired.ok);
        QCOMPARE(expired.total.fiveMinuteDropped, std::size_t{12});
        QCOMPARE(rawInt(m_path, fiveMinuteRows()), std::int64_t{71 * 12});
        QCOMPARE(rawInt(m_path, count("snapshot_rollups", "resolution_s = 300 AND bucket_start < " +
                                                              std::to_string(kStart + kHour))),
                 std::int64_t{0});
        // Hourly buckets stay (hourly_days is null); the metric rows of dropped buckets went.
        QCOMPARE(rawInt(m_path, hourlyRows()), std::int64_t{72});
        QCOMPARE(rawInt(m_path, count("rollup_metrics")), std::int64_t{(71 * 12 + 72) * 2});
        // The first hour now reads at hourly resolution, the next at 5 minutes.
        const std::array cpu{MetricId::CpuUtilization};
        auto points = store->series(m_ws, cpu, {t(kStart), t(kStart + 2 * kHour - 1)});
        QVERIFY(points.has_value());
        QCOMPARE(points->size(), std::size_t{1 + 12});
        QCOMPARE(points->front().resolution, std::chrono::seconds{3600});
        QCOMPARE(points->at(1).resolution, std::chrono::seconds{300});
        auto stretches = store->resolutionStretches(m_ws, {t(kStart), t(kStart + 3 * kHour)});
        QVERIFY(stretches.has_value());
        QCOMPARE(stretches->size(), std::size_t{2});
        QCOMPARE(stretches->at(0).kind, StretchKind::Hourly);
        QCOMPARE(stretches->at(0).to, t(kStart + kHour));
        QCOMPARE(stretches->at(1).kind, StretchKind::FiveMinute);
        // Decisions and events still untouched, all raw gone but the kept rows.
        QCOMPARE(eventCount(*store, m_ws), m_events);
        QCOMPARE(rawInt(m_path, count("snapshots")), std::int64_t{4});
        QVERIFY(store->verifyHistory(m_ws).value().intact());
    }

    void bundleRegistry() {
        auto store = m_files.open(m_files.freshPath());
        QVERIFY(store);
        StoredBundleInfo b;
        b.label = "demo-2026-11-24";
        b.fileName = "0123456789abcdef.db";
        b.sha256 = std::string(64, 'a');
        b.sourcePath = "/tmp/demo.hrbundle";
        b.formatVersion = 1;
        b.schemaVersion = 8;
        b.workspaceName = "demo";
        b.workspaceTitle = "Demo data";
        b.workspaceKind = "demo";
        b.rangeFrom = t(kStart);
        b.rangeTo = t(kNow);
        b.exportedAt = t(kNow);
        b.importedAt = t(kNow + 60);
        b.manifestJson = R"({"format":"headroom-bundle"})";
        auto added = store->addBundle(b);
        QVERIFY2(added.has_value(), added ? "" : added.error().message.c_str());
        QVERIFY(added->id > 0);
        auto listed = store->bundles();
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), std::size_t{1});
        QVERIFY(listed->front() == *added);

        StoredBundleInfo sameLabel = b;
        sameLabel.sha256 = std::string(64, 'b');
        sameLabel.fileName = "other.db";
        QCOMPARE(store->addBundle(sameLabel).error().code, ErrorCode::Conflict);
        StoredBundleInfo sameFile = b;
        sameFile.label = "demo-2";
        QCOMPARE(store->addBundle(sameFile).error().code, ErrorCode::Conflict);
        QVERIFY(store->addBundle(sameFile).error().message.find(
                    "already open as 'demo-2026-11-24'") != std::string::npos);
        StoredBundleInfo badManifest = sameLabel;
        badManifest.label = "demo-3";
        badManifest.manifestJson = "{not json";
        QCOMPARE(store->addBundle(badManifest).error().code, ErrorCode::InvalidArgument);
        StoredBundleInfo empty = sameLabel;
        empty.label.clear();
        QCOMPARE(store->addBundle(empty).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store->bundles().value().size(), std::size_t{1});

        StoredBundleInfo second = sameLabel;
        second.label = "acme-2026-12-01";
        QVERIFY(store->addBundle(second).has_value());
        auto both = store->bundles().value();
        QCOMPARE(both.size(), std::size_t{2});
        QCOMPARE(both[0].label, std::string("acme-2026-12-01")); // by label
        QVERIFY(store->removeBundle("demo-2026-11-24").has_value());
        QCOMPARE(store->removeBundle("demo-2026-11-24").error().code, ErrorCode::NotFound);
        QCOMPARE(store->bundles().value().size(), std::size_t{1});
    }

    // A populated version-7 file (written by this build, then taken back to 7 exactly: the
    // tables of version 8 and later dropped; its schema equals createSchema(7)'s) migrates to the
    // latest version with every row as it was and its history intact.
    void migratesFromVersion7() {
        const QString path = m_files.freshPath();
        const QString v7 = m_files.freshPath();
        const QString fresh = m_files.freshPath();
        RowId ws = 0;
        std::string head;
        {
            auto store = m_files.open(path);
            QVERIFY(store);
            Workspace w;
            w.name = "local";
            w.title = "This computer";
            w.createdAt = t(kStart);
            ws = store->createWorkspace(w).value().id;
            for (std::int64_t i = 0; i < 20; ++i) {
                const std::int64_t at = kTierFrom - 5 * kStep + i * kStep;
                QVERIFY(store->ingest(ws, snapshotAt(at), evaluationAt(at)).has_value());
            }
            auto rec = store->recommendations(ws).value().front();
            DecisionRequest d;
            d.workspaceId = ws;
            d.recommendationId = rec.id;
            d.verdict = Verdict::Reject;
            d.reason = "not now";
            d.decidedAt = t(kTierFrom + kHour);
            QVERIFY(store->recordDecision(d).has_value());
            head = store->verifyHistory(ws).value().events.headHash;
        }
        QCOMPARE(rawExec(path, "DROP TABLE rollup_metrics; DROP TABLE snapshot_rollups; "
                               "DROP TABLE retention_marks; DROP TABLE bundles; "
                               "DROP TABLE strain_baselines; DROP TABLE strain_runs; "
                               "PRAGMA user_version = 7;"),
                 std::string());
        {
            auto db = sql::Database::open(v7.toStdString(), sql::Database::Create::IfMissing);
            QVERIFY(db.has_value());
            QVERIFY(store::createSchema(*db, 7).has_value());
        }
        const std::string schema =
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        QCOMPARE(rawRows(path, schema), rawRows(v7, schema));
        QCOMPARE(rawInt(path, "PRAGMA user_version"), std::int64_t{7});

        const std::vector<std::string> tables{
            "SELECT * FROM workspaces ORDER BY id",
            "SELECT * FROM snapshots ORDER BY id",
            "SELECT * FROM snapshot_metrics ORDER BY snapshot_id, metric_key",
            "SELECT * FROM recommendations ORDER BY id",
            "SELECT * FROM decisions ORDER BY id",
            "SELECT * FROM events ORDER BY id",
            "SELECT * FROM history_heads ORDER BY 1, 2"};
        std::vector<std::vector<std::string>> before;
        for (const auto& sql : tables) {
            before.push_back(rawRows(path, sql));
            QVERIFY(!before.back().empty());
            QVERIFY(!before.back().front().starts_with("error"));
        }

        auto store = m_files.open(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion().value_or(-1), Store::latestSchemaVersion());
        for (std::size_t i = 0; i < tables.size(); ++i) {
            QCOMPARE(rawRows(path, tables[i]), before[i]);
        }
        QVERIFY(m_files.open(fresh));
        QCOMPARE(rawRows(path, schema), rawRows(fresh, schema));
        for (const char* table :
             {"snapshot_rollups", "rollup_metrics", "retention_marks", "bundles"}) {
            QCOMPARE(rawInt(path, count(table)), std::int64_t{0});
        }
        auto verified = store->verifyHistory(ws);
        QVERIFY(verified.has_value());
        QVERIFY(verified->intact());
        QCOMPARE(verified->events.headHash, head);
        // The migrated workspace rolls up like a new one.
        auto rolled = store->rollUp({ws, t(kTierFrom + 3 * kDay), RetentionSettings{}, 6});
        QVERIFY(rolled.has_value());
        QVERIFY(rolled->buckets1h >= 1);
        QVERIFY(store->verifyHistory(ws).value().intact());
    }
};

QTEST_GUILESS_MAIN(TestStoreRetention)
#include "tst_store_retention.moc"
