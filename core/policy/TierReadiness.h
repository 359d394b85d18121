#pragma once
// Seed 002's tier checklists and upgrade readiness. The founder's ticks are history events; the
// current state of each item is the fold of its ticks over the catalog default (the seed's
// pre-ticked items are defaults only). Readiness for the next tier = the share of that tier's
// checklist (infrastructure and upgrade requirements) done, with the strain test's pass rate as
// one more requirement that is met only by a real result at or above the required rate (seed
// 002: 80 %+). Without a strain test result the tier is not ready and says so. Pure.

#include "model/Catalog.h"
#include "model/Outcome.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace headroom {

struct ChecklistItemState {
    ChecklistItem item;
    bool checked = false;
    std::optional<ChecklistTick> lastTick; // nullopt: the catalog default stands
};

// Ticks of other tiers or unknown items are ignored (an item removed from the catalog).
std::vector<ChecklistItemState> foldChecklist(const TierChecklist& checklist,
                                              std::span<const ChecklistTick> ticks);

// Strain test results: scenarios whose latest run passed, of those that count (engine's
// queryReadiness takes them from the stored runs).
struct StrainTestResults {
    std::size_t passed = 0;
    std::size_t total = 0;
};

enum class StrainStatus { NoTestYet, Passed, BelowRequired };
std::string_view keyOf(StrainStatus status); // "no_test_yet", "passed", "below_required"

struct TierReadiness {
    std::string fromTier;
    std::string toTier;
    std::vector<ChecklistItemState> items;
    std::size_t done = 0;
    std::size_t total = 0;
    double strainRequired = 0.8;
    std::optional<double> strainPassRate;
    StrainStatus strain = StrainStatus::NoTestYet;
    double share = 0.0; // (done + strain met) / (total + 1)
    bool ready = false; // every item done and the strain test passed
};

// The readiness to move from currentTier to the tier after it (the upgrade path's target, else
// the next tier by clients); nullopt at the last tier or for an unknown tier.
std::optional<TierReadiness> nextTierReadiness(const Catalog& catalog, std::string_view currentTier,
                                               std::span<const ChecklistTick> ticks,
                                               std::optional<StrainTestResults> strain);

} // namespace headroom
