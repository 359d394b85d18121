// Store: strain-test runs and the baseline of each scenario (issue 8, schema v9).
#include "Store.h"
#include "StoreImpl.h"
#include "StoreRows.h"
#include "model/StrainRunJson.h"
#include "model/Text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

#include <nlohmann/json.hpp>

namespace headroom {

using namespace store;
using nlohmann::json;

namespace {

// The verdict keys of StrainRunRecord (strain/StrainVerdict.h judges; the store only keeps the
// key, so it does not depend on the strain library).
constexpr std::array<std::string_view, 3> kVerdictKeys{"passed", "failed", "not_judged"};
constexpr std::string_view kNotJudged = "not_judged";

// A run, its workspace's name and whether it is its scenario's baseline, in readRun's order,
// from `runs` (strain_runs, or a join that ends in it) as r; `extra` columns may follow.
std::string runSelect(std::string_view runs = "strain_runs", std::string_view extra = "") {
    return cat("SELECT r.id, w.name, r.verdict, r.result_json, r.criteria_json, "
               "b.run_id IS NOT NULL",
               extra, " FROM ", runs,
               " r JOIN workspaces w ON w.id = r.workspace_id "
               "LEFT JOIN strain_baselines b ON b.workspace_id = r.workspace_id "
               "AND b.scenario_id = r.scenario_id AND b.run_id = r.id ");
}

// A workspace's row id by name (NotFound naming it, as Store::workspace words it).
Result<RowId> workspaceIdOf(Store& store, std::string_view name) {
    auto workspace = store.workspace(name);
    if (!workspace) {
        return std::unexpected(workspace.error());
    }
    return workspace->id;
}

// The first negative figure among those that count or measure time, named by its JSON path.
std::optional<std::string> negativeField(const StrainRunResult& r) {
    std::optional<std::string> found;
    const auto check = [&](std::int64_t value, const std::string& path) {
        if (!found && value < 0) {
            found = cat(path, " must not be negative (", value, ")");
        }
    };
    const std::string root = "strain_run";
    check(r.users, root + ".users");
    check(r.plannedDuration.count(), root + ".planned_duration_s");
    check(r.elapsed.count(), root + ".elapsed_ms");
    const StrainMeasurement& m = r.measurement;
    for (const auto& [value, name] :
         {std::pair{m.p50, "p50_us"}, std::pair{m.p90, "p90_us"}, std::pair{m.p95, "p95_us"},
          std::pair{m.p99, "p99_us"}, std::pair{m.p999, "p999_us"}, std::pair{m.max, "max_us"}}) {
        check(value.count(), cat(root, ".measurement.", name));
    }
    check(r.completed, root + ".completed");
    check(r.errors.status, root + ".errors.status");
    check(r.errors.timeout, root + ".errors.timeout");
    check(r.errors.connection, root + ".errors.connection");
    check(r.errors.other, root + ".errors.other");
    for (std::size_t i = 0; i < r.statusCounts.size(); ++i) {
        check(r.statusCounts[i].count, cat(root, ".status_counts[", i, "].count"));
    }
    check(r.bytesReceived, root + ".bytes_received");
    check(r.bytesSent, root + ".bytes_sent");
    check(r.generator.lateSends, root + ".generator.late_sends");
    check(r.generator.worstSendLag.count(), root + ".generator.worst_send_lag_us");
    for (std::size_t i = 0; i < r.timeline.size(); ++i) {
        const LoadSample& s = r.timeline[i];
        const std::string p = cat(root, ".timeline[", i, "].");
        check(s.at.count(), p + "at_ms");
        check(s.completed, p + "completed");
        check(s.errors, p + "errors");
        check(s.dropped, p + "dropped");
        check(s.active, p + "active");
        check(s.p50.count(), p + "p50_us");
        check(s.p95.count(), p + "p95_us");
        check(s.p99.count(), p + "p99_us");
        check(s.max.count(), p + "max_us");
    }
    return found;
}

Result<void> validateRun(const StrainRunRecord& record) {
    if (std::ranges::find(kVerdictKeys, record.verdict) == kVerdictKeys.end()) {
        return fail(ErrorCode::ValidationError, cat("strain run: verdict '", record.verdict,
                                                    "' is not one of passed, failed, not_judged"));
    }
    if (record.result.scenarioId.empty()) {
        return fail(ErrorCode::ValidationError, "strain run: strain_run.scenario_id is empty");
    }
    // size_t counts of the measurement cannot be negative, but one beyond int64 would wrap.
    if (record.result.measurement.requests >
        static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())) {
        return fail(ErrorCode::ValidationError,
                    "strain run: strain_run.measurement.requests is out of range");
    }
    if (auto negative = negativeField(record.result)) {
        return fail(ErrorCode::ValidationError,
                    cat("strain run ('", record.result.scenarioId, "'): ", *negative));
    }
    return {};
}

// When the run ended, in the store's whole seconds: rounded up, so the second named has passed
// when the run was over (the engine's window over the run's telemetry rounds the same way).
Timestamp finishedAt(const StrainRunResult& r) {
    return r.startedAt + std::chrono::ceil<std::chrono::seconds>(r.elapsed);
}

std::optional<double> finite(double value) {
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

json runEventDetail(RowId id, const StrainRunRecord& record) {
    const StrainMeasurement& m = record.result.measurement;
    const auto figure = [](double value) {
        return std::isfinite(value) ? json(value) : json(nullptr);
    };
    return json{{"run_id", id},
                {"verdict", record.verdict},
                {"stop", std::string(keyOf(record.result.stop))},
                {"p95_us", m.p95.count()},
                {"throughput_per_s", figure(m.throughputPerSecond)},
                {"error_rate", figure(m.errorRate)},
                {"requests", static_cast<std::int64_t>(m.requests)}};
}

Result<StrainRunRecord> readRun(sql::Database& db, const sql::Statement& row) {
    StrainRunRecord r;
    r.id = row.columnInt(0);
    r.workspace = row.columnText(1);
    r.verdict = row.columnText(2);
    r.baseline = row.columnInt(5) != 0;
    const auto damaged = [&](std::string_view what, const std::string& why) {
        return fail(ErrorCode::StorageError, cat(db.path(), ": strain run ", r.id, ": the stored ",
                                                 what, " is damaged: ", why));
    };
    auto resultJson = json::parse(row.columnText(3), nullptr, false);
    auto criteriaJson = json::parse(row.columnText(4), nullptr, false);
    if (resultJson.is_discarded() || criteriaJson.is_discarded()) {
        return damaged(resultJson.is_discarded() ? "result" : "criteria", "not valid JSON");
    }
    auto result = strainRunResultFromJson(resultJson);
    if (!result) {
        return damaged("result", result.error().message);
    }
    auto criteria = strainCriteriaFromJson(criteriaJson);
    if (!criteria) {
        return damaged("criteria", criteria.error().message);
    }
    r.result = std::move(*result);
    r.criteria = *criteria;
    return r;
}

// Runs the query (its parameters already bound) and reads every row; `alsoRead` reads what a row
// holds beyond the run's columns.
Result<std::vector<StrainRunRecord>>
readRuns(sql::Database& db, sql::Statement& stmt,
         const std::function<void(const sql::Statement&)>& alsoRead = {}) {
    std::vector<StrainRunRecord> out;
    auto ok = stmt.forEachRow([&](const sql::Statement& row) -> Result<void> {
        auto run = readRun(db, row);
        if (!run) {
            return std::unexpected(run.error());
        }
        if (alsoRead) {
            alsoRead(row);
        }
        out.push_back(std::move(*run));
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

// What setStrainBaseline needs to know about a run, straight from its columns.
struct RunFacts {
    RowId workspaceId = 0;
    std::string scenarioId;
    std::string verdict;
    std::string stop;
};

Result<std::optional<RunFacts>> selectRunFacts(sql::Database& db, RowId runId) {
    auto stmt = db.prepare(
        "SELECT workspace_id, scenario_id, verdict, stop FROM strain_runs WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, runId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<RunFacts>{};
    }
    return std::optional<RunFacts>{RunFacts{stmt->columnInt(0), stmt->columnText(1),
                                            stmt->columnText(2), stmt->columnText(3)}};
}

Result<std::optional<RowId>> selectBaselineId(sql::Database& db, RowId workspaceId,
                                              std::string_view scenarioId) {
    auto stmt = db.prepare(
        "SELECT run_id FROM strain_baselines WHERE workspace_id = ?1 AND scenario_id = ?2");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, scenarioId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? std::optional<RowId>(stmt->columnInt(0)) : std::nullopt;
}

} // namespace

Result<RowId> Store::addStrainRun(const StrainRunRecord& record) {
    if (auto ok = validateRun(record); !ok) {
        return std::unexpected(ok.error());
    }
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto workspaceId = workspaceIdOf(*this, record.workspace);
    if (!workspaceId) {
        return std::unexpected(workspaceId.error());
    }
    const StrainRunResult& r = record.result;
    auto stmt = db.prepare(
        "INSERT INTO strain_runs(workspace_id, scenario_id, started_at, finished_at, stop, "
        "verdict, p95_us, throughput_per_s, error_rate, requests, result_json, criteria_json) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, *workspaceId)
        .bind(2, r.scenarioId)
        .bind(3, r.startedAt)
        .bind(4, finishedAt(r))
        .bind(5, keyOf(r.stop))
        .bind(6, record.verdict)
        .bind(7, static_cast<std::int64_t>(r.measurement.p95.count()))
        .bind(8, finite(r.measurement.throughputPerSecond))
        .bind(9, finite(r.measurement.errorRate))
        .bind(10, static_cast<std::int64_t>(r.measurement.requests))
        .bind(11, toJson(r).dump())
        .bind(12, toJson(record.criteria).dump());
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    const RowId id = db.lastInsertId();
    auto event = insertEvent(db, Event{0, *workspaceId, finishedAt(r), EventKind::StrainRun,
                                       r.scenarioId, runEventDetail(id, record).dump()});
    if (!event) {
        return std::unexpected(event.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return id;
}

Result<std::vector<StrainRunRecord>> Store::strainRuns(std::string_view workspace,
                                                       std::string_view scenarioId, int limit) {
    if (limit < 1) {
        return fail(ErrorCode::InvalidArgument,
                    cat("strain runs: the limit must be at least 1 (", limit, ")"));
    }
    auto& db = m_impl->db;
    auto workspaceId = workspaceIdOf(*this, workspace);
    if (!workspaceId) {
        return std::unexpected(workspaceId.error());
    }
    auto stmt =
        db.prepare(cat(runSelect(), "WHERE r.workspace_id = ?1 AND (?2 = '' OR r.scenario_id = ?2) "
                                    "ORDER BY r.started_at DESC, r.id DESC LIMIT ?3"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, *workspaceId).bind(2, scenarioId).bind(3, limit);
    return readRuns(db, *stmt);
}

Result<LatestStrainRuns> Store::latestStrainRunsPerScenario(std::string_view workspace,
                                                            std::optional<Timestamp> from,
                                                            std::optional<Timestamp> to) {
    auto& db = m_impl->db;
    auto workspaceId = workspaceIdOf(*this, workspace);
    if (!workspaceId) {
        return std::unexpected(workspaceId.error());
    }
    // The period's runs are ranked, newest first within each scenario, and counted from the
    // strain_runs_by_scenario index alone (workspace first, then scenario and start; the id is
    // the rowid); only each scenario's newest row is then read whole, by its id.
    constexpr std::string_view kRankedRuns =
        "(SELECT id, ROW_NUMBER() OVER (PARTITION BY scenario_id "
        "ORDER BY started_at DESC, id DESC) AS newest, COUNT(*) OVER () AS in_period "
        "FROM strain_runs WHERE workspace_id = ?1 "
        "AND (?2 IS NULL OR started_at >= ?2) AND (?3 IS NULL OR started_at < ?3)) p "
        "JOIN strain_runs";
    auto stmt = db.prepare(cat(runSelect(kRankedRuns, ", p.in_period"),
                               "WHERE p.newest = 1 AND r.id = p.id ORDER BY r.scenario_id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, *workspaceId).bind(2, from).bind(3, to);
    LatestStrainRuns latest;
    auto runs = readRuns(db, *stmt, [&](const sql::Statement& row) {
        latest.runsInPeriod = static_cast<std::size_t>(row.columnInt(6));
    });
    if (!runs) {
        return std::unexpected(runs.error());
    }
    latest.runs = std::move(*runs);
    return latest;
}

Result<StrainRunRecord> Store::strainRun(RowId id) {
    auto& db = m_impl->db;
    auto stmt = db.prepare(cat(runSelect(), "WHERE r.id = ?1"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto runs = readRuns(db, *stmt);
    if (!runs) {
        return std::unexpected(runs.error());
    }
    if (runs->empty()) {
        return fail(ErrorCode::NotFound, cat(db.path(), ": no strain run with id ", id));
    }
    return std::move(runs->front());
}

Result<void> Store::setStrainBaseline(std::string_view workspace, RowId runId,
                                      std::string_view actor, Timestamp at) {
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto workspaceId = workspaceIdOf(*this, workspace);
    if (!workspaceId) {
        return std::unexpected(workspaceId.error());
    }
    auto facts = selectRunFacts(db, runId);
    if (!facts) {
        return std::unexpected(facts.error());
    }
    // Another workspace's run is as absent as a missing one: its id says nothing here.
    if (!*facts || (*facts)->workspaceId != *workspaceId) {
        return fail(ErrorCode::NotFound,
                    cat(db.path(), ": no strain run ", runId, " in workspace '", workspace, "'"));
    }
    const RunFacts& run = **facts;
    // A baseline is what later runs are judged against: it must have measured the server.
    if (run.verdict == kNotJudged) {
        return fail(ErrorCode::Conflict,
                    cat("strain run ", runId, " ('", run.scenarioId,
                        "') was not judged (its generator could not keep up or it sent no "
                        "request), so it cannot be the baseline"));
    }
    if (run.stop == keyOf(LoadStop::Cancelled)) {
        return fail(ErrorCode::Conflict,
                    cat("strain run ", runId, " ('", run.scenarioId,
                        "') was cancelled before it finished, so it cannot be the baseline"));
    }
    auto previous = selectBaselineId(db, *workspaceId, run.scenarioId);
    if (!previous) {
        return std::unexpected(previous.error());
    }
    if (*previous == runId) {
        return fail(ErrorCode::Conflict, cat("strain run ", runId, " is already the baseline of '",
                                             run.scenarioId, "'"));
    }
    auto stmt = db.prepare("INSERT INTO strain_baselines(workspace_id, scenario_id, run_id, "
                           "set_at) VALUES(?1, ?2, ?3, ?4) ON CONFLICT(workspace_id, scenario_id) "
                           "DO UPDATE SET run_id = excluded.run_id, set_at = excluded.set_at");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, *workspaceId).bind(2, run.scenarioId).bind(3, runId).bind(4, at);
    if (auto ok = stmt->run(); !ok) {
        return ok;
    }
    const json detail{{"actor", std::string(actor)},
                      {"reason", ""},
                      {"old", *previous ? json(**previous) : json(nullptr)},
                      {"new", runId}};
    auto event = insertEvent(
        db, Event{0, *workspaceId, at, EventKind::StrainBaseline, run.scenarioId, detail.dump()});
    if (!event) {
        return std::unexpected(event.error());
    }
    return tx->commit();
}

Result<std::optional<StrainRunRecord>> Store::strainBaseline(std::string_view workspace,
                                                             std::string_view scenarioId) {
    auto& db = m_impl->db;
    auto workspaceId = workspaceIdOf(*this, workspace);
    if (!workspaceId) {
        return std::unexpected(workspaceId.error());
    }
    auto stmt = db.prepare(cat(runSelect(), "WHERE r.workspace_id = ?1 AND r.scenario_id = ?2 "
                                            "AND b.run_id IS NOT NULL"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, *workspaceId).bind(2, scenarioId);
    auto runs = readRuns(db, *stmt);
    if (!runs) {
        return std::unexpected(runs.error());
    }
    if (runs->empty()) {
        return std::optional<StrainRunRecord>{};
    }
    return std::optional<StrainRunRecord>{std::move(runs->front())};
}

} // namespace headroom
