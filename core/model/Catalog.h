#pragma once
// Catalog: every tier, mode, limit, weight, threshold and recommendation text the engine uses.
// The defaults come from the seed documents and ship as JSON in resources/catalogs; a user can
// override any file. Policy code reads only this struct, never literals, so what-if analysis is
// "evaluate again with another Catalog". A Catalog that passed validateCatalog() is consistent:
// tiers and modes are sorted by client range without gaps, thresholds are ordered, and every id
// referenced (tier, mode, metric, recommendation type) exists.

#include "AlertRules.h"
#include "CostSettings.h"
#include "Error.h"
#include "Metric.h"
#include "Money.h"
#include "Readiness.h"
#include "RetentionSettings.h"
#include "ScalingPolicy.h"
#include "Strain.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace headroom {

// A limit the tier places on one metric; utilisation = value / limit.
struct MetricLimit {
    MetricId metric;
    double limit = 0.0;
};

// Provisioned resources of a tier that are not measured as metrics (seed 000's tier resources).
struct TierResources {
    int dbConnections = 0;
    int workerConcurrency = 0;
    int cacheMb = 0;
    int storageGb = 0;
    double monthlyTokens = 0.0;
};

struct Tier {
    std::string id;   // "soft_launch"
    std::string name; // "Soft Launch"
    int minClients = 0;
    int maxClients = 0;
    int clientWarningAt = 0;         // seed 000's capacity planner "soft limit" (amber)
    int clientCriticalAt = 0;        // its "hard limit" (red, stop onboarding)
    std::vector<MetricLimit> limits; // seed 000 max CPU / error / AI latency + seed 002 per-day
    TierResources resources;
    std::chrono::seconds evaluationCadence{86400}; // seed 002: daily, hourly, every 30 min
    std::vector<std::string> infrastructure;       // what the tier runs on, for display

    std::optional<double> limitFor(MetricId metric) const;
};

// Values an evaluation derives rather than measures, usable in conditions.
enum class DerivedValue {
    HeadroomPercent,   // seed 000: 100 x (1 - highest utilisation)
    ClientUtilisation, // active clients / tier maximum
};

// What a condition looks at: a measured metric or a derived value.
using ConditionSubject = std::variant<MetricId, DerivedValue>;

// A condition on a snapshot. With relativeToTierLimit the threshold is a fraction of the current
// tier's limit for the metric ("CPU approaching 50 %" is cpu >= 0.8 x limit).
enum class Comparison { AtLeast, Above, AtMost, Below };

struct Condition {
    ConditionSubject subject = MetricId::CpuUtilization;
    Comparison comparison = Comparison::AtLeast;
    double threshold = 0.0;
    bool relativeToTierLimit = false;
};

struct UpgradePath {
    std::string fromTier;
    std::string toTier;
    std::vector<Condition> triggers; // any one suggests preparing the upgrade
    std::vector<std::string> requirements;
    MicroUsd monthlyCostMin;
    MicroUsd monthlyCostMax;
    double strainPassRateRequired = 0.8; // seed 002: 80 %+ strain test pass rate
};

struct Mode {
    std::string id;   // "lab"
    std::string name; // "Lab"
    int minClients = 0;
    int maxClients = 0;
    double maxPostsPerDay = 0.0;
    MicroUsd maxAiSpendPerDay;
};

// Seed 001's guardrail thresholds. Fractions are 0..1, health scores 0..100.
struct Guardrails {
    double minHealthForIncrease = 80.0;
    double maxUtilisationForIncrease = 0.7;
    double freezeBelowHealth = 40.0;
    double maxWarningDensity = 0.3;
    double maxChurnRisk = 0.2;
    double maxAiCostPressure = 0.8;
    double minConfidenceForChange = 0.7;
    double minInfraHealth = 50.0; // below it a decrease is recommended
};

// Seed 001's infra health: 100 minus one penalty per metric, the first step whose `above` the
// value exceeds (steps sorted by `above`, descending).
struct PenaltyStep {
    double above = 0.0;
    double penalty = 0.0;
};
struct InfraPenalty {
    MetricId metric;
    std::vector<PenaltyStep> steps;
};

struct HealthModel {
    std::vector<InfraPenalty> infraPenalties;
    double warningDensityFactor = 200.0; // warnings per client x factor, capped at 100
    double safeCapacityFloor = 0.5;      // safe capacity is at least this share of mode maximum
};

// Seed 001's weights of the overall score; they sum to 1.
struct HealthWeights {
    double infraHealth = 0.30;
    double aiCostPressure = 0.25;
    double warningDensity = 0.25;
    double churnRisk = 0.20;
};

// Seed 000's headroom thresholds on utilisation of a tier limit.
struct HeadroomThresholds {
    double warning = 0.80;
    double critical = 0.90;
    double minHeadroomForNewClients = 10.0; // percent; seed 000 accepts clients above 10 %
};

// Seed 002's performance bands: below warningAt is normal, up to criticalAt warning, above
// critical. Each band names the action the seed prescribes.
struct PerformanceBand {
    MetricId metric;
    double warningAt = 0.0;
    double criticalAt = 0.0;
    std::string normalAction;   // "continue"
    std::string warningAction;  // "monitor", "investigate", "delay_new_jobs"
    std::string criticalAction; // "throttle", "alert_founder", "pause_intake"
};

enum class Level { Low, Medium, High };

struct RecommendationTemplate {
    std::string type; // "enable_supabase_pooler"
    std::string title;
    std::string description;
    Level impact = Level::Medium;
    Level effort = Level::Low;
    Level risk = Level::Low;
    MicroUsd monthlyCostMin; // cost impact, negative for savings
    MicroUsd monthlyCostMax;
    std::string costNote;
    std::vector<std::string> steps;
    std::vector<std::string> rollback;
    std::vector<Condition> triggers; // any one raises the recommendation; none = never automatic
    int confidence = 50;             // seed 000's per-type confidence, 0..100; sorts the list
};

enum class AiUnit { Tokens, Characters, Requests };

struct AiProvider {
    std::string id;   // "claude"
    std::string name; // "Anthropic Claude"
    AiUnit unit = AiUnit::Tokens;
    std::map<std::string, double> monthlyAllocationByTier; // tier id -> units per month
};

// The truth layer's settings: how old a value may be before it counts as stale, and which metrics
// an evaluation needs before it may recommend a change.
struct TruthSettings {
    std::chrono::seconds staleAfter{900};
    std::vector<MetricId> required; // missing ones lower completeness
};

struct Catalog {
    std::vector<Tier> tiers; // sorted by minClients
    std::vector<UpgradePath> upgradePaths;
    std::vector<Mode> modes; // sorted by minClients
    Guardrails guardrails;
    HealthModel health;
    HealthWeights weights;
    HeadroomThresholds headroom;
    std::vector<PerformanceBand> performance;
    std::vector<RecommendationTemplate> recommendations;
    std::vector<AiProvider> aiProviders;
    TruthSettings truth;
    CostSettings costs;          // resources/catalogs/costs.json
    PolicySettings policies;     // resources/catalogs/policies.json
    AlertSettings alerts;        // resources/catalogs/alerts.json
    ReadinessSettings readiness; // resources/catalogs/readiness.json
    RetentionSettings retention; // thresholds.json "retention"
    StrainSettings strain;       // resources/catalogs/strain.json

    const Tier* findTier(std::string_view id) const;
    const Mode* findMode(std::string_view id) const;
    const RecommendationTemplate* findRecommendation(std::string_view type) const;
    const AiProvider* findProvider(std::string_view id) const;
};

} // namespace headroom
