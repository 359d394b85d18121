#include "Rates.h"

#include "model/Text.h"

#include <limits>

namespace headroom {

namespace {

// -Wpedantic rejects the bare name; __extension__ marks the deliberate use of the GCC/Clang type.
__extension__ using Int128 = __int128;

constexpr Int128 kMicroPerUnit = 1'000'000; // denominators share 10^6: per million tokens

std::string rowName(const UsageRow& row) {
    return cat("usage row (", row.providerId, ", ", formatDay(row.day), ")");
}

Result<void> checkCount(const UsageRow& row, std::string_view field, std::int64_t count) {
    if (count < 0 || count > kMaxUsageCount) {
        return fail(ErrorCode::ValidationError,
                    cat(rowName(row), ": ", field, " ", count, " is outside 0..", kMaxUsageCount));
    }
    return {};
}

Result<void> checkPrice(const UsageRow& row, const ProviderRate& rate, std::string_view field,
                        MicroUsd price) {
    if (price.value < 0) {
        return fail(ErrorCode::ValidationError,
                    cat(rowName(row), ": rate of ", rate.providerId, " from ",
                        formatDay(rate.effectiveFrom), ": ", field, " is negative (", price.value,
                        " micro-dollars)"));
    }
    return {};
}

} // namespace

std::string_view keyOf(CostBasis basis) {
    switch (basis) {
    case CostBasis::Rated:
        return "rated";
    case CostBasis::Billed:
        return "billed";
    case CostBasis::Unpriced:
        break;
    }
    return "unpriced";
}

Result<void> validateUsageRow(const UsageRow& row) {
    for (const auto& [field, count] :
         {std::pair<std::string_view, std::int64_t>{"input_tokens", row.inputTokens},
          {"output_tokens", row.outputTokens},
          {"characters", row.characters},
          {"requests", row.requests}}) {
        if (auto ok = checkCount(row, field, count); !ok) {
            return ok;
        }
    }
    if (row.billed && row.billed->value < 0) {
        return fail(
            ErrorCode::ValidationError,
            cat(rowName(row), ": billed amount ", row.billed->value, " micro-dollars is negative"));
    }
    return {};
}

Result<MicroUsd> costUnderRate(const UsageRow& row, const ProviderRate& rate) {
    if (auto ok = validateUsageRow(row); !ok) {
        return std::unexpected(ok.error());
    }
    for (const auto& [field, price] : {std::pair<std::string_view, MicroUsd>{
                                           "per_million_input_tokens", rate.perMillionInputTokens},
                                       {"per_million_output_tokens", rate.perMillionOutputTokens},
                                       {"per_thousand_characters", rate.perThousandCharacters},
                                       {"per_request", rate.perRequest}}) {
        if (auto ok = checkPrice(row, rate, field, price); !ok) {
            return std::unexpected(ok.error());
        }
    }
    // Everything in units of 10^-6 micro-dollar, so the fractional terms add exactly and the row
    // is rounded once. Bounds: count <= 1e15 and price < 9.3e18 give each token term < 9.3e33,
    // the character term (x 1000) < 9.3e36, their sum < 1e37, far below 2^127 = 1.7e38. The
    // request term is whole micro-dollars and is added after the division (x 1e6 could overflow).
    const Int128 fractional = Int128{row.inputTokens} * rate.perMillionInputTokens.value +
                              Int128{row.outputTokens} * rate.perMillionOutputTokens.value +
                              Int128{row.characters} * rate.perThousandCharacters.value * 1000;
    // Half up (everything is >= 0). Ordinary rows fit in 64 bits, whose division is far
    // cheaper than the 128-bit library call; a ledger divides once per row.
    constexpr Int128 kInt64Max = std::numeric_limits<std::int64_t>::max();
    const Int128 rounded =
        fractional <= kInt64Max - kMicroPerUnit
            ? Int128{(static_cast<std::int64_t>(fractional) + 500'000) / 1'000'000}
            : (fractional + kMicroPerUnit / 2) / kMicroPerUnit;
    const Int128 total = rounded + Int128{row.requests} * rate.perRequest.value;
    if (total > std::numeric_limits<std::int64_t>::max()) {
        return fail(ErrorCode::ValidationError,
                    cat(rowName(row), ": cost exceeds the representable range of micro-dollars"));
    }
    return MicroUsd{static_cast<std::int64_t>(total)};
}

Result<RowCost> costOfRow(const UsageRow& row, const CostSettings& settings) {
    if (auto ok = validateUsageRow(row); !ok) {
        return std::unexpected(ok.error());
    }
    if (row.billed) {
        return RowCost{CostBasis::Billed, *row.billed};
    }
    const ProviderRate* rate = settings.rateOn(row.providerId, row.day);
    if (rate == nullptr) {
        return RowCost{CostBasis::Unpriced, MicroUsd{}};
    }
    auto cost = costUnderRate(row, *rate);
    if (!cost) {
        return std::unexpected(cost.error());
    }
    return RowCost{CostBasis::Rated, *cost};
}

} // namespace headroom
