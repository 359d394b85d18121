// Autoscaling policy and seed 004 triggers as recommendation drafts (see PolicyDrafts.h).
#include "PolicyDrafts.h"

#include <algorithm>
#include <cmath>

namespace headroom {

std::string_view recommendationTypeOf(PolicyTriggerKind kind) {
    switch (kind) {
    case PolicyTriggerKind::CpuSustained:
        return "scale_sustained_cpu";
    case PolicyTriggerKind::DbConnections:
        return "scale_database_connections";
    case PolicyTriggerKind::ResponseTime:
        return "scale_response_time";
    case PolicyTriggerKind::UnderUtilised:
        return "right_size_underutilised";
    }
    return "scale_sustained_cpu";
}

Snapshot freshPart(const Snapshot& snapshot, std::chrono::seconds staleAfter, Timestamp now) {
    Snapshot out = snapshot;
    for (const auto& info : allMetrics()) {
        if (const auto& sample = snapshot.get(info.id);
            sample && now - sample->observedAt > staleAfter) {
            out.clear(info.id);
        }
    }
    return out;
}

std::vector<MetricId> policyMetrics(const PolicySettings& settings, const ScalingPolicy& policy) {
    std::vector<MetricId> out;
    const auto add = [&](MetricId m) {
        if (std::ranges::find(out, m) == out.end()) {
            out.push_back(m);
        }
    };
    for (const auto& w : policy.weights) {
        add(w.metric);
    }
    add(MetricId::CpuUtilization);
    for (auto m : settings.triggers.underUtilisationMetrics) {
        add(m);
    }
    return out;
}

namespace {

int scaledConfidence(const Catalog& catalog, std::string_view type, double factor) {
    const auto* t = catalog.findRecommendation(type);
    const int base = t ? t->confidence : 50;
    return std::clamp(int(std::lround(base * std::clamp(factor, 0.0, 1.0))), 0, 100);
}

// The terms on the side of the decision, each against the threshold in the metric's own unit
// (threshold x full scale): a weighted mean beyond a threshold has at least one such term.
std::vector<Evidence> scoreEvidence(const PolicySettings& settings, const AutoscaleDecision& d,
                                    ScaleAction direction) {
    std::vector<Evidence> out;
    const double threshold = direction == ScaleAction::ScaleUp ? d.upThreshold : d.downThreshold;
    for (const auto& term : d.score->terms) {
        const bool beyond = direction == ScaleAction::ScaleUp ? term.normalised > threshold
                                                              : term.normalised < threshold;
        if (!beyond) {
            continue;
        }
        Evidence e;
        e.subject = term.metric;
        e.value = term.value;
        e.threshold = threshold * settings.fullScaleOf(term.metric).value_or(1.0);
        e.comparison = direction == ScaleAction::ScaleUp ? Comparison::Above : Comparison::Below;
        out.push_back(e);
    }
    return out;
}

} // namespace

std::vector<RecommendationDraft>
policyDrafts(const Catalog& catalog, const PolicySettings& settings,
             const AutoscaleDecision& decision, const AutoscaleState& before,
             std::span<const PolicyTriggerFinding> triggers, double dataConfidence) {
    std::vector<RecommendationDraft> out;
    if (decision.score) {
        const double confidence = decision.score->coverage * dataConfidence;
        const bool trusted = confidence + 1e-9 >= catalog.guardrails.minConfidenceForChange;
        ScaleAction raise = decision.action;
        if (raise == ScaleAction::None && decision.wanted == before.lastAction &&
            decision.reason == AutoscaleReason::CooldownActive) {
            raise = decision.wanted; // the same advice, still open through the cooldown
        }
        if (trusted && raise != ScaleAction::None) {
            RecommendationDraft d;
            d.type =
                std::string(raise == ScaleAction::ScaleUp ? kAutoscaleUpType : kAutoscaleDownType);
            d.evidence = scoreEvidence(settings, decision, raise);
            d.severity = Status::Warning;
            d.confidence = scaledConfidence(catalog, d.type, confidence);
            if (!d.evidence.empty()) {
                out.push_back(std::move(d));
            }
        }
    }
    for (const auto& f : triggers) {
        RecommendationDraft d;
        d.type = std::string(recommendationTypeOf(f.kind));
        d.evidence = f.evidence;
        d.severity = Status::Warning;
        if (f.kind == PolicyTriggerKind::CpuSustained && f.run && f.run->minimum > 0.9) {
            d.severity = Status::Critical; // seed 004: urgency critical above 90 %
        }
        d.confidence = scaledConfidence(catalog, d.type, 1.0);
        out.push_back(std::move(d));
    }
    return out;
}

void mergePolicyDrafts(const Catalog& catalog, std::vector<RecommendationDraft> drafts,
                       Evaluation& evaluation) {
    for (auto& draft : drafts) {
        // A catalog rule may already raise the same type; one draft per type.
        const bool known = std::ranges::any_of(evaluation.recommendations,
                                               [&](const auto& r) { return r.type == draft.type; });
        if (!known && catalog.findRecommendation(draft.type)) {
            evaluation.recommendations.push_back(std::move(draft));
        }
    }
}

} // namespace headroom
