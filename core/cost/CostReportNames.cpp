#include "CostReport.h"

#include <array>
#include <utility>

namespace headroom {

// Stable spellings: `headroom costs --json` prints them and scripts read them.
namespace {

template <class E, std::size_t N>
std::string_view nameIn(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [v, name] : table) {
        if (v == value) {
            return name;
        }
    }
    return "unknown";
}

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
    return nameIn(kHorizons, horizon);
}
std::string_view keyOf(LimitKind kind) {
    return nameIn(kLimitKinds, kind);
}

} // namespace headroom
