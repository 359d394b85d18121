// The store's scaling control (schema v6): each change writes the configuration and its history
// event (actor, reason, old and new value) in one transaction; refused changes leave the store
// exactly as it was; health snapshots are append-only and carry the schedule's slot.
#include "model/ScalingConfigJson.h"
#include "policy/ScalingConfigCheck.h"
#include "store/Store.h"
#include "support/PolicyFixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace headroom;
using namespace headroom::test;
using nlohmann::json;

Q_DECLARE_METATYPE(headroom::ErrorCode)

namespace {

std::string rawExec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    char* message = nullptr;
    std::string out;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        out = message ? message : "error";
    }
    sqlite3_free(message);
    sqlite3_close(db);
    return out;
}

// The hand-written seed catalog leaves posts/day unset; seed 001's limits.
Catalog seedCatalogWithPosts() {
    Catalog c = builtSeedCatalog();
    const double posts[] = {50, 200, 1000, 10000};
    for (std::size_t i = 0; i < c.modes.size() && i < 4; ++i) {
        c.modes[i].maxPostsPerDay = posts[i];
    }
    return c;
}

ScalingChangeRequest request(RowId ws, ScalingChangeKind kind, std::string reason = "") {
    ScalingChangeRequest r;
    r.workspaceId = ws;
    r.kind = kind;
    r.reason = std::move(reason);
    r.at = kNow;
    return r;
}

} // namespace

