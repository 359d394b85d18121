#include "Evaluator.h"

#include "AiCapacity.h"
#include "Capacity.h"
#include "Health.h"
#include "Mode.h"
#include "Recommendations.h"
#include "Truth.h"

#include <algorithm>

namespace headroom {
namespace {

// "Accepting new clients: yes" is advice: it needs every limit the truth layer requires to be
// measured, not only the one metric a host happens to report.
void withholdAcceptanceWithoutRequiredData(CapacityStatus& capacity, const Catalog& catalog,
                                           const Tier& tier) {
    for (MetricId metric : catalog.truth.required) {
        if (tier.limitFor(metric) &&
            std::ranges::find(capacity.unmeasured, metric) != capacity.unmeasured.end()) {
            capacity.acceptanceNeeds.push_back(metric);
        }
    }
    if (!capacity.acceptanceNeeds.empty()) {
        capacity.canAcceptNewClients = false;
    }
}

} // namespace

Evaluation evaluate(const Snapshot& snapshot, const Catalog& catalog,
                    const EvaluationContext& context) {
    Evaluation evaluation;
    evaluation.evaluatedAt = context.now;
    if (catalog.tiers.empty() || catalog.modes.empty()) {
        return evaluation; // an unvalidated catalog: nothing can be judged
    }

    const std::optional<int> clients = activeClients(snapshot);
    const Tier& tier = tierForClients(catalog, clients);

    evaluation.quality = assessQuality(snapshot, catalog, context.now);
    evaluation.capacity = capacityStatus(snapshot, catalog, tier);
    withholdAcceptanceWithoutRequiredData(evaluation.capacity, catalog, tier);
    evaluation.clients = clientCapacity(clients, tier);

    const Mode* current =
        context.currentModeId.empty() ? nullptr : catalog.findMode(context.currentModeId);
    if (current == nullptr) {
        current = &modeForClients(catalog, clients);
    }
    evaluation.health = healthScores(snapshot, catalog, *current);
    evaluation.mode = decideMode(catalog, evaluation.health, clients, *current, evaluation.quality);

    const ConditionContext conditions{snapshot, tier, evaluation.capacity};
    evaluation.recommendations = recommendations(catalog, conditions);
    evaluation.upgradeTowardsTier = upgradeTowards(catalog, conditions);
    evaluation.ai = aiCapacity(snapshot, catalog, tier);
    return evaluation;
}

} // namespace headroom
