#pragma once
// ReportData: every figure an investor report shows, computed once (report/ReportBuilder.h) so
// that the PDF, the CSV files and the JSON document hold the same numbers. Plain values, codes and
// numbers, never prose: ids, units, kinds and reasons are stable snake_case keys (kFigure*,
// kUnit*, kReason* below) that the PDF words and the CSV and JSON write verbatim.
//
// Truth layer invariants: a figure without data is absent (nullopt) with a reason code, never 0;
// a series holds only stored points (no interpolation, a point without a score keeps its place
// with no value); an empty section says so in `sections` with a reason. Times are UTC; the
// period is half-open [from, to) and the previous period is the one of equal length just before.

#include "model/Day.h"
#include "model/Money.h"
#include "model/Time.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

enum class ReportSection {
    KeyFigures,
    HealthTrend,
    Utilisation,
    Spend,
    Clients,
    ScalingTimeline,
    Decisions,
    StrainReadiness,
    DataQuality,
};

// "key_figures", "health_trend", "utilisation", "spend", "clients", "scaling_timeline",
// "decisions", "strain_readiness", "data_quality".
std::string_view keyOf(ReportSection section);
std::optional<ReportSection> reportSectionFromString(std::string_view text);
std::vector<ReportSection> allReportSections();

struct ReportRequest {
    // The workspace's name as the caller asked for it; the caller (engine, CLI) resolves it to
    // the Workspace it passes to buildReport, which refuses a mismatch. Empty: not checked.
    std::string workspace;
    Timestamp from{};                    // inclusive
    Timestamp to{};                      // exclusive; from < to
    std::vector<ReportSection> sections; // empty: every section
};

// ---- key figures ----
inline constexpr std::string_view kFigureClients = "clients";        // at the period's end
inline constexpr std::string_view kFigureTier = "tier";              // text: tier id at the end
inline constexpr std::string_view kFigureMode = "mode";              // text: mode id at the end
inline constexpr std::string_view kFigureHealth = "overall_health";  // mean of the trend's scores
inline constexpr std::string_view kFigureHeadroom = "headroom";      // at the period's end
inline constexpr std::string_view kFigureUptime = "uptime";          // no metric measures it
inline constexpr std::string_view kFigureErrorRate = "error_rate";   // mean over the period
inline constexpr std::string_view kFigureAiSpend = "ai_spend";       // ledger, AI rows
inline constexpr std::string_view kFigureTotalSpend = "total_spend"; // ledger, all rows
inline constexpr std::string_view kFigureCostPerClient = "cost_per_client"; // total / mean clients

inline constexpr std::string_view kUnitCount = "count";
inline constexpr std::string_view kUnitText = "text";
inline constexpr std::string_view kUnitScore = "score";       // 0..100
inline constexpr std::string_view kUnitPercent = "percent";   // 0..100
inline constexpr std::string_view kUnitFraction = "fraction"; // 0..1
inline constexpr std::string_view kUnitUsd = "usd";
inline constexpr std::string_view kUnitUsdPerClient = "usd_per_client";

// Why a figure (or a previous-period figure) is absent.
inline constexpr std::string_view kReasonNoSnapshots = "no_snapshots"; // none stored in the period
inline constexpr std::string_view kReasonMetricMissing = "metric_missing"; // snapshots lack it
inline constexpr std::string_view kReasonNotEvaluated = "not_evaluated";   // no score was computed
inline constexpr std::string_view kReasonNotMeasured = "not_measured";     // no source measures it
inline constexpr std::string_view kReasonNoLedgerRows = "no_ledger_rows";
inline constexpr std::string_view kReasonNoClients = "no_clients"; // mean clients absent or 0
inline constexpr std::string_view kReasonNoCost = "no_cost";       // clients, but no ledger rows
inline constexpr std::string_view kReasonNoTier = "no_tier";       // evaluation names no tier
inline constexpr std::string_view kReasonNoDecisions = "no_decisions";
inline constexpr std::string_view kReasonNoEvents = "no_scaling_changes";
inline constexpr std::string_view kReasonNoStrainResults = "no_strain_results";
inline constexpr std::string_view kReasonNoProjection = "no_projection"; // no cost to project
inline constexpr std::string_view kReasonNotRequested = "not_requested"; // section left out

