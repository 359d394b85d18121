// Offline replay's pure parts: LTTB keeps the ends, the peaks and the gaps of a series while
// drawing `target` points, and the replay clock plays, clamps and steps exactly.

#include "replay/Lttb.h"
#include "replay/ReplayClock.h"

#include <cmath>
#include <limits>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

std::vector<PlotPoint> series(std::size_t n, double (*f)(std::size_t)) {
    std::vector<PlotPoint> out;
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back({double(i), f(i)});
    }
    return out;
}

bool contains(const std::vector<PlotPoint>& points, double x) {
    return std::ranges::any_of(points, [&](const PlotPoint& p) { return p.x == x; });
}

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 9 / 1}};

} // namespace

class TestReplayMath : public QObject {
    Q_OBJECT
private slots:
    void shortSeriesPassThrough() {
        const auto s = series(10, [](std::size_t i) { return double(i * i); });
        QCOMPARE(lttb(s, 10).size(), std::size_t{10});
        QCOMPARE(lttb(s, 100).size(), std::size_t{10});
        QCOMPARE(lttb(s, 2).size(), std::size_t{10}); // no bucket fits: nothing is dropped
        QVERIFY(lttb({}, 5).empty());
    }

    void keepsEndsCountAndOrder() {
        const auto s = series(10'000, [](std::size_t i) { return std::sin(double(i) / 50.0); });
        const auto out = lttb(s, 500);
        QCOMPARE(out.size(), std::size_t{500});
        QCOMPARE(out.front().x, 0.0);
        QCOMPARE(out.back().x, 9'999.0);
        QVERIFY(std::ranges::is_sorted(out, {}, &PlotPoint::x));
        // Every point drawn is one of the series, not an average.
        for (const auto& p : out) {
            QCOMPARE(p.y, std::sin(p.x / 50.0));
        }
    }

    void peaksAndDipsSurvive() {
        // A flat line with one spike up and one dip down: both are what the founder must see.
        auto s = series(100'000, [](std::size_t) { return 0.5; });
        s[31'337].y = 0.99;
        s[77'001].y = 0.01;
        const auto out = lttb(s, 300);
        QVERIFY(contains(out, 31'337.0));
        QVERIFY(contains(out, 77'001.0));
    }

    void hand_computed() {
        // 5 points, target 3: one bucket (points 1..3); the next "bucket" is the last point
        // (4, 0). Triangles with a = (0, 0): point 1 (1, 1) area |(0-4)(1-0) - (0-1)(0-0)| = 4,
        // point 2 (2, 5) area 20, point 3 (3, 2) area 8: point 2 is kept.
        const std::vector<PlotPoint> s{{0, 0}, {1, 1}, {2, 5}, {3, 2}, {4, 0}};
        const auto out = lttb(s, 3);
        QCOMPARE(out.size(), std::size_t{3});
        QCOMPARE(out[1].x, 2.0);
        QCOMPARE(out[1].y, 5.0);
    }

    void gapsStayOpen() {
        // Two runs of 5 000 points with a gap of 1 000 missing points between them.
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        auto s = series(11'000, [](std::size_t i) { return double(i % 7); });
        for (std::size_t i = 5'000; i < 6'000; ++i) {
            s[i].y = nan;
        }
        const auto out = lttb(s, 200);
        QVERIFY(out.size() >= 200 && out.size() <= 203);
        const auto gaps =
            std::ranges::count_if(out, [](const PlotPoint& p) { return std::isnan(p.y); });
        QCOMPARE(gaps, 1);
        const auto gap =
            std::ranges::find_if(out, [](const PlotPoint& p) { return std::isnan(p.y); });
        QCOMPARE(gap->x, 5'000.0);
        // Both runs keep their ends; nothing is drawn inside the gap.
        for (double x : {0.0, 4'999.0, 6'000.0, 10'999.0}) {
            QVERIFY2(contains(out, x), qPrintable(QString::number(x)));
        }
        QVERIFY(std::ranges::none_of(
            out, [](const PlotPoint& p) { return p.x > 5'000.0 && p.x < 6'000.0; }));
    }

    void playsAnchoredAndClamps() {
        const Timestamp end = kT0 + 24h;
        // Real time: 16 ms frames add up from the anchor, they do not round away.
        QCOMPARE(replayPosition(kT0, 999ms, 1.0, end).at, kT0);
        QCOMPARE(replayPosition(kT0, 1000ms, 1.0, end).at, kT0 + 1s);
        QCOMPARE(replayPosition(kT0, 62'500ms, 1.0, end).at, kT0 + 62s);
        // A day a second.
        QCOMPARE(replayPosition(kT0, 500ms, 86'400.0, end).at, kT0 + 12h);
        const auto done = replayPosition(kT0, 1500ms, 86'400.0, end);
        QCOMPARE(done.at, end);
        QVERIFY(done.atEnd);
        QVERIFY(!replayPosition(kT0, 500ms, 86'400.0, end).atEnd);
        QVERIFY(replayPosition(end, 0ms, 1.0, end).atEnd);
        QCOMPARE(replayPosition(kT0, 1000ms, std::numeric_limits<double>::infinity(), end).at, end);
        QCOMPARE(replayPosition(kT0, -5000ms, 10.0, end).at, kT0);
        QVERIFY(std::ranges::is_sorted(kReplaySpeeds));
    }

    void stepsBetweenStoredInstants() {
        const std::vector<Timestamp> times{kT0, kT0 + 1h, kT0 + 2h};
        QCOMPARE(replayStep(times, kT0, +1), std::optional(kT0 + 1h));
        QCOMPARE(replayStep(times, kT0 + 30min, +1), std::optional(kT0 + 1h));
        QCOMPARE(replayStep(times, kT0 + 30min, -1), std::optional(kT0));
        QCOMPARE(replayStep(times, kT0 + 1h, -1), std::optional(kT0));
        QCOMPARE(replayStep(times, kT0 + 2h, +1), std::optional<Timestamp>());
        QCOMPARE(replayStep(times, kT0, -1), std::optional<Timestamp>());
        QCOMPARE(replayStep({}, kT0, +1), std::optional<Timestamp>());
    }
};

QTEST_GUILESS_MAIN(TestReplayMath)
#include "tst_replay_math.moc"
