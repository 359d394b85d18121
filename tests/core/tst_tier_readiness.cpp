// The tier checklists and readiness (core/policy/TierReadiness.h) on the shipped readiness.json:
// the seed's defaults, the founder's ticks winning over them in time order, the next tier's
// share with the strain test counted only from a real result, and the catalog's checks of
// readiness.json.
#include "catalog/CatalogLoader.h"
#include "policy/TierReadiness.h"

#include <QTest>

using namespace headroom;

namespace {

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

ChecklistTick tick(std::string tier, std::string item, ChecklistMark mark, std::int64_t at) {
    ChecklistTick k;
    k.tierId = std::move(tier);
    k.itemId = std::move(item);
    k.mark = mark;
    k.at = t(at);
    return k;
}

Catalog defaults() {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        qFatal("default catalog: %s", catalog.error().message.c_str());
    }
    return *catalog;
}

} // namespace

class TestTierReadiness : public QObject {
    Q_OBJECT
private slots:
    void defaultCatalogHoldsTheSeedLists() {
        const Catalog c = defaults();
        const auto* soft = c.readiness.findChecklist("soft_launch");
        const auto* hard = c.readiness.findChecklist("hard_launch");
        const auto* growth = c.readiness.findChecklist("growth_phase");
        QVERIFY(soft && hard && growth);
        QCOMPARE(soft->items.size(), std::size_t(5));
        for (const auto& item : soft->items) {
            QVERIFY(item.defaultChecked); // pre-ticked in seed 002
        }
        QVERIFY(hard->findItem("supabase_pooler") != nullptr);
        QVERIFY(growth->findItem("read_replicas") != nullptr);
        QCOMPARE(c.readiness.monitor.metrics.size(), std::size_t(6));
        QCOMPARE(c.readiness.monitor.visualJobRisk.queueWeight, 0.4);
        QCOMPARE(c.readiness.monitor.trend.days, 7);
    }

    void founderTicksWinInTimeOrder() {
        const Catalog c = defaults();
        const auto& soft = *c.readiness.findChecklist("soft_launch");
        const std::vector<ChecklistTick> ticks{
            tick("soft_launch", "email_service", ChecklistMark::Unchecked, 100),
            tick("hard_launch", "email_service", ChecklistMark::Checked, 200), // other tier
            tick("soft_launch", "auth_system", ChecklistMark::Unchecked, 300),
            tick("soft_launch", "auth_system", ChecklistMark::Checked, 400),
            tick("soft_launch", "no_such_item", ChecklistMark::Checked, 500)};
        const auto states = foldChecklist(soft, ticks);
        QCOMPARE(states.size(), soft.items.size());
        for (const auto& s : states) {
            if (s.item.id == "email_service") {
                QVERIFY(!s.checked);
                QVERIFY(s.lastTick.has_value());
            } else if (s.item.id == "auth_system") {
                QVERIFY(s.checked);
                QCOMPARE(s.lastTick->at, t(400));
            } else {
                QVERIFY(s.checked);
                QVERIFY(!s.lastTick); // the default stands
            }
        }
    }

    void readinessWithoutStrainTestIsNeverReady() {
        const Catalog c = defaults();
        const auto& hard = *c.readiness.findChecklist("hard_launch");
        std::vector<ChecklistTick> ticks;
        for (const auto& item : hard.items) {
            ticks.push_back(tick("hard_launch", item.id, ChecklistMark::Checked, 10));
        }
        const auto r = nextTierReadiness(c, "soft_launch", ticks, std::nullopt);
        QVERIFY(r.has_value());
        QCOMPARE(r->toTier, std::string("hard_launch"));
        QCOMPARE(r->done, hard.items.size());
        QCOMPARE(r->total, hard.items.size());
        QCOMPARE(r->strain, StrainStatus::NoTestYet);
        QVERIFY(!r->strainPassRate);
        QVERIFY(!r->ready);
        QCOMPARE(r->share, double(r->total) / double(r->total + 1));
    }

    void strainTest_data() {
        QTest::addColumn<int>("passed");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("ready");
        QTest::newRow("80 % passes") << 8 << 10 << int(StrainStatus::Passed) << true;
        QTest::newRow("79 % fails") << 79 << 100 << int(StrainStatus::BelowRequired) << false;
        QTest::newRow("no runs") << 0 << 0 << int(StrainStatus::NoTestYet) << false;
    }
    void strainTest() {
        QFETCH(int, passed);
        QFETCH(int, total);
        QFETCH(int, status);
        QFETCH(bool, ready);
        const Catalog c = defaults();
        std::vector<ChecklistTick> ticks;
        for (const auto& item : c.readiness.findChecklist("hard_launch")->items) {
            ticks.push_back(tick("hard_launch", item.id, ChecklistMark::Checked, 10));
        }
        const auto r = nextTierReadiness(
            c, "soft_launch", ticks, StrainTestResults{std::size_t(passed), std::size_t(total)});
        QCOMPARE(int(r->strain), status);
        QCOMPARE(r->ready, ready);
        QCOMPARE(r->share == 1.0, ready);
    }

    void nothingTickedAndLastTier() {
        const Catalog c = defaults();
        const auto r = nextTierReadiness(c, "hard_launch", {}, std::nullopt);
        QCOMPARE(r->toTier, std::string("growth_phase"));
        QCOMPARE(r->done, std::size_t(0));
        QCOMPARE(r->share, 0.0);
        QVERIFY(!nextTierReadiness(c, "growth_phase", {}, std::nullopt));
        QVERIFY(!nextTierReadiness(c, "no_such_tier", {}, std::nullopt));
    }

    void catalogChecksReadiness_data() {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown tier")
            << R"({"checklists": [{"tier": "moon", "items": [{"id": "a", "title": "A"}]}]})"
            << "checklists[0].tier: unknown tier 'moon'";
        QTest::newRow("duplicate item")
            << R"({"checklists": [{"tier": "soft_launch", "items": [{"id": "a", "title": "A"},
                 {"id": "a", "title": "B"}]}]})"
            << "checklists[0].items[1].id: 'a' is listed twice";
        QTest::newRow("thresholds out of order")
            << R"({"resource_monitor": {"metrics": [{"id": "q", "name": "Q",
                 "metric": "queue_depth", "warning": 200, "critical": 50}]}})"
            << "resource_monitor.metrics[0].critical: must be greater than warning";
        QTest::newRow("unknown metric")
            << R"({"resource_monitor": {"metrics": [{"id": "q", "name": "Q",
                 "metric": "queue_size", "warning": 1, "critical": 2}]}})"
            << "unknown metric 'queue_size'";
        QTest::newRow("weights not summing to 1")
            << R"({"resource_monitor": {"metrics": [], "visual_job_risk": {"queue_full": 50,
                 "failures_full": 10, "processing_full_s": 60, "queue_weight": 0.5,
                 "failure_weight": 0.3, "processing_weight": 0.3}}})"
            << "the three weights must sum to 1";
    }
    void catalogChecksReadiness() {
        QFETCH(QString, document);
        QFETCH(QString, expected);
        auto c = loadCatalogText(document.toStdString(), "test.json");
        QVERIFY(!c.has_value());
        QVERIFY2(c.error().message.find(expected.toStdString()) != std::string::npos,
                 c.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTierReadiness)
#include "tst_tier_readiness.moc"
