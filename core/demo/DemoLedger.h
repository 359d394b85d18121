#pragma once
// The demo workspace's cost ledger: what Acme Analytics used and paid per day over the demo's
// history, consistent with its snapshots' story (3 -> 45 clients on the same curve). Per day and
// client, usage of every catalog AI provider tagged with a feature and a team; per day, the
// infrastructure services of the tier the clients put the business in (catalog tiers). Two
// events for the cost views to find: a runaway client day about 4x that client's usual spend
// (kDemoRunawayDaysBeforeEnd before the last day), and a launch push over the last
// kDemoLaunchDays days that takes total spend close to seed 002's $50 daily limit. Usage is
// counts only (cost comes from the catalog's rates); every row's source is "demo".
// Deterministic: the same options and catalog give the same rows (the demo's own splitmix64).

#include "demo/DemoGenerator.h"
#include "model/Catalog.h"
#include "model/Day.h"
#include "model/Ledger.h"

#include <string>
#include <vector>

namespace headroom {

struct DemoLedger {
    DayRange days;                            // options.days days ending on the last snapshot's
    std::vector<UsageRow> usage;              // by day, then client, then provider
    std::vector<ServiceCostRow> serviceCosts; // by day, then service
};

inline constexpr int kDemoRunawayDaysBeforeEnd = 17;
inline constexpr int kDemoLaunchDays = 4;
// The client whose integration runs away (one of the first three, there from day one).
inline constexpr std::string_view kDemoRunawayClient = "globex";

// The ledger for the snapshots generateDemoSnapshots(options) gives: its days end on the day of
// the last snapshot. Empty when options.days <= 0.
DemoLedger generateDemoLedger(const DemoOptions& options, const Catalog& catalog);

// The demo's client names in the order they sign up (at least options.endClients of them).
const std::vector<std::string>& demoClientNames();

} // namespace headroom