class TestStoreScaling : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    Catalog m_catalog = seedCatalogWithPosts();

    struct Fixture {
        std::string path;
        std::unique_ptr<Store> store;
        Workspace ws;
        ScalingConfig defaults;
    };

    Fixture open() {
        Fixture f;
        f.path = (m_dir.path() + "/s" + QString::number(++m_files) + ".db").toStdString();
        auto store = Store::open(f.path);
        if (!store) {
            qFatal("%s", store.error().message.c_str());
        }
        f.store = std::move(*store);
        Workspace w;
        w.name = "local";
        w.title = "This computer";
        w.currentModeId = "lab";
        w.createdAt = kNow - std::chrono::hours(24);
        f.ws = *f.store->createWorkspace(w);
        f.defaults = defaultScalingConfig(m_catalog, "lab");
        return f;
    }

    std::vector<Event> scalingEvents(Fixture& f) {
        HistoryFilter filter;
        filter.kinds = {EventKind::ModeSet,
                        EventKind::ScalingFrozen,
                        EventKind::ScalingUnfrozen,
                        EventKind::AutoModeChanged,
                        EventKind::ScalingConfigChanged,
                        EventKind::HealthSnapshotTaken};
        return *f.store->events(f.ws.id, filter);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nothingStoredAtFirst() {
        Fixture f = open();
        auto config = f.store->scalingConfig(f.ws.id);
        QVERIFY(config.has_value());
        QVERIFY(!config->has_value());
        QCOMPARE(f.store->scalingConfig(999).error().code, ErrorCode::NotFound);
        QVERIFY(!*f.store->lastScheduledHealthSlot(f.ws.id));
    }

    void setModeWritesConfigEventAndWorkspaceMode() {
        Fixture f = open();
        auto r = request(f.ws.id, ScalingChangeKind::SetMode, "first paying clients");
        r.modeId = "pilot";
        r.advisedModeId = "pilot";
        r.actor = "dana";
        auto done = f.store->changeScaling(r, f.defaults);
        QVERIFY2(done.has_value(), done ? "" : done.error().message.c_str());
        QCOMPARE(done->config.modeId, std::string("pilot"));
        QCOMPARE(done->event.kind, EventKind::ModeSet);
        QCOMPARE(done->event.subject, std::string("production"));
        const json detail = json::parse(done->event.detailJson);
        QVERIFY2((detail["old"]) == (json("lab")), (detail["old"]).dump().c_str());
        QVERIFY2((detail["new"]) == (json("pilot")), (detail["new"]).dump().c_str());
        QVERIFY2((detail["reason"]) == (json("first paying clients")),
                 (detail["reason"]).dump().c_str());
        QVERIFY2((detail["actor"]) == (json("dana")), (detail["actor"]).dump().c_str());
        QVERIFY2((detail["against_advice"]) == (json(false)),
                 (detail["against_advice"]).dump().c_str());
        QCOMPARE(f.store->workspace("local")->currentModeId, std::string("pilot"));
        const auto stored = *f.store->scalingConfig(f.ws.id);
        QVERIFY(stored);
        QCOMPARE(stored->modeId, std::string("pilot"));
        QCOMPARE(scalingEvents(f).size(), std::size_t(1));
    }

    void manualOverrideIsMarkedAndNeedsAReason() {
        Fixture f = open();
        auto r = request(f.ws.id, ScalingChangeKind::SetMode);
        r.modeId = "growth";
        r.advisedModeId = "pilot";
        auto refused = f.store->changeScaling(r, f.defaults);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ValidationError);
        QVERIFY(refused.error().message.find("reason") != std::string::npos);
        QVERIFY(refused.error().message.find("against the current advice") != std::string::npos);
        QVERIFY(scalingEvents(f).empty());
        QCOMPARE(f.store->workspace("local")->currentModeId, std::string("lab"));

        r.reason = "big customer signs Monday";
        auto done = f.store->changeScaling(r, f.defaults);
        QVERIFY(done.has_value());
        const json detail = json::parse(done->event.detailJson);
        QVERIFY2((detail["against_advice"]) == (json(true)),
                 (detail["against_advice"]).dump().c_str());
        QVERIFY2((detail["advised"]) == (json("pilot")), (detail["advised"]).dump().c_str());
        // Without any advice (no data) a change is an override too.
        auto blind = request(f.ws.id, ScalingChangeKind::SetMode, "");
        blind.modeId = "pilot";
        QCOMPARE(f.store->changeScaling(blind, f.defaults).error().code,
                 ErrorCode::ValidationError);
    }

    void freezeUnfreezeAndAutoMode() {
        Fixture f = open();
        auto freeze = request(f.ws.id, ScalingChangeKind::Freeze, "incident: DB failover");
        auto frozen = f.store->changeScaling(freeze, f.defaults);
        QVERIFY(frozen.has_value());
        QVERIFY(frozen->config.freeze);
        QCOMPARE(frozen->config.freeze->reason, std::string("incident: DB failover"));
        QCOMPARE(frozen->config.freeze->since, kNow);
        QCOMPARE(frozen->event.kind, EventKind::ScalingFrozen);
        QVERIFY2((json::parse(frozen->event.detailJson)["reason"]) ==
                     (json("incident: DB failover")),
                 (json::parse(frozen->event.detailJson)["reason"]).dump().c_str());

        auto unfreeze = request(f.ws.id, ScalingChangeKind::Unfreeze, "failover done");
        unfreeze.at = kNow + std::chrono::hours(3);
        auto thawed = f.store->changeScaling(unfreeze, f.defaults);
        QVERIFY(thawed.has_value());
        QVERIFY(!thawed->config.freeze);
        QCOMPARE(thawed->event.kind, EventKind::ScalingUnfrozen);
        QCOMPARE(thawed->event.at, kNow + std::chrono::hours(3));

        auto on = request(f.ws.id, ScalingChangeKind::SetAutoMode);
        on.autoMode = AutoMode::On;
        auto auto1 = f.store->changeScaling(on, f.defaults);
        QVERIFY(auto1.has_value());
        QCOMPARE(auto1->config.autoMode, AutoMode::On);
        const json detail = json::parse(auto1->event.detailJson);
        QVERIFY2((detail["old"]) == (json("off")), (detail["old"]).dump().c_str());
        QVERIFY2((detail["new"]) == (json("on")), (detail["new"]).dump().c_str());
        // Auto-mode only recommends: turning it on leaves the configured mode alone.
        QCOMPARE(auto1->config.modeId, std::string("lab"));
        QCOMPARE(scalingEvents(f).size(), std::size_t(3));
    }

    void configUpdateRecordsOldAndNew() {
        Fixture f = open();
        auto r = request(f.ws.id, ScalingChangeKind::UpdateConfig, "staging is smaller");
        r.config = f.defaults;
        r.config.environment = "staging";
        r.config.modes[0].maxPostsPerDay = 20;
        r.config.guardrails.maxChurnRisk = 0.1;
        r.config.cadence = HealthCadence::TierCadence;
        r.config.modeId = "scale"; // ignored: the mode has its own event
        auto done = f.store->changeScaling(r, f.defaults);
        QVERIFY2(done.has_value(), done ? "" : done.error().message.c_str());
        QCOMPARE(done->config.modeId, std::string("lab"));
        QCOMPARE(done->config.environment, std::string("staging"));
        QCOMPARE(done->event.kind, EventKind::ScalingConfigChanged);
        QCOMPARE(done->event.subject, std::string("staging"));
        const json detail = json::parse(done->event.detailJson);
        QVERIFY2((detail["old"]["guardrails"]["max_churn_risk"]) == (json(0.2)),
                 (detail["old"]["guardrails"]["max_churn_risk"]).dump().c_str());
        QVERIFY2((detail["new"]["guardrails"]["max_churn_risk"]) == (json(0.1)),
                 (detail["new"]["guardrails"]["max_churn_risk"]).dump().c_str());
        QVERIFY2((detail["old"]["modes"][0]["max_posts_per_day"]) == (json(50.0)),
                 (detail["old"]["modes"][0]["max_posts_per_day"]).dump().c_str());
        QVERIFY2((detail["new"]["modes"][0]["max_posts_per_day"]) == (json(20.0)),
                 (detail["new"]["modes"][0]["max_posts_per_day"]).dump().c_str());
        QVERIFY2((detail["new"]["cadence"]) == (json("tier")),
                 (detail["new"]["cadence"]).dump().c_str());
        // The stored config round-trips exactly.
        const auto stored = *f.store->scalingConfig(f.ws.id);
        QVERIFY(scalingConfigToJson(*stored) == scalingConfigToJson(done->config));
    }

    void refusalsLeaveTheStoreUnchanged_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("breakConfig");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        using K = ScalingChangeKind;
        QTest::newRow("same mode")
            << int(K::SetMode) << "lab"
            << "why" << false << ErrorCode::Conflict << "already in mode 'lab'";
        QTest::newRow("unknown mode")
            << int(K::SetMode) << "huge"
            << "why" << false << ErrorCode::ValidationError << "mode 'huge'";
        QTest::newRow("freeze without reason")
            << int(K::Freeze) << ""
            << "  " << false << ErrorCode::ValidationError << "needs a reason";
        QTest::newRow("unfreeze when not frozen")
            << int(K::Unfreeze) << ""
            << "x" << false << ErrorCode::Conflict << "is not frozen";
        QTest::newRow("auto already off") << int(K::SetAutoMode) << ""
                                          << "" << false << ErrorCode::Conflict << "already off";
        QTest::newRow("unchanged config")
            << int(K::UpdateConfig) << ""
            << "" << false << ErrorCode::Conflict << "nothing changed";
        QTest::newRow("invalid config")
            << int(K::UpdateConfig) << ""
            << "" << true << ErrorCode::ValidationError << "guardrails.freeze_below_health";
    }
    void refusalsLeaveTheStoreUnchanged() {
        QFETCH(int, kind);
        QFETCH(QString, mode);
        QFETCH(QString, reason);
        QFETCH(bool, breakConfig);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        Fixture f = open();
        // Something stored first, so "unchanged" compares against a real row.
        auto setup = request(f.ws.id, ScalingChangeKind::UpdateConfig, "");
        setup.config = f.defaults;
        setup.config.environment = "production-eu";
        QVERIFY(f.store->changeScaling(setup, f.defaults).has_value());
        const std::string before = scalingConfigToJson(**f.store->scalingConfig(f.ws.id)).dump();
        const auto eventsBefore = scalingEvents(f).size();

        auto r = request(f.ws.id, static_cast<ScalingChangeKind>(kind), reason.toStdString());
        r.modeId = mode.toStdString();
        r.advisedModeId = r.modeId;
        r.config = **f.store->scalingConfig(f.ws.id);
        if (breakConfig) {
            r.config.guardrails.freezeBelowHealth = 95;
        }
        auto refused = f.store->changeScaling(r, f.defaults);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, code);
        QVERIFY2(refused.error().message.find(message.toStdString()) != std::string::npos,
                 refused.error().message.c_str());
        QCOMPARE(scalingConfigToJson(**f.store->scalingConfig(f.ws.id)).dump(), before);
        QCOMPARE(scalingEvents(f).size(), eventsBefore);
        QCOMPARE(f.store->workspace("local")->currentModeId, std::string("lab"));
    }

    void unknownWorkspaceIsNotFound() {
        Fixture f = open();
        auto r = request(4242, ScalingChangeKind::Freeze, "x");
        QCOMPARE(f.store->changeScaling(r, f.defaults).error().code, ErrorCode::NotFound);
    }

    void healthSnapshotsAreAppendOnlyWithSlots() {
        Fixture f = open();
        HealthSnapshotRecord r;
        r.workspaceId = f.ws.id;
        r.takenAt = kNow;
        r.trigger = HealthSnapshotTrigger::Scheduled;
        r.slot = kNow - std::chrono::hours(2);
        r.environment = "production";
        r.configuredModeId = "lab";
        r.health.overall = 77.5;
        r.health.infraHealth = 90;
        r.mode.action = ModeAction::Hold;
        r.mode.confidence = 0.85;
        r.mode.currentModeId = "lab";
        r.mode.reasons = {{ModeReasonCode::HealthBelowIncrease, 77.5, 80}};
        r.quality.confidence = 0.9;
        r.activeClients = 4;
        r.tierId = "soft_launch";
        auto stored = f.store->appendHealthSnapshot(r);
        QVERIFY2(stored.has_value(), stored ? "" : stored.error().message.c_str());
        QVERIFY(stored->id > 0);

        HealthSnapshotRecord manual = r;
        manual.trigger = HealthSnapshotTrigger::Manual;
        manual.slot.reset();
        manual.takenAt = kNow + std::chrono::hours(1);
        QVERIFY(f.store->appendHealthSnapshot(manual).has_value());

        const auto all = *f.store->healthSnapshots(f.ws.id, {});
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].trigger, HealthSnapshotTrigger::Scheduled);
        QCOMPARE(all[0].health.overall.value_or(0), 77.5);
        QCOMPARE(all[0].mode.reasons.size(), std::size_t(1));
        QCOMPARE(all[0].mode.reasons[0].code, ModeReasonCode::HealthBelowIncrease);
        QCOMPARE(all[0].activeClients.value_or(0), 4);
        QCOMPARE(all[0].tierId, std::string("soft_launch"));
        QCOMPARE(all[1].trigger, HealthSnapshotTrigger::Manual);
        QCOMPARE(f.store->healthSnapshots(f.ws.id, {}, 1)->front().id, all[1].id);
        // Manual runs do not move the schedule.
        QCOMPARE(f.store->lastScheduledHealthSlot(f.ws.id)->value(), kNow - std::chrono::hours(2));

        const auto events = scalingEvents(f);
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events.back().kind, EventKind::HealthSnapshotTaken);
        QCOMPARE(events.back().subject, std::string("scheduled"));
        QVERIFY2((json::parse(events.back().detailJson)["overall"]) == (json(77.5)),
                 (json::parse(events.back().detailJson)["overall"]).dump().c_str());

        f.store.reset();
        QVERIFY(
            rawExec(f.path, "UPDATE health_snapshots SET trigger = 'manual'").find("append-only") !=
            std::string::npos);
        QVERIFY(rawExec(f.path, "DELETE FROM health_snapshots").find("append-only") !=
                std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestStoreScaling)
#include "tst_store_scaling.moc"
