// The alert state machine: every transition, the pending period's boundary to the second,
// flapping input, missing data, de-duplication while a condition lasts.

#include "policy/AlertMachine.h"

#include <vector>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(headroom::AlertPhase)
Q_DECLARE_METATYPE(headroom::AlertTransition)

namespace {

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 1}};

AlertObservation breach(std::chrono::seconds at, AlertSeverity severity = AlertSeverity::Warning,
                        double value = 600.0) {
    return {kT0 + at, value, severity, severity == AlertSeverity::Critical ? 2000.0 : 500.0};
}
AlertObservation clear(std::chrono::seconds at) {
    return {kT0 + at, 100.0, std::nullopt, std::nullopt};
}
AlertObservation missing(std::chrono::seconds at) {
    return {kT0 + at, std::nullopt, std::nullopt, std::nullopt};
}

struct Run {
    AlertState state;
    std::vector<AlertTransition> transitions;
    int notifications = 0;
};

Run run(const std::vector<AlertObservation>& observations, std::chrono::seconds pendingFor) {
    Run r;
    r.state.ruleId = "response_time";
    for (const auto& o : observations) {
        const auto step = stepAlert(r.state, o, pendingFor);
        r.state = step.state;
        r.transitions.push_back(step.transition);
        r.notifications += step.notifies() ? 1 : 0;
    }
    return r;
}

} // namespace

