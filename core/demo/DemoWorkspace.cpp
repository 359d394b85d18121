// populateDemoWorkspace: replays the generated history through the one evaluation path and the
// store, as if Headroom had been running beside Acme Analytics for 90 days.

#include "demo/DemoGenerator.h"
#include "demo/DemoLedger.h"
#include "model/Text.h"
#include "policy/Evaluator.h"
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
        std::string mode = created->currentModeId;
        int hoursOutside = 0;
        Founder founder(id);

        for (const Snapshot& snapshot : snapshots) {
            const Timestamp t = snapshot.takenAt();
            if (auto ok = founder.decideDue(store, t); !ok) {
                return ok;
            }
            const Evaluation evaluation = evaluate(snapshot, catalog, {t, mode});
            auto ingested = store.ingest(id, snapshot, evaluation);
            if (!ingested) {
                return fail(ingested.error().code,
                            cat("demo snapshot at ", formatIso(t), ": ", ingested.error().message));
            }
            for (const auto& rec : ingested->opened) {
                founder.noticeOpened(rec);
            }
            const std::string& fitting = evaluation.mode.fittingModeId;
            hoursOutside = (!fitting.empty() && fitting != mode) ? hoursOutside + 1 : 0;
            if (hoursOutside >= kHoursBeforeModeChange) {
                if (auto ok = store.setCurrentMode(id, fitting, t); !ok) {
                    return ok;
                }
                mode = fitting;
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
