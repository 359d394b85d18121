// The demo workspace's cost ledger (core/demo/DemoLedger.h): deterministic, on the days of the
// snapshots, growing with the clients on the snapshots' curve, services following the tier, a
// runaway client day about 4x that client's usual spend, and a launch push that takes the total
// close to seed 002's $50 daily limit; and populateDemoWorkspace storing it. Costs here are
// computed in the test from the catalog's rates in floating point, independently of the cost
// code.
#include "catalog/CatalogLoader.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoLedger.h"
#include "store/Store.h"
#include "support/CorePrinters.h"

#include <map>
#include <numeric>
#include <set>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

// 2026-03-10 12:00 UTC, as in tst_demo: the last snapshot is 2026-06-08 11:00.
const Timestamp kStart = std::chrono::sys_days{std::chrono::year{2026} / 3 / 10} + 12h;
const Day kLastDay = std::chrono::sys_days{std::chrono::year{2026} / 6 / 8};

DemoOptions options(std::uint64_t seed = DemoOptions{}.seed) {
    DemoOptions o;
    o.start = kStart;
    o.seed = seed;
    return o;
}

Catalog catalog() {
    auto c = loadDefaultCatalog();
    if (!c) {
        qFatal("%s", c.error().message.c_str());
    }
    return *c;
}

double costOf(const UsageRow& r, const CostSettings& costs) {
    if (r.billed) {
        return r.billed->dollars(); // a billing export's figure is what was charged
    }
    const ProviderRate* rate = costs.rateOn(r.providerId, r.day);
    if (rate == nullptr) {
        return -1e9; // makes any total obviously wrong
    }
    return r.inputTokens * rate->perMillionInputTokens.dollars() / 1e6 +
           r.outputTokens * rate->perMillionOutputTokens.dollars() / 1e6 +
           r.characters * rate->perThousandCharacters.dollars() / 1e3 +
           r.requests * rate->perRequest.dollars();
}

struct DayTotals {
    double ai = 0;
    double services = 0;
    std::map<std::string, double> byClient;
    std::set<std::string> clients;
    double total() const { return ai + services; }
};

std::map<Day, DayTotals> totals(const DemoLedger& ledger, const CostSettings& costs) {
    std::map<Day, DayTotals> out;
    for (const auto& r : ledger.usage) {
        const double cost = costOf(r, costs);
        out[r.day].ai += cost;
        out[r.day].byClient[r.tags.client] += cost;
        out[r.day].clients.insert(r.tags.client);
    }
    for (const auto& r : ledger.serviceCosts) {
        out[r.day].services += r.cost.dollars();
    }
    return out;
}

} // namespace

class TestDemoLedger : public QObject {
    Q_OBJECT
private slots:
    void isDeterministic() {
        const Catalog c = catalog();
        const DemoLedger a = generateDemoLedger(options(), c);
        const DemoLedger b = generateDemoLedger(options(), c);
        QVERIFY(!a.usage.empty());
        QVERIFY(a.usage == b.usage);
        QVERIFY(a.serviceCosts == b.serviceCosts);
        QVERIFY(a.days == b.days);
        const DemoLedger other = generateDemoLedger(options(12345), c);
        QVERIFY(other.usage != a.usage); // the seed matters
        // The snapshots are what they were before the ledger existed: the ledger has its own
        // random streams.
        QVERIFY(generateDemoSnapshots(options()) == generateDemoSnapshots(options()));
    }

    void countedTokensAgreeWithTheSnapshots() {
        // The rows are billed like a billing export, but the tokens they count follow the
        // snapshots' usage, so the Overview (snapshots) and the AI Capacity tab (ledger) agree:
        // this month's token total through the last day is within a third of the last
        // snapshot's month-to-date TokenUsage (both draw their own noise).
        const Catalog c = catalog();
        const DemoLedger ledger = generateDemoLedger(options(), c);
        const auto snapshots = generateDemoSnapshots(options());
        const Snapshot& last = snapshots.back();
        const Day month = firstOfMonth(dayOf(last.takenAt()));
        double tokens = 0;
        for (const UsageRow& r : ledger.usage) {
            if (r.day >= month && r.day <= dayOf(last.takenAt())) {
                tokens += double(r.inputTokens + r.outputTokens);
            }
        }
        const double snapshotTokens = *last.value(MetricId::TokenUsage);
        QVERIFY2(tokens > snapshotTokens * 0.66 && tokens < snapshotTokens * 1.5,
                 qPrintable(
                     QStringLiteral("ledger %1 vs snapshots %2").arg(tokens).arg(snapshotTokens)));
    }

