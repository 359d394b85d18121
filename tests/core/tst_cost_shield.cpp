// Cost Shield (core/cost/CostShield.h) with seed 002's budgets ($50 a day, $500 a month, $5 per
// client a day, alert at 80 %) and seed 004's alert levels (50/75/90/100 %), on hand-built
// ledgers whose every figure is worked out in the comments.
#include "cost/CostShield.h"

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

constexpr std::int64_t kDollar = 1'000'000;

// An AI usage row that states what was billed, so that the figures are plain dollars.
UsageRow spend(Day day, std::string client, std::int64_t micro) {
    UsageRow row;
    row.day = day;
    row.providerId = "claude";
    row.tags.client = std::move(client);
    row.billed = usd(micro);
    return row;
}

CostSettings seedSettings() {
    CostSettings settings; // the struct's defaults are seed 002's and seed 004's numbers
    settings.shield.dailyLimit = usd(50 * kDollar);
    settings.shield.monthlyLimit = usd(500 * kDollar);
    settings.shield.perClientDailyLimit = usd(5 * kDollar);
    settings.shield.alertThreshold = 0.8;
    settings.shield.budgetAlertLevels = {0.5, 0.75, 0.9, 1.0};
    settings.shield.runawayRatio = 3.0;
    settings.anomalies.trailingDays = 7;
    settings.anomalies.costSpikeRatio = 1.5;
    settings.anomalies.minHistoryDays = 3;
    return settings;
}

LedgerIndex indexOf(const std::vector<UsageRow>& usage,
                    const std::vector<ServiceCostRow>& services = {}) {
    auto index = LedgerIndex::build(usage, services, seedSettings());
    if (!index) {
        qFatal("ledger refused: %s", index.error().message.c_str());
    }
    return std::move(*index);
}

QString describe(const std::vector<BudgetAlert>& alerts) {
    QStringList parts;
    for (const BudgetAlert& a : alerts) {
        parts << QStringLiteral("%1%2@%3:%4>%5+%6 since %7")
                     .arg(QString::fromLatin1(keyOf(a.kind)))
                     .arg(a.client.empty() ? QString() : "/" + QString::fromStdString(a.client))
                     .arg(a.level)
                     .arg(a.spend.value)
                     .arg(a.levelAmount.value)
                     .arg(a.aboveLevel.value)
                     .arg(QString::fromStdString(formatDay(a.since)));
    }
    return parts.join(QStringLiteral("; "));
}

