#include "Catalog.h"

#include <algorithm>

namespace headroom {

std::optional<double> Tier::limitFor(MetricId metric) const
{
    auto it = std::ranges::find(limits, metric, &MetricLimit::metric);
    if (it == limits.end()) {
        return std::nullopt;
    }
    return it->limit;
}

namespace {
template <class Range, class Member>
auto findById(const Range& range, std::string_view id, Member member) -> decltype(&*range.begin())
{
    auto it = std::ranges::find(range, id, member);
    return it == range.end() ? nullptr : &*it;
}
} // namespace

const Tier* Catalog::findTier(std::string_view id) const { return findById(tiers, id, &Tier::id); }
const Mode* Catalog::findMode(std::string_view id) const { return findById(modes, id, &Mode::id); }
const RecommendationTemplate* Catalog::findRecommendation(std::string_view type) const
{
    return findById(recommendations, type, &RecommendationTemplate::type);
}
const AiProvider* Catalog::findProvider(std::string_view id) const
{
    return findById(aiProviders, id, &AiProvider::id);
}

} // namespace headroom
