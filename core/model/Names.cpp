#include "KeyTable.h"
#include "Records.h"

#include <array>
#include <utility>

namespace headroom {

// Stable spellings: these strings are stored in databases and bundles and printed by the CLI.
// Renaming one is a schema change.
namespace {

constexpr std::array<std::pair<RecommendationState, std::string_view>, 5> kRecommendationStateNames{
    {
        {RecommendationState::Open, "open"},
        {RecommendationState::Accepted, "accepted"},
        {RecommendationState::Deferred, "deferred"},
        {RecommendationState::Rejected, "rejected"},
        {RecommendationState::Resolved, "resolved"},
    }};

constexpr std::array<std::pair<Verdict, std::string_view>, 3> kVerdictNames{{
    {Verdict::Accept, "accept"},
    {Verdict::Defer, "defer"},
    {Verdict::Reject, "reject"},
}};

constexpr std::array<std::pair<EventKind, std::string_view>, 30> kEventKindNames{{
    {EventKind::WorkspaceCreated, "workspace_created"},
    {EventKind::RecommendationOpened, "recommendation_opened"},
    {EventKind::RecommendationResolved, "recommendation_resolved"},
    {EventKind::RecommendationReopened, "recommendation_reopened"},
    {EventKind::DecisionRecorded, "decision_recorded"},
    {EventKind::TierChanged, "tier_changed"},
    {EventKind::ModeAdviceChanged, "mode_advice_changed"},
    {EventKind::SourceFailed, "source_failed"},
    {EventKind::SourceRecovered, "source_recovered"},
    {EventKind::SourceAdded, "source_added"},
    {EventKind::SourceChanged, "source_changed"},
    {EventKind::SourceRemoved, "source_removed"},
    {EventKind::LedgerImported, "ledger_imported"},
    {EventKind::ModeSet, "mode_set"},
    {EventKind::ScalingFrozen, "scaling_frozen"},
    {EventKind::ScalingUnfrozen, "scaling_unfrozen"},
    {EventKind::AutoModeChanged, "auto_mode_changed"},
    {EventKind::ScalingConfigChanged, "scaling_config_changed"},
    {EventKind::HealthSnapshotTaken, "health_snapshot_taken"},
    {EventKind::PolicyChanged, "policy_changed"},
    {EventKind::AlertFired, "alert_fired"},
    {EventKind::AlertResolved, "alert_resolved"},
    {EventKind::NotificationSent, "notification_sent"},
    {EventKind::NotificationFailed, "notification_failed"},
    {EventKind::OutcomeRecorded, "outcome_recorded"},
    {EventKind::ChecklistItemChecked, "checklist_item_checked"},
    {EventKind::ChecklistItemUnchecked, "checklist_item_unchecked"},
    {EventKind::StrainRun, "strain_run"},
    {EventKind::StrainBaseline, "strain_baseline"},
    {EventKind::StrainSettingsChanged, "strain_settings_changed"},
}};

constexpr std::array<std::pair<WorkspaceKind, std::string_view>, 2> kWorkspaceKindNames{{
    {WorkspaceKind::Live, "live"},
    {WorkspaceKind::Demo, "demo"},
}};

constexpr std::array<std::pair<Status, std::string_view>, 4> kStatusNames{{
    {Status::Healthy, "healthy"},
    {Status::Warning, "warning"},
    {Status::Critical, "critical"},
    {Status::Unknown, "unknown"},
}};

constexpr std::array<std::pair<ModeAction, std::string_view>, 4> kModeActionNames{{
    {ModeAction::Hold, "hold"},
    {ModeAction::IncreaseMode, "increase_mode"},
    {ModeAction::DecreaseMode, "decrease_mode"},
    {ModeAction::Freeze, "freeze"},
}};

constexpr std::array<std::pair<ModeReasonCode, std::string_view>, 12> kModeReasonCodeNames{{
    {ModeReasonCode::HealthBelowFreeze, "health_below_freeze"},
    {ModeReasonCode::WarningDensityHigh, "warning_density_high"},
    {ModeReasonCode::ChurnRiskHigh, "churn_risk_high"},
    {ModeReasonCode::AiCostPressureHigh, "ai_cost_pressure_high"},
    {ModeReasonCode::InfraHealthLow, "infra_health_low"},
    {ModeReasonCode::AtMaximumMode, "at_maximum_mode"},
    {ModeReasonCode::HealthBelowIncrease, "health_below_increase"},
    {ModeReasonCode::UtilisationTooHigh, "utilisation_too_high"},
    {ModeReasonCode::IncreaseSupported, "increase_supported"},
    {ModeReasonCode::ModeAppropriate, "mode_appropriate"},
    {ModeReasonCode::ConfidenceTooLow, "confidence_too_low"},
    {ModeReasonCode::ClientsOutsideMode, "clients_outside_mode"},
}};

constexpr std::array<std::pair<Level, std::string_view>, 3> kLevelNames{{
    {Level::Low, "low"},
    {Level::Medium, "medium"},
    {Level::High, "high"},
}};

constexpr std::array<std::pair<Comparison, std::string_view>, 4> kComparisonNames{{
    {Comparison::AtLeast, "at_least"},
    {Comparison::Above, "above"},
    {Comparison::AtMost, "at_most"},
    {Comparison::Below, "below"},
}};

constexpr std::array<std::pair<DerivedValue, std::string_view>, 2> kDerivedValueNames{{
    {DerivedValue::HeadroomPercent, "headroom_percent"},
    {DerivedValue::ClientUtilisation, "client_utilisation"},
}};

} // namespace

std::string_view keyOf(RecommendationState value) {
    return keyIn(kRecommendationStateNames, value);
}
std::string_view keyOf(Verdict value) {
    return keyIn(kVerdictNames, value);
}
std::string_view keyOf(EventKind value) {
    return keyIn(kEventKindNames, value);
}
std::string_view keyOf(WorkspaceKind value) {
    return keyIn(kWorkspaceKindNames, value);
}
std::string_view keyOf(Status value) {
    return keyIn(kStatusNames, value);
}
std::string_view keyOf(ModeAction value) {
    return keyIn(kModeActionNames, value);
}
std::string_view keyOf(ModeReasonCode value) {
    return keyIn(kModeReasonCodeNames, value);
}
std::string_view keyOf(Level value) {
    return keyIn(kLevelNames, value);
}
std::string_view keyOf(Comparison value) {
    return keyIn(kComparisonNames, value);
}

std::optional<RecommendationState> recommendationStateFromString(std::string_view text) {
    return valueIn(kRecommendationStateNames, text);
}
std::optional<Verdict> verdictFromString(std::string_view text) {
    return valueIn(kVerdictNames, text);
}
std::optional<EventKind> eventKindFromString(std::string_view text) {
    return valueIn(kEventKindNames, text);
}
std::optional<WorkspaceKind> workspaceKindFromString(std::string_view text) {
    return valueIn(kWorkspaceKindNames, text);
}
std::optional<Status> statusFromString(std::string_view text) {
    return valueIn(kStatusNames, text);
}
std::optional<ModeAction> modeActionFromString(std::string_view text) {
    return valueIn(kModeActionNames, text);
}
std::optional<Level> levelFromString(std::string_view text) {
    return valueIn(kLevelNames, text);
}
std::optional<Comparison> comparisonFromString(std::string_view text) {
    return valueIn(kComparisonNames, text);
}

std::string_view keyOf(DerivedValue value) {
    return keyIn(kDerivedValueNames, value);
}
std::optional<DerivedValue> derivedValueFromString(std::string_view text) {
    return valueIn(kDerivedValueNames, text);
}

std::string_view subjectKey(const ConditionSubject& subject) {
    if (const auto* metric = std::get_if<MetricId>(&subject)) {
        return metricKey(*metric);
    }
    return keyOf(std::get<DerivedValue>(subject));
}

} // namespace headroom
