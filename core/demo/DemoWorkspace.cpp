// populateDemoWorkspace: replays the generated history through the one evaluation path and the
// store, as if Headroom had been running beside Acme Analytics for 90 days. Each snapshot is
// evaluated as the live engine stores one (Engine::Impl::evaluateLive + addPolicyFindings): the
// catalog in force (the scaling configuration applied, as catalogFor does), evaluateStep with the
// active policy's state carried from snapshot to snapshot, the configured mode. So replay and
// what-if reproduce the stored evaluations (their fidelity figure).

#include "demo/DemoGenerator.h"
#include "demo/DemoLedger.h"
#include "model/Text.h"
#include "policy/EvaluationStep.h"
#include "policy/Evaluator.h"
#include "policy/HealthSnapshotBuild.h"
#include "policy/ScalingConfigCheck.h"
#include "store/Store.h"

#include <algorithm>
#include <array>
#include <optional>

namespace headroom {
namespace {

// How the demo founder answered the first recommendation of each type, and how long it took.
struct ScriptedDecision {
    std::string_view type;
    Verdict verdict;
    std::chrono::hours after;
    std::optional<std::chrono::days> revisitAfter; // Defer only
    std::string_view reason;
};

constexpr std::array<ScriptedDecision, 6> kScript{{
    {"tighten_rate_limits", Verdict::Accept, std::chrono::hours{1}, std::nullopt,
     "Error spike traced to one client's retry loop; tightened per-client rate limits."},
    {"pause_new_client_invites", Verdict::Reject, std::chrono::hours{2}, std::nullopt,
     "The capacity dip came from the error spike, not from load; onboarding continues."},
    {"add_redis_cache", Verdict::Defer, std::chrono::hours{3}, std::chrono::days{14},
     "Latency came from the AI provider's incident, not our stack; revisit if it returns."},
    {"enable_supabase_pooler", Verdict::Accept, std::chrono::hours{2}, std::nullopt,
     "The pooler is included in our plan and cuts connection churn; enabled it."},
    {"increase_worker_concurrency", Verdict::Accept, std::chrono::hours{1}, std::nullopt,
     "Backlog confirmed in the job queue; raised worker concurrency from 4 to 8."},
    {"lower_token_budgets", Verdict::Reject, std::chrono::hours{6}, std::nullopt,
     "Month-to-date tokens are well inside the plan's allowance; budgets stay as they are."},
}};

struct PendingDecision {
    RowId recommendationId = 0;
    Timestamp due{};
    const ScriptedDecision* script = nullptr;
};

class Founder {
public:
    explicit Founder(RowId workspaceId)
        : m_workspaceId(workspaceId) {}

    void noticeOpened(const StoredRecommendation& rec) {
        auto it = std::ranges::find(kScript, rec.type, &ScriptedDecision::type);
        if (it == kScript.end() || std::ranges::find(m_seenTypes, rec.type) != m_seenTypes.end()) {
            return;
        }
        m_seenTypes.push_back(rec.type);
        m_pending.push_back({rec.id, rec.firstSeen + it->after, &*it});
    }

