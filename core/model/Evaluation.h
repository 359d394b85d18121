#pragma once
// Evaluation: everything the policy layer concluded from one Snapshot under one Catalog. It is a
// pure function's output (core/policy/Evaluator.h): same snapshot, catalog and clock, same
// Evaluation. It carries codes and numbers, never prose; the UI and the CLI word them.

#include "Catalog.h"
#include "Metric.h"
#include "Time.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

enum class Status { Healthy, Warning, Critical, Unknown };

// Seed 000: one metric against the tier's limit.
struct MetricUtilisation {
    MetricId metric;
    double value = 0.0;
    double limit = 0.0;
    double utilisation = 0.0; // value / limit, may exceed 1
    Status status = Status::Unknown;
};

struct CapacityStatus {
    std::string tierId;
    std::vector<MetricUtilisation> utilisation; // limits the tier has and the snapshot measured
    std::vector<MetricId> unmeasured;           // limits the tier has but the snapshot lacks
    Status overall = Status::Unknown;
    std::optional<double> headroomPercent; // 100 x (1 - highest utilisation), floored at 0
    bool canAcceptNewClients = false;
    // Truth layer: required metrics the tier limits but the snapshot lacks. While any is missing
    // the engine does not claim new clients can be accepted (canAcceptNewClients is false).
    std::vector<MetricId> acceptanceNeeds;
};

// Seed 000's client capacity planner: clients against the tier's maximum.
struct ClientCapacity {
    std::optional<int> activeClients;
    int tierMaxClients = 0;
    std::optional<double> utilisation;
    std::optional<int> headroomClients;
    Status status = Status::Unknown;
};

// Seed 001's scores, each 0..100 (infra: higher is better; the others: higher is worse).
// A score whose inputs are missing is nullopt, never a guess.
struct HealthScores {
    std::optional<double> infraHealth;
    std::optional<double> aiCostPressure;
    std::optional<double> warningDensity;
    std::optional<double> churnRisk;
    std::optional<double> overall; // weighted over the scores that exist
};

// The truth layer's verdict on the data behind an evaluation.
struct DataQuality {
    double completeness = 0.0; // share of required metrics present, 0..1
    double freshness = 0.0;    // share of present required metrics that are not stale, 0..1
    double confidence = 0.0;   // completeness x freshness, 0..1
    std::vector<MetricId> missing;
    std::vector<MetricId> stale;
};

enum class ModeAction { Hold, IncreaseMode, DecreaseMode, Freeze };

enum class ModeReasonCode {
    HealthBelowFreeze,  // value = overall, threshold = freezeBelowHealth
    WarningDensityHigh, // value, threshold in percent
    ChurnRiskHigh,
    AiCostPressureHigh,
    InfraHealthLow,
    AtMaximumMode,
    HealthBelowIncrease,
    UtilisationTooHigh, // value, threshold as fractions
    IncreaseSupported,  // value = health, threshold = utilisation
    ModeAppropriate,
    ConfidenceTooLow,   // truth layer: value = confidence, threshold = minimum
    ClientsOutsideMode, // value = clients, threshold = mode maximum
};

struct ModeReason {
    ModeReasonCode code;
    double value = 0.0;
    double threshold = 0.0;
};

struct ModeDecision {
    std::string currentModeId;         // the environment's configured mode
    std::string fittingModeId;         // the mode whose client range holds the active clients
    std::optional<int> safeCapacity;   // seed 001: clients the current mode can safely hold
    std::optional<double> utilisation; // active clients / safe capacity
    ModeAction action = ModeAction::Hold;
    std::optional<std::string> nextModeId;
    double confidence = 0.0;
    bool blockedByTruthLayer = false; // a change was indicated but the data was too thin
    std::optional<ModeAction> blockedAction;
    std::vector<ModeReason> reasons;
};

struct Evidence {
    ConditionSubject subject = MetricId::CpuUtilization;
    double value = 0.0;
    double threshold = 0.0; // the absolute threshold that was crossed
    Comparison comparison = Comparison::AtLeast;

    friend bool operator==(const Evidence&, const Evidence&) = default;
};

// A recommendation raised by one evaluation; its words and steps come from the catalog template.
struct RecommendationDraft {
    std::string type;
    std::vector<Evidence> evidence;
    Status severity = Status::Warning;
    int confidence = 50; // from the template, 0..100
};

struct AiProviderUsageStatus {
    std::string providerId;
    std::optional<double> used;
    double allocation = 0.0;
    std::optional<double> utilisation;
    Status status = Status::Unknown;
};

struct Evaluation {
    Timestamp evaluatedAt{};
    DataQuality quality;
    CapacityStatus capacity;
    ClientCapacity clients;
    HealthScores health;
    ModeDecision mode;
    std::vector<RecommendationDraft> recommendations;
    std::vector<AiProviderUsageStatus> ai;
    std::optional<std::string> upgradeTowardsTier; // an upgrade path's trigger fired
};

} // namespace headroom
