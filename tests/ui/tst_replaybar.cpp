// The replay timeline: ReplayStrip draws a million points through at most 2 × width of them (a
// spike among them) and downsamples again only when the data, the span or the size changes;
// scrubbing with the mouse asks for the time under it, clamped to the span; ReplayBar steps
// through the snapshot times and the marks with buttons and keys; plays at a speed on an injected
// clock (an hour per second at 3600×), stops at the end and on pause; and its badge names the
// resolution stored under the cursor.
//
// HEADROOM_REPLAYBAR_PNG=<dir> also writes the bar in light and dark palettes, to look at.
#include "ReplayBar.h"
#include "ReplayStrip.h"
#include "ReplayWording.h"
#include "replay/ReplayClock.h"

#include <cmath>
#include <limits>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>

using namespace headroom;
using namespace headroom::ui;
using namespace std::chrono_literals;

namespace {

// 2026-03-02T00:00:00Z.
constexpr std::int64_t kT0 = 1'772'409'600;

Timestamp at(std::chrono::seconds offset) {
    return Timestamp{std::chrono::seconds{kT0} + offset};
}

constexpr std::size_t kMillion = 1'000'000;
constexpr std::size_t kSpike = 654'321;

// A million 30-second points of a gentle wave, one spike of 1000 and optionally a gap every
// 100 000 points.
std::vector<PlotPoint> millionPoints(bool withGaps) {
    std::vector<PlotPoint> points(kMillion);
    for (std::size_t i = 0; i < kMillion; ++i) {
        points[i] = {double(kT0) + 30.0 * double(i),
                     50.0 + 10.0 * std::sin(double(i) / 2880.0 * 2.0 * M_PI)};
        if (withGaps && i % 100'000 >= 99'000) {
            points[i].y = std::numeric_limits<double>::quiet_NaN();
        }
    }
    points[kSpike].y = 1000.0;
    return points;
}

std::vector<Timestamp> hourly(int hours) {
    std::vector<Timestamp> times;
    for (int h = 0; h <= hours; ++h) {
        times.push_back(at(std::chrono::hours(h)));
    }
    return times;
}

void sendMouse(QWidget* widget, QEvent::Type type, double x, Qt::MouseButton button,
               Qt::MouseButtons buttons) {
    const QPointF local(x, widget->height() / 2.0);
    QMouseEvent event(type, local, widget->mapToGlobal(local), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// The time the strip should ask for at x, from its plot rectangle alone.
Timestamp expectedAt(const ReplayStrip& strip, double x, std::int64_t spanSeconds) {
    const QRectF plot = strip.plotRect();
    const double fraction = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    return at(std::chrono::seconds(std::llround(fraction * double(spanSeconds))));
}

} // namespace

class TestReplayBar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void downsamplesAMillionPoints_data();
    void downsamplesAMillionPoints();
    void downsamplesOnlyOnChange();
    void scrubbingAsksForTheTimeUnderTheMouse();
    void stepsThroughSnapshotsAndMarks();
    void keysMoveTheCursor();
    void playsAtTheChosenSpeed_data();
    void playsAtTheChosenSpeed();
    void playsAnHourPerSecondAndStopsAtTheEnd();
    void theTimerDrivesPlaying();
    void pauseStops();
    void aNewSpeedReanchors();
    void speedComboOffersTheSpeeds();
    void badgeFollowsTheStretchUnderTheCursor();
    void marksHaveTooltipsAndADescription();
    void renderForReview();

private:
    void showAndFocus(ReplayBar& bar);
};

void TestReplayBar::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestReplayBar::showAndFocus(ReplayBar& bar) {
    bar.show();
    bar.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bar));
    bar.strip()->setFocus();
    QTRY_VERIFY(bar.strip()->hasFocus());
}

void TestReplayBar::downsamplesAMillionPoints_data() {
    QTest::addColumn<bool>("withGaps");
    QTest::addColumn<int>("width");
    QTest::newRow("1200 px") << false << 1200;
    QTest::newRow("1200 px, gaps") << true << 1200;
    QTest::newRow("317 px, gaps") << true << 317;
}

