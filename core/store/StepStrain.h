#pragma once
// Schema step 8 -> 9: strain-test runs and the baseline of each scenario (issue 8).
// Never edit a step once it has shipped: add another. The step moves no data.
//
// strain_runs: one row per finished run. The result and the criteria in force when it ran are
//   kept whole as JSON (model/StrainRunJson.h), so a later edit of the criteria does not rewrite
//   how a run was judged; the columns beside them are copies for listing and filtering without
//   parsing. History, so append-only like events and health snapshots. Times are UTC seconds
//   (finished_at: started_at plus the run's elapsed time rounded up to whole seconds); throughput
//   and error rate are NULL when the generator reported a non-finite figure.
// strain_baselines: the run each scenario's later runs are compared with, one per workspace and
//   scenario, replaced when the founder picks another (each change is also an event).

#include <string_view>

namespace headroom::store {

inline constexpr std::string_view kStepStrain = R"sql(
CREATE TABLE strain_runs(
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    scenario_id TEXT NOT NULL CHECK(length(scenario_id) > 0),
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    stop TEXT NOT NULL CHECK(stop IN ('finished', 'max_requests', 'max_time', 'cancelled')),
    verdict TEXT NOT NULL CHECK(verdict IN ('passed', 'failed', 'not_judged')),
    p95_us INTEGER NOT NULL CHECK(p95_us >= 0),
    throughput_per_s REAL,
    error_rate REAL,
    requests INTEGER NOT NULL CHECK(requests >= 0),
    result_json TEXT NOT NULL CHECK(json_valid(result_json)),
    criteria_json TEXT NOT NULL CHECK(json_valid(criteria_json)));
CREATE INDEX strain_runs_by_scenario ON strain_runs(workspace_id, scenario_id, started_at);
CREATE TRIGGER strain_runs_append_only_update BEFORE UPDATE ON strain_runs
    BEGIN SELECT RAISE(ABORT, 'strain runs are append-only'); END;
CREATE TRIGGER strain_runs_append_only_delete BEFORE DELETE ON strain_runs
    BEGIN SELECT RAISE(ABORT, 'strain runs are append-only'); END;
CREATE TABLE strain_baselines(
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    scenario_id TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES strain_runs(id),
    set_at INTEGER NOT NULL,
    PRIMARY KEY(workspace_id, scenario_id)) WITHOUT ROWID;
)sql";

} // namespace headroom::store
