#pragma once
// Seed 000's capacity view: which tier the business is in by client count, how close each measured
// metric is to that tier's limit, how much headroom is left, and whether new clients can be taken
// on. Pure functions of (snapshot, catalog); every threshold comes from the catalog.
// Invariant: the catalog has at least one tier (validateCatalog guarantees it).

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/Snapshot.h"

#include <optional>

namespace headroom {

// The active client count of a snapshot as a whole number, or nullopt when not measured.
std::optional<int> activeClients(const Snapshot& snapshot);

// The smallest tier whose maxClients >= clients. Unknown, zero or negative counts give the first
// tier; counts above the last tier's maximum give the last tier.
const Tier& tierForClients(const Catalog& catalog, std::optional<int> clients);

// Utilisation of every tier limit the snapshot measures (value / limit, may exceed 1), a status
// per metric with inclusive catalog.headroom boundaries, the worst of them, and the headroom
// left: max(0, (1 - highest utilisation) x 100) rounded like Math.round. New clients are
// accepted when nothing is critical and the unrounded headroom exceeds
// catalog.headroom.minHeadroomForNewClients; with nothing measured the status is Unknown and
// the answer is no.
CapacityStatus capacityStatus(const Snapshot& snapshot, const Catalog& catalog, const Tier& tier);

// Seed 000's client capacity planner: clients against the tier's maximum, amber from
// tier.clientWarningAt, red from tier.clientCriticalAt (both inclusive).
ClientCapacity clientCapacity(std::optional<int> clients, const Tier& tier);

} // namespace headroom
