// The checks a ledger import passes before anything is written. A billing export with a
// corrupt line (a negative count, an impossible date, a total in the trillions) must not leave
// half an import behind, so every row is checked first and the first bad one is named with its
// position and key. Limits are far beyond any real business: they catch corruption and keep
// a year of sums far inside 64-bit integers.
#include "StoreRows.h"
#include "model/Text.h"

#include <cmath>
#include <functional>
#include <string_view>
#include <type_traits>
#include <unordered_map>

namespace headroom::store {
namespace {

// Days outside this span are typos or unit mistakes (seconds read as days).
const Day kFirstDay = std::chrono::sys_days{std::chrono::year{2000} / 1 / 1};
const Day kLastDay = std::chrono::sys_days{std::chrono::year{2199} / 12 / 31};
constexpr std::int64_t kMaxCount = 1'000'000'000'000'000;    // 10^15 tokens, characters, requests
constexpr std::int64_t kMaxMicroUsd = 1'000'000'000'000'000; // $1 000 000 000 per row and day
constexpr double kMaxUsageAmount = 1e15;

std::string describe(std::size_t index, const UsageRow& row) {
    return cat("usage row ", index + 1, " (", formatDay(row.day), ", ", row.providerId,
               ", client '", row.tags.client, "')");
}

std::string describe(std::size_t index, const ServiceCostRow& row) {
    return cat("service cost row ", index + 1, " (", formatDay(row.day), ", ", row.service, ' ',
               row.resourceType, ", client '", row.tags.client, "')");
}

Result<void> refuse(const std::string& row, std::string_view problem) {
    return fail(ErrorCode::InvalidArgument, cat(row, ": ", problem));
}

// The first problem of the fields every row has, or an empty string.
std::string commonProblem(Day day, const std::string& source) {
    if (day < kFirstDay || day > kLastDay) {
        return "the day must be between 2000-01-01 and 2199-12-31";
    }
    if (source.empty()) {
        return "the source is empty";
    }
    return {};
}

std::string countProblem(std::string_view field, std::int64_t value) {
    if (value < 0) {
        return cat(field, " must not be negative, got ", value);
    }
    if (value > kMaxCount) {
        return cat(field, " is implausibly large (", value, ")");
    }
    return {};
}

std::string moneyProblem(std::string_view field, MicroUsd amount) {
    if (amount.value < 0) {
        return cat(field, " must not be negative, got ", amount.dollars());
    }
    if (amount.value > kMaxMicroUsd) {
        return cat(field, " is implausibly large ($", amount.dollars(), ")");
    }
    return {};
}

std::string usageProblem(const UsageRow& row) {
    if (auto p = commonProblem(row.day, row.source); !p.empty()) {
        return p;
    }
    if (row.providerId.empty()) {
        return "the provider is empty";
    }
    for (const auto& [field, value] :
         {std::pair<std::string_view, std::int64_t>{"input_tokens", row.inputTokens},
          {"output_tokens", row.outputTokens},
          {"characters", row.characters},
          {"requests", row.requests}}) {
        if (auto p = countProblem(field, value); !p.empty()) {
            return p;
        }
    }
    return row.billed ? moneyProblem("billed", *row.billed) : std::string();
}

std::string serviceCostProblem(const ServiceCostRow& row) {
    if (auto p = commonProblem(row.day, row.source); !p.empty()) {
        return p;
    }
    if (row.service.empty()) {
        return "the service is empty";
    }
    if (serviceCategoryFromString(keyOf(row.category)) != row.category) {
        return "the category is not one of database, hosting, ai, messaging, other";
    }
    if (auto p = moneyProblem("cost", row.cost); !p.empty()) {
        return p;
    }
    if (!std::isfinite(row.usageAmount) || row.usageAmount < 0.0 ||
        row.usageAmount > kMaxUsageAmount) {
        return cat("usage_amount must be a finite number from 0 to 10^15, got ", row.usageAmount);
    }
    return {};
}

// A natural key as views into the request's rows, for finding repeats without copying.
struct Key {
    std::int64_t day = 0;
    std::string_view parts[5];
    friend bool operator==(const Key&, const Key&) = default;
};

struct KeyHash {
    std::size_t operator()(const Key& key) const {
        std::size_t h = std::hash<std::int64_t>{}(key.day);
        for (std::string_view part : key.parts) {
            h = h * 1'000'003u ^ std::hash<std::string_view>{}(part);
        }
        return h;
    }
};

template <class Row, class KeyOf, class ProblemOf>
Result<void> checkRows(std::span<const Row> rows, KeyOf keyOf, ProblemOf problemOf) {
    std::unordered_map<Key, std::size_t, KeyHash> seen;
    seen.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (auto problem = problemOf(rows[i]); !problem.empty()) {
            return refuse(describe(i, rows[i]), problem);
        }
        const auto [it, inserted] = seen.emplace(keyOf(rows[i]), i);
        if (!inserted) {
            return refuse(
                describe(i, rows[i]),
                cat("repeats the key of row ", it->second + 1, " (same day, tags and ",
                    std::is_same_v<Row, UsageRow> ? "provider" : "service and resource type",
                    "); sum such rows before importing"));
        }
    }
    return {};
}

} // namespace

Result<void> validateLedgerImport(const LedgerImportRequest& request) {
    if (request.origin.empty()) {
        return fail(ErrorCode::InvalidArgument, "ledger import: the origin is empty");
    }
    if (request.usage.empty() && request.serviceCosts.empty()) {
        return fail(ErrorCode::InvalidArgument,
                    cat("ledger import from ", request.origin, ": there are no rows to import"));
    }
    auto usage = checkRows(
        request.usage,
        [](const UsageRow& r) {
            return Key{dayNumber(r.day),
                       {r.providerId, r.tags.client, r.tags.feature, r.tags.team, {}}};
        },
        usageProblem);
    if (!usage) {
        return fail(usage.error().code,
                    cat("ledger import from ", request.origin, ": ", usage.error().message));
    }
    auto costs = checkRows(
        request.serviceCosts,
        [](const ServiceCostRow& r) {
            return Key{dayNumber(r.day),
                       {r.service, r.resourceType, r.tags.client, r.tags.feature, r.tags.team}};
        },
        serviceCostProblem);
    if (!costs) {
        return fail(costs.error().code,
                    cat("ledger import from ", request.origin, ": ", costs.error().message));
    }
    return {};
}

} // namespace headroom::store
