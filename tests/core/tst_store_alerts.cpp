// Store (schema v7): alert states survive a reopen; channels refuse duplicates and bad JSON;
// deliveries go pending -> (retry) -> sent | failed, with their event written once at the end.

#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 1}};

std::unique_ptr<Store> openStore(const QString& path) {
    auto s = Store::open(path.toStdString());
    if (!s) {
        qFatal("%s", s.error().message.c_str());
    }
    return std::move(*s);
}

Workspace makeWorkspace(Store& store) {
    Workspace w;
    w.name = "local";
    w.title = "This computer";
    w.currentModeId = "lab";
    w.createdAt = kT0;
    auto created = store.createWorkspace(w);
    if (!created) {
        qFatal("%s", created.error().message.c_str());
    }
    return *created;
}

std::vector<Event> eventsOf(Store& store, RowId ws, EventKind kind) {
    HistoryFilter f;
    f.kinds = {kind};
    auto e = store.events(ws, f);
    return e ? *e : std::vector<Event>{};
}

} // namespace

class TestStoreAlerts : public QObject {
    Q_OBJECT
private slots:
    void statesSurviveAReopen() {
        QTemporaryDir dir;
        const QString path = dir.path() + "/a.db";
        RowId ws = 0;
        AlertState firing;
        firing.ruleId = "queue_depth";
        firing.phase = AlertPhase::Firing;
        firing.severity = AlertSeverity::Critical;
        firing.pendingSince = kT0;
        firing.firingSince = kT0 + 300s;
        firing.evaluatedAt = kT0 + 310s;
        firing.value = 250.0;
        firing.threshold = 200.0;
        AlertState missing;
        missing.ruleId = "error_rate";
        missing.phase = AlertPhase::Pending;
        missing.severity = AlertSeverity::Warning;
        missing.pendingSince = kT0 + 100s;
        missing.dataMissing = true;
        {
            auto store = openStore(path);
            ws = makeWorkspace(*store).id;
            const Event fired{0,
                              ws,
                              kT0 + 300s,
                              EventKind::AlertFired,
                              "queue_depth",
                              R"({"severity":"critical"})"};
            auto saved =
                store->saveAlertStates(ws, std::vector{firing, missing}, std::span(&fired, 1));
            QVERIFY2(saved, saved ? "" : saved.error().message.c_str());
            QCOMPARE(saved->size(), std::size_t{1});
            QVERIFY(saved->front().id > 0);
        }
        auto store = openStore(path);
        auto states = store->alertStates(ws);
        QVERIFY(states);
        QCOMPARE(states->size(), std::size_t{2});
        QCOMPARE(states->at(0), missing); // ordered by rule id
        QCOMPARE(states->at(1), firing);
        QCOMPARE(eventsOf(*store, ws, EventKind::AlertFired).size(), std::size_t{1});
        // Replacing a state keeps one row per rule.
        firing.phase = AlertPhase::Resolved;
        firing.resolvedAt = kT0 + 900s;
        QVERIFY(store->saveAlertStates(ws, std::vector{firing}, {}));
        states = store->alertStates(ws);
        QCOMPARE(states->size(), std::size_t{2});
        QCOMPARE(states->at(1).phase, AlertPhase::Resolved);
        QCOMPARE(store->alertStates(999).error().code, ErrorCode::NotFound);
    }

