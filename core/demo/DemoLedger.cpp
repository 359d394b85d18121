// generateDemoLedger: Acme Analytics' usage and infrastructure bills, day by day. The amounts
// are the demo's story, sized so that seed 002's rates give about $0.37 of AI per client and
// weekday, and the services of the tier add $3-8 a day; they are inputs of the demo like the
// snapshot generator's, not policy numbers (those live in the catalog).
//
// The seeds disagree by orders of magnitude: seed 002's rates and $50-a-day Cost Shield imply
// millions of tokens a day, seed 000's monthly token allocations (and the demo snapshots built on
// them) a few hundred tokens per client. The demo keeps both stories true at once the way a real
// billing export does: each row states what was billed (row.billed, priced at the catalog's rate
// for the volumes above), while the counted tokens and characters follow the snapshots' usage, so
// the AI budget bars, the Overview's token figures and the ledger agree.

#include "demo/DemoLedger.h"

#include "DemoRandom.h"
#include "cost/Rates.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace headroom {
namespace {

using demo_detail::Random;

// What one client of weight 1 uses of a provider for a feature on a weekday. With seed 002's
// rates: claude $0.108 + $0.072, openai $0.07, gemini $0.045, openrouter $0.018, elevenlabs
// $0.036, perplexity $0.02: about $0.37.
struct UsageProfile {
    std::string_view provider;
    std::string_view feature;
    std::string_view team;
    double inputTokens;
    double outputTokens;
    double characters;
    double requests;
};
constexpr std::array<UsageProfile, 7> kProfiles{{
    {"claude", "assistant", "product", 18'000, 3'600, 0, 0},
    {"claude", "reports", "analytics", 12'000, 2'400, 0, 0},
    {"openai", "reports", "analytics", 4'000, 1'000, 0, 0},
    {"gemini", "search", "growth", 20'000, 4'000, 0, 0},
    {"openrouter", "assistant", "product", 30'000, 6'000, 0, 0},
    {"elevenlabs", "voice", "product", 0, 0, 120, 0},
    {"perplexity", "search", "growth", 400, 200, 0, 4}, // billed per request, tokens counted
}};

constexpr double kWeekendActivity = 0.6;
constexpr double kRowNoise = 0.15;     // +-15 % per row, a bell
constexpr double kServiceNoise = 0.05; // bills vary less than usage
constexpr double kRunawayFactor = 4.0; // the runaway day against the client's usual
// Counted units against the billed volumes: the snapshots' 220 tokens per client and day (of
// 101 600 in the token profiles above) and 25 ElevenLabs characters (of 120), halved because the
// ledger's clients weigh about twice the snapshots' average client (weights, the launch push).
constexpr double kCountedTokenShare = 0.5 * 220.0 / 101'600.0;
constexpr double kCountedCharacterShare = 0.5 * 25.0 / 120.0;
constexpr int kOnboardingDays = 7;           // a new client's usage ramps up over its first week
constexpr double kBiggestClientWeight = 3.0; // the runaway client is Acme's biggest customer
// The launch push over the last days multiplies AI usage, weekend or not; the last day's total
// comes to about 90 % of the $50 daily limit.
constexpr std::array<double, kDemoLaunchDays> kLaunchFactors{1.5, 1.75, 1.95, 2.1};

constexpr std::array<std::string_view, 50> kClientNames{
    "initech",    "globex",   "umbrella", "hooli",     "vandelay", "wonka",       "stark",
    "wayne",      "tyrell",   "soylent",  "cyberdyne", "aperture", "oscorp",      "monarch",
    "pied-piper", "dunder",   "prestige", "sterling",  "massive",  "gringotts",   "nakatomi",
    "octan",      "duff",     "krusty",   "planet-ex", "bluth",    "kramerica",   "los-pollos",
    "sirius",     "virtucon", "zorg",     "nostromo",  "encom",    "yoyodyne",    "rekall",
    "weyland",    "vehement", "gekko",    "mooby",     "paper-st", "buy-n-large", "ollivanders",
    "mom-corp",   "spacely",  "cogswell", "frobozz",   "tessier",  "ingen",       "abstergo",
    "blue-sun",
};

int clientsOn(const DemoOptions& options, int dayIndex) {
    // The snapshots' curve (DemoGenerator.cpp), sampled once a day.
    const double progress =
        options.days > 1 ? static_cast<double>(dayIndex) / (options.days - 1) : 1.0;
    return options.startClients +
           static_cast<int>(std::floor(
               (options.endClients - options.startClients) * std::pow(progress, 1.4) + 0.5));
}

// 0 for the first tier, 1 for the second...: the plans below follow the catalog's tiers.
std::size_t tierIndex(const Catalog& catalog, int clients) {
    for (std::size_t i = 0; i < catalog.tiers.size(); ++i) {
        if (clients <= catalog.tiers[i].maxClients) {
            return i;
        }
    }
    return catalog.tiers.empty() ? 0 : catalog.tiers.size() - 1;
}

std::int64_t count(double value) {
    return std::max<std::int64_t>(0, std::llround(value));
}

class ServiceBill {
public:
    ServiceBill(std::vector<ServiceCostRow>& out, Day day, Random& random)
        : m_out(out)
        , m_day(day)
        , m_random(random) {}

