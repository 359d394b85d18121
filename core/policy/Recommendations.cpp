#include "Recommendations.h"

#include <algorithm>

namespace headroom {

namespace {

Status severityOf(const std::vector<Evidence>& evidence, const CapacityStatus& capacity) {
    for (const Evidence& e : evidence) {
        if (const auto* metric = std::get_if<MetricId>(&e.subject)) {
            auto it = std::ranges::find(capacity.utilisation, *metric, &MetricUtilisation::metric);
            if (it != capacity.utilisation.end() && it->status == Status::Critical) {
                return Status::Critical;
            }
        } else if (std::get<DerivedValue>(e.subject) == DerivedValue::HeadroomPercent) {
            return Status::Critical; // running out of headroom is the capacity emergency
        }
    }
    return Status::Warning;
}

} // namespace

std::vector<RecommendationDraft> recommendations(const Catalog& catalog,
                                                 const ConditionContext& ctx) {
    std::vector<RecommendationDraft> drafts;
    for (const RecommendationTemplate& tmpl : catalog.recommendations) {
        std::vector<Evidence> evidence;
        for (const Condition& trigger : tmpl.triggers) {
            auto e = evaluateCondition(trigger, ctx);
            if (e && std::ranges::find(evidence, *e) == evidence.end()) {
                evidence.push_back(*e);
            }
        }
        if (evidence.empty()) {
            continue;
        }
        RecommendationDraft draft;
        draft.type = tmpl.type;
        draft.severity = severityOf(evidence, ctx.capacity);
        draft.confidence = tmpl.confidence;
        draft.evidence = std::move(evidence);
        drafts.push_back(std::move(draft));
    }
    std::ranges::stable_sort(drafts, std::ranges::greater{}, &RecommendationDraft::confidence);
    return drafts;
}

std::optional<std::string> upgradeTowards(const Catalog& catalog, const ConditionContext& ctx) {
    for (const UpgradePath& path : catalog.upgradePaths) {
        if (path.fromTier != ctx.tier.id) {
            continue;
        }
        for (const Condition& trigger : path.triggers) {
            if (evaluateCondition(trigger, ctx)) {
                return path.toTier;
            }
        }
    }
    return std::nullopt;
}

} // namespace headroom
