#pragma once
// Records: what the store keeps. Workspaces hold snapshots; recommendations have a lifecycle
// (open until decided or until their condition clears); decisions and events are append-only
// history that is never updated in place.

#include "Evaluation.h"
#include "Snapshot.h"
#include "Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

using RowId = std::int64_t;

enum class WorkspaceKind { Live, Demo };

struct Workspace {
    RowId id = 0;
    std::string name;  // short, for the command line: "local", "demo"
    std::string title; // "This computer", "Demo data — Acme Analytics"
    WorkspaceKind kind = WorkspaceKind::Live;
    std::string currentModeId; // the environment's configured scaling mode
    Timestamp createdAt{};
};

struct StoredSnapshot {
    RowId id = 0;
    RowId workspaceId = 0;
    Snapshot snapshot;
    Evaluation evaluation;
};

enum class RecommendationState {
    Open, // raised and waiting for the founder
    Accepted,
    Deferred, // reopens at revisitAt if its condition still holds
    Rejected,
    Resolved, // its condition cleared before anyone decided
};

struct StoredRecommendation {
    RowId id = 0;
    RowId workspaceId = 0;
    std::string type;
    RecommendationState state = RecommendationState::Open;
    Status severity = Status::Warning;
    std::vector<Evidence> evidence; // from the latest evaluation that raised it
    Timestamp firstSeen{};
    Timestamp lastSeen{};
    std::optional<Timestamp> revisitAt;
};

enum class Verdict { Accept, Defer, Reject };

struct Decision {
    RowId id = 0;
    RowId workspaceId = 0;
    RowId recommendationId = 0;
    std::string recommendationType;
    Verdict verdict = Verdict::Accept;
    std::string reason;
    std::string actor; // "founder" unless a configured name
    Timestamp decidedAt{};
    std::optional<Timestamp> revisitAt; // Defer only
};

enum class EventKind {
    WorkspaceCreated,
    RecommendationOpened,
    RecommendationResolved,
    RecommendationReopened,
    DecisionRecorded,
    TierChanged,
    ModeAdviceChanged,
    SourceFailed,
    SourceRecovered,
    SourceAdded,   // detail: {"config": {...}} (never a secret)
    SourceChanged, // detail: {"old": {...}, "new": {...}}, or {"renamed_from": "..."} too
    SourceRemoved, // detail: {"config": {...}}
    // detail: {"origin", "usage_rows", "service_cost_rows", "new_rows", "replaced_rows", "from",
    // "to", "actor"}; subject: the origin ("demo", "csv:<file name>"). Never the rows.
    LedgerImported,
    // Scaling control (seed 001). Every detail holds "actor" and "reason" (may be empty where
    // the founder gave none) beside the kind's own fields.
    ModeSet,              // subject: environment; detail: {"old", "new", "against_advice"}
    ScalingFrozen,        // subject: environment
    ScalingUnfrozen,      // subject: environment
    AutoModeChanged,      // subject: environment; detail: {"old", "new"}
    ScalingConfigChanged, // subject: environment; detail: {"old": {...}, "new": {...}}
    HealthSnapshotTaken,  // subject: "manual" | "scheduled" | "catch_up"; detail: the scores
    // Autoscaling policies (seed 003): the active template chosen, a template cloned or edited.
    PolicyChanged, // subject: policy id; detail: {"old", "new"}
    // Alerts (seed 002) and their notifications.
    AlertFired,         // subject: rule id; detail: {"severity", "value", "threshold", ...}
    AlertResolved,      // subject: rule id
    NotificationSent,   // subject: channel ("webhook:<name>", "email", "decision_webhook")
    NotificationFailed, // subject: channel; detail: {"attempts", "error"}
    // Outcomes of accepted recommendations (seeds 000 / 004) and the tier checklists (seed 002).
    OutcomeRecorded,        // subject: recommendation id; detail: {"status", "actual", ...}
    ChecklistItemChecked,   // subject: "<tier id>/<item id>"
    ChecklistItemUnchecked, // subject: "<tier id>/<item id>"
    // Strain tests (issue 8). StrainRun: subject: scenario id; detail: {"run_id", "verdict",
    // "stop", "p95_us", "throughput_per_s", "error_rate", "requests"}. StrainBaseline: subject:
    // scenario id; detail: {"actor", "reason", "old" (run id or null), "new" (run id)}.
    // StrainSettingsChanged (the scenario editor): subject: "strain"; detail: {"actor", "added",
    // "removed", "changed" (scenario names), "criteria" (true when the pass criteria changed)}.
    StrainRun,
    StrainBaseline,
    StrainSettingsChanged,
};

struct Event {
    RowId id = 0;
    RowId workspaceId = 0;
    Timestamp at{};
    EventKind kind = EventKind::WorkspaceCreated;
    std::string subject;    // recommendation type, tier id, source id...
    std::string detailJson; // kind-specific fields (old/new values, reason)
};

std::string_view keyOf(RecommendationState state);
std::optional<RecommendationState> recommendationStateFromString(std::string_view text);
std::string_view keyOf(Verdict verdict);
std::optional<Verdict> verdictFromString(std::string_view text);
std::string_view keyOf(EventKind kind);
std::optional<EventKind> eventKindFromString(std::string_view text);
std::string_view keyOf(WorkspaceKind kind);
std::string_view keyOf(Status status);
std::string_view keyOf(ModeAction action);
std::string_view keyOf(ModeReasonCode code);
std::string_view keyOf(Level level);
std::string_view keyOf(Comparison comparison);
std::optional<WorkspaceKind> workspaceKindFromString(std::string_view text);
std::optional<Status> statusFromString(std::string_view text);
std::optional<ModeAction> modeActionFromString(std::string_view text);
std::optional<Level> levelFromString(std::string_view text);
std::optional<Comparison> comparisonFromString(std::string_view text);
std::string_view keyOf(DerivedValue value);
std::optional<DerivedValue> derivedValueFromString(std::string_view text);
// The snake_case key of a metric or derived value ("cpu_utilization", "headroom_percent").
std::string_view subjectKey(const ConditionSubject& subject);

} // namespace headroom
