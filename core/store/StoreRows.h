#pragma once
// Internal to the store: one function per query, grouped by table in SnapshotRows.cpp,
// RecommendationRows.cpp, DecisionRows.cpp, EventRows.cpp, SourceRows.cpp and LedgerRows.cpp
// (checks in LedgerValidation.cpp). Store.cpp and StoreLedger.cpp compose them into
// transactions. Only insertEvent and insertDecision open one themselves: the row, its chain hash
// and the chain head must change together, so they nest (a SAVEPOINT) inside the caller's.

#include "Database.h"
#include "RecommendationReconciler.h"
#include "Store.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace headroom::store {

// NotFound unless the workspace exists.
Result<void> requireWorkspace(sql::Database& db, RowId workspaceId);

// ---- snapshots ----
struct SnapshotHeader {
    RowId id = 0;
    Timestamp takenAt{};
    std::string tierId;
    ModeAction modeAction = ModeAction::Hold;
};

// The newest snapshot taken at or before `at` (ties: the newest row).
Result<std::optional<SnapshotHeader>> previousSnapshot(sql::Database& db, RowId workspaceId,
                                                       Timestamp at);
Result<RowId> insertSnapshot(sql::Database& db, RowId workspaceId, const Snapshot& snapshot,
                             const Evaluation& evaluation);
enum class Newest { First, Last };
Result<std::vector<StoredSnapshot>> selectSnapshots(sql::Database& db, RowId workspaceId,
                                                    TimeRange range, std::size_t limit,
                                                    Newest order);
Result<std::vector<SeriesPoint>> selectSeries(sql::Database& db, RowId workspaceId,
                                              std::span<const MetricId> metrics, TimeRange range);
Result<std::size_t> countSnapshots(sql::Database& db, RowId workspaceId);

// ---- recommendations ----
// What the reconciler needs: open ones, ones whose condition is active, the newest of each type.
Result<std::vector<TrackedRecommendation>> selectTracked(sql::Database& db, RowId workspaceId);
Result<std::vector<StoredRecommendation>>
selectRecommendations(sql::Database& db, RowId workspaceId,
                      std::span<const RecommendationState> states);
Result<std::optional<TrackedRecommendation>> selectRecommendation(sql::Database& db, RowId id);
Result<RowId> insertRecommendation(sql::Database& db, const TrackedRecommendation& tracked);
Result<void> updateRecommendation(sql::Database& db, const TrackedRecommendation& tracked);

// ---- decisions ----
// The reason a request cannot be recorded against `current`, or nothing.
Result<void> validateDecision(const DecisionRequest& request,
                              const std::optional<TrackedRecommendation>& current);
Result<RowId> insertDecision(sql::Database& db, const Decision& decision);
Result<std::vector<Decision>> selectDecisions(sql::Database& db, RowId workspaceId,
                                              const HistoryFilter& filter);

// ---- events ----
Result<Event> insertEvent(sql::Database& db, const Event& event);
Result<std::vector<Event>> selectEvents(sql::Database& db, RowId workspaceId,
                                        const HistoryFilter& filter);

// ---- sources ----
// The reason a source cannot be saved (empty name, configuration not a JSON object), or nothing.
Result<void> validateSource(const SaveSourceRequest& request);
// Ordered by name, case-insensitively for ASCII letters, then byte by byte.
Result<std::vector<StoredSource>> selectSources(sql::Database& db, RowId workspaceId);
Result<std::optional<StoredSource>> selectSource(sql::Database& db, RowId workspaceId,
                                                 std::string_view name);
Result<RowId> insertSource(sql::Database& db, const StoredSource& source);
// Writes name, configuration, enabled and updated_at of the row source.id.
Result<void> updateSource(sql::Database& db, const StoredSource& source);
Result<void> deleteSource(sql::Database& db, RowId id);
// Same name, same enabled flag and the same configuration as JSON values (formatting aside).
bool sameSource(const StoredSource& a, const StoredSource& b);
// Event details (JSON text): the configurations as objects, so history shows what changed.
std::string sourceAddedDetail(const StoredSource& source, std::string_view actor);
std::string sourceChangedDetail(const StoredSource& before, const StoredSource& after,
                                std::string_view actor);
std::string sourceRemovedDetail(const StoredSource& source, std::string_view actor);

// ---- ledger ----
// Every row of the request is sound and no key repeats; else InvalidArgument naming the row.
Result<void> validateLedgerImport(const LedgerImportRequest& request);
// Usage and service-cost rows stored for the workspace, together.
Result<std::size_t> countLedgerRows(sql::Database& db, RowId workspaceId);
// Insert or replace by natural key, one prepared statement for all rows.
Result<void> upsertUsage(sql::Database& db, RowId workspaceId, std::span<const UsageRow> rows);
Result<void> upsertServiceCosts(sql::Database& db, RowId workspaceId,
                                std::span<const ServiceCostRow> rows);
Result<std::vector<UsageRow>> selectUsage(sql::Database& db, RowId workspaceId, DayRange range);
Result<std::vector<ServiceCostRow>> selectServiceCosts(sql::Database& db, RowId workspaceId,
                                                       DayRange range);
Result<std::optional<DayRange>> selectLedgerSpan(sql::Database& db, RowId workspaceId);
std::string ledgerImportedDetail(const LedgerImportRequest& request,
                                 const LedgerImportResult& result);

// Days are stored as day numbers since 1970-01-01.
inline std::int64_t dayNumber(Day day) {
    return day.time_since_epoch().count();
}
inline Day dayFromNumber(std::int64_t number) {
    return Day{std::chrono::days{number}};
}

// Binds a range as two inclusive bounds; an open end becomes the smallest or largest integer so
// that the (workspace_id, time) indexes still serve the query.
inline void bindRange(sql::Statement& stmt, int first, const TimeRange& range) {
    stmt.bind(first, range.from ? range.from->time_since_epoch().count()
                                : std::numeric_limits<std::int64_t>::min());
    stmt.bind(first + 1, range.to ? range.to->time_since_epoch().count()
                                  : std::numeric_limits<std::int64_t>::max());
}

} // namespace headroom::store
