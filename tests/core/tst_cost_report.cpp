// buildCostReport over hand-made ledgers and metric histories with the shipped default catalog:
// every figure checked here is worked out by hand from seed 002's rates and the inputs.

#include "catalog/CatalogLoader.h"
#include "cost/CostReport.h"
#include "cost/CostReportJson.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono;

namespace {

constexpr Day kStart = Day{year{2026} / 3 / 1};

Day dayN(int n) {
    return kStart + days{n};
}

UsageRow usage(int n, std::string provider, std::string client, std::int64_t inputTokens) {
    UsageRow row;
    row.day = dayN(n);
    row.providerId = std::move(provider);
    row.tags.client = std::move(client);
    row.inputTokens = inputTokens;
    row.source = "test";
    return row;
}

ServiceCostRow service(int n, std::string name, double dollars) {
    ServiceCostRow row;
    row.day = dayN(n);
    row.service = std::move(name);
    row.category = ServiceCategory::Database;
    row.resourceType = "compute";
    row.cost = MicroUsd::fromDollars(dollars);
    row.source = "test";
    return row;
}

} // namespace

class TestCostReport : public QObject {
    Q_OBJECT

private:
    Catalog m_catalog;

    CostReport build(const CostReportInputs& inputs) {
        auto report = buildCostReport(inputs, m_catalog);
        if (!report) {
            qFatal("buildCostReport failed: %s", report.error().message.c_str());
        }
        return *report;
    }

private slots:
    void initTestCase() {
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        m_catalog = *catalog;
    }