    void coversTheSnapshotsDays() {
        const Catalog c = catalog();
        const DemoLedger ledger = generateDemoLedger(options(), c);
        const auto snapshots = generateDemoSnapshots(options());
        QCOMPARE(dayOf(snapshots.back().takenAt()), kLastDay);
        QVERIFY(ledger.days == (DayRange{kLastDay - std::chrono::days{89}, kLastDay}));
        std::set<std::string> providers;
        std::set<std::string> features;
        std::set<std::string> teams;
        for (const auto& r : ledger.usage) {
            QVERIFY(ledger.days.contains(r.day));
            QCOMPARE(r.source, std::string("demo"));
            QVERIFY(r.billed.has_value()); // priced like a billing export
            QVERIFY(c.findProvider(r.providerId) != nullptr);
            providers.insert(r.providerId);
            features.insert(r.tags.feature);
            teams.insert(r.tags.team);
        }
        QCOMPARE(providers, (std::set<std::string>{"claude", "elevenlabs", "gemini", "openai",
                                                   "openrouter", "perplexity"}));
        QCOMPARE(features, (std::set<std::string>{"assistant", "reports", "search", "voice"}));
        QCOMPARE(teams, (std::set<std::string>{"analytics", "growth", "product"}));
        std::set<Day> costDays;
        for (const auto& r : ledger.serviceCosts) {
            QVERIFY(ledger.days.contains(r.day));
            QCOMPARE(r.source, std::string("demo"));
            QVERIFY(r.cost.value > 0);
            costDays.insert(r.day);
        }
        QCOMPARE(costDays.size(), std::size_t{90}); // a bill every day
    }

    // The clients of the snapshots' curve: 3 on the first day, 45 on the last, never fewer.
    void growsWithTheClients() {
        const Catalog c = catalog();
        const auto byDay = totals(generateDemoLedger(options(), c), c.costs);
        QCOMPARE(byDay.size(), std::size_t{90});
        QCOMPARE(byDay.begin()->second.clients.size(), std::size_t{3});
        QCOMPARE(byDay.rbegin()->second.clients.size(), std::size_t{45});
        std::size_t previous = 0;
        for (const auto& [day, t] : byDay) {
            QVERIFY(t.clients.size() >= previous);
            previous = t.clients.size();
        }
        // Spend grows with them: the last full week before the launch costs several times
        // the first week.
        auto week = [&](int firstIndex) {
            double sum = 0;
            auto it = std::next(byDay.begin(), firstIndex);
            for (int i = 0; i < 7; ++i, ++it) {
                sum += it->second.ai;
            }
            return sum;
        };
        QVERIFY2(week(79) > 5 * week(0),
                 qPrintable(QString("%1 vs %2").arg(week(79)).arg(week(0))));
    }

    void servicesFollowTheTier() {
        const Catalog c = catalog();
        const DemoLedger ledger = generateDemoLedger(options(), c);
        std::map<Day, std::set<std::string>> services;
        std::set<ServiceCategory> categories;
        for (const auto& r : ledger.serviceCosts) {
            services[r.day].insert(r.service);
            categories.insert(r.category);
        }
        // Soft launch (3 clients): Vercel, Supabase, Twilio. Hard launch (45): Upstash and
        // Sentry too, as seed 002's hard-launch infrastructure lists.
        QCOMPARE(services.begin()->second, (std::set<std::string>{"supabase", "twilio", "vercel"}));
        QCOMPARE(services.rbegin()->second,
                 (std::set<std::string>{"sentry", "supabase", "twilio", "upstash", "vercel"}));
        QCOMPARE(categories,
                 (std::set<ServiceCategory>{ServiceCategory::Database, ServiceCategory::Hosting,
                                            ServiceCategory::Messaging, ServiceCategory::Other}));
    }