    void channels() {
        auto store = openStore(":memory:");
        NotificationChannel c;
        c.name = "ops";
        c.kind = NotificationKind::Slack;
        c.configJson = R"({"url": "https://hooks.example/{token}"})";
        auto saved = store->saveNotificationChannel(c, std::nullopt, kT0);
        QVERIFY(saved);
        QCOMPARE(saved->createdAt, kT0);
        QCOMPARE(store->saveNotificationChannel(c, std::nullopt, kT0).error().code,
                 ErrorCode::Conflict);
        c.configJson = "[1]";
        const auto bad = store->saveNotificationChannel(c, std::string("ops"), kT0);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QVERIFY(bad.error().message.find("'ops'") != std::string::npos);
        c.name = " ";
        c.configJson = "{}";
        QCOMPARE(store->saveNotificationChannel(c, std::nullopt, kT0).error().code,
                 ErrorCode::InvalidArgument);
        c.name = "ops-renamed";
        c.purpose = NotificationPurpose::Decisions;
        c.enabled = false;
        auto renamed = store->saveNotificationChannel(c, std::string("ops"), kT0 + 60s);
        QVERIFY(renamed);
        QCOMPARE(renamed->id, saved->id);
        auto all = store->notificationChannels();
        QCOMPARE(all->size(), std::size_t{1});
        QCOMPARE(all->front().name, std::string("ops-renamed"));
        QCOMPARE(all->front().purpose, NotificationPurpose::Decisions);
        QCOMPARE(all->front().enabled, false);
        QCOMPARE(store->saveNotificationChannel(c, std::string("gone"), kT0).error().code,
                 ErrorCode::NotFound);
        QVERIFY(store->removeNotificationChannel("ops-renamed"));
        QCOMPARE(store->removeNotificationChannel("ops-renamed").error().code, ErrorCode::NotFound);
    }

    void deliveryRetriedThenSent() {
        auto store = openStore(":memory:");
        const RowId ws = makeWorkspace(*store).id;
        Delivery d;
        d.workspaceId = ws;
        d.channel = "ops";
        d.summary = "alert queue_depth firing (critical)";
        d.payload = R"({"text":"x"})";
        d.maxAttempts = 3;
        d.createdAt = kT0;
        auto queued = store->enqueueDelivery(d);
        QVERIFY(queued);
        QCOMPARE(store->dueDeliveries(kT0)->size(), std::size_t{1});
        auto event = store->recordDeliveryAttempt({queued->id, kT0, false, "HTTP 503", kT0 + 5s});
        QVERIFY(event);
        QVERIFY(!*event); // still pending: no event yet
        QVERIFY(store->dueDeliveries(kT0 + 4s)->empty());
        QCOMPARE(store->dueDeliveries(kT0 + 5s)->size(), std::size_t{1});
        event = store->recordDeliveryAttempt({queued->id, kT0 + 5s, true, "", std::nullopt});
        QVERIFY(event && *event);
        QCOMPARE((*event)->kind, EventKind::NotificationSent);
        QCOMPARE((*event)->subject, std::string("ops"));
        const auto done = store->delivery(queued->id);
        QCOMPARE(done->state, DeliveryState::Sent);
        QCOMPARE(done->attempts, 2);
        QCOMPARE(done->finishedAt, std::optional<Timestamp>(kT0 + 5s));
        QVERIFY(!done->nextAttemptAt);
        QCOMPARE(store->recordDeliveryAttempt({queued->id, kT0, true, "", {}}).error().code,
                 ErrorCode::Conflict);
    }

    void deliveryFailsAtTheLastAttempt() {
        auto store = openStore(":memory:");
        const RowId ws = makeWorkspace(*store).id;
        Delivery d;
        d.workspaceId = ws;
        d.channel = "mail";
        d.summary = "test notification";
        d.payload = "{}";
        d.maxAttempts = 2;
        d.createdAt = kT0;
        const auto id = store->enqueueDelivery(d)->id;
        QVERIFY(!*store->recordDeliveryAttempt({id, kT0, false, "refused", kT0 + 1s}));
        // A retry time given after the last attempt still ends the delivery.
        auto event = store->recordDeliveryAttempt({id, kT0 + 1s, false, "refused", kT0 + 3s});
        QVERIFY(event && *event);
        QCOMPARE((*event)->kind, EventKind::NotificationFailed);
        const auto detail = nlohmann::json::parse((*event)->detailJson);
        QCOMPARE(detail["attempts"].get<int>(), 2);
        QCOMPARE(detail["error"].get<std::string>(), std::string("refused"));
        QCOMPARE(store->delivery(id)->state, DeliveryState::Failed);
        QVERIFY(store->dueDeliveries(kT0 + 1h)->empty());
        QCOMPARE(store->deliveries()->front().lastError, std::string("refused"));
        d.workspaceId = 999;
        QCOMPARE(store->enqueueDelivery(d).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestStoreAlerts)
#include "tst_store_alerts.moc"
