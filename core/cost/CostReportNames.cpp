#include "CostReport.h"
#include "model/KeyTable.h"

#include <array>
#include <utility>

namespace headroom {

// Stable spellings: `headroom costs --json` prints them and scripts read them.
namespace {

constexpr std::array<std::pair<ProjectionHorizon, std::string_view>, 3> kHorizons{{
    {ProjectionHorizon::Month, "month"},
    {ProjectionHorizon::Quarter, "quarter"},
    {ProjectionHorizon::Year, "year"},
}};
constexpr std::array<std::pair<LimitKind, std::string_view>, 8> kLimitKinds{{
    {LimitKind::TierClients, "tier_clients"},
    {LimitKind::ModeClients, "mode_clients"},
    {LimitKind::AiTokensPerDay, "ai_tokens_per_day"},
    {LimitKind::MonthlyTokens, "monthly_tokens"},
    {LimitKind::StorageGb, "storage_gb"},
    {LimitKind::QueueDepth, "queue_depth"},
    {LimitKind::DailySpend, "daily_spend"},
    {LimitKind::MonthlySpend, "monthly_spend"},
}};

} // namespace

std::string_view keyOf(ProjectionHorizon horizon) {
    return keyIn(kHorizons, horizon);
}
std::string_view keyOf(LimitKind kind) {
    return keyIn(kLimitKinds, kind);
}

} // namespace headroom
