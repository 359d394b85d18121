#pragma once
// AI budgets (seed 000's AI capacity planner, fed by the ledger): per catalog provider, the units
// used this month to date (tokens in + out, characters or requests, by AiProvider::unit) against
// the tier's monthlyAllocationByTier, the utilisation, its status in the catalog's inclusive
// headroom bands (catalog.headroom: >= 80 % warning, >= 90 % critical), and the raise / lower
// token budget suggestion of recommendations.json:
//  - raise when the month is projected to exceed the allocation before it ends: month to date
//    / days elapsed x days in the month > allocation (days elapsed count from the ledger's first
//    day when it starts within the month, so a young ledger is not read as a slow month);
//  - lower when the whole previous calendar month is in the ledger, the provider has rows in it,
//    and it used less than AiBudgetOptions::lowerBelowUtilisation of the allocation, and no
//    raise applies.
// A provider without a row this month has no utilisation (Status::Unknown): no data is not zero
// use. Pure: "today" is a parameter. (headroom_cost does not link policy, so the bands are
// applied here with the same inclusive rule and tolerance as policy's statusForUtilisation.)

#include "LedgerIndex.h"
#include "model/Catalog.h"
#include "model/Day.h"
#include "model/Evaluation.h"
#include "model/Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

enum class AiBudgetSuggestion { None, Raise, Lower };
// "", "raise_token_budgets", "lower_token_budgets" (recommendation template types)
std::string_view keyOf(AiBudgetSuggestion suggestion);

struct AiBudgetOptions {
    // "Far under its allocation": the previous full month used less than this share of it.
    // Not in the seeds; the templates' 20-30 % reduction leaves headroom only below ~50 %.
    double lowerBelowUtilisation = 0.5;
};

struct AiBudgetLine {
    std::string providerId;
    AiUnit unit = AiUnit::Tokens;
    std::optional<double> allocation; // empty: the tier has no allocation for the provider
    std::int64_t monthToDateUnits = 0;
    MicroUsd monthToDateCost;
    int daysWithData = 0;              // this month
    std::optional<double> utilisation; // monthToDateUnits / allocation
    Status status = Status::Unknown;
    std::optional<double> projectedMonthUnits;
    std::optional<double> previousMonthUtilisation; // whole previous month known, with rows
    AiBudgetSuggestion suggestion = AiBudgetSuggestion::None;
};

// One line per catalog.aiProviders entry, in catalog order.
std::vector<AiBudgetLine> aiBudgets(const LedgerIndex& ledger, const Catalog& catalog,
                                    std::string_view tierId, Day today,
                                    const AiBudgetOptions& options = {});

// The units of `unit` in the counts: tokens in + out, characters or requests.
std::int64_t unitsOf(const UsageUnits& units, AiUnit unit);

} // namespace headroom
