#pragma once
// Rates: what one usage row costs. A row is charged at the ProviderRate in force on its own day
// (CostSettings::rateOn), so a rate change never rewrites the past; a row from a billing export
// that states what was billed costs exactly that. A row whose provider has no rate on its day is
// *unpriced*: it is reported as such, never silently costed at zero.
//
// Arithmetic is exact integer arithmetic (128-bit intermediates) with one rounding per row, half
// up, to the micro-dollar: OpenRouter's $0.50 per million tokens makes 1 token 0.5 micro-dollar,
// which is charged as 1; 1 input + 1 output token is 0.5 + 0.5 = 1.0, also 1 (not 2, because the
// row is rounded once, not each term). Counts must lie in [0, kMaxUsageCount]; prices and billed
// amounts must be >= 0; anything else, or a cost beyond the int64 range, is refused.

#include "model/CostSettings.h"
#include "model/Error.h"
#include "model/Ledger.h"

#include <cstdint>
#include <string_view>

namespace headroom {

// Counts above 10^15 (tokens, characters, requests) in one row are refused as absurd: no
// provider bills that much in a day, and the bound keeps every product within 128 bits.
inline constexpr std::int64_t kMaxUsageCount = 1'000'000'000'000'000;

// How a row's cost was obtained.
enum class CostBasis {
    Rated,    // counts x the rate in force on the row's day
    Billed,   // the billing export's own figure (UsageRow::billed)
    Unpriced, // no rate for the provider on that day: cost unknown (reported as zero + flag)
};

std::string_view keyOf(CostBasis basis); // "rated", "billed", "unpriced"

struct RowCost {
    CostBasis basis = CostBasis::Unpriced;
    MicroUsd cost; // zero when unpriced

    friend bool operator==(const RowCost&, const RowCost&) = default;
};

// Checks the row's counts (0..kMaxUsageCount) and billed amount (>= 0). The error names the
// provider, the day and the field.
Result<void> validateUsageRow(const UsageRow& row);

// The cost of the row's counts under `rate`, ignoring row.billed:
//   in x perMillionInput / 1e6 + out x perMillionOutput / 1e6 + chars x perThousand / 1e3
//   + requests x perRequest, rounded half up once.
Result<MicroUsd> costUnderRate(const UsageRow& row, const ProviderRate& rate);

// The row's cost: billed if set, else rated at settings.rateOn(provider, day), else unpriced.
Result<RowCost> costOfRow(const UsageRow& row, const CostSettings& settings);

} // namespace headroom