    // Decides what is due by `now`, on recommendations that are still waiting for an answer.
    Result<void> decideDue(Store& store, Timestamp now) {
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (it->due > now) {
                ++it;
                continue;
            }
            auto rec = store.recommendation(it->recommendationId);
            if (!rec) {
                return std::unexpected(rec.error());
            }
            if (rec->state == RecommendationState::Open) {
                DecisionRequest request;
                request.workspaceId = m_workspaceId;
                request.recommendationId = it->recommendationId;
                request.verdict = it->script->verdict;
                request.reason = std::string(it->script->reason);
                request.decidedAt = it->due;
                if (it->script->revisitAfter) {
                    request.revisitAt = it->due + *it->script->revisitAfter;
                }
                if (auto decided = store.recordDecision(request); !decided) {
                    return fail(decided.error().code, cat("demo decision on '", rec->type,
                                                          "': ", decided.error().message));
                }
            }
            it = m_pending.erase(it);
        }
        return {};
    }

private:
    RowId m_workspaceId;
    std::vector<std::string> m_seenTypes;
    std::vector<PendingDecision> m_pending;
};

// The demo founder moves to the fitting mode once the clients have stayed outside the current
// mode's range for a day, as one would after accepting Headroom's advice.
constexpr int kHoursBeforeModeChange = 24;

// The demo founder's scaling control: mode changes with reasons, one freeze of onboarding during
// the error spike, and the daily scheduled health snapshot, all through the same Store calls the
// console makes, so the History tab's timeline has something true-to-life to show.
class ScalingDiary {
public:
    ScalingDiary(Store& store, const Catalog& catalog, RowId workspaceId, const std::string& mode,
                 DemoIncidentWindow spike)
        : m_store(store)
        , m_catalog(catalog)
        , m_workspaceId(workspaceId)
        , m_config(defaultScalingConfig(catalog, mode))
        , m_inForce(applyScalingConfig(catalog, m_config))
        , m_freezeAt(spike.start + std::chrono::hours{1})
        , m_unfreezeAt(spike.end + std::chrono::hours{1}) {}

    const std::string& mode() const { return m_config.modeId; }
    // The catalog with the configuration in force applied, as the engine's catalogFor gives it.
    const Catalog& catalogInForce() const { return m_inForce; }

    Result<void> setMode(const std::string& to, const Evaluation& evaluation, Timestamp at) {
        const Mode* from = m_config.modes.empty() ? nullptr : findMode(m_config.modeId);
        const Mode* next = findMode(to);
        ScalingChangeRequest r;
        r.workspaceId = m_workspaceId;
        r.kind = ScalingChangeKind::SetMode;
        r.modeId = to;
        r.advisedModeId = advisedModeId(evaluation.mode, evaluation.health);
        r.reason = cat(evaluation.clients.activeClients.value_or(0), " clients have outgrown ",
                       from ? from->name : m_config.modeId, " for a day; moving to ",
                       next ? next->name : to, " so onboarding stays within its limits.");
        r.at = at;
        return apply(r);
    }

    // Freezes at the start of the error spike and reopens after it.
    Result<void> followIncident(Timestamp at) {
        if (!m_frozen && !m_thawed && at >= m_freezeAt) {
            ScalingChangeRequest r = change(ScalingChangeKind::Freeze, at);
            r.reason = "Error spike: no new clients until the retry loop behind it is fixed.";
            m_frozen = true;
            return apply(r);
        }
        if (m_frozen && at >= m_unfreezeAt) {
            ScalingChangeRequest r = change(ScalingChangeKind::Unfreeze, at);
            r.reason = "Error rate back to normal for an hour; onboarding reopened.";
            m_frozen = false;
            m_thawed = true;
            return apply(r);
        }
        return {};
    }

    // The daily scheduled health snapshot, at each UTC midnight of the history.
    Result<void> dailySnapshot(const StoredSnapshot& stored) {
        const Timestamp t = stored.snapshot.takenAt();
        if (std::chrono::floor<std::chrono::days>(t) != t) {
            return {};
        }
        HealthSnapshotInput input;
        input.workspaceId = m_workspaceId;
        input.config = m_config;
        input.latest = &stored;
        input.now = t;
        input.trigger = HealthSnapshotTrigger::Scheduled;
        input.slot = t;
        auto taken = m_store.appendHealthSnapshot(buildHealthSnapshot(m_catalog, input));
        if (!taken) {
            return fail(taken.error().code,
                        cat("demo health snapshot at ", formatIso(t), ": ", taken.error().message));
        }
        return {};
    }

private:
    const Mode* findMode(const std::string& id) const {
        auto it = std::ranges::find(m_config.modes, id, &Mode::id);
        return it == m_config.modes.end() ? nullptr : &*it;
    }
    ScalingChangeRequest change(ScalingChangeKind kind, Timestamp at) const {
        ScalingChangeRequest r;
        r.workspaceId = m_workspaceId;
        r.kind = kind;
        r.at = at;
        return r;
    }
    Result<void> apply(const ScalingChangeRequest& r) {
        auto done = m_store.changeScaling(r, m_config);
        if (!done) {
            return fail(done.error().code, cat("demo scaling change at ", formatIso(r.at), ": ",
                                               done.error().message));
        }
        m_config = std::move(done->config);
        m_inForce = applyScalingConfig(m_catalog, m_config);
        return {};
    }

