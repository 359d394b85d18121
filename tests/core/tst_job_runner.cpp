// Long jobs on their own threads (core/engine/JobRunner.h): a cancel reaches the running job and
// only it, also from the job's own thread; finished jobs are not cancellable; stopAll() stops and
// joins everything, so nothing outlives the runner.
#include "engine/JobRunner.h"

#include <atomic>
#include <chrono>
#include <latch>
#include <thread>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

// Waits (bounded) until pred holds; the jobs under test run on other threads.
template <class Pred>
bool eventually(Pred pred) {
    for (int i = 0; i < 2000 && !pred(); ++i) {
        std::this_thread::sleep_for(5ms);
    }
    return pred();
}

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT

private slots:
    void cancelStopsOnlyThatJob() {
        JobRunner runner;
        std::atomic<bool> firstStopped{false};
        std::atomic<bool> secondStopped{false};
        std::latch bothRunning(2);
        auto loopUntilStopped = [&](std::atomic<bool>& stopped) {
            return [&](std::stop_token stop) {
                bothRunning.count_down();
                while (!stop.stop_requested()) {
                    std::this_thread::sleep_for(1ms);
                }
                stopped = true;
            };
        };
        runner.start(1, loopUntilStopped(firstStopped));
        runner.start(2, loopUntilStopped(secondStopped));
        bothRunning.wait();
        QCOMPARE(runner.active(), std::size_t{2});
        QVERIFY(!runner.cancel(3)); // no such job
        QVERIFY(runner.cancel(1));
        QVERIFY(eventually([&] { return firstStopped.load(); }));
        QVERIFY(!secondStopped.load());
        QVERIFY(eventually([&] { return runner.active() == 1; }));
        runner.stopAll();
        QVERIFY(secondStopped.load()); // joined: it has returned
        QCOMPARE(runner.active(), std::size_t{0});
    }

    void finishedJobIsNotCancellable() {
        JobRunner runner;
        std::atomic<int> runs{0};
        runner.start(7, [&](std::stop_token) { ++runs; });
        QVERIFY(eventually([&] { return runner.active() == 0; }));
        QCOMPARE(runs.load(), 1);
        QVERIFY(!runner.cancel(7));
        // Starting another joins the finished thread and runs the new job.
        runner.start(8, [&](std::stop_token) { ++runs; });
        QVERIFY(eventually([&] { return runs.load() == 2; }));
    }

    void cancelFromTheJobsOwnThread() {
        // A progress listener may cancel the job that reports to it (on the job's thread).
        JobRunner runner;
        std::atomic<int> steps{0};
        std::atomic<bool> sawStop{false};
        runner.start(5, [&](std::stop_token stop) {
            for (int i = 0; i < 1000 && !stop.stop_requested(); ++i) {
                ++steps;
                if (i == 3) {
                    (void)runner.cancel(5);
                }
            }
            sawStop = stop.stop_requested();
        });
        QVERIFY(eventually([&] { return runner.active() == 0; }));
        QVERIFY(sawStop.load());
        QCOMPARE(steps.load(), 4);
    }

    void destructorStopsAndJoins() {
        std::atomic<bool> returned{false};
        {
            JobRunner runner;
            std::latch running(1);
            runner.start(9, [&](std::stop_token stop) {
                running.count_down();
                while (!stop.stop_requested()) {
                    std::this_thread::sleep_for(1ms);
                }
                returned = true;
            });
            running.wait();
        }
        QVERIFY(returned.load());
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