void TestReplayBar::downsamplesAMillionPoints() {
    QFETCH(bool, withGaps);
    QFETCH(int, width);
    const auto points = millionPoints(withGaps);
    const PlotPoint spike = points[kSpike];
    ReplayStrip strip;
    strip.resize(width, 80);
    strip.setSeries(points);
    strip.setSpan(at(0s), at(std::chrono::seconds(30 * (kMillion - 1))));

    const std::size_t drawn = strip.drawnPointCount();
    QVERIFY2(drawn <= std::size_t(2 * width), qPrintable(QString::number(drawn)));
    QVERIFY2(drawn >= std::size_t(width), qPrintable(QString::number(drawn)));
    const auto& kept = strip.drawnPoints();
    QVERIFY(std::ranges::any_of(
        kept, [&](const PlotPoint& p) { return p.x == spike.x && p.y == spike.y; }));
    if (withGaps) { // the gaps stay open
        QVERIFY(std::ranges::any_of(kept, [](const PlotPoint& p) { return std::isnan(p.y); }));
    }
    // Every point drawn is a real one.
    QVERIFY(std::ranges::all_of(kept, [&](const PlotPoint& p) {
        const auto i = std::size_t(std::llround((p.x - double(kT0)) / 30.0));
        return i < kMillion && points[i].x == p.x &&
               (points[i].y == p.y || (std::isnan(p.y) && std::isnan(points[i].y)));
    }));
}