    void add(std::string_view service, ServiceCategory category, std::string_view tier,
             std::string_view resource, double dollars, double amount, std::string_view unit) {
        const double noise = 1.0 + kServiceNoise * m_random.bell();
        ServiceCostRow row;
        row.day = m_day;
        row.service = std::string(service);
        row.category = category;
        row.serviceTier = std::string(tier);
        row.resourceType = std::string(resource);
        row.cost = MicroUsd::fromDollars(dollars * noise);
        row.usageAmount = std::round(amount * noise * 100.0) / 100.0;
        row.usageUnit = std::string(unit);
        row.tags = {"", "", "platform"};
        row.source = std::string(kDemoSource);
        m_out.push_back(std::move(row));
    }

private:
    std::vector<ServiceCostRow>& m_out;
    Day m_day;
    Random& m_random;
};

// Seed 002's infrastructure per tier: Vercel Pro and Supabase Pro from the start; the hard
// launch adds the connection pooler, Upstash Redis and Sentry; the growth phase moves to
// Vercel Enterprise and Supabase Team with read replicas.
void billServices(ServiceBill& bill, std::size_t tier, double clients, double activity) {
    const double c = clients;
    const char* supabaseTier = tier >= 2 ? "team" : "pro";
    const double dbBase = tier == 0 ? 0.83 : (tier == 1 ? 1.18 : 20.0);
    bill.add("supabase", ServiceCategory::Database, supabaseTier, "database_compute",
             dbBase + 0.03 * c, 24.0 * (5.0 + 0.6 * c * activity), "cpu_percentage_hours");
    const double storageGb = 1.5 + 0.12 * c;
    bill.add("supabase", ServiceCategory::Database, supabaseTier, "storage",
             storageGb * 0.125 / 30.0, storageGb, "gb");
    bill.add("vercel", ServiceCategory::Hosting, tier >= 2 ? "enterprise" : "pro", "compute",
             tier >= 2 ? 5.0 : 0.67, 24.0, "hours");
    bill.add("vercel", ServiceCategory::Hosting, tier >= 2 ? "enterprise" : "pro", "bandwidth",
             0.015 * c * activity, 0.1 * c * activity, "gb");
    const double messages = std::round(4.0 * c * activity);
    bill.add("twilio", ServiceCategory::Messaging, "pay_as_you_go", "api_calls", messages * 0.0079,
             messages, "messages");
    if (tier >= 1) {
        const double commands = 20'000.0 * c * activity;
        bill.add("upstash", ServiceCategory::Database, "pay_as_you_go", "compute",
                 commands * 0.2 / 100'000.0, commands, "commands");
        bill.add("sentry", ServiceCategory::Other, "team", "api_calls", 0.87,
                 std::round(300.0 * c * activity), "events");
    }
}

} // namespace

const std::vector<std::string>& demoClientNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out(kClientNames.begin(), kClientNames.end());
        return out;
    }();
    return names;
}

