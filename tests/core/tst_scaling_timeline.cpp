// The scaling configuration at a past moment: today's configuration with each later mode set,
// freeze, unfreeze, auto-mode switch and settings change undone from what the event recorded.

#include "model/ScalingConfigJson.h"
#include "replay/ScalingTimeline.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

const Timestamp kDay1 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 9 / 1}};

Mode mode(std::string id, int minClients, int maxClients) {
    Mode m;
    m.id = std::move(id);
    m.name = m.id;
    m.minClients = minClients;
    m.maxClients = maxClients;
    m.maxPostsPerDay = 100;
    m.maxAiSpendPerDay = MicroUsd::fromDollars(10.0);
    return m;
}

Event scalingEvent(RowId id, Timestamp at, EventKind kind, json detail) {
    return Event{id, 1, at, kind, "production", detail.dump()};
}

} // namespace

class TestScalingTimeline : public QObject {
    Q_OBJECT

    ScalingConfig m_now;    // as stored today
    ScalingConfig m_before; // settings before the change on day 5
    std::vector<Event> m_events;

private slots:
    void initTestCase() {
        m_before.environment = "production";
        m_before.modes = {mode("lab", 0, 5), mode("pilot", 6, 15), mode("growth", 16, 50)};
        m_before.modeId = "lab";
        m_now = m_before;
        m_now.modes = {mode("lab", 0, 4), mode("pilot", 5, 15), mode("growth", 16, 50)};
        m_now.environment = "prod-eu";
        m_now.modeId = "growth";
        m_now.autoMode = AutoMode::On;
        m_events = {
            scalingEvent(
                1, kDay1 + 24h, EventKind::ModeSet,
                {{"old", "lab"}, {"new", "pilot"}, {"actor", "founder"}, {"reason", "6 clients"}}),
            scalingEvent(
                2, kDay1 + 48h, EventKind::ScalingFrozen,
                {{"old", false}, {"new", true}, {"actor", "cto"}, {"reason", "error spike"}}),
            scalingEvent(3, kDay1 + 50h, EventKind::ScalingUnfrozen,
                         {{"old", true},
                          {"new", false},
                          {"frozen_since", formatIso(kDay1 + 48h)},
                          {"actor", "founder"},
                          {"reason", "fixed"}}),
            scalingEvent(
                4, kDay1 + 72h, EventKind::ModeSet,
                {{"old", "pilot"}, {"new", "growth"}, {"actor", "founder"}, {"reason", ""}}),
            scalingEvent(5, kDay1 + 96h, EventKind::AutoModeChanged,
                         {{"old", "off"}, {"new", "on"}, {"actor", "founder"}, {"reason", ""}}),
            scalingEvent(6, kDay1 + 120h, EventKind::ScalingConfigChanged,
                         {{"old", scalingConfigToJson(m_before)},
                          {"new", scalingConfigToJson(m_now)},
                          {"actor", "founder"},
                          {"reason", ""}}),
            // Not a scaling event: ignored.
            scalingEvent(7, kDay1 + 121h, EventKind::TierChanged, {{"from", "a"}, {"to", "b"}}),
        };
    }

    void now() {
        auto c = scalingConfigAt(m_now, m_events, kDay1 + 200h);
        QVERIFY(c);
        QVERIFY(scalingConfigToJson(*c) == scalingConfigToJson(m_now));
    }

    void beforeEverything() {
        auto c = scalingConfigAt(m_now, m_events, kDay1);
        QVERIFY2(c, c ? "" : c.error().message.c_str());
        QCOMPARE(c->modeId, std::string("lab"));
        QCOMPARE(c->autoMode, AutoMode::Off);
        QVERIFY(!c->freeze);
        QCOMPARE(c->environment, std::string("production"));
        QVERIFY(sameModes(c->modes, m_before.modes));
    }

    void duringTheFreeze() {
        auto c = scalingConfigAt(m_now, m_events, kDay1 + 49h);
        QVERIFY(c);
        QCOMPARE(c->modeId, std::string("pilot"));
        QVERIFY(c->freeze.has_value());
        QCOMPARE(c->freeze->reason, std::string("error spike"));
        QCOMPARE(c->freeze->actor, std::string("cto"));
        QCOMPARE(c->freeze->since, kDay1 + 48h);
    }

    void atAnEventItsChangeHolds() {
        // An event at exactly the moment asked has happened.
        auto c = scalingConfigAt(m_now, m_events, kDay1 + 72h);
        QVERIFY(c);
        QCOMPARE(c->modeId, std::string("growth"));
        QCOMPARE(c->autoMode, AutoMode::Off);
        auto d = scalingConfigAt(m_now, m_events, kDay1 + 120h);
        QVERIFY(d);
        QCOMPARE(d->environment, std::string("prod-eu"));
        QCOMPARE(d->autoMode, AutoMode::On);
        auto e = scalingConfigAt(m_now, m_events, kDay1 + 120h - 1s);
        QVERIFY(e);
        QCOMPARE(e->environment, std::string("production"));
        QCOMPARE(e->modeId, std::string("growth")); // a settings change keeps the mode
    }

    void unfreezeWithoutItsFreeze() {
        // A bundle whose range starts inside a freeze: the unfreeze alone restores it.
        std::vector<Event> tail{m_events[2]};
        ScalingConfig open = m_now;
        auto c = scalingConfigAt(open, tail, kDay1 + 49h);
        QVERIFY(c);
        QVERIFY(c->freeze.has_value());
        QCOMPARE(c->freeze->since, kDay1 + 48h);
        QVERIFY(c->freeze->reason.empty()); // not recorded in the range: not invented
    }

    void unreadableEventsAreNamed() {
        std::vector<Event> bad{Event{9, 1, kDay1 + 10h, EventKind::ModeSet, "production", "[]"}};
        auto c = scalingConfigAt(m_now, bad, kDay1);
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::ParseError);
        QVERIFY2(c.error().message.find("event 9 (mode_set") == 0, c.error().message.c_str());
        std::vector<Event> noOld{
            scalingEvent(10, kDay1 + 10h, EventKind::AutoModeChanged, {{"new", "on"}})};
        auto d = scalingConfigAt(m_now, noOld, kDay1);
        QVERIFY(!d);
        QVERIFY2(d.error().message.find("no 'old' auto-mode") != std::string::npos,
                 d.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestScalingTimeline)
#include "tst_scaling_timeline.moc"
