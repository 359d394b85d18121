// Stable spellings of the alert enums (model/AlertRules.h, model/AlertState.h).
#include "AlertState.h"
#include "KeyTable.h"

namespace headroom {

namespace {

constexpr KeyTable<AlertSeverity, 3> kSeverities{{
    {AlertSeverity::Info, "info"},
    {AlertSeverity::Warning, "warning"},
    {AlertSeverity::Critical, "critical"},
}};
constexpr KeyTable<AlertSubjectKind, 3> kSubjects{{
    {AlertSubjectKind::Metric, "metric"},
    {AlertSubjectKind::TierUtilisation, "tier_utilisation"},
    {AlertSubjectKind::VisualJobRisk, "visual_job_risk"},
}};
constexpr KeyTable<AlertChannel, 4> kChannels{{
    {AlertChannel::Console, "console"},
    {AlertChannel::Tray, "tray"},
    {AlertChannel::Email, "email"},
    {AlertChannel::Webhook, "webhook"},
}};
constexpr KeyTable<AlertDirection, 2> kDirections{{
    {AlertDirection::Above, "above"},
    {AlertDirection::Below, "below"},
}};
constexpr KeyTable<AlertPhase, 4> kPhases{{
    {AlertPhase::Normal, "normal"},
    {AlertPhase::Pending, "pending"},
    {AlertPhase::Firing, "firing"},
    {AlertPhase::Resolved, "resolved"},
}};
constexpr KeyTable<NotificationKind, 3> kKinds{{
    {NotificationKind::Email, "email"},
    {NotificationKind::Slack, "slack"},
    {NotificationKind::Json, "json"},
}};
constexpr KeyTable<NotificationPurpose, 2> kPurposes{{
    {NotificationPurpose::Alerts, "alerts"},
    {NotificationPurpose::Decisions, "decisions"},
}};
constexpr KeyTable<DeliveryState, 3> kDeliveryStates{{
    {DeliveryState::Pending, "pending"},
    {DeliveryState::Sent, "sent"},
    {DeliveryState::Failed, "failed"},
}};

} // namespace

std::string_view keyOf(AlertSeverity v) {
    return keyIn(kSeverities, v);
}
std::optional<AlertSeverity> alertSeverityFromString(std::string_view t) {
    return valueIn(kSeverities, t);
}
std::string_view keyOf(AlertSubjectKind v) {
    return keyIn(kSubjects, v);
}
std::optional<AlertSubjectKind> alertSubjectKindFromString(std::string_view t) {
    return valueIn(kSubjects, t);
}
std::string_view keyOf(AlertChannel v) {
    return keyIn(kChannels, v);
}
std::optional<AlertChannel> alertChannelFromString(std::string_view t) {
    return valueIn(kChannels, t);
}
std::string_view keyOf(AlertDirection v) {
    return keyIn(kDirections, v);
}
std::optional<AlertDirection> alertDirectionFromString(std::string_view t) {
    return valueIn(kDirections, t);
}
std::string_view keyOf(AlertPhase v) {
    return keyIn(kPhases, v);
}
std::optional<AlertPhase> alertPhaseFromString(std::string_view t) {
    return valueIn(kPhases, t);
}
std::string_view keyOf(NotificationKind v) {
    return keyIn(kKinds, v);
}
std::optional<NotificationKind> notificationKindFromString(std::string_view t) {
    return valueIn(kKinds, t);
}
std::string_view keyOf(NotificationPurpose v) {
    return keyIn(kPurposes, v);
}
std::optional<NotificationPurpose> notificationPurposeFromString(std::string_view t) {
    return valueIn(kPurposes, t);
}
std::string_view keyOf(DeliveryState v) {
    return keyIn(kDeliveryStates, v);
}
std::optional<DeliveryState> deliveryStateFromString(std::string_view t) {
    return valueIn(kDeliveryStates, t);
}

} // namespace headroom