void TestReplayBar::downsamplesOnlyOnChange() {
    ReplayStrip strip;
    strip.resize(600, 80);
    strip.setSeries(millionPoints(false));
    strip.setSpan(at(0s), at(std::chrono::seconds(30 * (kMillion - 1))));
    QImage image(strip.size(), QImage::Format_ARGB32_Premultiplied);
    strip.render(&image);
    QCOMPARE(strip.downsampleCount(), 1);

    // The cursor and a repaint reuse the cached polyline.
    strip.setCursorTime(at(24h));
    strip.render(&image);
    strip.setCursorTime(at(48h));
    strip.render(&image);
    QCOMPARE(strip.downsampleCount(), 1);

    // A new span, size or series downsamples once each.
    strip.setSpan(at(0s), at(24h * 30));
    strip.render(&image);
    QCOMPARE(strip.downsampleCount(), 2);
    // Only the points in the span are drawn: a month of 30-s points is 86 400.
    QVERIFY(strip.drawnPointCount() <= 1200);
    QVERIFY(strip.drawnPoints().back().x <= double(kT0) + 30.0 * 86'401);
    strip.resize(400, 80);
    QCOMPARE(strip.drawnPointCount() <= 800, true);
    QCOMPARE(strip.downsampleCount(), 3);
    strip.setSeries(millionPoints(true));
    strip.render(&image);
    QCOMPARE(strip.downsampleCount(), 4);
}

void TestReplayBar::scrubbingAsksForTheTimeUnderTheMouse() {
    ReplayBar bar;
    bar.resize(900, 120);
    constexpr std::int64_t span = 86'400;
    bar.setSpan(at(0s), at(std::chrono::seconds(span)));
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    ReplayStrip* strip = bar.strip();
    const QRectF plot = strip->plotRect();
    QSignalSpy spy(&bar, &ReplayBar::cursorChanged);

    const double x1 = plot.left() + plot.width() * 0.25 + 0.3;
    const double x2 = plot.left() + plot.width() * 0.6;
    sendMouse(strip, QEvent::MouseButtonPress, x1, Qt::LeftButton, Qt::LeftButton);
    sendMouse(strip, QEvent::MouseMove, x2, Qt::NoButton, Qt::LeftButton);
    sendMouse(strip, QEvent::MouseMove, x2, Qt::NoButton, Qt::LeftButton); // no change, no signal
    sendMouse(strip, QEvent::MouseMove, plot.right() + 50, Qt::NoButton, Qt::LeftButton);
    sendMouse(strip, QEvent::MouseMove, -40, Qt::NoButton, Qt::LeftButton);
    sendMouse(strip, QEvent::MouseButtonRelease, -40, Qt::LeftButton, Qt::NoButton);
    // Moving without a button does not scrub.
    sendMouse(strip, QEvent::MouseMove, x2, Qt::NoButton, Qt::NoButton);

    const QList<Timestamp> expected{expectedAt(*strip, x1, span), expectedAt(*strip, x2, span),
                                    at(std::chrono::seconds(span)), at(0s)};
    QList<Timestamp> got;
    for (const auto& arguments : spy) {
        got << arguments.at(0).value<Timestamp>();
    }
    QCOMPARE(got, expected);
    QVERIFY(expected[0] > at(0s) && expected[0] < expected[1]);
    QCOMPARE(bar.cursorTime(), at(0s));
    QCOMPARE(strip->cursorTime(), std::optional(at(0s)));
}

void TestReplayBar::stepsThroughSnapshotsAndMarks() {
    ReplayBar bar;
    bar.setSpan(at(0s), at(10h));
    QCOMPARE(bar.cursorTime(), at(10h)); // a new span starts at the latest
    bar.setStepTimes(hourly(10));
    bar.setMarks({{at(150min), ReplayMarkKind::TierChange, {}},
                  {at(7h), ReplayMarkKind::Decision, QStringLiteral("accepted")},
                  {at(30min), ReplayMarkKind::AdviceChange, {}}});
    QSignalSpy spy(&bar, &ReplayBar::cursorChanged);

    bar.goToStart();
    QCOMPARE(bar.cursorTime(), at(0s));
    bar.goToStart(); // already there: nothing to announce
    QCOMPARE(spy.count(), 1);
    bar.stepBack(); // nothing before the first snapshot
    QCOMPARE(bar.cursorTime(), at(0s));
    bar.stepForward();
    QCOMPARE(bar.cursorTime(), at(1h));
    bar.nextMark();
    QCOMPARE(bar.cursorTime(), at(150min));
    bar.stepForward(); // from between snapshots to the next one
    QCOMPARE(bar.cursorTime(), at(3h));
    bar.previousMark();
    QCOMPARE(bar.cursorTime(), at(150min));
    bar.previousMark();
    QCOMPARE(bar.cursorTime(), at(30min));
    bar.stepBack();
    QCOMPARE(bar.cursorTime(), at(0s));
    bar.goToEnd();
    QCOMPARE(bar.cursorTime(), at(10h));
    bar.nextMark(); // none after the end
    QCOMPARE(bar.cursorTime(), at(10h));
    bar.setCursorTime(at(99h)); // clamped to the span
    QCOMPARE(bar.cursorTime(), at(10h));
    QCOMPARE(spy.count(), 8);
}

void TestReplayBar::keysMoveTheCursor() {
    ReplayBar bar;
    bar.resize(900, 120);
    bar.setSpan(at(0s), at(10h));
    bar.setStepTimes(hourly(10));
    bar.setMarks({{at(150min), ReplayMarkKind::TierChange, {}},
                  {at(7h), ReplayMarkKind::WhatIfOpening, {}}});
    showAndFocus(bar);
    QWidget* target = bar.strip();

    const QList<std::pair<QKeyCombination, Timestamp>> steps{
        {Qt::Key_Home, at(0s)},
        {Qt::Key_Right, at(1h)},
        {Qt::Key_Right, at(2h)},
        {QKeyCombination(Qt::ShiftModifier, Qt::Key_Right), at(150min)},
        {QKeyCombination(Qt::ShiftModifier, Qt::Key_Right), at(7h)},
        {Qt::Key_Left, at(6h)},
        {QKeyCombination(Qt::ShiftModifier, Qt::Key_Left), at(150min)},
        {Qt::Key_End, at(10h)},
    };
    for (const auto& [keys, expected] : steps) {
        QTest::keyClick(target, keys.key(), keys.keyboardModifiers());
        QCOMPARE(bar.cursorTime(), expected);
    }

    // Space plays and pauses, also with the focus on one of the bar's controls.
    QSignalSpy playing(&bar, &ReplayBar::playingChanged);
    bar.speedCombo()->setFocus();
    QTRY_VERIFY(bar.speedCombo()->hasFocus());
    QTest::keyClick(bar.speedCombo(), Qt::Key_Space);
    QVERIFY(bar.isPlaying());
    QCOMPARE(bar.cursorTime(), at(0s)); // from the end, playing starts again at the start
    QTest::keyClick(bar.speedCombo(), Qt::Key_Space);
    QVERIFY(!bar.isPlaying());
    QCOMPARE(playing.count(), 2);
}

void TestReplayBar::playsAtTheChosenSpeed_data() {
    QTest::addColumn<double>("speed");
    for (const double speed : kReplaySpeeds) {
        QTest::newRow(qPrintable(ReplayWording::speedLabel(speed))) << speed;
    }
}

void TestReplayBar::playsAtTheChosenSpeed() {
    QFETCH(double, speed);
    auto now = 5000ms;
    ReplayBar bar;
    bar.setElapsedClock([&now] { return now; });
    bar.setSpan(at(0s), at(24h * 30));
    bar.goToStart();
    bar.setSpeed(speed);
    bar.play();
    now += 1000ms;
    bar.advance();
    QCOMPARE(bar.cursorTime(), at(std::chrono::seconds(std::llround(speed))));
    now += 1500ms;
    bar.advance();
    QCOMPARE(bar.cursorTime(), at(std::chrono::seconds(std::llround(std::floor(speed * 2.5)))));
}

void TestReplayBar::playsAnHourPerSecondAndStopsAtTheEnd() {
    auto now = 0ms;
    ReplayBar bar;
    bar.setElapsedClock([&now] { return now; });
    bar.setSpan(at(0s), at(10h));
    bar.goToStart();
    bar.setSpeed(3600);
    QSignalSpy playing(&bar, &ReplayBar::playingChanged);
    QSignalSpy cursor(&bar, &ReplayBar::cursorChanged);

    bar.play();
    QCOMPARE(playing.count(), 1);
    QCOMPARE(playing.at(0).at(0).toBool(), true);
    for (int second = 1; second <= 9; ++second) {
        now = std::chrono::milliseconds(second * 1000);
        bar.advance();
        QCOMPARE(bar.cursorTime(), at(std::chrono::hours(second)));
        QVERIFY(bar.isPlaying());
    }
    bar.advance(); // no time has passed: nothing moves, nothing is announced
    QCOMPARE(cursor.count(), 9);
    now = 9999ms; // 35 996.4 s of history, floored
    bar.advance();
    QCOMPARE(bar.cursorTime(), at(35'996s));
    now = 10'001ms;
    bar.advance();
    QCOMPARE(bar.cursorTime(), at(10h));
    QVERIFY(!bar.isPlaying());
    QCOMPARE(playing.count(), 2);
    QCOMPARE(playing.at(1).at(0).toBool(), false);
    now = 20'000ms;
    bar.advance();
    QCOMPARE(bar.cursorTime(), at(10h));
}

void TestReplayBar::theTimerDrivesPlaying() {
    auto now = 0ms;
    ReplayBar bar;
    bar.setElapsedClock([&now] { return now; });
    bar.setSpan(at(0s), at(10h));
    bar.goToStart();
    bar.setSpeed(3600);
    bar.play();
    now = 2000ms;
    QTRY_COMPARE(bar.cursorTime(), at(2h));
    now = 60'000ms;
    QTRY_VERIFY(!bar.isPlaying());
    QCOMPARE(bar.cursorTime(), at(10h));
}

void TestReplayBar::pauseStops() {
    auto now = 0ms;
    ReplayBar bar;
    bar.setElapsedClock([&now] { return now; });
    bar.setSpan(at(0s), at(10h));
    bar.goToStart();
    bar.setSpeed(3600);
    QSignalSpy playing(&bar, &ReplayBar::playingChanged);
    bar.play();
    now = 1000ms;
    bar.advance();
    QCOMPARE(bar.cursorTime(), at(1h));
    bar.pause();
    QVERIFY(!bar.isPlaying());
    QCOMPARE(playing.count(), 2);
    now = 5000ms;
    bar.advance();
    QTest::qWait(100); // the timer, had it kept running, would have moved the cursor
    QCOMPARE(bar.cursorTime(), at(1h));
    bar.pause(); // already paused: no signal
    QCOMPARE(playing.count(), 2);

    // Playing again continues from the cursor, not from where the clock would have got.
    bar.togglePlaying();
    now = 6000ms;
    bar.advance();
    QCOMPARE(bar.cursorTime(), at(2h));
    // Stepping pauses; a jump while playing plays on from there.
    bar.setCursorTime(at(5h));
    now = 7000ms;
    bar.advance();
    QCOMPARE(bar.cursorTime(), at(6h));
    bar.setStepTimes(hourly(10));
    bar.stepForward();
    QVERIFY(!bar.isPlaying());
    QCOMPARE(bar.cursorTime(), at(7h));
}

void TestReplayBar::aNewSpeedReanchors() {
    auto now = 0ms;
    ReplayBar bar;
    bar.setElapsedClock([&now] { return now; });
    bar.setSpan(at(0s), at(10h));
    bar.goToStart();
    bar.setSpeed(3600);
    QSignalSpy speed(&bar, &ReplayBar::speedChanged);
    bar.play();
    now = 1000ms;
    bar.advance();
    now = 2000ms;
    bar.setSpeed(60); // the second at 3600× is kept, then a minute a second
    QCOMPARE(bar.cursorTime(), at(2h));
    now = 3000ms;
    bar.advance();
    QCOMPARE(bar.cursorTime(), at(2h + 1min));
    QCOMPARE(speed.count(), 1);
    QCOMPARE(bar.speedCombo()->currentText(), QStringLiteral("1 min/s"));
}

void TestReplayBar::speedComboOffersTheSpeeds() {
    ReplayBar bar;
    QComboBox* combo = bar.speedCombo();
    QStringList labels;
    for (int i = 0; i < combo->count(); ++i) {
        labels << combo->itemText(i);
    }
    QCOMPARE(labels,
             (QStringList{QStringLiteral("1×"), QStringLiteral("10×"), QStringLiteral("1 min/s"),
                          QStringLiteral("10 min/s"), QStringLiteral("1 h/s"),
                          QStringLiteral("6 h/s"), QStringLiteral("1 day/s")}));
    QCOMPARE(combo->currentText(), QStringLiteral("1 h/s"));
    QSignalSpy speed(&bar, &ReplayBar::speedChanged);
    combo->setCurrentIndex(6);
    emit combo->activated(6);
    QCOMPARE(bar.speed(), 86400.0);
    QCOMPARE(speed.count(), 1);
}

void TestReplayBar::badgeFollowsTheStretchUnderTheCursor() {
    ReplayBar bar;
    bar.setSpan(at(0s), at(24h * 6));
    QCOMPARE(bar.resolutionText(), QString()); // no stretches: no badge
    // Hourly for two days, 5-minute for two, a day with nothing stored, then raw (30 s).
    bar.setStretches({{at(24h * 5), at(24h * 6), 30s},
                      {at(0s), at(24h * 2), 3600s},
                      {at(24h * 2), at(24h * 4), 300s}});
    QCOMPARE(bar.resolutionText(), QStringLiteral("raw data")); // the latest holds its end

    const QList<std::pair<Timestamp, QString>> cases{
        {at(0s), QStringLiteral("hourly data")},
        {at(24h * 2 - 1s), QStringLiteral("hourly data")},
        {at(24h * 2), QStringLiteral("5-minute data")},
        {at(24h * 4 + 3h), QStringLiteral("no stored data")},
        {at(24h * 5 + 1h), QStringLiteral("raw data")},
        {at(24h * 3), QStringLiteral("5-minute data")},
    };
    for (const auto& [time, badge] : cases) {
        bar.setCursorTime(time);
        QCOMPARE(bar.resolutionText(), badge);
    }
    QCOMPARE(bar.cursorText(), ReplayWording::cursorTime(at(24h * 3)));
}

void TestReplayBar::marksHaveTooltipsAndADescription() {
    ReplayStrip strip;
    strip.resize(1000, 80);
    strip.setSpan(at(0s), at(100h));
    strip.setMarks({{at(70h), ReplayMarkKind::Decision, QStringLiteral("Accepted")},
                    {at(20h), ReplayMarkKind::TierChange, QStringLiteral("Pilot → Launch")},
                    {at(21h), ReplayMarkKind::Decision, {}}});
    // Sorted by time.
    QCOMPARE(strip.marks().front().at, at(20h));
    const int y = 5;
    QCOMPARE(strip.markIndexAt(QPoint(int(std::round(strip.xOfTime(at(70h)))), y)), 2);
    QCOMPARE(strip.markIndexAt(QPoint(int(std::round(strip.xOfTime(at(20h)))) + 2, y)), 0);
    QCOMPARE(strip.markIndexAt(QPoint(int(std::round(strip.xOfTime(at(45h)))), y)), -1);
    QVERIFY(strip.accessibleDescription().contains(QStringLiteral("Decisions: 2")));
    QVERIFY(strip.accessibleDescription().contains(QStringLiteral("Tier changes: 1")));
    const QString tip = ReplayWording::markToolTip(ReplayMarkKind::TierChange,
                                                   QStringLiteral("Pilot → Launch"), at(20h));
    QVERIFY(tip.startsWith(QStringLiteral("Tier change at ")));
    QVERIFY(tip.endsWith(QStringLiteral(": Pilot → Launch")));
}

void TestReplayBar::renderForReview() {
    const QString dir = qEnvironmentVariable("HEADROOM_REPLAYBAR_PNG");
    if (dir.isEmpty()) {
        QSKIP("set HEADROOM_REPLAYBAR_PNG=<dir> to write the bar as PNGs");
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));

    // Thirty days of 30-s health with a dip and gaps, hourly then 5-minute then raw stretches.
    constexpr int days = 30;
    std::vector<PlotPoint> points;
    for (int i = 0; i < days * 2880; ++i) {
        const double day = double(i) / 2880.0;
        double y =
            80.0 + 8.0 * std::sin(day * 2.0 * M_PI) - 0.5 * day + 3.0 * std::sin(double(i) * 0.37);
        if (day > 17.2 && day < 17.6) {
            y -= 45.0;
        }
        if (day > 8.0 && day < 8.7) {
            y = std::numeric_limits<double>::quiet_NaN();
        }
        points.push_back({double(kT0) + 30.0 * i, y});
    }
    for (const auto& [name, palette] :
         {std::pair(QStringLiteral("light"), light), std::pair(QStringLiteral("dark"), dark)}) {
        ReplayBar bar;
        bar.setPalette(palette);
        bar.resize(1100, 110);
        bar.setSeries(points);
        bar.setValueRange(0, 100);
        bar.setSpan(at(0s), at(24h * days));
        bar.setStretches({{at(0s), at(24h * 12), 3600s},
                          {at(24h * 12), at(24h * 27), 300s},
                          {at(24h * 27), at(24h * days), 30s}});
        bar.setMarks({{at(24h * 5 + 3h), ReplayMarkKind::TierChange, {}},
                      {at(24h * 17 + 6h), ReplayMarkKind::AdviceChange, {}},
                      {at(24h * 18), ReplayMarkKind::Decision, {}},
                      {at(24h * 16 + 20h), ReplayMarkKind::WhatIfOpening, {}},
                      {at(24h * 24), ReplayMarkKind::TierChange, {}}});
        bar.setCursorTime(at(24h * 17 + 10h));
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY(bar.grab().save(QDir(dir).filePath(QStringLiteral("replaybar-%1.png").arg(name))));
    }
}

QTEST_MAIN(TestReplayBar)
#include "tst_replaybar.moc"
