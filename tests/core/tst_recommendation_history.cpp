// The recommendations as they stood at a past moment (core/replay/RecommendationHistory.h): a
// hand-written life of two recommendations, and a real store driven hour by hour whose state at
// every hour is compared with the state rebuilt afterwards from its rows, events and decisions.
#include "replay/RecommendationHistory.h"
#include "store/Store.h"
#include "support/TempDatabases.h"

#include <map>

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 9 / 1}};

StoredRecommendation rec(RowId id, std::string type, Timestamp firstSeen, Timestamp lastSeen,
                         RecommendationState state) {
    StoredRecommendation r;
    r.id = id;
    r.workspaceId = 1;
    r.type = std::move(type);
    r.firstSeen = firstSeen;
    r.lastSeen = lastSeen;
    r.state = state;
    return r;
}

Event lifecycle(RowId id, Timestamp at, EventKind kind, RowId recommendationId) {
    return Event{
        id,
        1,
        at,
        kind,
        "x",
        nlohmann::json{{"recommendation_id", recommendationId}, {"severity", "warning"}}.dump()};
}

Decision decision(RowId id, RowId recommendationId, Verdict verdict, Timestamp at,
                  std::optional<Timestamp> revisit = {}) {
    Decision d;
    d.id = id;
    d.workspaceId = 1;
    d.recommendationId = recommendationId;
    d.verdict = verdict;
    d.decidedAt = at;
    d.revisitAt = revisit;
    return d;
}

Evaluation evaluationWith(const std::vector<std::string>& types) {
    Evaluation ev;
    ev.capacity.tierId = "soft_launch";
    ev.capacity.overall = Status::Warning;
    ev.mode.action = ModeAction::Hold;
    for (const auto& type : types) {
        ev.recommendations.push_back({type,
                                      {{MetricId::CpuUtilization, 0.9, 0.8, Comparison::AtLeast}},
                                      Status::Warning,
                                      60});
    }
    return ev;
}

// What a comparison looks at: everything the history determines.
std::string describe(const StoredRecommendation& r) {
    return std::to_string(r.id) + " " + r.type + " " + std::string(keyOf(r.state)) + " first " +
           formatIso(r.firstSeen) + " revisit " + (r.revisitAt ? formatIso(*r.revisitAt) : "-");
}

} // namespace

class TestRecommendationHistory : public QObject {
    Q_OBJECT

private slots:
    void handWrittenLife() {
        // 1: opened at T0, resolved at T0+3h. 2: opened at T0+1h, deferred at T0+2h until
        // T0+5h, reopened then, accepted at T0+6h. 3: opened at T0+7h (after every query but
        // the last).
        const std::vector<StoredRecommendation> today = {
            rec(2, "b", kT0 + 1h, kT0 + 8h, RecommendationState::Accepted),
            rec(1, "a", kT0, kT0 + 2h, RecommendationState::Resolved),
            rec(3, "c", kT0 + 7h, kT0 + 8h, RecommendationState::Open),
        };
        const std::vector<Event> events = {
            lifecycle(10, kT0 + 3h, EventKind::RecommendationResolved, 1),
            lifecycle(11, kT0 + 5h, EventKind::RecommendationReopened, 2),
            // Another workspace's recommendation: not among the rows, changes nothing.
            lifecycle(12, kT0 + 5h, EventKind::RecommendationResolved, 99),
        };
        const std::vector<Decision> decisions = {
            decision(21, 2, Verdict::Accept, kT0 + 6h),
            decision(20, 2, Verdict::Defer, kT0 + 2h, kT0 + 5h),
        };
        struct Expected {
            Timestamp at;
            std::vector<std::pair<RowId, RecommendationState>> states;
            std::optional<Timestamp> revisitOf2;
        };
        using S = RecommendationState;
        const std::vector<Expected> cases = {
            {kT0 - 1s, {}, {}},
            {kT0, {{1, S::Open}}, {}},
            {kT0 + 1h, {{1, S::Open}, {2, S::Open}}, {}},
            {kT0 + 2h, {{1, S::Open}, {2, S::Deferred}}, kT0 + 5h},
            {kT0 + 3h, {{1, S::Resolved}, {2, S::Deferred}}, kT0 + 5h},
            {kT0 + 5h, {{1, S::Resolved}, {2, S::Open}}, {}},
            {kT0 + 6h, {{1, S::Resolved}, {2, S::Accepted}}, {}},
            {kT0 + 9h, {{1, S::Resolved}, {2, S::Accepted}, {3, S::Open}}, {}},
        };
        for (const auto& c : cases) {
            auto past = recommendationsAt(today, events, decisions, c.at);
            QVERIFY2(past.has_value(), past ? "" : past.error().message.c_str());
            QCOMPARE(past->size(), c.states.size());
            for (std::size_t i = 0; i < c.states.size(); ++i) {
                QCOMPARE((*past)[i].id, c.states[i].first); // oldest first
                QVERIFY2((*past)[i].state == c.states[i].second, formatIso(c.at).c_str());
                QVERIFY((*past)[i].lastSeen <= c.at);
                if ((*past)[i].id == 2) {
                    QVERIFY((*past)[i].revisitAt == c.revisitOf2);
                }
            }
        }
    }