    void periodTotalsKeepMissingDaysMissing() {
        // Day 0: Claude 1M input tokens = $3.00; supabase $45.67 + vercel $23.45 = $69.12 of
        // services (seed 004's day). Day 1: OpenAI 100k input tokens = 100 000 x $10 / 1M =
        // $1.00. Day 2: nothing. Day 3: Claude 2M input tokens = $6.00.
        const std::vector<UsageRow> rows{usage(0, "claude", "acme", 1'000'000),
                                         usage(1, "openai", "acme", 100'000),
                                         usage(3, "claude", "globex", 2'000'000)};
        const std::vector<ServiceCostRow> services{service(0, "supabase", 45.67),
                                                   service(0, "vercel", 23.45)};
        CostReportInputs in;
        in.workspace = "t";
        in.usage = rows;
        in.services = services;
        in.range = {dayN(0), dayN(3)};
        const CostReport r = build(in);
        QCOMPARE(r.period.services, MicroUsd::fromDollars(69.12));
        QCOMPARE(r.period.ai, MicroUsd::fromDollars(10.00));
        QCOMPARE(r.period.total, MicroUsd::fromDollars(79.12));
        QCOMPARE(r.daily.size(), std::size_t(4));
        QCOMPARE(r.daily[0].cost, std::optional(MicroUsd::fromDollars(72.12)));
        QCOMPARE(r.daily[1].cost, std::optional(MicroUsd::fromDollars(1.00)));
        QVERIFY(!r.daily[2].cost.has_value()); // no row: no data, not $0
        // Largest first; the services carry no client tag and count under "" (not attributed).
        QCOMPARE(r.period.byClient.size(), std::size_t(3));
        QCOMPARE(r.period.byClient[0].key, std::string());
        QCOMPARE(r.period.byClient[0].cost, MicroUsd::fromDollars(69.12));
        QCOMPARE(r.period.byClient[1].key, std::string("globex"));
        QCOMPARE(r.period.byClient[1].cost, MicroUsd::fromDollars(6.00));
        QCOMPARE(r.period.byClient[2].cost, MicroUsd::fromDollars(4.00));   // acme: $3 + $1
        QCOMPARE(r.spentToday, std::optional(MicroUsd::fromDollars(6.00))); // AI only (Shield)
        QCOMPARE(r.today, dayN(3));
        QCOMPARE(r.ledgerSpan, std::optional(DayRange{dayN(0), dayN(3)}));
    }

    void rowsAfterThePeriodAreIgnored() {
        std::vector<UsageRow> rows;
        for (int n = 0; n < 10; ++n) {
            rows.push_back(usage(n, "claude", "acme", 1'000'000)); // $3.00 a day
        }
        CostReportInputs in;
        in.usage = rows;
        in.range = {dayN(0), dayN(9)};
        const CostReport before = build(in);
        rows.push_back(usage(10, "claude", "acme", 900'000'000)); // $2 700 the day after
        in.usage = rows;
        const CostReport after = build(in);
        QCOMPARE(after.period.total, MicroUsd::fromDollars(30.00));
        QCOMPARE(after.spentThisMonth, before.spentThisMonth);
        QCOMPARE(after.projection.currentMonthly, before.projection.currentMonthly);
        QCOMPARE(after.anomalies.size(), before.anomalies.size());
    }

    void anomaliesNameClientAndProviderAndSkipImmaterialOnes() {
        // acme: Claude $3.00 a day for 10 days, then 5M tokens = $15.00 on day 10: 5 x its
        // trailing mean, impact $12.00. tiny: Claude 10k tokens = $0.03 a day, then 100k =
        // $0.30 on day 10: 10 x, but an impact of $0.27 is below the catalog's $1.00 floor.
        std::vector<UsageRow> rows;
        for (int n = 0; n < 10; ++n) {
            rows.push_back(usage(n, "claude", "acme", 1'000'000));
            rows.push_back(usage(n, "claude", "tiny", 10'000));
        }
        rows.push_back(usage(10, "claude", "acme", 5'000'000));
        rows.push_back(usage(10, "claude", "tiny", 100'000));
        CostReportInputs in;
        in.usage = rows;
        in.range = {dayN(10), dayN(10)};
        const CostReport r = build(in);
        bool acme = false;
        for (const CostAnomaly& a : r.anomalies) {
            QVERIFY2(a.clientId != "tiny", "an immaterial anomaly was listed");
            if (a.clientId == "acme") {
                acme = true;
                QCOMPARE(a.providerId, std::string("claude"));
                QCOMPARE(a.day, dayN(10));
                QCOMPARE(a.rules.front(), AnomalyRule::CostSpike);
                QCOMPARE(a.actual, 15.0);
                QCOMPARE(a.expected, 3.0);
                QCOMPARE(a.impact, 12.0);
            }
        }
        QVERIFY(acme);
        // Narrowing the period to the day before lists nothing from day 10.
        in.range = {dayN(9), dayN(9)};
        const CostReport earlier = build(in);
        for (const CostAnomaly& a : earlier.anomalies) {
            QVERIFY(a.day <= dayN(9));
        }
    }

    void clientCapForecastOnAPerfectLine() {
        // 20 days of clients 10, 11, ... 29 (one more a day); Hard Launch holds 50 clients, so
        // the line reaches 50 on day 40: 21 days after the last reading (today, day 19).
        MetricHistory clients{MetricId::ActiveClients, {}};
        for (int n = 0; n < 20; ++n) {
            clients.days.push_back(DailyReading{dayN(n), 10.0 + n});
        }
        CostReportInputs in;
        in.metrics = {clients};
        in.tierId = "hard_launch";
        in.range = {dayN(0), dayN(19)};
        const CostReport r = build(in);
        const auto it =
            std::ranges::find(r.limits, LimitKind::TierClients, &LimitForecastView::kind);
        QVERIFY(it != r.limits.end());
        QCOMPARE(it->status, ForecastStatus::WithinHorizon);
        QCOMPARE(it->daysUntil, std::optional(21));
        QCOMPARE(it->reachDay, std::optional(dayN(40)));
        QCOMPARE(it->plusMinusDays, std::optional(0));
        QCOMPARE(it->current, std::optional(29.0));
        QCOMPARE(it->limit, 50.0);
        // Dated forecasts come before undated ones.
        QCOMPARE(r.limits.front().status, ForecastStatus::WithinHorizon);
    }

    void tooLittleHistorySaysSo() {
        MetricHistory clients{MetricId::ActiveClients, {}};
        for (int n = 0; n < 5; ++n) {
            clients.days.push_back(DailyReading{dayN(n), 10.0 + n});
        }
        CostReportInputs in;
        in.metrics = {clients};
        in.tierId = "hard_launch";
        in.range = {dayN(0), dayN(4)};
        const CostReport r = build(in);
        const auto it =
            std::ranges::find(r.limits, LimitKind::TierClients, &LimitForecastView::kind);
        QVERIFY(it != r.limits.end());
        QCOMPARE(it->status, ForecastStatus::TooLittleData);
        QVERIFY(!it->reachDay.has_value());
        QCOMPARE(it->points, 5);
        QCOMPARE(it->pointsNeeded, m_catalog.costs.forecast.minPoints);
    }

    void emptyLedgerInventsNothing() {
        CostReportInputs in;
        in.tierId = "soft_launch";
        in.range = {dayN(0), dayN(6)};
        const CostReport r = build(in);
        QVERIFY(!r.ledgerSpan.has_value());
        QVERIFY(!r.spentToday.has_value());
        QVERIFY(r.projection.horizons.empty());
        QVERIFY(r.anomalies.empty());
        for (const DailyCost& d : r.daily) {
            QVERIFY(!d.cost.has_value());
        }
        for (const ProviderBudget& p : r.providers) {
            QVERIFY(!p.usedThisMonth.has_value());
        }
    }

    void infrastructureFromTheLatestSnapshot() {
        // Seed 003's example: 4 cores at 50 % + 16 GB at 25 % + 100 GB + 1000 MB =
        // 4 x 0.5 x $0.05 + 16 x 0.25 x $0.01 + 100 x $0.001 + 1000 x $0.00001 = $0.25 an hour,
        // x 720 hours = $180.00 a month.
        const Timestamp noon = Timestamp{dayN(9)} + hours{12};
        Snapshot latest(noon);
        auto put = [&](MetricId m, double v) {
            QVERIFY(latest.set(m, MetricSample{v, noon, "test"}).has_value());
        };
        put(MetricId::CpuCores, 4);
        put(MetricId::CpuUtilization, 0.5);
        put(MetricId::MemoryTotalGb, 16);
        put(MetricId::MemoryUtilization, 0.25);
        put(MetricId::StorageUsageGb, 100);
        put(MetricId::BandwidthUsageMb, 1000);
        // A day of hourly CPU at 20 %: the 95th percentile is 20 %, so 4 x 0.2 / 0.8 = 1 core
        // puts it at the top of the 70-80 % band: shrink by 3 cores, saving 3 x $0.05 x 720 =
        // $108.00 a month.
        CostReportInputs in;
        in.latest = latest;
        for (int h = 0; h < 24; ++h) {
            in.cpuSamples.push_back(UtilisationSample{Timestamp{dayN(9)} + hours{h}, 0.2});
        }
        in.range = {dayN(9), dayN(9)};
        const CostReport r = build(in);
        const InfraView& infra = r.infrastructure;
        QCOMPARE(infra.cost.hourly, std::optional(MicroUsd::fromDollars(0.25)));
        QCOMPARE(infra.cost.monthly, std::optional(MicroUsd::fromDollars(180.0)));
        QVERIFY(infra.cpu.has_value());
        QCOMPARE(infra.cpu->action, RightSizeAction::Shrink);
        QCOMPARE(infra.cpu->recommendedSize, std::optional(1.0));
        QCOMPARE(infra.cpu->monthlySaving, std::optional(MicroUsd::fromDollars(108.0)));
        QCOMPARE(infra.cpuEfficiency.samples, 24);
        // No memory samples: a size, but no verdict.
        QVERIFY(infra.memory.has_value());
        QCOMPARE(infra.memory->action, RightSizeAction::NotEnoughSamples);
        // Without a snapshot nothing is claimed.
        in.latest.reset();
        const CostReport none = build(in);
        QVERIFY(!none.infrastructure.cost.hourly.has_value());
        QVERIFY(!none.infrastructure.cpu.has_value());
    }

    void impossiblePeriodIsRefused() {
        CostReportInputs in;
        in.range = {dayN(5), dayN(1)};
        const auto r = buildCostReport(in, m_catalog);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }

    void jsonCarriesExactMoneyAndNulls() {
        const std::vector<ServiceCostRow> services{service(0, "supabase", 45.67),
                                                   service(0, "vercel", 23.45)};
        CostReportInputs in;
        in.workspace = "t";
        in.demo = true;
        in.services = services;
        in.range = {dayN(0), dayN(1)};
        const nlohmann::json j = costReportToJson(build(in));
        QCOMPARE(j.at("period").at("total_usd").get<double>(), 69.12);
        QCOMPARE(j.at("from").get<std::string>(), std::string("2026-03-01"));
        QVERIFY(j.at("demo").get<bool>());
        QVERIFY(j.at("daily").at(1).at("usd").is_null());
        QVERIFY(j.at("spent_today_usd").is_null());
    }
};

QTEST_GUILESS_MAIN(TestCostReport)
#include "tst_cost_report.moc"
