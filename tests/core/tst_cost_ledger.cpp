// Rates (core/cost/Rates.h), the ledger index (LedgerIndex.h) and AI budgets (AiBudget.h) against
// hand-computed answers from seed 002's rates, seed 004's example and seed 000's allocations.
#include "cost/AiBudget.h"
#include "cost/LedgerIndex.h"
#include "cost/Rates.h"

#include <QTest>

using namespace headroom;
using namespace std::chrono;

namespace {

Day d(int y, unsigned m, unsigned day) {
    return Day{year{y} / month{m} / std::chrono::day{day}};
}

MicroUsd usd(std::int64_t micro) {
    return MicroUsd{micro};
}

ProviderRate rate(std::string id, Day from, std::int64_t in, std::int64_t out, std::int64_t chars,
                  std::int64_t request) {
    return ProviderRate{std::move(id), from, usd(in), usd(out), usd(chars), usd(request)};
}

// Seed 002's table, in micro-dollars, in force from the seed's date.
CostSettings seedSettings() {
    const Day from = d(2025, 11, 23);
    CostSettings settings;
    settings.rates = {
        rate("claude", from, 3'000'000, 15'000'000, 0, 0),
        rate("gemini", from, 1'250'000, 5'000'000, 0, 0),
        rate("openai", from, 10'000'000, 30'000'000, 0, 0),
        rate("openrouter", from, 500'000, 500'000, 0, 0),
        rate("elevenlabs", from, 0, 0, 300'000, 0),
        rate("perplexity", from, 0, 0, 0, 5'000),
    };
    return settings;
}

UsageRow usage(Day day, std::string provider, std::string client, std::int64_t in, std::int64_t out,
               std::int64_t chars = 0, std::int64_t requests = 0) {
    UsageRow row;
    row.day = day;
    row.providerId = std::move(provider);
    row.tags.client = std::move(client);
    row.inputTokens = in;
    row.outputTokens = out;
    row.characters = chars;
    row.requests = requests;
    return row;
}

UsageRow tagged(UsageRow row, std::string feature, std::string team) {
    row.tags.feature = std::move(feature);
    row.tags.team = std::move(team);
    return row;
}

ServiceCostRow service(Day day, std::string name, ServiceCategory category, std::int64_t cost,
                       std::string client = {}, std::string team = {}) {
    ServiceCostRow row;
    row.day = day;
    row.service = std::move(name);
    row.category = category;
    row.cost = usd(cost);
    row.tags.client = std::move(client);
    row.tags.team = std::move(team);
    return row;
}

// The fixture ledger, January 2026 (costs worked out by hand at seed 002's rates):
//  01-01 claude acme 1M in + 1M out = 3 + 15 = $18.00; elevenlabs acme 2000 chars = $0.60;
//        perplexity beta 3 requests = $0.015; supabase $45.67, vercel $23.45 (seed 004)
//  01-02 claude quiet, zero counts = $0 (a row: zero spend, not missing); mistral beta x2
//        (no rate: unpriced)
//  01-03 claude beta 200k in + 100k out = 0.60 + 1.50 = $2.10; openai acme billed $7.00
//        (its 1000 tokens would be $0.01); mistral unattributed (unpriced)
//  01-04 nothing
//  01-05 twilio acme $1.00
struct Fixture {
    std::vector<UsageRow> usage;
    std::vector<ServiceCostRow> services;

    Fixture() {
        UsageRow billed = usage_(d(2026, 1, 3), "openai", "acme", 1000, 0);
        billed.billed = usd(7'000'000);
        usage = {
            tagged(usage_(d(2026, 1, 1), "claude", "acme", 1'000'000, 1'000'000), "reports",
                   "growth"),
            tagged(usage_(d(2026, 1, 1), "elevenlabs", "acme", 0, 0, 2000), "voice", "growth"),
            tagged(usage_(d(2026, 1, 1), "perplexity", "beta", 0, 0, 0, 3), "search", "core"),
            usage_(d(2026, 1, 2), "claude", "quiet", 0, 0),
            usage_(d(2026, 1, 2), "mistral", "beta", 1000, 0),
            usage_(d(2026, 1, 2), "mistral", "beta", 5, 0),
            tagged(usage_(d(2026, 1, 3), "claude", "beta", 200'000, 100'000), "reports", "core"),
            billed,
            usage_(d(2026, 1, 3), "mistral", "", 7, 0),
        };
        services = {
            service(d(2026, 1, 1), "supabase", ServiceCategory::Database, 45'670'000, {},
                    "platform"),
            service(d(2026, 1, 1), "vercel", ServiceCategory::Hosting, 23'450'000, {}, "platform"),
            service(d(2026, 1, 5), "twilio", ServiceCategory::Messaging, 1'000'000, "acme"),
        };
    }
    static UsageRow usage_(Day day, std::string p, std::string c, std::int64_t in, std::int64_t out,
                           std::int64_t chars = 0, std::int64_t req = 0) {
        return ::usage(day, std::move(p), std::move(c), in, out, chars, req);
    }
    LedgerIndex index() const {
        auto built = LedgerIndex::build(usage, services, seedSettings());
        if (!built) {
            qFatal("fixture ledger refused: %s", built.error().message.c_str());
        }
        return std::move(*built);
    }
};

std::vector<std::optional<MicroUsd>> series(std::initializer_list<std::optional<std::int64_t>> v) {
    std::vector<std::optional<MicroUsd>> out;
    for (const auto& value : v) {
        out.push_back(value ? std::optional<MicroUsd>(usd(*value)) : std::nullopt);
    }
    return out;
}

QString describe(const std::vector<CostShare>& shares) {
    QStringList parts;
    for (const CostShare& share : shares) {
        parts << QStringLiteral("%1=%2/%3")
                     .arg(QString::fromStdString(share.key))
                     .arg(share.cost.value)
                     .arg(share.rows);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestCostLedger : public QObject {
    Q_OBJECT

private slots:
    void rowCost_data() {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<qint64>("in");
        QTest::addColumn<qint64>("out");
        QTest::addColumn<qint64>("chars");
        QTest::addColumn<qint64>("requests");
        QTest::addColumn<qint64>("expected"); // micro-dollars
        // 1M x $3/M + 1M x $15/M = $18.00
        QTest::newRow("claude 1M in + 1M out")
            << "claude" << 1'000'000LL << 1'000'000LL << 0LL << 0LL << 18'000'000LL;
        // 2000 chars x $0.30/1k = $0.60
        QTest::newRow("elevenlabs 2000 chars")
            << "elevenlabs" << 0LL << 0LL << 2000LL << 0LL << 600'000LL;
        // 3 x $0.005 = $0.015
        QTest::newRow("perplexity 3 requests")
            << "perplexity" << 0LL << 0LL << 0LL << 3LL << 15'000LL;
        // 1 x $0.50/M = 0.5 micro-dollar: half rounds up to 1
        QTest::newRow("openrouter 1 token, half up")
            << "openrouter" << 1LL << 0LL << 0LL << 0LL << 1LL;
        // 0.5 + 0.5 = 1.0: one rounding per row gives 1, not 1 + 1
        QTest::newRow("openrouter 1 in + 1 out, rounded once")
            << "openrouter" << 1LL << 1LL << 0LL << 0LL << 1LL;
        // 3 x 0.5 = 1.5 -> 2; 2 x 0.5 = 1.0 -> 1
        QTest::newRow("openrouter 3 tokens") << "openrouter" << 3LL << 0LL << 0LL << 0LL << 2LL;
        QTest::newRow("openrouter 2 tokens") << "openrouter" << 2LL << 0LL << 0LL << 0LL << 1LL;
        // 1 x $1.25/M = 1.25 micro -> 1; 3 x 1.25 = 3.75 -> 4
        QTest::newRow("gemini 1 token rounds down") << "gemini" << 1LL << 0LL << 0LL << 0LL << 1LL;
        QTest::newRow("gemini 3 tokens round up") << "gemini" << 3LL << 0LL << 0LL << 0LL << 4LL;
        // 400k x 1.25/M = $0.50, 200k x 5/M = $1.00
        QTest::newRow("gemini mixed")
            << "gemini" << 400'000LL << 200'000LL << 0LL << 0LL << 1'500'000LL;
        // 1 char x $0.30/1k = 300 micro exactly
        QTest::newRow("elevenlabs 1 char") << "elevenlabs" << 0LL << 0LL << 1LL << 0LL << 300LL;
        // 1e15 tokens (the bound) x $30/M = $30 000 000 000 = 3e16 micro: fits, exact
        QTest::newRow("openai at the count bound")
            << "openai" << 0LL << 1'000'000'000'000'000LL << 0LL << 0LL << 30'000'000'000'000'000LL;
        QTest::newRow("no usage") << "claude" << 0LL << 0LL << 0LL << 0LL << 0LL;
    }

    void rowCost() {
        QFETCH(QString, provider);
        QFETCH(qint64, in);
        QFETCH(qint64, out);
        QFETCH(qint64, chars);
        QFETCH(qint64, requests);
        QFETCH(qint64, expected);
        const auto row =
            usage(d(2026, 1, 15), provider.toStdString(), "acme", in, out, chars, requests);
        const auto cost = costOfRow(row, seedSettings());
        QVERIFY2(cost.has_value(), cost ? "" : cost.error().message.c_str());
        QCOMPARE(cost->basis, CostBasis::Rated);
        QCOMPARE(cost->cost.value, expected);
    }

    void billedAndUnpriced() {
        const CostSettings settings = seedSettings();
        UsageRow billed = usage(d(2026, 1, 15), "claude", "acme", 1'000'000, 0);
        billed.billed = usd(2'500'000); // the export's figure wins over the $3.00 the rate gives
        QCOMPARE(*costOfRow(billed, settings), (RowCost{CostBasis::Billed, usd(2'500'000)}));

        const auto unknown = usage(d(2026, 1, 15), "mistral", "acme", 1000, 0);
        QCOMPARE(*costOfRow(unknown, settings), (RowCost{CostBasis::Unpriced, usd(0)}));
        // The day before claude's first rate: unpriced too, not costed at a later rate.
        const auto early = usage(d(2025, 11, 22), "claude", "acme", 1000, 0);
        QCOMPARE(costOfRow(early, settings)->basis, CostBasis::Unpriced);
        QCOMPARE(costOfRow(usage(d(2025, 11, 23), "claude", "a", 1000, 0), settings)->cost,
                 usd(3000)); // 1000 x $3/M = $0.003
    }

    void absurdRowsRefused_data() {
        QTest::addColumn<qint64>("in");
        QTest::addColumn<qint64>("requests");
        QTest::addColumn<qint64>("perRequest");
        QTest::addColumn<QString>("needle");
        QTest::newRow("negative count") << -1LL << 0LL << 0LL << "input_tokens -1";
        QTest::newRow("count above 1e15")
            << 1'000'000'000'000'001LL << 0LL << 0LL << "input_tokens 1000000000000001";
        // 1e15 requests x $10 000 000 each = 1e28 micro-dollars: beyond int64
        QTest::newRow("cost beyond int64")
            << 0LL << 1'000'000'000'000'000LL << 10'000'000'000'000LL << "representable";
        QTest::newRow("negative price") << 0LL << 1LL << -5LL << "per_request is negative";
    }

    void absurdRowsRefused() {
        QFETCH(qint64, in);
        QFETCH(qint64, requests);
        QFETCH(qint64, perRequest);
        QFETCH(QString, needle);
        CostSettings settings;
        settings.rates = {rate("p", d(2026, 1, 1), 1'000'000, 0, 0, perRequest)};
        const auto row = usage(d(2026, 1, 2), "p", "acme", in, 0, 0, requests);
        const auto cost = costOfRow(row, settings);
        QVERIFY(!cost);
        QVERIFY2(QString::fromStdString(cost.error().message).contains(needle),
                 cost.error().message.c_str());
        QVERIFY(QString::fromStdString(cost.error().message).contains("2026-01-02"));
        // The index refuses the same row and says which one it was.
        const std::vector<UsageRow> rows{usage(d(2026, 1, 1), "q", "a", 1, 0), row};
        const auto index = LedgerIndex::build(rows, {}, settings);
        QVERIFY(!index);
        QVERIFY2(index.error().message.starts_with("usage row 2:"), index.error().message.c_str());
    }

    void negativeServiceCostRefused() {
        const std::vector<ServiceCostRow> rows{
            service(d(2026, 1, 1), "vercel", ServiceCategory::Hosting, -1)};
        const auto index = LedgerIndex::build({}, rows, seedSettings());
        QVERIFY(!index);
        QVERIFY(index.error().message.find("vercel") != std::string::npos);
    }

    // Seed 004: supabase $45.67 + vercel $23.45 on one day is $69.12, exactly.
    void seed004DailyTotal() {
        const std::vector<ServiceCostRow> rows{
            service(d(2026, 1, 15), "supabase", ServiceCategory::Database, 45'670'000),
            service(d(2026, 1, 15), "vercel", ServiceCategory::Hosting, 23'450'000)};
        const auto index = LedgerIndex::build({}, rows, seedSettings());
        QVERIFY(index);
        const CostTotals totals = index->totals({d(2026, 1, 15), d(2026, 1, 15)});
        QCOMPARE(totals.all, usd(69'120'000));
        QCOMPARE(totals.services, usd(69'120'000));
        QCOMPARE(totals.ai, usd(0));
        QCOMPARE(index->daily({d(2026, 1, 15), d(2026, 1, 15)}).values, series({69'120'000}));
    }

    void totals() {
        const LedgerIndex index = Fixture().index();
        // 01-01: ai 18.00 + 0.60 + 0.015 = 18.615; services 45.67 + 23.45 = 69.12
        const CostTotals day1 = index.totals({d(2026, 1, 1), d(2026, 1, 1)});
        QCOMPARE(day1.ai, usd(18'615'000));
        QCOMPARE(day1.services, usd(69'120'000));
        QCOMPARE(day1.all, usd(87'735'000));
        // Whole range: ai 18.615 + 2.10 + 7.00 = 27.715; services 69.12 + 1.00 = 70.12
        const CostTotals all = index.totals({d(2025, 12, 1), d(2026, 2, 1)});
        QCOMPARE(all.ai, usd(27'715'000));
        QCOMPARE(all.services, usd(70'120'000));
        QCOMPARE(all.all, usd(97'835'000));
        QCOMPARE(all.usageRows, 9);
        QCOMPARE(all.serviceRows, 3);
        QCOMPARE(all.unpricedRows, 3);
        // A range without data and a reversed range: nothing.
        QCOMPARE(index.totals({d(2026, 3, 1), d(2026, 3, 31)}), CostTotals{});
        QCOMPARE(index.totals({d(2026, 1, 3), d(2026, 1, 1)}), CostTotals{});
        QCOMPARE(index.daysSpanned(), (DayRange{d(2026, 1, 1), d(2026, 1, 5)}));
        QVERIFY(index.hasDataOn(d(2026, 1, 2)));
        QVERIFY(!index.hasDataOn(d(2026, 1, 4)));
    }

    void breakdowns_data() {
        QTest::addColumn<int>("dimension");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("expected"); // key=micro/rows, cost descending then key
        QTest::newRow("provider") << int(Dimension::Provider) << int(CostScope::All)
                                  << "claude=20100000/3 openai=7000000/1 elevenlabs=600000/1 "
                                     "perplexity=15000/1 mistral=0/3";
        // acme 18 + 0.6 + 7 + 1 (twilio) = 26.6; unattributed 45.67 + 23.45 + 0 = 69.12;
        // beta 0.015 + 0 + 0 + 2.10 = 2.115; quiet 0 (a client with no spend, still listed)
        QTest::newRow("client") << int(Dimension::Client) << int(CostScope::All)
                                << "=69120000/3 acme=26600000/4 beta=2115000/4 quiet=0/1";
        QTest::newRow("client, AI only") << int(Dimension::Client) << int(CostScope::Ai)
                                         << "acme=25600000/3 beta=2115000/4 =0/1 quiet=0/1";
        QTest::newRow("service") << int(Dimension::Service) << int(CostScope::All)
                                 << "supabase=45670000/1 vercel=23450000/1 twilio=1000000/1";
        QTest::newRow("category") << int(Dimension::Category) << int(CostScope::All)
                                  << "database=45670000/1 ai=27715000/9 hosting=23450000/1 "
                                     "messaging=1000000/1";
        QTest::newRow("category, services") << int(Dimension::Category) << int(CostScope::Services)
                                            << "database=45670000/1 hosting=23450000/1 "
                                               "messaging=1000000/1";
        // growth 18 + 0.6; core 0.015 + 2.10; untagged: openai 7 + twilio 1 + four $0 rows
        QTest::newRow("team") << int(Dimension::Team) << int(CostScope::All)
                              << "platform=69120000/2 growth=18600000/2 =8000000/6 core=2115000/2";
        QTest::newRow("feature, AI") << int(Dimension::Feature) << int(CostScope::Ai)
                                     << "reports=20100000/2 =7000000/5 voice=600000/1 "
                                        "search=15000/1";
    }

    void breakdowns() {
        QFETCH(int, dimension);
        QFETCH(int, scope);
        QFETCH(QString, expected);
        const LedgerIndex index = Fixture().index();
        QCOMPARE(describe(index.breakdown(static_cast<Dimension>(dimension),
                                          {d(2026, 1, 1), d(2026, 1, 31)},
                                          static_cast<CostScope>(scope))),
                 expected);
    }

    // The truth layer's distinction: no row is "missing", rows that cost nothing are 0.
    void dailyTellsMissingFromZero() {
        const LedgerIndex index = Fixture().index();
        // 01-02 has rows (quiet's zero usage, mistral unpriced): 0. 01-03: 2.10 + 7.00 + 0.
        QCOMPARE(index.daily({d(2026, 1, 1), d(2026, 1, 6)}).values,
                 series({87'735'000, 0, 9'100'000, std::nullopt, 1'000'000, std::nullopt}));
        QCOMPARE(index.daily({d(2025, 12, 31), d(2026, 1, 4)}, {.provider = "claude"}).values,
                 series({std::nullopt, 18'000'000, 0, 2'100'000, std::nullopt}));
        // A client with no spend: its one zero row is 0, other days missing.
        QCOMPARE(index.daily({d(2026, 1, 1), d(2026, 1, 3)}, {.client = "quiet"}).values,
                 series({std::nullopt, 0, std::nullopt}));
        // A client the ledger does not know: every day missing.
        QCOMPARE(index.daily({d(2026, 1, 1), d(2026, 1, 2)}, {.client = "ghost"}).values,
                 series({std::nullopt, std::nullopt}));
        QCOMPARE(index.daily({d(2026, 1, 1), d(2026, 1, 5)}, {.scope = CostScope::Services}).values,
                 series({69'120'000, std::nullopt, std::nullopt, std::nullopt, 1'000'000}));
        QCOMPARE(index.daily({d(2026, 1, 1), d(2026, 1, 5)}, {.service = "twilio"}).values,
                 series({std::nullopt, std::nullopt, std::nullopt, std::nullopt, 1'000'000}));
        const DailyCosts daily = index.daily({d(2026, 1, 4), d(2026, 1, 5)});
        QCOMPARE(daily.dayAt(1), d(2026, 1, 5));
    }

    void dailyByClient() {
        const LedgerIndex index = Fixture().index();
        const auto perClient =
            index.dailyBy(Dimension::Client, {d(2026, 1, 1), d(2026, 1, 3)}, CostScope::Ai);
        QCOMPARE(perClient.size(), 4U); // "", acme, beta, quiet: sorted by name
        QCOMPARE(perClient[0].key, std::string());
        QCOMPARE(perClient[0].daily.values, series({std::nullopt, std::nullopt, 0}));
        QCOMPARE(perClient[1].key, std::string("acme"));
        QCOMPARE(perClient[1].daily.values, series({18'600'000, std::nullopt, 7'000'000}));
        QCOMPARE(perClient[2].key, std::string("beta"));
        QCOMPARE(perClient[2].daily.values, series({15'000, 0, 2'100'000}));
        QCOMPARE(perClient[3].key, std::string("quiet"));
    }

    void unitsAndMonthToDate() {
        const LedgerIndex index = Fixture().index();
        const DailyUnits units = index.dailyUnits("claude", {d(2026, 1, 1), d(2026, 1, 4)});
        QCOMPARE(units.values.size(), 4U);
        QCOMPARE(*units.values[0], (UsageUnits{1'000'000, 1'000'000, 0, 0}));
        QCOMPARE(*units.values[1], UsageUnits{});
        QCOMPARE(*units.values[2], (UsageUnits{200'000, 100'000, 0, 0}));
        QVERIFY(!units.values[3]);
        QCOMPARE(units.values[2]->tokens(), 300'000);

        const auto mtd = index.monthToDate(d(2026, 1, 3));
        QCOMPARE(mtd.size(), 5U); // claude, elevenlabs, mistral, openai, perplexity
        QCOMPARE(mtd[0].providerId, std::string("claude"));
        QCOMPARE(mtd[0].cost, usd(20'100'000));
        QCOMPARE(mtd[0].units.tokens(), 2'300'000);
        QCOMPARE(mtd[0].daysWithData, 3);
        QCOMPARE(mtd[2].providerId, std::string("mistral"));
        QCOMPARE(mtd[2].unpricedRows, 3);
        QCOMPARE(mtd[2].daysWithData, 2);
        // Today 01-02: claude's 01-03 row is not yet part of the month.
        QCOMPARE(index.monthToDate(d(2026, 1, 2))[0].cost, usd(18'000'000));
        QVERIFY(index.monthToDate(d(2026, 2, 1)).empty());
    }

    void unpricedListed() {
        const LedgerIndex index = Fixture().index();
        const std::vector<UnpricedUsage> expected{{"mistral", d(2026, 1, 2), 2},
                                                  {"mistral", d(2026, 1, 3), 1}};
        QCOMPARE(index.unpriced(), expected);
        QCOMPARE(index.keys(Dimension::Client),
                 (std::vector<std::string>{"", "acme", "beta", "quiet"}));
        QCOMPARE(index.keys(Dimension::Category),
                 (std::vector<std::string>{"ai", "database", "hosting", "messaging"}));
    }

    // Rows keep the rate of their own day: claude drops to $2/$10 from 2026-01-10.
    void rateChangeMidPeriod() {
        CostSettings settings = seedSettings();
        settings.rates.push_back(rate("claude", d(2026, 1, 10), 2'000'000, 10'000'000, 0, 0));
        std::vector<UsageRow> rows;
        for (unsigned day = 8; day <= 11; ++day) {
            rows.push_back(usage(d(2026, 1, day), "claude", "acme", 1'000'000, 100'000));
        }
        const auto index = LedgerIndex::build(rows, {}, settings);
        QVERIFY(index);
        // old: 1M x 3 + 0.1M x 15 = 3.00 + 1.50 = 4.50; new: 2.00 + 1.00 = 3.00
        QCOMPARE(index->daily({d(2026, 1, 8), d(2026, 1, 11)}).values,
                 series({4'500'000, 4'500'000, 3'000'000, 3'000'000}));
        QCOMPARE(index->totals({d(2026, 1, 8), d(2026, 1, 11)}).ai, usd(15'000'000));
        QCOMPARE(costOfRow(rows[1], settings)->cost, usd(4'500'000));
        QCOMPARE(costOfRow(rows[2], settings)->cost, usd(3'000'000));
    }

    void emptyLedger() {
        const auto index = LedgerIndex::build({}, {}, seedSettings());
        QVERIFY(index);
        QVERIFY(index->empty());
        QVERIFY(!index->daysSpanned());
        QCOMPARE(index->daily({d(2026, 1, 1), d(2026, 1, 2)}).values,
                 series({std::nullopt, std::nullopt}));
        QVERIFY(index->breakdown(Dimension::Client, {d(2026, 1, 1), d(2026, 1, 2)}).empty());
        QVERIFY(index->keys(Dimension::Category).empty());
    }

    // Seed 000's allocations (hard launch) against the ledger's month to date. Today 2026-02-10:
    // 10 days elapsed of February's 28.
    void aiBudgets() {
        Catalog catalog;
        auto provider = [](std::string id, AiUnit unit, double hardLaunch) {
            AiProvider p;
            p.id = std::move(id);
            p.unit = unit;
            if (hardLaunch > 0) {
                p.monthlyAllocationByTier["hard_launch"] = hardLaunch;
            }
            return p;
        };
        catalog.aiProviders = {provider("claude", AiUnit::Tokens, 300'000),
                               provider("gemini", AiUnit::Tokens, 100'000),
                               provider("elevenlabs", AiUnit::Characters, 50'000),
                               provider("perplexity", AiUnit::Requests, 5'000),
                               provider("openai", AiUnit::Tokens, 150'000),
                               provider("openrouter", AiUnit::Tokens, 0)};
        std::vector<UsageRow> rows;
        // January, complete: claude 100 000 tokens on 01-01, gemini 90 000 on 01-31.
        rows.push_back(usage(d(2026, 1, 1), "claude", "acme", 60'000, 40'000));
        rows.push_back(usage(d(2026, 1, 31), "gemini", "acme", 90'000, 0));
        for (unsigned day = 1; day <= 10; ++day) {
            rows.push_back(usage(d(2026, 2, day), "claude", "acme", 6'000, 4'000));
            rows.push_back(usage(d(2026, 2, day), "elevenlabs", "acme", 0, 0, 2'000));
        }
        rows.push_back(usage(d(2026, 2, 10), "perplexity", "acme", 0, 0, 0, 4'500));
        rows.push_back(usage(d(2026, 2, 10), "gemini", "acme", 50'000, 30'000));
        rows.push_back(usage(d(2026, 2, 10), "openrouter", "acme", 10, 0));
        const auto index = LedgerIndex::build(rows, {}, seedSettings());
        QVERIFY(index);
        const auto lines = headroom::aiBudgets(*index, catalog, "hard_launch", d(2026, 2, 10));
        QCOMPARE(lines.size(), 6U);

        // claude: 10 x 10 000 = 100 000 of 300 000 = 1/3, healthy; pace 100 000 / 10 x 28 =
        // 280 000 <= 300 000: no raise; January used 100 000 = 1/3 < 1/2: lower.
        QCOMPARE(lines[0].monthToDateUnits, 100'000);
        QCOMPARE(*lines[0].utilisation, 100'000.0 / 300'000.0);
        QCOMPARE(lines[0].status, Status::Healthy);
        QCOMPARE(*lines[0].projectedMonthUnits, 280'000.0);
        QCOMPARE(*lines[0].previousMonthUtilisation, 100'000.0 / 300'000.0);
        QCOMPARE(lines[0].suggestion, AiBudgetSuggestion::Lower);
        QCOMPARE(lines[0].daysWithData, 10);
        // 100 000 tokens at 60/40: 10 x (6000 x $3/M + 4000 x $15/M) = 10 x $0.078 = $0.78
        QCOMPARE(lines[0].monthToDateCost, usd(780'000));
        // gemini: 80 000 of 100 000 = exactly 80 %: warning (inclusive band); pace 224 000 > 100
        // 000 raises even though January used 90 %.
        QCOMPARE(lines[1].status, Status::Warning);
        QCOMPARE(lines[1].suggestion, AiBudgetSuggestion::Raise);
        QCOMPARE(*lines[1].previousMonthUtilisation, 0.9);
        // elevenlabs: 20 000 chars of 50 000 = 40 %, healthy, but pace 56 000 > 50 000: raise.
        QCOMPARE(lines[2].monthToDateUnits, 20'000);
        QCOMPARE(lines[2].status, Status::Healthy);
        QCOMPARE(*lines[2].projectedMonthUnits, 56'000.0);
        QCOMPARE(lines[2].suggestion, AiBudgetSuggestion::Raise);
        QVERIFY(!lines[2].previousMonthUtilisation); // no January rows: unknown, not zero
        // perplexity: 4 500 requests of 5 000 = 90 %: critical (inclusive).
        QCOMPARE(lines[3].status, Status::Critical);
        // openai: no row at all: unknown, no suggestion.
        QVERIFY(!lines[4].utilisation);
        QCOMPARE(lines[4].status, Status::Unknown);
        QCOMPARE(lines[4].suggestion, AiBudgetSuggestion::None);
        // openrouter: no allocation in the tier.
        QVERIFY(!lines[5].allocation);
        QCOMPARE(lines[5].monthToDateUnits, 10);
        QCOMPARE(lines[5].status, Status::Unknown);
        QCOMPARE(keyOf(AiBudgetSuggestion::Raise), std::string_view("raise_token_budgets"));
    }

    // A ledger that starts within the month is paced over the days it covers: started 02-06,
    // 5 days x 10 000 = 50 000, over the 23 days 02-06..02-28 = 230 000 (not 50 000/10 x 28).
    void aiBudgetYoungLedger() {
        Catalog catalog;
        AiProvider claude;
        claude.id = "claude";
        claude.monthlyAllocationByTier["soft_launch"] = 50'000;
        catalog.aiProviders = {claude};
        std::vector<UsageRow> rows;
        for (unsigned day = 6; day <= 10; ++day) {
            rows.push_back(usage(d(2026, 2, day), "claude", "acme", 10'000, 0));
        }
        const auto index = LedgerIndex::build(rows, {}, seedSettings());
        const auto lines = headroom::aiBudgets(*index, catalog, "soft_launch", d(2026, 2, 10));
        QCOMPARE(*lines[0].projectedMonthUnits, 230'000.0);
        QCOMPARE(*lines[0].utilisation, 1.0);
        QCOMPARE(lines[0].status, Status::Critical);
        QCOMPARE(lines[0].suggestion, AiBudgetSuggestion::Raise);
        QVERIFY(!lines[0].previousMonthUtilisation);
    }
};

QTEST_GUILESS_MAIN(TestCostLedger)
#include "tst_cost_ledger.moc"
