#include "policy/Capacity.h"
#include "policy/Recommendations.h"
#include "support/CorePrinters.h"
#include "support/PolicyFixtures.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

struct Outcome {
    std::vector<RecommendationDraft> drafts;
    std::optional<std::string> upgrade;
};

// Runs the recommendation engine the way evaluate() does: tier from the client count.
Outcome run(const Catalog& c, const Snapshot& s) {
    const Tier& tier = tierForClients(c, activeClients(s));
    const CapacityStatus cs = capacityStatus(s, c, tier);
    const ConditionContext ctx{s, tier, cs};
    return {recommendations(c, ctx), upgradeTowards(c, ctx)};
}

const RecommendationDraft* draft(const Outcome& o, std::string_view type) {
    auto it = std::ranges::find(o.drafts, type, &RecommendationDraft::type);
    return it == o.drafts.end() ? nullptr : &*it;
}

// Joined for failure messages (a QTest::toString() result would leak when the check passes).
std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ", ") + item;
    }
    return out;
}

std::vector<std::string> types(const Outcome& o) {
    std::vector<std::string> out;
    for (const auto& d : o.drafts) {
        out.push_back(d.type);
    }
    return out;
}

// A hard-launch snapshot far from every trigger; rows add one value to it.
Snapshot quietHard(std::initializer_list<std::pair<MetricId, double>> extra) {
    Snapshot s = snapshotOf({{MetricId::ActiveClients, 28},
                             {MetricId::CpuUtilization, 0.1},
                             {MetricId::ErrorRate, 0.001},
                             {MetricId::AiLatencyMs, 100},
                             {MetricId::QueueDepth, 0},
                             {MetricId::TokenUsage, 0}});
    for (const auto& [metric, value] : extra) {
        if (!s.set(metric, {value, kNow, "test"})) {
            qFatal("bad fixture");
        }
    }
    return s;
}

} // namespace

namespace QTest {
template <>
inline char* toString(const std::vector<std::string>& list) {
    std::string text;
    for (const auto& t : list) {
        text += t + " ";
    }
    return qstrdup(text.c_str());
}
} // namespace QTest

class TestRecommendations : public QObject {
    Q_OBJECT
private slots:
    void quietSnapshotRaisesNothing() {
        const Outcome o = run(seedCatalog(), quietHard({}));
        QVERIFY2(o.drafts.empty(), joined(types(o)).c_str());
        QVERIFY(!o.upgrade);
    }

