#pragma once
// Internal to headroom_catalog: the sections a catalog document may hold, the default file each
// section lives in, and the problem records the reader and the validator produce. A problem
// names its section and a JSON-style key path inside it ("tiers[1].limits.cpu_utilization"); the
// loader prefixes the file the section came from.

#include "model/Catalog.h"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace headroom::catalog_detail {

enum class Section {
    Tiers,
    UpgradePaths,
    Modes,
    Guardrails,
    Health,
    Weights,
    Headroom,
    Performance,
    Truth,
    Recommendations,
    AiProviders,
    Rates,
    CostShield,
    InfraPrices,
    Efficiency,
    Anomalies,
    Projections,
    Forecasts,
    Policies,        // policies.json (model/ScalingPolicy.h)
    PolicyTriggers,  // policies.json
    AlertRules,      // alerts.json (model/AlertRules.h)
    BurnRate,        // alerts.json
    AlertRouting,    // alerts.json
    ResourceMonitor, // readiness.json (model/Readiness.h)
    Checklists,      // readiness.json
    Retention,       // thresholds.json (model/RetentionSettings.h)
    Strain,          // strain.json (model/Strain.h)
    Count_           // not a section
};

inline constexpr std::size_t kSectionCount = static_cast<std::size_t>(Section::Count_);

struct SectionInfo {
    Section section;
    std::string_view key;         // top-level key in a document: "upgrade_paths"
    std::string_view defaultFile; // the embedded file that holds it: "tiers.json"
};

inline constexpr std::array<SectionInfo, kSectionCount> kSections{{
    {Section::Tiers, "tiers", "tiers.json"},
    {Section::UpgradePaths, "upgrade_paths", "tiers.json"},
    {Section::Modes, "modes", "modes.json"},
    {Section::Guardrails, "guardrails", "modes.json"},
    {Section::Health, "health", "modes.json"},
    {Section::Weights, "weights", "modes.json"},
    {Section::Headroom, "headroom", "thresholds.json"},
    {Section::Performance, "performance", "thresholds.json"},
    {Section::Truth, "truth", "thresholds.json"},
    {Section::Recommendations, "recommendations", "recommendations.json"},
    {Section::AiProviders, "ai_providers", "ai_providers.json"},
    {Section::Rates, "rates", "costs.json"},
    {Section::CostShield, "cost_shield", "costs.json"},
    {Section::InfraPrices, "infra_prices", "costs.json"},
    {Section::Efficiency, "efficiency", "costs.json"},
    {Section::Anomalies, "anomalies", "costs.json"},
    {Section::Projections, "projections", "costs.json"},
    {Section::Forecasts, "forecasts", "costs.json"},
    {Section::Policies, "policies", "policies.json"},
    {Section::PolicyTriggers, "policy_triggers", "policies.json"},
    {Section::AlertRules, "alert_rules", "alerts.json"},
    {Section::BurnRate, "burn_rate", "alerts.json"},
    {Section::AlertRouting, "alert_routing", "alerts.json"},
    {Section::ResourceMonitor, "resource_monitor", "readiness.json"},
    {Section::Checklists, "checklists", "readiness.json"},
    {Section::Retention, "retention", "thresholds.json"},
    {Section::Strain, "strain", "strain.json"},
}};

inline constexpr std::size_t sectionIndex(Section s) {
    return static_cast<std::size_t>(s);
}
inline std::string_view sectionKey(Section s) {
    return kSections[sectionIndex(s)].key;
}
inline std::string_view defaultFileOf(Section s) {
    return kSections[sectionIndex(s)].defaultFile;
}

inline std::optional<Section> sectionFromKey(std::string_view key) {
    for (const auto& info : kSections) {
        if (info.key == key) {
            return info.section;
        }
    }
    return std::nullopt;
}

// One thing wrong with a catalog: where (section + key path) and what.
struct Problem {
    Section section = Section::Tiers;
    std::string path;    // starts with the section key
    std::string message; // "must be greater than 0"
};

// Where each section of a catalog came from, for error messages: a default file name or the path
// of an override file.
using SectionLabels = std::array<std::string, kSectionCount>;

SectionLabels defaultSectionLabels();

// "tiers.json: tiers[1].limits.cpu_utilization: must be greater than 0", one line per problem.
std::string formatProblems(std::span<const Problem> problems, const SectionLabels& labels);

// Every consistency rule of validateCatalog(), without file names.
std::vector<Problem> findProblems(const Catalog& catalog);

} // namespace headroom::catalog_detail