    Store& m_store;
    const Catalog& m_catalog;
    RowId m_workspaceId;
    ScalingConfig m_config;
    Catalog m_inForce; // m_catalog with m_config applied
    Timestamp m_freezeAt;
    Timestamp m_unfreezeAt;
    bool m_frozen = false;
    bool m_thawed = false;
};

} // namespace

Result<void> populateDemoWorkspace(Store& store, const Catalog& catalog, Timestamp now) {
    DemoOptions options;
    const Timestamp end = std::chrono::floor<std::chrono::hours>(now);
    options.start = end - std::chrono::hours{options.days * 24 - 1};
    const std::vector<Snapshot> snapshots = generateDemoSnapshots(options);
    if (snapshots.empty()) {
        return fail(ErrorCode::InvalidArgument, "demo: no snapshots generated");
    }

    return store.transaction([&]() -> Result<void> {
        const Evaluation first =
            evaluate(snapshots.front(), catalog, {snapshots.front().takenAt(), {}});
        Workspace workspace;
        workspace.name = std::string(kDemoWorkspaceName);
        workspace.title = "Demo data — Acme Analytics";
        workspace.kind = WorkspaceKind::Demo;
        workspace.currentModeId = first.mode.fittingModeId;
        workspace.createdAt = snapshots.front().takenAt();
        auto created = store.createWorkspace(workspace);
        if (!created) {
            return std::unexpected(created.error());
        }
        const RowId id = created->id;
        int hoursOutside = 0;
        Founder founder(id);
        ScalingDiary scaling(store, catalog, id, created->currentModeId, demoErrorSpike(options));
        StepState step; // the active policy's state, carried across snapshots like the engine's

        for (const Snapshot& snapshot : snapshots) {
            const Timestamp t = snapshot.takenAt();
            if (auto ok = founder.decideDue(store, t); !ok) {
                return ok;
            }
            if (auto ok = scaling.followIncident(t); !ok) {
                return ok;
            }
            const Catalog& inForce = scaling.catalogInForce();
            const Evaluation evaluation =
                evaluateStep(snapshot, inForce, inForce.policies, {t, scaling.mode()}, step);
            auto ingested = store.ingest(id, snapshot, evaluation);
            if (!ingested) {
                return fail(ingested.error().code,
                            cat("demo snapshot at ", formatIso(t), ": ", ingested.error().message));
            }
            for (const auto& rec : ingested->opened) {
                founder.noticeOpened(rec);
            }
            const StoredSnapshot stored{ingested->snapshotId, id, snapshot, evaluation};
            if (auto ok = scaling.dailySnapshot(stored); !ok) {
                return ok;
            }
            const std::string& fitting = evaluation.mode.fittingModeId;
            hoursOutside = (!fitting.empty() && fitting != scaling.mode()) ? hoursOutside + 1 : 0;
            if (hoursOutside >= kHoursBeforeModeChange) {
                if (auto ok = scaling.setMode(fitting, evaluation, t); !ok) {
                    return ok;
                }
                hoursOutside = 0;
            }
        }
        if (auto ok = founder.decideDue(store, snapshots.back().takenAt()); !ok) {
            return ok;
        }
        // The ledger of the same 90 days, imported as a founder would import the exports.
        const DemoLedger ledger = generateDemoLedger(options, catalog);
        LedgerImportRequest request;
        request.workspaceId = id;
        request.origin = std::string(kDemoSource);
        request.usage = ledger.usage;
        request.serviceCosts = ledger.serviceCosts;
        request.actor = std::string(kDemoSource);
        request.at = snapshots.back().takenAt();
        if (auto imported = store.importLedger(request); !imported) {
            return fail(imported.error().code, cat("demo ledger: ", imported.error().message));
        }
        return Result<void>{};
    });
}

} // namespace headroom