QString describe(const std::vector<ShieldRecommendation>& recommendations) {
    QStringList parts;
    for (const ShieldRecommendation& r : recommendations) {
        QStringList evidence;
        for (const ShieldEvidence& e : r.evidence) {
            evidence << QStringLiteral("%1/%2:%3 vs %4")
                            .arg(QString::fromLatin1(keyOf(e.reason)),
                                 QString::fromLatin1(keyOf(e.budget)))
                            .arg(e.value.value)
                            .arg(e.reference.value);
        }
        parts << QStringLiteral("%1%2[%3]")
                     .arg(QString::fromLatin1(keyOf(r.action)))
                     .arg(r.client.empty() ? QString() : "/" + QString::fromStdString(r.client))
                     .arg(evidence.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QString describe(const std::vector<LimitState>& limits) {
    QStringList parts;
    for (const LimitState& l : limits) {
        parts << QStringLiteral("%1%2:%3/%4 %5")
                     .arg(QString::fromLatin1(keyOf(l.kind)))
                     .arg(l.client.empty() ? QString() : "/" + QString::fromStdString(l.client))
                     .arg(l.spend.value)
                     .arg(l.limit.value)
                     .arg(QString::fromLatin1(keyOf(l.status)));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestCostShield : public QObject {
    Q_OBJECT

private slots:
    // Daily spend 03-05..03-10: 30, 20, 26, 40, 46, 46 (dollars). Today 46 of 50 crosses 50 %
    // (25: a run since 03-07, as 03-06's 20 is below), 75 % (37.5: since 03-08) and 90 % (45:
    // since 03-09), not 100 %.
    void dailyLevelsAndSince() {
        std::vector<UsageRow> rows;
        const std::int64_t dollars[] = {30, 20, 26, 40, 46, 46};
        for (unsigned i = 0; i < 6; ++i) {
            rows.push_back(spend(d(2026, 3, 5 + i), "", dollars[i] * kDollar));
        }
        const CostShieldReport report =
            evaluateCostShield(indexOf(rows), seedSettings(), d(2026, 3, 10));
        QCOMPARE(report.spendToday, std::optional<MicroUsd>(usd(46 * kDollar)));
        // 30 + 20 + 26 + 40 + 46 + 46 = 208
        QCOMPARE(report.monthToDate, usd(208 * kDollar));
        QCOMPARE(describe(report.alerts), "daily@0.5:46000000>25000000+21000000 since 2026-03-07; "
                                          "daily@0.75:46000000>37500000+8500000 since 2026-03-08; "
                                          "daily@0.9:46000000>45000000+1000000 since 2026-03-09");
        // 46 >= 0.8 x 50 = 40: approaching; 208 < 400: ok.
        QCOMPARE(describe(report.limits),
                 "daily:46000000/50000000 approaching; monthly:208000000/500000000 ok");
        QCOMPARE(report.limits[0].utilisation, 0.92);
        // Throttle: approaching the daily limit, and on pace for the month: the ledger starts
        // 03-05, so 208 over 6 days x the 27 days 03-05..03-31 = 936 >= 500. Not accelerating:
        // the 5 earlier days average (30+20+26+40+46)/5 = 32.4, x 1.5 = 48.6 > 46.
        QCOMPARE(describe(report.recommendations),
                 "auto_throttle[limit_approaching/daily:46000000 vs 50000000, "
                 "monthly_pace_over_limit/monthly:936000000 vs 500000000]");
    }

    // $30 a day from 04-01: the month to date is 30 x n. 50 % of 500 (250) is reached on 04-09
    // (270; 04-08 was 240), 75 % (375) on 04-13 (390), 90 % (450) on 04-15 (exactly 450: the
    // level is inclusive), 100 % on 04-17 (510). On 04-20 the month stands at 600: pause.
    void monthlyLevelsAndPause() {
        std::vector<UsageRow> rows;
        for (unsigned day = 1; day <= 20; ++day) {
            rows.push_back(spend(d(2026, 4, day), "", 30 * kDollar));
        }
        const CostShieldReport report =
            evaluateCostShield(indexOf(rows), seedSettings(), d(2026, 4, 20));
        QCOMPARE(report.monthToDate, usd(600 * kDollar));
        QCOMPARE(describe(report.alerts),
                 "daily@0.5:30000000>25000000+5000000 since 2026-04-01; "
                 "monthly@0.5:600000000>250000000+350000000 since 2026-04-09; "
                 "monthly@0.75:600000000>375000000+225000000 since 2026-04-13; "
                 "monthly@0.9:600000000>450000000+150000000 since 2026-04-15; "
                 "monthly@1:600000000>500000000+100000000 since 2026-04-17");
        QCOMPARE(describe(report.limits),
                 "daily:30000000/50000000 ok; monthly:600000000/500000000 exceeded");
        QCOMPARE(describe(report.recommendations),
                 "pause_spend[limit_reached/monthly:600000000 vs 500000000]");
        QCOMPARE(report.recommendations[0].evidence[0].ratio, 1.2);
    }

    // Clients on 05-20 (dollars): runner 4, 5, 6 on 05-18..05-20; spiky 1 a day 05-13..05-19,
    // then 4.5; small 0.10 a day, then 1; fresh 4.2 today only; gone 10 on 05-19 only.
    void perClientLimitsAndRunaways() {
        std::vector<UsageRow> rows;
        rows.push_back(spend(d(2026, 5, 18), "runner", 4 * kDollar));
        rows.push_back(spend(d(2026, 5, 19), "runner", 5 * kDollar));
        rows.push_back(spend(d(2026, 5, 20), "runner", 6 * kDollar));
        for (unsigned day = 13; day <= 19; ++day) {
            rows.push_back(spend(d(2026, 5, day), "spiky", 1 * kDollar));
            rows.push_back(spend(d(2026, 5, day), "small", 100'000));
        }
        rows.push_back(spend(d(2026, 5, 20), "spiky", 4'500'000));
        rows.push_back(spend(d(2026, 5, 20), "small", 1 * kDollar));
        rows.push_back(spend(d(2026, 5, 20), "fresh", 4'200'000));
        rows.push_back(spend(d(2026, 5, 19), "gone", 10 * kDollar));
        const CostShieldReport report =
            evaluateCostShield(indexOf(rows), seedSettings(), d(2026, 5, 20));
        // Today 6 + 4.5 + 1 + 4.2 = 15.7; month 15 + 11.5 + 1.7 + 4.2 + 10 = 42.4.
        QCOMPARE(report.spendToday, std::optional<MicroUsd>(usd(15'700'000)));
        QCOMPARE(report.monthToDate, usd(42'400'000));
        // runner 6 >= 5: exceeded; spiky 4.5 and fresh 4.2 >= 4 (80 % of 5): approaching;
        // gone has no row today and is not judged.
        QCOMPARE(describe(report.limits),
                 "daily:15700000/50000000 ok; monthly:42400000/500000000 ok; "
                 "client_daily/fresh:4200000/5000000 approaching; "
                 "client_daily/runner:6000000/5000000 exceeded; "
                 "client_daily/small:1000000/5000000 ok; "
                 "client_daily/spiky:4500000/5000000 approaching");
        // runner over its limit since 05-19 (5 reaches the limit; 05-18's 4 does not).
        QCOMPARE(describe(report.alerts),
                 "client_daily/runner@1:6000000>5000000+1000000 since 2026-05-19");
        // Accelerating: the 7 days before average (5 x 1.1 + 5.1 + 16.1) / 7 = 26.7 / 7 =
        // 3.814286 (rounded to the micro-dollar); 15.7 > 1.5 x that. Runaways by spend: runner
        // over its limit (2 days of history: too few for an average); spiky at 4.5 > 3 x its
        // average of 1 and above the 4.00 floor. small (10 x its average) stays under the floor.
        QCOMPARE(describe(report.recommendations),
                 "auto_throttle[spend_accelerating/daily:15700000 vs 3814286]; "
                 "client_runaway/runner[client_over_limit/client_daily:6000000 vs 5000000]; "
                 "client_runaway/spiky[client_above_own_average/client_daily:4500000 vs "
                 "1000000]");
    }

    // A missing day ends a run over the limit; a day without data is not zero spend.
    void missingDays() {
        const std::vector<UsageRow> rows{spend(d(2026, 6, 7), "", 60 * kDollar),
                                         spend(d(2026, 6, 9), "", 60 * kDollar),
                                         spend(d(2026, 6, 10), "", 60 * kDollar)};
        const LedgerIndex index = indexOf(rows);
        const CostShieldReport report = evaluateCostShield(index, seedSettings(), d(2026, 6, 10));
        QCOMPARE(report.alerts.back().level, 1.0);
        QCOMPARE(report.alerts.back().since, d(2026, 6, 9)); // not 06-07: 06-08 has no data
        QVERIFY(describe(report.recommendations)
                    .startsWith("pause_spend[limit_reached/daily:60000000 vs"));

        // 06-11 has no row: no spend today, no daily alert, the month still counts 180.
        const CostShieldReport tomorrow = evaluateCostShield(index, seedSettings(), d(2026, 6, 11));
        QVERIFY(!tomorrow.spendToday);
        QCOMPARE(tomorrow.monthToDate, usd(180 * kDollar));
        QCOMPARE(describe(tomorrow.alerts),
                 QString()); // nothing crossed: 180 < 250 // nothing crossed: 180 < 250
        QCOMPARE(tomorrow.limits[0].status, ShieldStatus::Ok);
    }

    // The shield counts AI spend by default; the scope option adds the service costs.
    void scope() {
        ServiceCostRow hosting;
        hosting.day = d(2026, 6, 10);
        hosting.service = "vercel";
        hosting.cost = usd(100 * kDollar);
        const LedgerIndex index = indexOf({spend(d(2026, 6, 10), "", 20 * kDollar)}, {hosting});
        QCOMPARE(*evaluateCostShield(index, seedSettings(), d(2026, 6, 10)).spendToday,
                 usd(20 * kDollar));
        const CostShieldReport all =
            evaluateCostShield(index, seedSettings(), d(2026, 6, 10), {.scope = CostScope::All});
        QCOMPARE(*all.spendToday, usd(120 * kDollar));
        QCOMPARE(all.limits[0].status, ShieldStatus::Exceeded);
    }

    void emptyLedgerAndUnsetLimits() {
        CostSettings settings = seedSettings();
        const CostShieldReport empty = evaluateCostShield(LedgerIndex{}, settings, d(2026, 1, 1));
        QVERIFY(!empty.spendToday);
        QVERIFY(empty.alerts.empty());
        QVERIFY(empty.recommendations.empty());
        QCOMPARE(empty.limits.size(), 2U);

        settings.shield.dailyLimit = usd(0); // not set: no state, no alert
        const CostShieldReport unset = evaluateCostShield(
            indexOf({spend(d(2026, 1, 1), "", 80 * kDollar)}), settings, d(2026, 1, 1));
        QCOMPARE(describe(unset.limits), "monthly:80000000/500000000 ok");
    }
};

QTEST_GUILESS_MAIN(TestCostShield)
#include "tst_cost_shield.moc"
