// When scheduled health snapshots are due (core/policy/HealthSchedule.h): on time, late, after
// days of downtime (exactly one catch-up), and with a clock that went backwards.
#include "policy/HealthSchedule.h"

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(headroom::HealthSnapshotTrigger)

namespace {

constexpr Timestamp kDay0{std::chrono::seconds{20'000 * 86400LL}}; // a UTC midnight
constexpr std::chrono::seconds kDaily{86400};

Timestamp at(double days) {
    return kDay0 + std::chrono::seconds(static_cast<std::int64_t>(days * 86400));
}

} // namespace

class TestHealthSchedule : public QObject {
    Q_OBJECT
private slots:
    void slotBoundaries() {
        QCOMPARE(healthSlotOf(at(3.7), kDaily), at(3));
        QCOMPARE(healthSlotOf(at(3), kDaily), at(3));
        QCOMPARE(healthSlotOf(kDay0 + 90min, 3600s), kDay0 + 1h);
        QCOMPARE(healthSlotOf(Timestamp{-10s}, 60s), Timestamp{-60s});
        // A cadence below a minute counts as a minute (no busy loop).
        QCOMPARE(healthSlotOf(kDay0 + 59s, 0s), kDay0);
    }

    void due_data() {
        QTest::addColumn<double>("lastSlotDay"); // < 0: never ran
        QTest::addColumn<double>("nowDay");
        QTest::addColumn<bool>("due");
        QTest::addColumn<double>("slotDay");
        QTest::addColumn<HealthSnapshotTrigger>("trigger");
        using T = HealthSnapshotTrigger;
        QTest::newRow("first run ever") << -1.0 << 5.5 << true << 5.0 << T::Scheduled;
        QTest::newRow("same slot, done") << 5.0 << 5.9 << false << 0.0 << T::Scheduled;
        QTest::newRow("on time") << 5.0 << 6.0 << true << 6.0 << T::Scheduled;
        QTest::newRow("late in the slot") << 5.0 << 6.95 << true << 6.0 << T::Scheduled;
        QTest::newRow("one missed day") << 5.0 << 7.2 << true << 7.0 << T::CatchUp;
        QTest::newRow("days of downtime") << 5.0 << 12.4 << true << 12.0 << T::CatchUp;
        QTest::newRow("clock went back a day") << 5.0 << 4.5 << false << 0.0 << T::Scheduled;
        QTest::newRow("clock went back in slot") << 5.0 << 5.0 << false << 0.0 << T::Scheduled;
    }
    void due() {
        QFETCH(double, lastSlotDay);
        QFETCH(double, nowDay);
        QFETCH(bool, due);
        QFETCH(double, slotDay);
        QFETCH(HealthSnapshotTrigger, trigger);
        const auto last =
            lastSlotDay < 0 ? std::nullopt : std::optional<Timestamp>(at(lastSlotDay));
        const auto run = dueHealthRun(last, kDaily, at(nowDay));
        QCOMPARE(run.has_value(), due);
        if (run) {
            QCOMPARE(run->slot, at(slotDay));
            QCOMPARE(keyOf(run->trigger), keyOf(trigger));
            QCOMPARE(nextHealthCheckAt(last, kDaily, at(nowDay)), at(nowDay));
        } else {
            QVERIFY(nextHealthCheckAt(last, kDaily, at(nowDay)) > at(nowDay));
        }
    }

    // Simulates a week with the computer off from day 2 to day 6: polling every ten minutes
    // yields one run per day it was on and exactly ONE catch-up after the downtime.
    void downtimeCatchesUpOnce() {
        std::optional<Timestamp> last;
        std::vector<std::pair<Timestamp, HealthSnapshotTrigger>> runs;
        for (Timestamp now = at(0); now < at(8); now += 10min) {
            const bool off = now >= at(2.5) && now < at(6.3);
            if (off) {
                continue;
            }
            if (auto run = dueHealthRun(last, kDaily, now)) {
                runs.emplace_back(run->slot, run->trigger);
                last = run->slot;
            }
        }
        QCOMPARE(runs.size(), std::size_t(5)); // days 0, 1, 2, then 6 (catch-up), 7
        QCOMPARE(runs[3].first, at(6));
        QCOMPARE(runs[3].second, HealthSnapshotTrigger::CatchUp);
        const auto catchUps =
            std::ranges::count(runs, HealthSnapshotTrigger::CatchUp,
                               &std::pair<Timestamp, HealthSnapshotTrigger>::second);
        QCOMPARE(catchUps, 1);
        QCOMPARE(runs[4].second, HealthSnapshotTrigger::Scheduled);
    }

    void hourlyCadence() {
        const auto run = dueHealthRun(kDay0 + 1h, 3600s, kDay0 + 2h + 5min);
        QVERIFY(run);
        QCOMPARE(run->slot, kDay0 + 2h);
        QCOMPARE(run->trigger, HealthSnapshotTrigger::Scheduled);
        QCOMPARE(dueHealthRun(kDay0 + 1h, 3600s, kDay0 + 4h)->trigger,
                 HealthSnapshotTrigger::CatchUp);
        QCOMPARE(nextHealthCheckAt(kDay0 + 2h, 3600s, kDay0 + 2h + 5min), kDay0 + 3h);
    }
};

QTEST_GUILESS_MAIN(TestHealthSchedule)
#include "tst_health_schedule.moc"