struct KeyFigure {
    std::string id;                  // kFigure*
    std::string unit;                // kUnit*
    std::optional<double> value;     // numeric figures
    std::optional<double> previous;  // the previous period's
    std::optional<std::string> text; // kUnitText figures (tier, mode)
    std::optional<std::string> previousText;
    std::string reason;                // kReason* when value / text is absent, else empty
    std::string previousReason;        // the same for the previous period
    std::optional<double> change;      // value - previous, when both exist
    std::optional<double> changeRatio; // change / |previous|, when previous != 0
};

// ---- series ----
// One stored evaluation (a raw snapshot or a roll-up bucket's last one) spread over the period.
struct HealthPoint {
    Timestamp at{};
    std::chrono::seconds resolution{0}; // 0: raw; 300 / 3600: the bucket it closed
    std::optional<double> overall;      // nullopt: not evaluated then (a gap, never a 0)
    std::optional<double> infraHealth;
    std::optional<double> aiCostPressure;
    std::optional<double> warningDensity;
    std::optional<double> churnRisk;
};

// One metric against the limit of the tier in force then, as the evaluation stored it.
struct UtilisationPoint {
    Timestamp at{};
    std::string metric; // metric key
    std::string tierId;
    double value = 0.0;
    double limit = 0.0;
    double utilisation = 0.0; // value / limit, may exceed 1
};

// The highest active-client count stored in each bucket of the period.
struct ClientsPoint {
    Timestamp at{}; // bucket start
    std::chrono::seconds bucket{0};
    double clients = 0.0;
};

// A provider's AI spend in one bucket (a day, or a calendar month for long periods).
struct ProviderSpend {
    Day from{};
    Day to{}; // inclusive
    std::string provider;
    std::optional<MicroUsd> cost; // nullopt: no ledger row of the provider in the bucket
};

struct ProjectedSpend {
    std::string horizon; // "month", "quarter", "year"
    int months = 1;
    MicroUsd expected;
    MicroUsd low;
    MicroUsd high;
};

struct SpendSeries {
    std::string bucket = "day";         // "day" or "month"
    std::vector<std::string> providers; // by period spend, largest first
    std::vector<ProviderSpend> points;  // by bucket, then in the order of providers
    std::vector<std::pair<std::string, MicroUsd>> providerTotals; // same order as providers
    // The cost projection as of the period's last day (core/cost/CostReport.h).
    std::vector<ProjectedSpend> projection; // empty: see projectionReason
    std::string projectionReason;
    double intervalLevel = 0.8;
    bool intervalKnown = false;
    double projectionConfidence = 0.0;
    std::string projectionTrust; // core/cost/Projection.h keyOf(ProjectionTrust)
};

// ---- history ----
inline constexpr std::string_view kTimelineTierChanged = "tier_changed";
inline constexpr std::string_view kTimelineModeSet = "mode_set";
inline constexpr std::string_view kTimelineFrozen = "scaling_frozen";
inline constexpr std::string_view kTimelineUnfrozen = "scaling_unfrozen";
inline constexpr std::string_view kTimelineAutoMode = "auto_mode_changed";

struct ScalingTimelineEntry {
    Timestamp at{};
    std::string kind; // kTimeline*
    std::string from; // tier / mode / auto-mode before; empty for a freeze
    std::string to;
    std::string actor; // empty for tier changes (measured, not decided)
    std::string reason;
};

struct DecisionRow {
    Timestamp at{};
    std::string recommendationType;
    std::string verdict; // "accept", "defer", "reject"
    std::string reason;
    std::string actor;
    std::optional<Timestamp> revisitAt;
};

// An outcome recorded in the period: what was predicted beside what happened.
struct OutcomeRow {
    Timestamp at{};
    std::string recommendationType;
    std::string status;                   // "implemented", "failed", "rolled_back"
    std::optional<MicroUsd> predictedMin; // monthly cost range of the recommendation's template
    std::optional<MicroUsd> predictedMax;
    std::optional<MicroUsd> actualMonthlyCost; // as entered
    std::string measuredMetric;                // empty: nothing measured
    std::optional<double> measuredBefore;
    std::optional<double> measuredAfter;
    std::string verdict; // "within_prediction", "outside_prediction", "no_impact"
};

struct DecisionSummary {
    std::size_t decided = 0;
    std::size_t accepted = 0;
    std::size_t deferred = 0;
    std::size_t rejected = 0;
    // Recommendations whose latest decision in the period is Accept / recommendations decided.
    std::optional<double> acceptanceRate; // nullopt: nothing decided (never 0 %)
    std::size_t acceptanceHits = 0;
    std::size_t acceptanceOf = 0;
    std::size_t implemented = 0; // latest outcome in the period
    std::size_t failed = 0;
    std::size_t rolledBack = 0;
    std::optional<double> accuracy;     // outcomes within prediction / outcomes with an impact
    std::vector<DecisionRow> decisions; // oldest first
    std::vector<OutcomeRow> outcomes;   // oldest first
};

