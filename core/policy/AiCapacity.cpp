#include "AiCapacity.h"

#include "Numeric.h"

#include <algorithm>

namespace headroom {

std::vector<AiProviderUsageStatus> aiCapacity(const Snapshot& snapshot, const Catalog& catalog,
                                              const Tier& tier) {
    std::vector<AiProviderUsageStatus> result;
    result.reserve(catalog.aiProviders.size());
    for (const AiProvider& provider : catalog.aiProviders) {
        AiProviderUsageStatus status;
        status.providerId = provider.id;
        if (auto it = provider.monthlyAllocationByTier.find(tier.id);
            it != provider.monthlyAllocationByTier.end()) {
            status.allocation = it->second;
        }
        const auto& usage = snapshot.aiUsage();
        if (auto it = std::ranges::find(usage, provider.id, &ProviderUsage::providerId);
            it != usage.end()) {
            status.used = it->used;
        }
        if (status.used && status.allocation > 0.0) {
            status.utilisation = *status.used / status.allocation;
            status.status = statusForUtilisation(*status.utilisation, catalog.headroom);
        }
        result.push_back(std::move(status));
    }
    return result;
}

} // namespace headroom
