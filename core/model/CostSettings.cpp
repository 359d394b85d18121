#include "CostSettings.h"

namespace headroom {

const ProviderRate* CostSettings::rateOn(std::string_view providerId, Day day) const {
    // Rates are few (a handful per provider), so a scan is faster than any index.
    const ProviderRate* best = nullptr;
    for (const ProviderRate& rate : rates) {
        if (rate.providerId == providerId && rate.effectiveFrom <= day &&
            (best == nullptr || rate.effectiveFrom > best->effectiveFrom)) {
            best = &rate;
        }
    }
    return best;
}

} // namespace headroom
