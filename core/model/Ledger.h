#pragma once
// Ledger rows: what the business used and paid, per day. Usage rows count AI tokens, characters
// and requests per provider and client; their cost is computed from the rate in force on their
// day (CostSettings::rateOn), unless the row came from a billing export that states what was
// billed. Service cost rows are seed 004's daily infrastructure costs (database, hosting, AI,
// messaging) with their tier and resource type. Both carry seed 004's attribution tags. Money is
// integer micro-dollars; counts are integers, so sums are exact.

#include "Day.h"
#include "Money.h"

#include <cstdint>
#include <optional>
#include <string>

namespace headroom {

struct CostTags {
    std::string client;  // empty: not attributed to a client
    std::string feature; // "reports", "voice", ...
    std::string team;

    friend bool operator==(const CostTags&, const CostTags&) = default;
};

struct UsageRow {
    Day day{};
    std::string providerId; // matches AiProvider::id
    CostTags tags;          // tags.client is the client the usage served
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    std::int64_t characters = 0;
    std::int64_t requests = 0;
    std::optional<MicroUsd> billed; // what a billing export says was charged; else computed
    std::string source;             // "demo", "csv:<file name>", a source id

    friend bool operator==(const UsageRow&, const UsageRow&) = default;
};

// Seed 004's service categories.
enum class ServiceCategory { Database, Hosting, Ai, Messaging, Other };

struct ServiceCostRow {
    Day day{};
    std::string service; // "supabase", "vercel", "twilio"
    ServiceCategory category = ServiceCategory::Other;
    std::string serviceTier;  // "pro", "team"
    std::string resourceType; // "compute", "storage", "bandwidth", "api_calls"
    MicroUsd cost;
    double usageAmount = 0.0;
    std::string usageUnit;
    CostTags tags;
    std::string source;

    friend bool operator==(const ServiceCostRow&, const ServiceCostRow&) = default;
};

std::string_view keyOf(ServiceCategory category); // "database", "hosting", "ai", ...
std::optional<ServiceCategory> serviceCategoryFromString(std::string_view text);

} // namespace headroom
