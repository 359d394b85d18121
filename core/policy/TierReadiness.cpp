#include "TierReadiness.h"

namespace headroom {

std::string_view keyOf(StrainStatus status) {
    switch (status) {
    case StrainStatus::NoTestYet:
        return "no_test_yet";
    case StrainStatus::Passed:
        return "passed";
    case StrainStatus::BelowRequired:
        return "below_required";
    }
    return "no_test_yet";
}

std::vector<ChecklistItemState> foldChecklist(const TierChecklist& checklist,
                                              std::span<const ChecklistTick> ticks) {
    std::vector<ChecklistItemState> out;
    out.reserve(checklist.items.size());
    for (const auto& item : checklist.items) {
        out.push_back({item, item.defaultChecked, std::nullopt});
    }
    for (const auto& tick : ticks) {
        if (tick.tierId != checklist.tierId) {
            continue;
        }
        for (auto& state : out) {
            if (state.item.id == tick.itemId &&
                (!state.lastTick || tick.at >= state.lastTick->at)) {
                state.checked = tick.mark == ChecklistMark::Checked;
                state.lastTick = tick;
            }
        }
    }
    return out;
}

namespace {

const std::string* nextTierId(const Catalog& catalog, std::string_view current) {
    for (const auto& path : catalog.upgradePaths) {
        if (path.fromTier == current) {
            return &path.toTier;
        }
    }
    for (std::size_t i = 0; i + 1 < catalog.tiers.size(); ++i) {
        if (catalog.tiers[i].id == current) {
            return &catalog.tiers[i + 1].id;
        }
    }
    return nullptr;
}

} // namespace

std::optional<TierReadiness> nextTierReadiness(const Catalog& catalog, std::string_view currentTier,
                                               std::span<const ChecklistTick> ticks,
                                               std::optional<StrainTestResults> strain) {
    if (catalog.findTier(currentTier) == nullptr) {
        return std::nullopt;
    }
    const std::string* next = nextTierId(catalog, currentTier);
    if (next == nullptr) {
        return std::nullopt;
    }
    TierReadiness r;
    r.fromTier = std::string(currentTier);
    r.toTier = *next;
    for (const auto& path : catalog.upgradePaths) {
        if (path.fromTier == currentTier && path.toTier == *next) {
            r.strainRequired = path.strainPassRateRequired;
        }
    }
    if (const auto* list = catalog.readiness.findChecklist(*next)) {
        r.items = foldChecklist(*list, ticks);
    }
    r.total = r.items.size();
    for (const auto& item : r.items) {
        if (item.checked) {
            ++r.done;
        }
    }
    bool strainMet = false;
    if (strain && strain->total > 0) {
        r.strainPassRate = static_cast<double>(strain->passed) / static_cast<double>(strain->total);
        strainMet = *r.strainPassRate >= r.strainRequired;
        r.strain = strainMet ? StrainStatus::Passed : StrainStatus::BelowRequired;
    }
    r.share = static_cast<double>(r.done + (strainMet ? 1 : 0)) / static_cast<double>(r.total + 1);
    r.ready = r.done == r.total && strainMet;
    return r;
}

} // namespace headroom
