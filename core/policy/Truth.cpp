#include "Truth.h"

namespace headroom {

DataQuality assessQuality(const Snapshot& snapshot, const Catalog& catalog, Timestamp now) {
    DataQuality quality;
    const auto& required = catalog.truth.required;
    if (required.empty()) {
        quality.completeness = 1.0;
        quality.freshness = 1.0;
        quality.confidence = 1.0;
        return quality;
    }
    std::size_t present = 0;
    std::size_t fresh = 0;
    for (MetricId metric : required) {
        const auto& sample = snapshot.get(metric);
        if (!sample) {
            quality.missing.push_back(metric);
            continue;
        }
        ++present;
        if (now - sample->observedAt > catalog.truth.staleAfter) {
            quality.stale.push_back(metric);
        } else {
            ++fresh;
        }
    }
    quality.completeness = static_cast<double>(present) / static_cast<double>(required.size());
    quality.freshness =
        present == 0 ? 0.0 : static_cast<double>(fresh) / static_cast<double>(present);
    quality.confidence = quality.completeness * quality.freshness;
    return quality;
}

} // namespace headroom
