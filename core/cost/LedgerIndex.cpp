#include "LedgerIndex.h"

#include "model/Text.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <unordered_map>

namespace headroom {

namespace {

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};

// Interns names to dense ids in order of first appearance. Rows tend to repeat the previous
// row's name (exports are grouped), so the last hit is checked before hashing.
class Interner {
public:
    explicit Interner(std::vector<std::string>& names)
        : m_names(names) {}

    std::uint32_t operator()(std::string_view name) {
        if (m_last != kNoLast && m_names[m_last] == name) {
            return m_last;
        }
        auto it = m_ids.find(name);
        if (it == m_ids.end()) {
            const auto id = static_cast<std::uint32_t>(m_names.size());
            m_names.emplace_back(name);
            it = m_ids.emplace(m_names.back(), id).first;
        }
        m_last = it->second;
        return m_last;
    }

private:
    static constexpr std::uint32_t kNoLast = 0xffffffffU;
    std::vector<std::string>& m_names;
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> m_ids;
    std::uint32_t m_last = kNoLast;
};

std::vector<std::size_t> sortedOrder(const std::vector<std::string>& names) {
    std::vector<std::size_t> order(names.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::ranges::sort(order, [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
    return order;
}

} // namespace

std::string_view keyOf(Dimension dimension) {
    switch (dimension) {
    case Dimension::Provider:
        return "provider";
    case Dimension::Client:
        return "client";
    case Dimension::Service:
        return "service";
    case Dimension::Category:
        return "category";
    case Dimension::Feature:
        return "feature";
    case Dimension::Team:
        break;
    }
    return "team";
}

// Builds the columns in input order, then counting-sorts them by day into the index.
class LedgerIndexBuilder {
public:
    static Result<LedgerIndex> build(std::span<const UsageRow> usage,
                                     std::span<const ServiceCostRow> services,
                                     const CostSettings& settings);
};

Result<LedgerIndex> LedgerIndex::build(std::span<const UsageRow> usage,
                                       std::span<const ServiceCostRow> services,
                                       const CostSettings& settings) {
    return LedgerIndexBuilder::build(usage, services, settings);
}

Result<LedgerIndex> LedgerIndexBuilder::build(std::span<const UsageRow> usage,
                                              std::span<const ServiceCostRow> services,
                                              const CostSettings& settings) {
    using RowKind = LedgerIndex::RowKind;
    const std::size_t count = usage.size() + services.size();
    if (count >= LedgerIndex::kNone) {
        return fail(ErrorCode::InvalidArgument, cat("ledger of ", count, " rows is too large"));
    }
    LedgerIndex index;
    if (count == 0) {
        return index;
    }

    // Pass 1: the days spanned and the rows of each day, so that pass 2 writes every row
    // straight to its place in the day-sorted columns (a stable counting sort without a second
    // copy of the columns: at this scale the build is bound by memory traffic, not arithmetic).
    Day minDay = usage.empty() ? services.front().day : usage.front().day;
    Day maxDay = minDay;
    for (const UsageRow& row : usage) {
        minDay = std::min(minDay, row.day);
        maxDay = std::max(maxDay, row.day);
    }
    for (const ServiceCostRow& row : services) {
        minDay = std::min(minDay, row.day);
        maxDay = std::max(maxDay, row.day);
    }
    index.m_firstDay = minDay;
    const auto dayCount = static_cast<std::size_t>((maxDay - minDay).count()) + 1;
    const auto offsetOf = [&](Day d) {
        return static_cast<std::size_t>((d - minDay).count());
    };
    index.m_dayStart.assign(dayCount + 1, 0);
    for (const UsageRow& row : usage) {
        ++index.m_dayStart[offsetOf(row.day) + 1];
    }
    for (const ServiceCostRow& row : services) {
        ++index.m_dayStart[offsetOf(row.day) + 1];
    }
    std::partial_sum(index.m_dayStart.begin(), index.m_dayStart.end(), index.m_dayStart.begin());
    std::vector<std::uint32_t> next(index.m_dayStart.begin(), index.m_dayStart.end() - 1);

    index.m_rowDay.resize(count);
    index.m_kind.resize(count);
    index.m_cost.resize(count);
    index.m_basis.resize(count);
    index.m_source.resize(count);
    index.m_category.resize(count);
    index.m_client.resize(count);
    index.m_feature.resize(count);
    index.m_team.resize(count);
    index.m_units.resize(count);

    Interner providers(index.m_providers), servicesNames(index.m_services),
        clients(index.m_clients), features(index.m_features), teams(index.m_teams),
        categories(index.m_categories);
    const std::uint32_t aiCategory = categories(keyOf(ServiceCategory::Ai));

    // The rates of each interned provider, in catalog order, so that the per-row choice is
    // CostSettings::rateOn's (latest effectiveFrom <= day, first listed on a tie) without
    // comparing provider names per row.
    std::vector<std::vector<const ProviderRate*>> ratesOf;
    std::int64_t total = 0;
    std::map<std::pair<Day, std::uint32_t>, std::int64_t> unpriced;

    // Pass 2: cost, intern and place every row.
    for (std::size_t i = 0; i < usage.size(); ++i) {
        const UsageRow& row = usage[i];
        if (auto ok = validateUsageRow(row); !ok) {
            return fail(ok.error().code, cat("usage row ", i + 1, ": ", ok.error().message));
        }
        const std::uint32_t provider = providers(row.providerId);
        if (provider >= ratesOf.size()) {
            ratesOf.emplace_back();
            for (const ProviderRate& rate : settings.rates) {
                if (rate.providerId == row.providerId) {
                    ratesOf.back().push_back(&rate);
                }
            }
        }
        const ProviderRate* rate = nullptr;
        for (const ProviderRate* candidate : ratesOf[provider]) {
            if (candidate->effectiveFrom <= row.day &&
                (rate == nullptr || candidate->effectiveFrom > rate->effectiveFrom)) {
                rate = candidate;
            }
        }
        RowCost rowCost{CostBasis::Unpriced, MicroUsd{}};
        if (row.billed) {
            rowCost = RowCost{CostBasis::Billed, *row.billed};
        } else if (rate != nullptr) {
            auto rated = costUnderRate(row, *rate);
            if (!rated) {
                return fail(rated.error().code,
                            cat("usage row ", i + 1, ": ", rated.error().message));
            }
            rowCost = RowCost{CostBasis::Rated, *rated};
        } else {
            ++unpriced[{row.day, provider}];
        }
        if (__builtin_add_overflow(total, rowCost.cost.value, &total)) {
            return fail(ErrorCode::ValidationError,
                        cat("usage row ", i + 1, ": the ledger's total cost overflows"));
        }
        const std::size_t offset = offsetOf(row.day);
        const std::uint32_t at = next[offset]++;
        index.m_rowDay[at] = static_cast<std::int32_t>(offset);
        index.m_kind[at] = RowKind::Usage;
        index.m_cost[at] = rowCost.cost.value;
        index.m_basis[at] = static_cast<std::uint8_t>(rowCost.basis);
        index.m_source[at] = provider;
        index.m_category[at] = aiCategory;
        index.m_client[at] = clients(row.tags.client);
        index.m_feature[at] = features(row.tags.feature);
        index.m_team[at] = teams(row.tags.team);
        index.m_units[at] =
            UsageUnits{row.inputTokens, row.outputTokens, row.characters, row.requests};
    }
    for (std::size_t j = 0; j < services.size(); ++j) {
        const ServiceCostRow& row = services[j];
        if (row.cost.value < 0) {
            return fail(ErrorCode::ValidationError,
                        cat("service row ", j + 1, " (", row.service, ", ", formatDay(row.day),
                            "): cost ", row.cost.value, " micro-dollars is negative"));
        }
        if (__builtin_add_overflow(total, row.cost.value, &total)) {
            return fail(ErrorCode::ValidationError,
                        cat("service row ", j + 1, ": the ledger's total cost overflows"));
        }
        const std::size_t offset = offsetOf(row.day);
        const std::uint32_t at = next[offset]++;
        index.m_rowDay[at] = static_cast<std::int32_t>(offset);
        index.m_kind[at] = RowKind::Service;
        index.m_cost[at] = row.cost.value;
        index.m_basis[at] = static_cast<std::uint8_t>(CostBasis::Billed);
        index.m_source[at] = servicesNames(row.service);
        index.m_category[at] = categories(keyOf(row.category));
        index.m_client[at] = clients(row.tags.client);
        index.m_feature[at] = features(row.tags.feature);
        index.m_team[at] = teams(row.tags.team);
        // m_units stays zero: service rows carry no AI usage counts.
    }

    for (const auto& [key, rows] : unpriced) {
        index.m_unpriced.push_back(UnpricedUsage{index.m_providers[key.second], key.first, rows});
    }
    std::ranges::sort(index.m_unpriced, [](const UnpricedUsage& a, const UnpricedUsage& b) {
        return std::tie(a.day, a.providerId) < std::tie(b.day, b.providerId);
    });
    return index;
}

std::optional<DayRange> LedgerIndex::daysSpanned() const {
    if (empty()) {
        return std::nullopt;
    }
    return DayRange{m_firstDay,
                    m_firstDay + std::chrono::days{static_cast<int>(m_dayStart.size()) - 2}};
}

bool LedgerIndex::hasDataOn(Day day) const {
    const auto [first, last] = rowsIn(DayRange{day, day});
    return first < last;
}

std::pair<std::size_t, std::size_t> LedgerIndex::rowsIn(DayRange range) const {
    if (empty() || range.to < range.from) {
        return {0, 0};
    }
    const auto days = static_cast<std::int64_t>(m_dayStart.size()) - 1;
    const std::int64_t from = std::max<std::int64_t>((range.from - m_firstDay).count(), 0);
    const std::int64_t to = std::min<std::int64_t>((range.to - m_firstDay).count(), days - 1);
    if (from > to) {
        return {0, 0};
    }
    return {m_dayStart[static_cast<std::size_t>(from)],
            m_dayStart[static_cast<std::size_t>(to) + 1]};
}

bool LedgerIndex::inScope(CostScope scope, std::size_t row) const {
    switch (scope) {
    case CostScope::All:
        return true;
    case CostScope::Ai:
        return m_kind[row] == RowKind::Usage;
    case CostScope::Services:
        break;
    }
    return m_kind[row] == RowKind::Service;
}

std::uint32_t LedgerIndex::dimensionKey(Dimension dimension, std::size_t row) const {
    switch (dimension) {
    case Dimension::Provider:
        return m_kind[row] == RowKind::Usage ? m_source[row] : kNone;
    case Dimension::Service:
        return m_kind[row] == RowKind::Service ? m_source[row] : kNone;
    case Dimension::Category:
        return m_category[row];
    case Dimension::Client:
        return m_client[row];
    case Dimension::Feature:
        return m_feature[row];
    case Dimension::Team:
        break;
    }
    return m_team[row];
}

const std::vector<std::string>& LedgerIndex::names(Dimension dimension) const {
    switch (dimension) {
    case Dimension::Provider:
        return m_providers;
    case Dimension::Service:
        return m_services;
    case Dimension::Category:
        return m_categories;
    case Dimension::Client:
        return m_clients;
    case Dimension::Feature:
        return m_features;
    case Dimension::Team:
        break;
    }
    return m_teams;
}

std::optional<std::uint32_t> LedgerIndex::findName(Dimension dimension,
                                                   std::string_view name) const {
    const auto& list = names(dimension);
    if (auto it = std::ranges::find(list, name); it != list.end()) {
        return static_cast<std::uint32_t>(it - list.begin());
    }
    return std::nullopt;
}

CostTotals LedgerIndex::totals(DayRange range) const {
    CostTotals result;
    const auto [first, last] = rowsIn(range);
    for (std::size_t r = first; r < last; ++r) {
        if (m_kind[r] == RowKind::Usage) {
            result.ai.value += m_cost[r];
            ++result.usageRows;
            result.unpricedRows += m_basis[r] == static_cast<std::uint8_t>(CostBasis::Unpriced);
        } else {
            result.services.value += m_cost[r];
            ++result.serviceRows;
        }
    }
    result.all = result.ai + result.services;
    return result;
}

std::vector<CostShare> LedgerIndex::breakdown(Dimension dimension, DayRange range,
                                              CostScope scope) const {
    const auto& list = names(dimension);
    std::vector<std::int64_t> sums(list.size(), 0);
    std::vector<std::int64_t> rows(list.size(), 0);
    const auto [first, last] = rowsIn(range);
    for (std::size_t r = first; r < last; ++r) {
        const std::uint32_t key = dimensionKey(dimension, r);
        if (key != kNone && inScope(scope, r)) {
            sums[key] += m_cost[r];
            ++rows[key];
        }
    }
    std::vector<CostShare> result;
    for (std::size_t k = 0; k < list.size(); ++k) {
        if (rows[k] > 0) {
            result.push_back(CostShare{list[k], MicroUsd{sums[k]}, rows[k]});
        }
    }
    std::ranges::sort(result, [](const CostShare& a, const CostShare& b) {
        return a.cost != b.cost ? a.cost > b.cost : a.key < b.key;
    });
    return result;
}

DailyCosts LedgerIndex::daily(DayRange range, const DailyFilter& filter) const {
    DailyCosts result{range.from, {}};
    if (range.to < range.from) {
        return result;
    }
    result.values.assign(static_cast<std::size_t>(range.length()), std::nullopt);
    // A name the ledger does not know matches no row: every day is missing.
    std::optional<std::uint32_t> provider, client, service;
    if (filter.provider && !(provider = findName(Dimension::Provider, *filter.provider))) {
        return result;
    }
    if (filter.client && !(client = findName(Dimension::Client, *filter.client))) {
        return result;
    }
    if (filter.service && !(service = findName(Dimension::Service, *filter.service))) {
        return result;
    }
    const auto [first, last] = rowsIn(range);
    const auto base = (m_firstDay - range.from).count();
    for (std::size_t r = first; r < last; ++r) {
        if (!inScope(filter.scope, r) ||
            (provider && dimensionKey(Dimension::Provider, r) != *provider) ||
            (service && dimensionKey(Dimension::Service, r) != *service) ||
            (client && m_client[r] != *client)) {
            continue;
        }
        auto& value = result.values[static_cast<std::size_t>(base + m_rowDay[r])];
        value = MicroUsd{value.value_or(MicroUsd{}).value + m_cost[r]};
    }
    return result;
}

std::vector<KeyedDailyCosts> LedgerIndex::dailyBy(Dimension dimension, DayRange range,
                                                  CostScope scope) const {
    std::vector<KeyedDailyCosts> result;
    if (range.to < range.from) {
        return result;
    }
    const auto& list = names(dimension);
    const auto length = static_cast<std::size_t>(range.length());
    std::vector<std::vector<std::optional<MicroUsd>>> series(list.size());
    const auto [first, last] = rowsIn(range);
    const auto base = (m_firstDay - range.from).count();
    for (std::size_t r = first; r < last; ++r) {
        const std::uint32_t key = dimensionKey(dimension, r);
        if (key == kNone || !inScope(scope, r)) {
            continue;
        }
        auto& values = series[key];
        if (values.empty()) {
            values.assign(length, std::nullopt);
        }
        auto& value = values[static_cast<std::size_t>(base + m_rowDay[r])];
        value = MicroUsd{value.value_or(MicroUsd{}).value + m_cost[r]};
    }
    for (std::size_t k : sortedOrder(list)) {
        if (!series[k].empty()) {
            result.push_back(
                KeyedDailyCosts{list[k], DailyCosts{range.from, std::move(series[k])}});
        }
    }
    return result;
}

DailyUnits LedgerIndex::dailyUnits(std::string_view providerId, DayRange range) const {
    DailyUnits result{range.from, {}};
    if (range.to < range.from) {
        return result;
    }
    result.values.assign(static_cast<std::size_t>(range.length()), std::nullopt);
    const auto provider = findName(Dimension::Provider, providerId);
    if (!provider) {
        return result;
    }
    const auto [first, last] = rowsIn(range);
    const auto base = (m_firstDay - range.from).count();
    for (std::size_t r = first; r < last; ++r) {
        if (m_kind[r] != RowKind::Usage || m_source[r] != *provider) {
            continue;
        }
        auto& value = result.values[static_cast<std::size_t>(base + m_rowDay[r])];
        UsageUnits sum = value.value_or(UsageUnits{});
        sum.inputTokens += m_units[r].inputTokens;
        sum.outputTokens += m_units[r].outputTokens;
        sum.characters += m_units[r].characters;
        sum.requests += m_units[r].requests;
        value = sum;
    }
    return result;
}

std::vector<ProviderMonthToDate> LedgerIndex::monthToDate(Day today) const {
    std::vector<ProviderMonthToDate> perProvider(m_providers.size());
    std::vector<std::int32_t> lastDaySeen(m_providers.size(), -1);
    const auto [first, last] = rowsIn(DayRange{firstOfMonth(today), today});
    for (std::size_t r = first; r < last; ++r) {
        if (m_kind[r] != RowKind::Usage) {
            continue;
        }
        const std::uint32_t p = m_source[r];
        ProviderMonthToDate& line = perProvider[p];
        line.cost.value += m_cost[r];
        line.units.inputTokens += m_units[r].inputTokens;
        line.units.outputTokens += m_units[r].outputTokens;
        line.units.characters += m_units[r].characters;
        line.units.requests += m_units[r].requests;
        line.unpricedRows += m_basis[r] == static_cast<std::uint8_t>(CostBasis::Unpriced);
        if (lastDaySeen[p] != m_rowDay[r]) {
            lastDaySeen[p] = m_rowDay[r];
            ++line.daysWithData;
        }
    }
    std::vector<ProviderMonthToDate> result;
    for (std::size_t p : sortedOrder(m_providers)) {
        if (perProvider[p].daysWithData > 0) {
            perProvider[p].providerId = m_providers[p];
            result.push_back(std::move(perProvider[p]));
        }
    }
    return result;
}

std::vector<std::string> LedgerIndex::keys(Dimension dimension) const {
    std::vector<std::string> result = names(dimension);
    if (dimension == Dimension::Category) {
        // "ai" is interned up front; it is a key only when a row carries it.
        const bool anyAi = std::ranges::find(m_kind, RowKind::Usage) != m_kind.end() ||
                           std::ranges::find(m_category, 0U) != m_category.end();
        if (!anyAi) {
            std::erase(result, std::string(keyOf(ServiceCategory::Ai)));
        }
    }
    std::ranges::sort(result);
    return result;
}

} // namespace headroom
