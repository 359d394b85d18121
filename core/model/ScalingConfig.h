#pragma once
// Per-environment scaling configuration (seed 001) and stored health snapshots.
//
// A workspace is one environment of the company (production, staging, ...). Its ScalingConfig
// carries the founder's choices: the configured mode, auto-mode (which only RECOMMENDS: the engine
// never changes the mode by itself), an onboarding freeze with its reason, a full copy of the mode
// limits and guardrails (they start as the catalog's) and the health-snapshot cadence.
// Invariant of a stored config: it passed validateScalingConfig()
// (core/policy/ScalingConfigCheck.h): modes sorted by clients without gaps or overlaps, limits
// positive, guardrails in range and ordered, modeId one of the modes.
//
// A HealthSnapshotRecord is one health evaluation of the environment (seed 001's
// scaling_health_snapshots), taken on demand or on the schedule; records are append-only.

#include "Catalog.h"
#include "Evaluation.h"
#include "Records.h"
#include "Time.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

enum class AutoMode { Off, On };

// How often scheduled health snapshots are taken: daily (seed 001's scheduler) or at the current
// tier's evaluation cadence (seed 002: daily, hourly, every 30 minutes).
enum class HealthCadence { Daily, TierCadence };

struct ScalingFreeze {
    std::string reason;
    Timestamp since{};
    std::string actor;
    friend bool operator==(const ScalingFreeze&, const ScalingFreeze&) = default;
};

struct ScalingConfig {
    std::string environment = "production";
    std::string modeId; // the configured mode; one of modes
    AutoMode autoMode = AutoMode::Off;
    std::optional<ScalingFreeze> freeze; // set while new onboarding is frozen
    std::vector<Mode> modes;             // sorted by minClients, contiguous
    Guardrails guardrails;
    HealthCadence cadence = HealthCadence::Daily;
};

bool sameModes(const std::vector<Mode>& a, const std::vector<Mode>& b);
bool sameGuardrails(const Guardrails& a, const Guardrails& b);

// What a founder asks to change; one request is one history event.
enum class ScalingChangeKind {
    SetMode,      // modeId
    Freeze,       // reason required
    Unfreeze,     //
    SetAutoMode,  // autoMode
    UpdateConfig, // config: environment, modes, guardrails, cadence (mode, auto, freeze kept)
};

struct ScalingChangeRequest {
    RowId workspaceId = 0;
    ScalingChangeKind kind = ScalingChangeKind::SetMode;
    std::string modeId;
    AutoMode autoMode = AutoMode::Off;
    ScalingConfig config;
    // The mode the latest evaluation advises (nullopt: no advice, e.g. no data). A SetMode to any
    // other mode is a manual override: it is marked against_advice and needs a reason.
    std::optional<std::string> advisedModeId;
    std::string reason;
    std::string actor = "founder";
    Timestamp at{};
};

struct ScalingChangeResult {
    ScalingConfig config; // as stored after the change
    Event event;          // the history event written with it
};

enum class HealthSnapshotTrigger { Manual, Scheduled, CatchUp };

struct HealthSnapshotRecord {
    RowId id = 0;
    RowId workspaceId = 0;
    Timestamp takenAt{};
    HealthSnapshotTrigger trigger = HealthSnapshotTrigger::Manual;
    std::optional<Timestamp> slot; // the schedule slot a scheduled or catch-up run filled
    RowId sourceSnapshotId = 0;    // the stored snapshot evaluated; 0 when there was none
    std::optional<Timestamp> sourceTakenAt;
    std::string environment;
    std::string configuredModeId;
    AutoMode autoMode = AutoMode::Off;
    bool frozen = false;
    std::optional<int> activeClients;
    std::string tierId;
    HealthScores health;
    ModeDecision mode; // action, reasons (codes + values), confidence, utilisation
    DataQuality quality;
};

std::string_view keyOf(AutoMode mode);
std::optional<AutoMode> autoModeFromString(std::string_view text);
std::string_view keyOf(HealthCadence cadence);
std::optional<HealthCadence> healthCadenceFromString(std::string_view text);
std::string_view keyOf(HealthSnapshotTrigger trigger);
std::optional<HealthSnapshotTrigger> healthSnapshotTriggerFromString(std::string_view text);

} // namespace headroom
