#include "Mode.h"

#include "Numeric.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

// Seed 001's increase-confidence bands (health floor, confidence), highest first.
struct ConfidenceBand {
    double healthAtLeast;
    double confidence;
};
constexpr ConfidenceBand kIncreaseBands[] = {{90.0, 0.95}, {80.0, 0.85}, {70.0, 0.75}};
constexpr double kIncreaseConfidenceFloor = 0.7;

std::ptrdiff_t indexOf(const Catalog& catalog, const Mode& mode) {
    auto it = std::ranges::find(catalog.modes, mode.id, &Mode::id);
    return it == catalog.modes.end() ? -1 : it - catalog.modes.begin();
}

void addDecreaseReasons(const Guardrails& g, const HealthScores& s, std::vector<ModeReason>& out) {
    const auto check = [&out](std::optional<double> score, double limit, ModeReasonCode code) {
        if (score && compare(*score, Comparison::Above, limit)) {
            out.push_back({code, *score, limit});
        }
    };
    check(s.warningDensity, g.maxWarningDensity * 100.0, ModeReasonCode::WarningDensityHigh);
    check(s.churnRisk, g.maxChurnRisk * 100.0, ModeReasonCode::ChurnRiskHigh);
    check(s.aiCostPressure, g.maxAiCostPressure * 100.0, ModeReasonCode::AiCostPressureHigh);
    if (s.infraHealth && compare(*s.infraHealth, Comparison::Below, g.minInfraHealth)) {
        out.push_back({ModeReasonCode::InfraHealthLow, *s.infraHealth, g.minInfraHealth});
    }
}

// Seed 001's decideNextMode without the truth layer.
void decide(const Catalog& catalog, double overall, const HealthScores& scores, const Mode& current,
            const DataQuality& quality, ModeDecision& d) {
    const Guardrails& g = catalog.guardrails;
    if (compare(overall, Comparison::Below, g.freezeBelowHealth)) {
        d.action = ModeAction::Freeze;
        d.confidence = kFreezeConfidence;
        d.reasons.push_back({ModeReasonCode::HealthBelowFreeze, overall, g.freezeBelowHealth});
        return;
    }

    addDecreaseReasons(g, scores, d.reasons);
    if (!d.reasons.empty()) {
        d.action = ModeAction::DecreaseMode;
        d.confidence = kDecreaseConfidence;
        const Mode* previous = previousMode(catalog, current);
        d.nextModeId = previous != nullptr ? previous->id : current.id;
        return;
    }

    const Mode* next = nextMode(catalog, current);
    bool increase = false;
    if (next == nullptr) {
        d.reasons.push_back({ModeReasonCode::AtMaximumMode, 0.0, 0.0});
    } else if (compare(overall, Comparison::Below, g.minHealthForIncrease)) {
        d.reasons.push_back({ModeReasonCode::HealthBelowIncrease, overall, g.minHealthForIncrease});
    } else if (!d.utilisation) {
        // Without a client count the utilisation cannot support a move up.
        d.reasons.push_back(
            {ModeReasonCode::ConfidenceTooLow, quality.confidence, g.minConfidenceForChange});
    } else if (compare(*d.utilisation, Comparison::Above, g.maxUtilisationForIncrease)) {
        d.reasons.push_back(
            {ModeReasonCode::UtilisationTooHigh, *d.utilisation, g.maxUtilisationForIncrease});
    } else {
        d.reasons.push_back({ModeReasonCode::IncreaseSupported, overall, *d.utilisation});
        increase = true;
    }
    if (increase) {
        d.action = ModeAction::IncreaseMode;
        d.confidence = increaseConfidence(overall);
        d.nextModeId = next->id;
        return;
    }

    d.action = ModeAction::Hold;
    d.confidence = kHoldConfidence;
    d.reasons.push_back({ModeReasonCode::ModeAppropriate, overall, d.utilisation.value_or(0.0)});
}

} // namespace

const Mode& modeForClients(const Catalog& catalog, std::optional<int> clients) {
    if (!clients) {
        return catalog.modes.front();
    }
    for (const Mode& mode : catalog.modes) {
        if (*clients >= mode.minClients && *clients <= mode.maxClients) {
            return mode;
        }
    }
    return *clients > catalog.modes.back().maxClients ? catalog.modes.back()
                                                      : catalog.modes.front();
}

const Mode* nextMode(const Catalog& catalog, const Mode& mode) {
    const auto i = indexOf(catalog, mode);
    if (i < 0 || i + 1 >= static_cast<std::ptrdiff_t>(catalog.modes.size())) {
        return nullptr;
    }
    return &catalog.modes[static_cast<std::size_t>(i + 1)];
}

const Mode* previousMode(const Catalog& catalog, const Mode& mode) {
    const auto i = indexOf(catalog, mode);
    if (i <= 0) {
        return nullptr;
    }
    return &catalog.modes[static_cast<std::size_t>(i - 1)];
}

std::optional<int> safeCapacity(const Mode& mode, const HealthModel& model,
                                std::optional<double> overallHealth) {
    if (!overallHealth) {
        return std::nullopt;
    }
    const double max = mode.maxClients;
    const double floorShare = std::floor(max * model.safeCapacityFloor);
    const double byHealth = std::floor(max * *overallHealth / 100.0);
    return static_cast<int>(std::max(floorShare, byHealth));
}

double increaseConfidence(double overallHealth) {
    for (const ConfidenceBand& band : kIncreaseBands) {
        if (compare(overallHealth, Comparison::AtLeast, band.healthAtLeast)) {
            return band.confidence;
        }
    }
    return kIncreaseConfidenceFloor;
}

ModeDecision decideMode(const Catalog& catalog, const HealthScores& scores,
                        std::optional<int> clients, const Mode& current,
                        const DataQuality& quality) {
    const Guardrails& g = catalog.guardrails;
    ModeDecision d;
    d.currentModeId = current.id;
    if (clients) {
        d.fittingModeId = modeForClients(catalog, clients).id;
    }
    d.safeCapacity = safeCapacity(current, catalog.health, scores.overall);
    if (clients && d.safeCapacity) {
        d.utilisation = *d.safeCapacity > 0 ? static_cast<double>(*clients) / *d.safeCapacity : 0.0;
    }

    if (!scores.overall) {
        d.action = ModeAction::Hold;
        d.confidence = quality.confidence;
        d.reasons.push_back(
            {ModeReasonCode::ConfidenceTooLow, quality.confidence, g.minConfidenceForChange});
    } else {
        decide(catalog, *scores.overall, scores, current, quality, d);
    }

    if (d.action != ModeAction::Hold &&
        compare(quality.confidence, Comparison::Below, g.minConfidenceForChange)) {
        d.blockedByTruthLayer = true;
        d.blockedAction = d.action;
        d.action = ModeAction::Hold;
        d.nextModeId.reset();
        // The decision is now only as sure as the data behind it.
        d.confidence = quality.confidence;
        // The veto comes first; the reasons for the vetoed change follow it.
        std::vector<ModeReason> reasons{
            {ModeReasonCode::ConfidenceTooLow, quality.confidence, g.minConfidenceForChange}};
        reasons.insert(reasons.end(), d.reasons.begin(), d.reasons.end());
        d.reasons = std::move(reasons);
    }

    if (clients && *clients > current.maxClients) {
        d.reasons.push_back({ModeReasonCode::ClientsOutsideMode, static_cast<double>(*clients),
                             static_cast<double>(current.maxClients)});
    }
    return d;
}

} // namespace headroom
