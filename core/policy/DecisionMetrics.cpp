#include "DecisionMetrics.h"

#include <algorithm>
#include <map>
#include <set>

namespace headroom {

std::vector<OutcomeRecord> currentOutcomes(std::span<const OutcomeRecord> history) {
    // Records come oldest first; equal times keep their order (the later event wins).
    std::map<std::int64_t, std::size_t> latest;
    for (std::size_t i = 0; i < history.size(); ++i) {
        auto [it, inserted] = latest.try_emplace(history[i].recommendationId, i);
        if (!inserted && history[i].at >= history[it->second].at) {
            it->second = i;
        }
    }
    std::vector<std::size_t> order;
    order.reserve(latest.size());
    for (const auto& [id, index] : latest) {
        order.push_back(index);
    }
    std::ranges::sort(order);
    std::vector<OutcomeRecord> out;
    out.reserve(order.size());
    for (auto index : order) {
        out.push_back(history[index]);
    }
    return out;
}

std::optional<MeasuredImpact> measureImpact(MetricId metric, std::span<const TimedValue> points,
                                            Timestamp decidedAt, Timestamp implementedAt,
                                            const MeasureOptions& options) {
    double beforeSum = 0.0;
    double afterSum = 0.0;
    std::size_t beforeCount = 0;
    std::size_t afterCount = 0;
    for (const auto& p : points) {
        if (p.at >= decidedAt - options.window && p.at < decidedAt) {
            beforeSum += p.value;
            ++beforeCount;
        } else if (p.at >= implementedAt && p.at <= implementedAt + options.window) {
            afterSum += p.value;
            ++afterCount;
        }
    }
    const std::size_t needed = std::max<std::size_t>(options.minPoints, 1);
    if (beforeCount < needed || afterCount < needed) {
        return std::nullopt;
    }
    return MeasuredImpact{metric, beforeSum / static_cast<double>(beforeCount),
                          afterSum / static_cast<double>(afterCount), beforeCount, afterCount};
}

int predictedDirection(const Evidence& evidence) {
    switch (evidence.comparison) {
    case Comparison::AtLeast:
    case Comparison::Above:
        return -1;
    case Comparison::AtMost:
    case Comparison::Below:
        return 1;
    }
    return -1;
}

std::optional<Evidence> measurableEvidence(std::span<const Evidence> evidence) {
    for (const auto& e : evidence) {
        if (std::holds_alternative<MetricId>(e.subject)) {
            return e;
        }
    }
    return std::nullopt;
}

OutcomeVerdict judgeOutcome(const OutcomeRecord& record, const RecommendationTemplate* predicted,
                            std::span<const Evidence> evidence,
                            const std::optional<MeasuredImpact>& measured) {
    if (record.actualMonthlyCost && predicted != nullptr) {
        const MicroUsd lo = std::min(predicted->monthlyCostMin, predicted->monthlyCostMax);
        const MicroUsd hi = std::max(predicted->monthlyCostMin, predicted->monthlyCostMax);
        const bool inside = *record.actualMonthlyCost >= lo && *record.actualMonthlyCost <= hi;
        return inside ? OutcomeVerdict::WithinPrediction : OutcomeVerdict::OutsidePrediction;
    }
    if (measured) {
        const auto followed = measurableEvidence(evidence);
        if (!followed) {
            return OutcomeVerdict::NoImpact;
        }
        const double change = measured->after - measured->before;
        const bool asPredicted = predictedDirection(*followed) < 0 ? change < 0.0 : change > 0.0;
        return asPredicted ? OutcomeVerdict::WithinPrediction : OutcomeVerdict::OutsidePrediction;
    }
    return OutcomeVerdict::NoImpact;
}

KeyMetrics computeKeyMetrics(std::span<const Decision> decisions,
                             std::span<const OutcomeAssessment> assessments) {
    // The latest decision of each recommendation (a deferral followed by an acceptance counts
    // as one accepted recommendation).
    std::map<std::int64_t, const Decision*> latest;
    for (const auto& d : decisions) {
        auto [it, inserted] = latest.try_emplace(d.recommendationId, &d);
        if (!inserted && (d.decidedAt > it->second->decidedAt ||
                          (d.decidedAt == it->second->decidedAt && d.id > it->second->id))) {
            it->second = &d;
        }
    }
    KeyMetrics m;
    std::set<std::int64_t> withOutcome;
    for (const auto& a : assessments) {
        withOutcome.insert(a.record.recommendationId);
        switch (a.record.status) {
        case OutcomeStatus::Implemented:
            ++m.implemented;
            break;
        case OutcomeStatus::Failed:
            ++m.failed;
            break;
        case OutcomeStatus::RolledBack:
            ++m.rolledBack;
            break;
        }
        if (a.verdict != OutcomeVerdict::NoImpact) {
            ++m.accuracy.of;
            if (a.verdict == OutcomeVerdict::WithinPrediction) {
                ++m.accuracy.hits;
            }
        }
    }
    for (const auto& [id, d] : latest) {
        ++m.decided;
        switch (d->verdict) {
        case Verdict::Accept:
            ++m.accepted;
            if (!withOutcome.contains(id)) {
                ++m.awaitingOutcome;
            }
            break;
        case Verdict::Defer:
            ++m.deferred;
            break;
        case Verdict::Reject:
            ++m.rejected;
            break;
        }
    }
    m.acceptance = RateCount{m.accepted, m.decided};
    return m;
}

} // namespace headroom