    // Seventeen days before the end, globex's integration runs away: about 4x its own trailing
    // week (seed 004's cost spike is anything above 1.5x), above the Cost Shield's runaway floor
    // (80 % of the $5 per-client limit) yet below the limit itself; nobody else spikes.
    void runawayClientDay() {
        const Catalog c = catalog();
        const auto byDay = totals(generateDemoLedger(options(), c), c.costs);
        const Day incident = kLastDay - std::chrono::days{kDemoRunawayDaysBeforeEnd};
        const std::string client(kDemoRunawayClient);
        auto trailing = [&](const std::string& who, Day day) {
            double sum = 0;
            for (int i = 1; i <= 7; ++i) {
                sum += byDay.at(day - std::chrono::days{i}).byClient.at(who);
            }
            return sum / 7;
        };
        const double spend = byDay.at(incident).byClient.at(client);
        const double usual = trailing(client, incident);
        qInfo("runaway day %s: %s spent $%.2f against a trailing $%.2f",
              formatDay(incident).c_str(), client.c_str(), spend, usual);
        // Weekends run at 60 %, so the trailing week averages (5 + 2 x 0.6) / 7 = 0.886 of a
        // weekday: a 4x weekday is 4.5x that average, a 4x weekend day 2.7x.
        QVERIFY2(spend / usual > 2.5 && spend / usual < 5.5,
                 qPrintable(QString::number(spend / usual)));
        QVERIFY(spend >= 0.8 * c.costs.shield.perClientDailyLimit.dollars());
        QVERIFY(spend < c.costs.shield.perClientDailyLimit.dollars());
        // The only client day in the history above 1.5x its trailing week with a week behind it,
        // apart from new clients' onboarding ramps (their first two weeks).
        std::map<std::string, Day> firstSeen;
        for (const auto& [day, t] : byDay) {
            for (const auto& [who, cost] : t.byClient) {
                firstSeen.try_emplace(who, day);
            }
        }
        int spikes = 0;
        for (const auto& [day, t] : byDay) {
            for (const auto& [who, cost] : t.byClient) {
                if (day - firstSeen.at(who) < std::chrono::days{14} ||
                    day > kLastDay - std::chrono::days{kDemoLaunchDays}) {
                    continue;
                }
                if (cost > 1.5 * trailing(who, day)) {
                    QCOMPARE(who, client);
                    QCOMPARE(day, incident);
                    ++spikes;
                }
            }
        }
        QCOMPARE(spikes, 1);
    }

    // The launch push: the last days climb towards the $50 daily limit (past the 80 % alert
    // threshold and seed 004's 75 % level) without reaching it; no earlier day comes close.
    void launchApproachesTheDailyLimit() {
        const Catalog c = catalog();
        const auto byDay = totals(generateDemoLedger(options(), c), c.costs);
        const double limit = c.costs.shield.dailyLimit.dollars();
        for (const auto& [day, t] : byDay) {
            if (qEnvironmentVariableIsSet("HEADROOM_DEMO_TOTALS")) {
                qInfo("%s %2zu clients  ai %6.2f  services %5.2f  total %6.2f",
                      formatDay(day).c_str(), t.clients.size(), t.ai, t.services, t.total());
            }
            QVERIFY2(t.total() < limit, formatDay(day).c_str());
            if (day <= kLastDay - std::chrono::days{kDemoLaunchDays}) {
                QVERIFY2(t.total() < 0.75 * limit, formatDay(day).c_str());
            }
        }
        const double last = byDay.at(kLastDay).total();
        QVERIFY2(last >= 0.85 * limit && last < 0.97 * limit, qPrintable(QString::number(last)));
        // Each launch day costs more than the one before.
        for (int i = kDemoLaunchDays - 1; i > 0; --i) {
            QVERIFY(byDay.at(kLastDay - std::chrono::days{i}).total() >
                    byDay.at(kLastDay - std::chrono::days{i + 1}).total());
        }
    }

    void populateStoresTheLedger() {
        const Catalog c = catalog();
        auto opened = Store::open(":memory:");
        QVERIFY(opened.has_value());
        Store& store = **opened;
        // The last snapshot is 2026-06-08 11:00, as with kStart above.
        const Timestamp now = std::chrono::sys_days{kLastDay} + 11h + 30min;
        auto ok = populateDemoWorkspace(store, c, now);
        QVERIFY2(ok.has_value(), ok ? "" : ok.error().message.c_str());
        const RowId ws = store.workspace("demo").value().id;
        const DemoLedger expected = generateDemoLedger(options(), c);
        auto span = store.ledgerSpan(ws);
        QVERIFY(span.has_value() && span->has_value());
        QVERIFY(**span == expected.days);
        auto usage = store.usageRows(ws, expected.days);
        QVERIFY(usage.has_value());
        QCOMPARE(usage->size(), expected.usage.size());
        auto sum = [](const std::vector<UsageRow>& rows) {
            return std::accumulate(
                rows.begin(), rows.end(), std::int64_t{0}, [](std::int64_t s, const UsageRow& r) {
                    return s + r.inputTokens + r.outputTokens + r.characters + r.requests;
                });
        };
        QCOMPARE(sum(*usage), sum(expected.usage));
        auto costs = store.serviceCostRows(ws, expected.days);
        QVERIFY(costs.has_value());
        QCOMPARE(costs->size(), expected.serviceCosts.size());
        HistoryFilter filter;
        filter.kinds = {EventKind::LedgerImported};
        auto events = store.events(ws, filter);
        QVERIFY(events.has_value());
        QCOMPARE(events->size(), std::size_t{1});
        QCOMPARE(events->front().subject, std::string("demo"));
        QCOMPARE(events->front().at, std::chrono::sys_days{kLastDay} + 11h);
    }
};

QTEST_GUILESS_MAIN(TestDemoLedger)
#include "tst_demo_ledger.moc"