class TestAlertMachine : public QObject {
    Q_OBJECT
private slots:
    void transitions_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("observation"); // 0 clear, 1 warning, 2 critical, 3 missing
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("transition");
        const auto row = [](const char* name, AlertPhase from, int obs, AlertPhase to,
                            AlertTransition t) {
            QTest::newRow(name) << int(from) << obs << int(to) << int(t);
        };
        using P = AlertPhase;
        using T = AlertTransition;
        row("normal+clear", P::Normal, 0, P::Normal, T::None);
        row("normal+breach", P::Normal, 1, P::Pending, T::BecamePending);
        row("normal+missing", P::Normal, 3, P::Normal, T::None);
        row("pending+clear", P::Pending, 0, P::Normal, T::PendingCleared);
        row("pending+breach(held)", P::Pending, 1, P::Firing, T::Fired);
        row("pending+missing", P::Pending, 3, P::Pending, T::None);
        row("firing+breach", P::Firing, 1, P::Firing, T::None);
        row("firing+escalate", P::Firing, 2, P::Firing, T::Escalated);
        row("firing+clear", P::Firing, 0, P::Resolved, T::Resolved);
        row("firing+missing", P::Firing, 3, P::Firing, T::None);
        row("resolved+clear", P::Resolved, 0, P::Normal, T::Normalised);
        row("resolved+breach", P::Resolved, 1, P::Pending, T::BecamePending);
        row("resolved+missing", P::Resolved, 3, P::Resolved, T::None);
    }
    void transitions() {
        QFETCH(int, from);
        QFETCH(int, observation);
        QFETCH(int, to);
        QFETCH(int, transition);
        AlertState s;
        s.ruleId = "r";
        s.phase = AlertPhase(from);
        s.severity = AlertSeverity::Warning;
        if (s.phase == AlertPhase::Pending || s.phase == AlertPhase::Firing) {
            s.pendingSince = kT0;
        }
        if (s.phase == AlertPhase::Firing || s.phase == AlertPhase::Resolved) {
            s.firingSince = kT0 + 300s;
        }
        const auto at = 600s;
        AlertObservation o = observation == 0   ? clear(at)
                             : observation == 1 ? breach(at)
                             : observation == 2 ? breach(at, AlertSeverity::Critical)
                                                : missing(at);
        const auto step = stepAlert(s, o, 300s);
        QCOMPARE(int(step.state.phase), to);
        QCOMPARE(int(step.transition), transition);
        QCOMPARE(step.state.dataMissing, observation == 3);
        QCOMPARE(step.state.evaluatedAt, std::optional<Timestamp>(kT0 + at));
    }

    void pendingPeriodBoundary_data() {
        QTest::addColumn<int>("secondBreachAt");
        QTest::addColumn<bool>("fires");
        QTest::newRow("one second early") << 299 << false;
        QTest::newRow("exactly the period") << 300 << true;
        QTest::newRow("after the period") << 301 << true;
    }
    void pendingPeriodBoundary() {
        QFETCH(int, secondBreachAt);
        QFETCH(bool, fires);
        const auto r = run({breach(0s), breach(std::chrono::seconds{secondBreachAt})}, 300s);
        QCOMPARE(r.state.phase, fires ? AlertPhase::Firing : AlertPhase::Pending);
        QCOMPARE(r.notifications, fires ? 1 : 0);
        QCOMPARE(r.state.pendingSince, std::optional<Timestamp>(kT0));
        if (fires) {
            QCOMPARE(r.state.firingSince,
                     std::optional<Timestamp>(kT0 + std::chrono::seconds{secondBreachAt}));
        }
    }

    void oneNoisyPollNeverFires() {
        const auto r = run({clear(0s), breach(10s, AlertSeverity::Critical, 99999.0), clear(20s),
                            clear(30s), clear(400s)},
                           300s);
        QCOMPARE(r.state.phase, AlertPhase::Normal);
        QCOMPARE(r.notifications, 0);
    }

    void flappingInputNeverFires() {
        // Breach and clear alternate every poll for an hour: each breach restarts the period.
        std::vector<AlertObservation> obs;
        for (int i = 0; i < 360; ++i) {
            obs.push_back(i % 2 == 0 ? breach(std::chrono::seconds{i * 10})
                                     : clear(std::chrono::seconds{i * 10}));
        }
        const auto r = run(obs, 300s);
        QCOMPARE(r.notifications, 0);
        QVERIFY(r.state.phase != AlertPhase::Firing);
    }

    void lastingConditionNotifiesOnceAndResolvesOnce() {
        std::vector<AlertObservation> obs;
        for (int i = 0; i <= 100; ++i) {
            obs.push_back(breach(std::chrono::seconds{i * 10}));
        }
        obs.push_back(clear(1010s));
        obs.push_back(clear(1020s));
        const auto r = run(obs, 60s);
        QCOMPARE(r.notifications, 2); // fired + resolved
        QCOMPARE(std::ranges::count(r.transitions, AlertTransition::Fired), 1);
        QCOMPARE(std::ranges::count(r.transitions, AlertTransition::Resolved), 1);
        QCOMPARE(r.state.phase, AlertPhase::Normal);
    }

    void missingDataNeitherFiresNorResolves() {
        // Pending, then the data disappears past the period: not fired.
        auto r = run({breach(0s), missing(100s), missing(400s)}, 300s);
        QCOMPARE(r.state.phase, AlertPhase::Pending);
        QVERIFY(r.state.dataMissing);
        QCOMPARE(r.notifications, 0);
        // Firing, then missing data: still firing (not resolved), and says the data is missing.
        r = run({breach(0s), breach(300s), missing(310s), missing(9000s)}, 300s);
        QCOMPARE(r.state.phase, AlertPhase::Firing);
        QVERIFY(r.state.dataMissing);
        QCOMPARE(r.state.value, std::optional<double>(600.0)); // last seen value kept
        QCOMPARE(r.notifications, 1);
    }

    void escalationPagesAgainButNotDeescalation() {
        const auto r =
            run({breach(0s), breach(300s), breach(310s, AlertSeverity::Critical),
                 breach(320s, AlertSeverity::Warning), breach(330s, AlertSeverity::Critical)},
                300s);
        QCOMPARE(r.transitions[2], AlertTransition::Escalated);
        QCOMPARE(r.transitions[3], AlertTransition::None);
        QCOMPARE(r.transitions[4], AlertTransition::Escalated);
        QCOMPARE(r.state.severity, AlertSeverity::Critical);
    }

    void zeroPendingFiresAtOnce() {
        const auto r = run({breach(0s)}, 0s);
        QCOMPARE(r.state.phase, AlertPhase::Firing);
        QCOMPARE(r.transitions.front(), AlertTransition::Fired);
    }
};

QTEST_GUILESS_MAIN(TestAlertMachine)
#include "tst_alert_machine.moc"
