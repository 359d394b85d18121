#include "Capacity.h"

#include "Numeric.h"

#include <algorithm>
#include <cmath>

namespace headroom {

std::optional<int> activeClients(const Snapshot& snapshot) {
    auto value = snapshot.value(MetricId::ActiveClients);
    if (!value) {
        return std::nullopt;
    }
    // Snapshot validation guarantees a whole, non-negative count; the clamp only protects the cast.
    return static_cast<int>(std::clamp(std::floor(*value), 0.0, 2.0e9));
}

const Tier& tierForClients(const Catalog& catalog, std::optional<int> clients) {
    const int count = clients.value_or(0);
    for (const Tier& tier : catalog.tiers) {
        if (tier.maxClients >= count) {
            return tier;
        }
    }
    return catalog.tiers.back();
}

CapacityStatus capacityStatus(const Snapshot& snapshot, const Catalog& catalog, const Tier& tier) {
    CapacityStatus result;
    result.tierId = tier.id;
    std::optional<double> highest;
    for (const MetricLimit& limit : tier.limits) {
        auto value = snapshot.value(limit.metric);
        if (!value || limit.limit <= 0.0) {
            result.unmeasured.push_back(limit.metric);
            continue;
        }
        MetricUtilisation entry;
        entry.metric = limit.metric;
        entry.value = *value;
        entry.limit = limit.limit;
        entry.utilisation = *value / limit.limit;
        entry.status = statusForUtilisation(entry.utilisation, catalog.headroom);
        result.overall = worseStatus(result.overall, entry.status);
        highest = std::max(highest.value_or(entry.utilisation), entry.utilisation);
        result.utilisation.push_back(entry);
    }
    if (!highest) {
        return result; // nothing measured: Unknown, no headroom, no new clients
    }
    const double headroomRaw = std::max(0.0, (1.0 - *highest) * 100.0);
    result.headroomPercent = jsRound(headroomRaw);
    result.canAcceptNewClients =
        result.overall != Status::Critical &&
        compare(headroomRaw, Comparison::Above, catalog.headroom.minHeadroomForNewClients);
    return result;
}

ClientCapacity clientCapacity(std::optional<int> clients, const Tier& tier) {
    ClientCapacity result;
    result.activeClients = clients;
    result.tierMaxClients = tier.maxClients;
    if (!clients) {
        return result;
    }
    if (tier.maxClients > 0) {
        result.utilisation = static_cast<double>(*clients) / tier.maxClients;
    }
    result.headroomClients = tier.maxClients - *clients; // negative when over the tier
    if (*clients >= tier.clientCriticalAt) {
        result.status = Status::Critical;
    } else if (*clients >= tier.clientWarningAt) {
        result.status = Status::Warning;
    } else {
        result.status = Status::Healthy;
    }
    return result;
}

} // namespace headroom
