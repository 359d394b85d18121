#pragma once
// ReplayBar: the replay timeline under the tabs (issue 6). The ReplayStrip and its controls: go to
// the start, step back, play/pause, step forward, "Latest", a speed combo (kReplaySpeeds), the
// cursor's local date and time and a badge naming the resolution stored under the cursor.
// Keys while it has the focus: Space plays or pauses, Left/Right step through the snapshot times,
// Shift+Left/Right jump to the previous/next mark, Home/End go to the ends.
//
// The bar owns the cursor. It takes plain values (series, stretches, marks, span, snapshot
// times) and announces every change of the cursor once, through cursorChanged, whether it came
// from the mouse, a key, a button or playing; it emits nothing when a request leaves the cursor
// where it was. Playing is anchored (ReplayClock): a 33 ms timer reads an elapsed-time clock and
// puts the cursor at anchor + elapsed × speed, stopping at the end. The clock is injectable so
// tests are exact.

#include "ReplayStrip.h"

#include <chrono>
#include <functional>

#include <QIcon>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace headroom::ui {

class ReplayBar : public QWidget {
    Q_OBJECT

public:
    // Monotonic wall time in milliseconds since any fixed origin.
    using ElapsedClock = std::function<std::chrono::milliseconds()>;

    explicit ReplayBar(QWidget* parent = nullptr);

    // Replaces the wall clock (a QElapsedTimer) that playing reads; for tests.
    void setElapsedClock(ElapsedClock clock);

    void setSeries(std::vector<PlotPoint> points);
    void setValueRange(double low, double high);
    void setStretches(std::vector<ReplayStretch> stretches);
    void setMarks(std::vector<ReplayMark> marks);
    // The replayable span; the cursor is kept inside it (moved to `to` if it was outside).
    void setSpan(Timestamp from, Timestamp to);
    // The stored snapshot times that stepping goes through; ascending.
    void setStepTimes(std::vector<Timestamp> times);

    Timestamp cursorTime() const { return m_cursor; }
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    Timestamp spanFrom() const { return m_from; }
    Timestamp spanTo() const { return m_to; }

    ReplayStrip* strip() const { return m_strip; }
    // For tests: the words shown beside the controls.
    QString cursorText() const;
    QString resolutionText() const; // empty when the badge is hidden
    QComboBox* speedCombo() const { return m_speedCombo; }

public slots:
    // Moves the cursor (clamped to the span). While playing, playing continues from there.
    void setCursorTime(headroom::Timestamp at);
    // Replay seconds per wall second; the combo shows it when it is one of kReplaySpeeds.
    void setSpeed(double replaySecondsPerSecond);
    // At the end, playing starts again from the start.
    void play();
    void pause();
    void togglePlaying();
    // Stepping pauses first.
    void stepForward();
    void stepBack();
    void nextMark();
    void previousMark();
    void goToStart();
    void goToEnd();
    // What the play timer does each tick: the cursor to where the clock says playing has got.
    void advance();

signals:
    void cursorChanged(headroom::Timestamp at);
    void playingChanged(bool playing);
    void speedChanged(double replaySecondsPerSecond);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updatePaletteDependents();
    void moveCursor(Timestamp at); // without re-anchoring
    void anchorHere();
    void step(const std::vector<Timestamp>& times, int direction);
    void updateControls();
    void addShortcut(const QKeySequence& keys, void (ReplayBar::*slot)());

    ReplayStrip* m_strip = nullptr;
    QToolButton* m_startButton = nullptr;
    QToolButton* m_backButton = nullptr;
    QToolButton* m_playButton = nullptr;
    QToolButton* m_forwardButton = nullptr;
    QToolButton* m_latestButton = nullptr;
    QComboBox* m_speedCombo = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QLabel* m_badge = nullptr;
    QTimer* m_timer = nullptr;
    QIcon m_playIcon;
    QIcon m_pauseIcon;
    ElapsedClock m_clock;

    Timestamp m_from{};
    Timestamp m_to{};
    Timestamp m_cursor{};
    std::vector<Timestamp> m_stepTimes;
    std::vector<Timestamp> m_markTimes;
    double m_speed = 3600.0;
    bool m_playing = false;
    Timestamp m_anchor{};
    std::chrono::milliseconds m_anchorWall{0};
};

} // namespace headroom::ui