// Strain tests (issue 8): the latest stored run of each scenario started in the period, judged
// when it ran, and seed 002's readiness (80 %+ of them passing). Without runs the section says
// so instead of guessing.
struct StrainRunRow {
    std::int64_t run = 0; // the stored run's id
    std::string scenarioId;
    std::string scenarioName;
    Timestamp startedAt{};
    std::string verdict; // "passed" | "failed" | "not_judged"
    double p95Ms = 0.0;
    double throughputPerSecond = 0.0;
    double errorRate = 0.0; // a fraction
    bool baseline = false;  // this run is its scenario's baseline
    // Against the scenario's baseline when both runs were judged; none without one (or for the
    // baseline itself).
    std::optional<bool> regressed;
};

struct StrainReadiness {
    bool available = false;
    std::string reason = std::string(kReasonNoStrainResults);
    std::size_t runsInPeriod = 0;
    std::vector<StrainRunRow> latest; // one per scenario, by scenario id
    std::size_t passed = 0;           // of latest
    std::optional<double> passRate;   // passed / latest; none without runs
    double requiredPassRate = 0.8;
    bool ready = false; // passRate >= requiredPassRate
};

// ---- data quality ----
struct DataGap {
    Timestamp from{}; // the last stored instant before the gap (or the period's start)
    Timestamp to{};   // the next stored instant (or the period's end)
    std::chrono::seconds length{0};
};

// Consecutive sampled evaluations whose truth layer flagged metrics (stale or missing).
struct FlaggedStretch {
    Timestamp from{};
    Timestamp to{};
    std::string kind;                 // "stale" or "missing"
    std::vector<std::string> metrics; // metric keys, sorted
};

struct ResolutionStretch {
    Timestamp from{};
    Timestamp to{};
    std::string kind; // "raw", "five_minute", "hourly"
    std::chrono::seconds resolution{0};
};

struct QualityNote {
    std::string code; // "ledger_days_missing", "unpriced_usage_rows", "period_before_data", ...
    double count = 0.0;
};

struct ReportDataQuality {
    std::size_t storedInstants = 0;       // snapshots and buckets in the period
    std::size_t samplesJudged = 0;        // evaluations read for trend, confidence and flags
    std::optional<double> meanConfidence; // truth layer confidence, 0..1
    std::optional<double> minConfidence;
    std::vector<DataGap> gaps;
    std::vector<FlaggedStretch> flagged;
    std::vector<ResolutionStretch> resolution;
    std::vector<QualityNote> notes;
    std::size_t ledgerDays = 0;        // days of the period
    std::size_t ledgerDaysMissing = 0; // of which have no ledger row
};

struct SectionState {
    std::string section; // keyOf(ReportSection)
    bool included = true;
    bool empty = false;
    std::string reason; // kReason* when empty or not included
};

// The catalog's own names for the ids the report holds (user data, not prose), so the PDF reads
// "Hard Launch" where the data says "hard_launch". An id without an entry is shown as it is.
struct ReportLabels {
    std::map<std::string, std::string> tiers;           // tier id -> name
    std::map<std::string, std::string> modes;           // mode id -> name
    std::map<std::string, std::string> recommendations; // recommendation type -> title
    std::map<std::string, std::string> providers;       // AI provider id -> name
};

struct ReportData {
    std::string workspace;
    std::string title;
    bool demo = false;
    Timestamp from{}; // [from, to)
    Timestamp to{};
    Timestamp previousFrom{}; // [previousFrom, from)
    Timestamp generatedAt{};
    std::vector<SectionState> sections; // every section, in ReportSection order

    std::vector<KeyFigure> keyFigures; // in the order of the kFigure* list above
    std::vector<HealthPoint> healthTrend;
    std::vector<UtilisationPoint> utilisation; // by metric key, then time
    std::vector<ClientsPoint> clients;
    SpendSeries spend;
    std::vector<ScalingTimelineEntry> timeline;
    DecisionSummary decisions;
    StrainReadiness strain;
    ReportDataQuality quality;
    ReportLabels labels;

    const KeyFigure* figure(std::string_view id) const;
    const SectionState* section(ReportSection section) const;
};

} // namespace headroom