DemoLedger generateDemoLedger(const DemoOptions& options, const Catalog& catalog) {
    DemoLedger ledger;
    if (options.days <= 0) {
        return ledger;
    }
    const Day last = dayOf(options.start + std::chrono::hours{options.days * 24 - 1});
    ledger.days = {last - std::chrono::days{options.days - 1}, last};

    // Separate streams, so that the clients' sizes do not shift when the daily noise changes.
    Random sizes(options.seed ^ 0xC11E'0075'12E5ULL);
    Random noise(options.seed ^ 0x1ED6'E500'0000ULL);
    std::vector<std::string> names = demoClientNames();
    for (int i = static_cast<int>(names.size()); i < options.endClients; ++i) {
        names.push_back("client-" + std::to_string(i + 1));
    }
    std::vector<double> weights(names.size());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        weights[i] =
            names[i] == kDemoRunawayClient ? kBiggestClientWeight : 0.5 + 1.1 * sizes.uniform();
    }
    std::vector<int> joined(names.size(), -1);

    std::vector<bool> present;
    for (const auto& profile : kProfiles) {
        present.push_back(catalog.findProvider(profile.provider) != nullptr);
    }
    const int runawayDay = options.days - 1 - kDemoRunawayDaysBeforeEnd;
    const int launchStart = options.days - kDemoLaunchDays;

    for (int d = 0; d < options.days; ++d) {
        const Day day = ledger.days.from + std::chrono::days{d};
        const int clients = std::min<int>(clientsOn(options, d), static_cast<int>(names.size()));
        const unsigned weekday = std::chrono::weekday{day}.c_encoding(); // 0 = Sunday
        const double weekend = (weekday == 0 || weekday == 6) ? kWeekendActivity : 1.0;
        // A demo too short for both stories tells neither.
        const bool launch =
            d >= launchStart && options.days > kDemoRunawayDaysBeforeEnd + kDemoLaunchDays;
        const double aiActivity =
            launch ? kLaunchFactors[static_cast<std::size_t>(d - launchStart)] : weekend;

        for (int i = 0; i < clients; ++i) {
            const auto index = static_cast<std::size_t>(i);
            if (joined[index] < 0) {
                joined[index] = d;
            }
            const double onboarding =
                std::min(1.0, 0.4 + 0.6 * (d - joined[index]) / kOnboardingDays);
            const bool runaway = d == runawayDay && names[index] == kDemoRunawayClient;
            const double scale =
                weights[index] * onboarding * aiActivity * (runaway ? kRunawayFactor : 1.0);
            for (std::size_t p = 0; p < kProfiles.size(); ++p) {
                const double jitter = 1.0 + kRowNoise * noise.bell(); // drawn even if skipped
                if (!present[p]) {
                    continue;
                }
                const UsageProfile& profile = kProfiles[p];
                const double f = scale * jitter;
                UsageRow row;
                row.day = day;
                row.providerId = std::string(profile.provider);
                row.tags = {names[index], std::string(profile.feature), std::string(profile.team)};
                row.inputTokens = count(profile.inputTokens * f);
                row.outputTokens = count(profile.outputTokens * f);
                row.characters = count(profile.characters * f);
                row.requests = count(profile.requests * f);
                if (const ProviderRate* rate = catalog.costs.rateOn(row.providerId, day)) {
                    if (auto billed = costUnderRate(row, *rate)) {
                        row.billed = *billed;
                    }
                }
                row.inputTokens = count(double(row.inputTokens) * kCountedTokenShare);
                row.outputTokens = count(double(row.outputTokens) * kCountedTokenShare);
                row.characters = count(double(row.characters) * kCountedCharacterShare);
                row.source = std::string(kDemoSource);
                ledger.usage.push_back(std::move(row));
            }
        }
        ServiceBill bill(ledger.serviceCosts, day, noise);
        billServices(bill, tierIndex(catalog, clients), clients, weekend);
    }
    return ledger;
}

} // namespace headroom
