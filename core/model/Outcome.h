#pragma once
// Outcomes of accepted recommendations (seeds 000 / 004) and the ticks of the tier checklists
// (seed 002). Neither has a table of its own: each is a history event (OutcomeRecorded,
// ChecklistItemChecked / Unchecked), so the hash chain covers them. The store reads the events
// back as the records below, oldest first; the current state is a fold over them
// (policy/DecisionMetrics.h, policy/TierReadiness.h). A later outcome of the same recommendation
// supersedes the earlier one (implemented, then rolled back).

#include "Metric.h"
#include "Money.h"
#include "Readiness.h"
#include "Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace headroom {

// Seed 004's scaling_events status, for a recommendation the founder accepted.
enum class OutcomeStatus { Implemented, Failed, RolledBack };

inline std::string_view keyOf(OutcomeStatus status) {
    switch (status) {
    case OutcomeStatus::Implemented:
        return "implemented";
    case OutcomeStatus::Failed:
        return "failed";
    case OutcomeStatus::RolledBack:
        return "rolled_back";
    }
    return "implemented";
}

inline std::optional<OutcomeStatus> outcomeStatusFromString(std::string_view text) {
    for (auto s : {OutcomeStatus::Implemented, OutcomeStatus::Failed, OutcomeStatus::RolledBack}) {
        if (keyOf(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

// The evidence metric's mean before the decision and after the implementation, from stored
// snapshots. Only ever built from real points: with too few on either side there is none.
struct MeasuredImpact {
    MetricId metric = MetricId::CpuUtilization;
    double before = 0.0; // mean over the window before the decision
    double after = 0.0;  // mean over the window after the implementation
    std::size_t beforePoints = 0;
    std::size_t afterPoints = 0;
};

struct OutcomeRequest {
    std::int64_t workspaceId = 0;
    std::int64_t recommendationId = 0;
    OutcomeStatus status = OutcomeStatus::Implemented;
    std::optional<MicroUsd> actualMonthlyCost; // entered by the founder; negative for a saving
    std::optional<MeasuredImpact> measured;    // filled by the caller from stored snapshots
    std::string note;
    std::string actor = "founder";
    Timestamp at{};
};

// One OutcomeRecorded event, read back.
struct OutcomeRecord {
    std::int64_t eventId = 0;
    std::int64_t recommendationId = 0;
    std::string recommendationType;
    OutcomeStatus status = OutcomeStatus::Implemented;
    std::optional<MicroUsd> actualMonthlyCost;
    std::optional<MeasuredImpact> measured;
    std::string note;
    std::string actor;
    Timestamp at{};
};

enum class ChecklistMark { Checked, Unchecked };

struct ChecklistTickRequest {
    std::int64_t workspaceId = 0;
    std::string tierId; // a checklist of readiness.json
    std::string itemId; // an item of that checklist
    ChecklistMark mark = ChecklistMark::Checked;
    std::string reason; // optional
    std::string actor = "founder";
    Timestamp at{};
};

// One ChecklistItemChecked / Unchecked event, read back.
struct ChecklistTick {
    std::int64_t eventId = 0;
    std::string tierId;
    std::string itemId;
    ChecklistMark mark = ChecklistMark::Checked;
    std::string reason;
    std::string actor;
    Timestamp at{};
};

} // namespace headroom
