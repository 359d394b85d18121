#pragma once
// The demo workspace: 90 days of a fictional SaaS, "Acme Analytics", growing from 3 to 45
// clients, so that every tab has something true-to-life to show before the founder connects a
// real source. The data is deterministic: the same options give the same snapshots on every
// machine and library version (an own splitmix64 generator, no std:: distributions), so tests and
// screenshots are repeatable. Three incidents (an error spike, an AI latency episode, a queue
// backlog) make recommendations open and clear again.

#include "model/Catalog.h"
#include "model/Error.h"
#include "model/Snapshot.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace headroom {

class Store;

struct DemoOptions {
    Timestamp start{};                   // the first snapshot's time
    int days = 90;                       // length of the history
    std::chrono::seconds interval{3600}; // one snapshot per interval
    std::uint64_t seed = 0x5EED'AC3E'2026ULL;
    int startClients = 3;
    int endClients = 45;
};

inline constexpr std::string_view kDemoWorkspaceName = "demo";
inline constexpr std::string_view kDemoSource = "demo";

// days x 86400 / interval snapshots, oldest first, every value valid for its metric, every sample
// stamped with the snapshot's time and the source "demo".
std::vector<Snapshot> generateDemoSnapshots(const DemoOptions& options);

// When the demo's error spike (its first incident) starts and ends, so the demo founder's
// freeze of onboarding lines up with it.
struct DemoIncidentWindow {
    Timestamp start{};
    Timestamp end{};
};
DemoIncidentWindow demoErrorSpike(const DemoOptions& options);

// Creates the workspace "demo" (kind Demo) holding the default 90 days that end at `now` rounded
// down to the hour: each snapshot is evaluated and ingested in order, the workspace's mode follows
// the clients as a founder accepting the advice would move it, and a few decisions (accept, defer,
// reject, each with a reason) are recorded on recommendations the history opened, and the cost
// ledger of the same days (demo/DemoLedger.h) is imported with one LedgerImported event.
// Everything is written in one transaction: on error nothing is left behind. Fails if "demo"
// already exists.
Result<void> populateDemoWorkspace(Store& store, const Catalog& catalog, Timestamp now);

} // namespace headroom