    // Each seed trigger at and just short of its threshold, on the hard tier (cpu 0.7,
    // error 0.03, latency 2500, concurrent jobs 10, ai tokens/day 5M). Evidence carries the
    // absolute threshold: 0.8 x 0.7 = 0.56, 0.8 x 2500 = 2000, 0.9 x 0.03 = 0.027 ...
    void eachTrigger_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<Comparison>("comparison");
        QTest::addColumn<Status>("severity");
        using M = MetricId;
        const auto row = [](const char* name, const char* type, M m, double v, bool fires, double t,
                            Comparison cmp, Status sev) {
            QTest::newRow(name) << QString(type) << int(m) << v << fires << t << cmp << sev;
        };
        using enum Comparison;
        const Status W = Status::Warning;
        const Status C = Status::Critical;
        row("pooler cpu 0.56", "enable_supabase_pooler", M::CpuUtilization, 0.56, true, 0.56,
            AtLeast, W);
        row("pooler cpu 0.55", "enable_supabase_pooler", M::CpuUtilization, 0.55, false, 0, AtLeast,
            W);
        row("pooler cpu critical", "enable_supabase_pooler", M::CpuUtilization, 0.63, true, 0.56,
            AtLeast, C);
        row("pooler queue 51", "enable_supabase_pooler", M::QueueDepth, 51, true, 50, Above, W);
        row("pooler queue 50", "enable_supabase_pooler", M::QueueDepth, 50, false, 0, Above, W);
        row("redis 2000", "add_redis_cache", M::AiLatencyMs, 2000, true, 2000, AtLeast, W);
        row("redis 1999", "add_redis_cache", M::AiLatencyMs, 1999, false, 0, AtLeast, W);
        row("redis 2250", "add_redis_cache", M::AiLatencyMs, 2250, true, 2000, AtLeast, C);
        row("workers 76", "increase_worker_concurrency", M::QueueDepth, 76, true, 75, Above, W);
        row("workers 75", "increase_worker_concurrency", M::QueueDepth, 75, false, 0, Above, W);
        row("rate limits 0.027", "tighten_rate_limits", M::ErrorRate, 0.027, true, 0.027, AtLeast,
            C);
        row("rate limits 0.026", "tighten_rate_limits", M::ErrorRate, 0.026, false, 0, AtLeast, C);
        row("tokens 50001", "lower_token_budgets", M::TokenUsage, 50001, true, 50000, Above, W);
        row("tokens 50000", "lower_token_budgets", M::TokenUsage, 50000, false, 0, Above, W);
        row("cdn 1000", "enable_cdn_for_assets", M::BandwidthUsageMb, 1000, true, 1000, AtLeast, W);
        row("cdn 999", "enable_cdn_for_assets", M::BandwidthUsageMb, 999, false, 0, AtLeast, W);
        row("cron 8", "split_cron_schedules", M::ConcurrentJobs, 8, true, 8, AtLeast, W);
        row("cron 7", "split_cron_schedules", M::ConcurrentJobs, 7, false, 0, AtLeast, W);
        // 4.5M of the 5M daily limit is 90 %: the metric is critical, so is the advice.
        row("raise tokens 4.5M", "raise_token_budgets", M::AiTokensPerDay, 4.5e6, true, 4.5e6,
            AtLeast, C);
        row("raise tokens 4.4M", "raise_token_budgets", M::AiTokensPerDay, 4.4e6, false, 0, AtLeast,
            W);
        row("throttle 2001", "throttle_requests", M::ResponseTimeP95Ms, 2001, true, 2000, Above, W);
        row("throttle 2000", "throttle_requests", M::ResponseTimeP95Ms, 2000, false, 0, Above, W);
        row("intake 201", "pause_job_intake", M::QueueDepth, 201, true, 200, Above, C);
        row("error spike 0.051", "investigate_error_spike", M::ErrorRate, 0.051, true, 0.05, Above,
            C);
        row("error spike 0.05", "investigate_error_spike", M::ErrorRate, 0.05, false, 0, Above, C);
    }
    void eachTrigger() {
        QFETCH(QString, type);
        QFETCH(int, metric);
        QFETCH(double, value);
        QFETCH(bool, fires);
        QFETCH(double, threshold);
        QFETCH(Comparison, comparison);
        QFETCH(Status, severity);
        const Outcome o = run(seedCatalog(), quietHard({{static_cast<MetricId>(metric), value}}));
        const RecommendationDraft* d = draft(o, type.toStdString());
        QCOMPARE(d != nullptr, fires);
        if (!fires) {
            return;
        }
        QCOMPARE(d->evidence.size(), std::size_t{1});
        const Evidence& e = d->evidence.front();
        QVERIFY(std::holds_alternative<MetricId>(e.subject));
        QCOMPARE(std::get<MetricId>(e.subject), static_cast<MetricId>(metric));
        QCOMPARE(e.value, value);
        QCOMPARE(e.threshold, threshold);
        QCOMPARE(e.comparison, comparison);
        QCOMPARE(d->severity, severity);
    }

    // cpu 0.637 of 0.7 is 91 %: headroom 9 < 10 pauses invites (critical) and fires the pooler.
    void headroomTrigger() {
        const Outcome o = run(seedCatalog(), quietHard({{MetricId::CpuUtilization, 0.637}}));
        const RecommendationDraft* pause = draft(o, "pause_new_client_invites");
        QVERIFY(pause != nullptr);
        QCOMPARE(pause->severity, Status::Critical);
        QCOMPARE(pause->confidence, 90);
        QCOMPARE(pause->evidence.size(), std::size_t{1});
        QCOMPARE(std::get<DerivedValue>(pause->evidence[0].subject), DerivedValue::HeadroomPercent);
        QCOMPARE(pause->evidence[0].value, 9.0);
        QCOMPARE(pause->evidence[0].threshold, 10.0);
        QCOMPARE(draft(o, "enable_supabase_pooler")->severity, Status::Critical);
        // headroom exactly 10 (cpu 0.63) is not below 10
        QVERIFY(!draft(run(seedCatalog(), quietHard({{MetricId::CpuUtilization, 0.63}})),
                       "pause_new_client_invites"));
    }

    // Both pooler triggers hold: both are evidence, in trigger order.
    void evidenceListsEveryCondition() {
        const Outcome o =
            run(seedCatalog(),
                quietHard({{MetricId::CpuUtilization, 0.6}, {MetricId::QueueDepth, 60}}));
        const RecommendationDraft* d = draft(o, "enable_supabase_pooler");
        QVERIFY(d != nullptr);
        QCOMPARE(d->evidence.size(), std::size_t{2});
        QCOMPARE(std::get<MetricId>(d->evidence[0].subject), MetricId::CpuUtilization);
        QCOMPARE(std::get<MetricId>(d->evidence[1].subject), MetricId::QueueDepth);
        QCOMPARE(d->evidence[1].value, 60.0);
    }

    void duplicateConditionsCountOnce() {
        Catalog c = builtSeedCatalog();
        const Condition cpu = when(MetricId::CpuUtilization, Comparison::AtLeast, 0.8, true);
        const Condition cpuAbs = when(MetricId::CpuUtilization, Comparison::AtLeast, 0.3);
        c.recommendations = {seedTemplate("dup", 50, {cpu, cpu, cpuAbs, cpu})};
        const Outcome o = run(c, quietHard({{MetricId::CpuUtilization, 0.6}}));
        QCOMPARE(o.drafts.size(), std::size_t{1});
        QCOMPARE(o.drafts[0].evidence.size(), std::size_t{2}); // 0.56 and 0.3
        QCOMPARE(o.drafts[0].evidence[0].threshold, 0.56);
        QCOMPARE(o.drafts[0].evidence[1].threshold, 0.3);
    }

    void unmeasuredOrUnlimitedNeverFires() {
        Catalog c = builtSeedCatalog();
        c.recommendations = {
            seedTemplate("no limit", 50,
                         {when(MetricId::MemoryUtilization, Comparison::AtLeast, 0.1, true)}),
            seedTemplate("derived relative", 50,
                         {when(DerivedValue::ClientUtilisation, Comparison::AtLeast, 0.1, true)}),
            seedTemplate("unmeasured", 50,
                         {when(MetricId::DiskUtilization, Comparison::AtLeast, 0.0)})};
        const Outcome o = run(c, quietHard({{MetricId::MemoryUtilization, 1.0}}));
        QVERIFY2(o.drafts.empty(), joined(types(o)).c_str());
    }

    // 28 of 50 clients is 0.56 of the tier.
    void clientUtilisationSubject() {
        Catalog c = builtSeedCatalog();
        c.recommendations = {seedTemplate(
            "busy", 50, {when(DerivedValue::ClientUtilisation, Comparison::AtLeast, 0.56)})};
        const Outcome o = run(c, quietHard({}));
        QCOMPARE(o.drafts.size(), std::size_t{1});
        QCOMPARE(o.drafts[0].evidence[0].value, 0.56);
        QVERIFY(run(c, quietHard({{MetricId::ActiveClients, 27}})).drafts.empty());
    }

    // Everything fires: sorted by confidence, catalog order among equals.
    void orderedByConfidenceStable() {
        const Outcome o = run(seedCatalog(), quietHard({{MetricId::CpuUtilization, 0.69},
                                                        {MetricId::ErrorRate, 0.06},
                                                        {MetricId::AiLatencyMs, 2400},
                                                        {MetricId::QueueDepth, 201},
                                                        {MetricId::TokenUsage, 60000},
                                                        {MetricId::BandwidthUsageMb, 1000},
                                                        {MetricId::ConcurrentJobs, 9},
                                                        {MetricId::AiTokensPerDay, 4.5e6},
                                                        {MetricId::ResponseTimeP95Ms, 2100}}));
        const std::vector<std::string> expected{"pause_new_client_invites", // 90
                                                "enable_supabase_pooler",   // 85
                                                "add_redis_cache",         // 80, catalog position 2
                                                "pause_job_intake",        // 80, position 11
                                                "investigate_error_spike", // 80, position 12
                                                "increase_worker_concurrency", // 75, position 4
                                                "throttle_requests",           // 75, position 10
                                                "tighten_rate_limits",         // 70
                                                "lower_token_budgets",         // 65
                                                "enable_cdn_for_assets",       // 60, position 3
                                                "split_cron_schedules",        // 60, position 5
                                                "raise_token_budgets"};        // 55
        QCOMPARE(types(o), expected);
    }

    void upgradeTriggers_data() {
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("metric"); // -1: none
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("towards"); // empty: none
        using M = MetricId;
        QTest::newRow("3 clients") << 3 << -1 << 0.0 << "";
        QTest::newRow("4 clients") << 4 << -1 << 0.0 << "hard_launch";
        QTest::newRow("soft cpu 0.4") << 2 << int(M::CpuUtilization) << 0.4 << "hard_launch";
        QTest::newRow("soft cpu 0.39") << 2 << int(M::CpuUtilization) << 0.39 << "";
        QTest::newRow("soft queue 51") << 2 << int(M::QueueDepth) << 51.0 << "hard_launch";
        QTest::newRow("39 clients") << 39 << -1 << 0.0 << "";
        QTest::newRow("40 clients") << 40 << -1 << 0.0 << "growth_phase";
        QTest::newRow("hard latency 2000") << 20 << int(M::AiLatencyMs) << 2000.0 << "growth_phase";
        QTest::newRow("hard storage 40") << 20 << int(M::StorageUsageGb) << 40.0 << "growth_phase";
        QTest::newRow("hard storage 39") << 20 << int(M::StorageUsageGb) << 39.0 << "";
        QTest::newRow("growth is last") << 95 << -1 << 0.0 << "";
    }
    void upgradeTriggers() {
        QFETCH(int, clients);
        QFETCH(int, metric);
        QFETCH(double, value);
        QFETCH(QString, towards);
        Snapshot s = snapshotOf({{MetricId::ActiveClients, double(clients)}});
        if (metric >= 0) {
            QVERIFY(s.set(static_cast<MetricId>(metric), {value, kNow, "test"}).has_value());
        }
        const Outcome o = run(seedCatalog(), s);
        QCOMPARE(o.upgrade.value_or(""), towards.toStdString());
    }
};

QTEST_GUILESS_MAIN(TestRecommendations)
#include "tst_recommendations.moc"