    void unreadableEventIsNamed() {
        const std::vector<StoredRecommendation> today = {
            rec(1, "a", kT0, kT0, RecommendationState::Resolved)};
        const std::vector<Event> events = {
            Event{42, 1, kT0 + 1h, EventKind::RecommendationResolved, "a", R"({"severity":"x"})"}};
        auto past = recommendationsAt(today, events, {}, kT0 + 2h);
        QVERIFY(!past);
        QCOMPARE(past.error().code, ErrorCode::ParseError);
        QVERIFY(past.error().message.find("event 42") != std::string::npos);
        QVERIFY(past.error().message.find("recommendation_id") != std::string::npos);
        // An unreadable event after the moment asked for is not read at all.
        QVERIFY(recommendationsAt(today, events, {}, kT0 + 30min).has_value());
    }

    // The store's own lifecycle, hour by hour, against the state rebuilt from what it kept.
    void matchesTheStoreAtEveryHour() {
        test::TempDatabases dbs;
        auto store = dbs.open(dbs.freshPath());
        QVERIFY(store);
        Workspace ws;
        ws.name = "w";
        ws.title = "W";
        ws.kind = WorkspaceKind::Live;
        ws.createdAt = kT0;
        auto created = store->createWorkspace(ws);
        QVERIFY(created);
        const RowId id = created->id;

        // Which conditions hold at each hour, and what the founder decides after that hour's
        // evaluation (on the newest open recommendation of the type).
        const std::vector<std::vector<std::string>> conditions = {
            {"scale_db"},
            {"scale_db", "add_cache"},
            {"scale_db", "add_cache"},
            {"add_cache"},
            {"add_cache"},
            {"add_cache", "scale_db"},
            {"scale_db"},
            {},
            {"scale_db", "add_cache"},
            {"scale_db", "queue"},
            {"queue"},
            {"queue", "add_cache"},
        };
        struct Plan {
            std::size_t hour;
            std::string type;
            Verdict verdict;
            std::chrono::hours revisitIn{0};
        };
        const std::vector<Plan> plans = {
            {1, "add_cache", Verdict::Defer, 3h}, // due at hour 4: reopened then
            {2, "scale_db", Verdict::Accept},     {5, "add_cache", Verdict::Reject},
            {9, "queue", Verdict::Defer, 1h},     {9, "scale_db", Verdict::Accept},
        };
        std::map<std::size_t, std::vector<StoredRecommendation>> stateAtHour;
        for (std::size_t h = 0; h < conditions.size(); ++h) {
            const Timestamp at = kT0 + std::chrono::hours(h);
            Snapshot snapshot(at);
            QVERIFY(snapshot.set(MetricId::ActiveClients, {12, at, "test"}).has_value());
            QVERIFY(store->ingest(id, snapshot, evaluationWith(conditions[h])).has_value());
            for (const auto& plan : plans) {
                if (plan.hour != h) {
                    continue;
                }
                auto open = store->recommendations(id);
                QVERIFY(open);
                const auto target = std::ranges::find_if(*open, [&](const auto& r) {
                    return r.type == plan.type && r.state == RecommendationState::Open;
                });
                QVERIFY2(target != open->end(), plan.type.c_str());
                DecisionRequest request;
                request.workspaceId = id;
                request.recommendationId = target->id;
                request.verdict = plan.verdict;
                request.reason = "planned";
                request.decidedAt = at + 10min;
                if (plan.verdict == Verdict::Defer) {
                    request.revisitAt = at + plan.revisitIn;
                }
                auto decided = store->recordDecision(request);
                QVERIFY2(decided, decided ? "" : decided.error().message.c_str());
            }
            auto now = store->recommendations(id);
            QVERIFY(now);
            stateAtHour[h] = *now;
        }

        auto today = store->recommendations(id);
        auto events = store->events(id, HistoryFilter{{}, {}, 100000});
        auto decisions = store->decisions(id, HistoryFilter{{}, {}, 100000});
        QVERIFY(today && events && decisions);
        QVERIFY(decisions->size() == plans.size());
        for (const auto& [h, stored] : stateAtHour) {
            // Just before the next hour: after this hour's evaluation and decisions.
            const Timestamp at = kT0 + std::chrono::hours(h) + 59min;
            auto past = recommendationsAt(*today, *events, *decisions, at);
            QVERIFY(past);
            std::vector<std::string> expected;
            std::vector<std::string> rebuilt;
            for (const auto& r : stored) {
                expected.push_back(describe(r));
            }
            for (const auto& r : *past) {
                rebuilt.push_back(describe(r));
                QVERIFY(r.lastSeen <= at);
            }
            std::ranges::sort(expected);
            std::ranges::sort(rebuilt);
            QCOMPARE(rebuilt, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecommendationHistory)
#include "tst_recommendation_history.moc"
