#include "ReplayBar.h"

#include "ReplayWording.h"
#include "replay/ReplayClock.h"

#include <algorithm>
#include <memory>

#include <QBoxLayout>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

namespace headroom::ui {

namespace {

constexpr auto kFrame = std::chrono::milliseconds(33);
constexpr double kDefaultSpeed = 3600.0; // an hour a second: a day in 24 s, a year in 2.4 h

enum class Glyph { Start, Back, Play, Pause, Forward, Latest };

// The media glyphs drawn in the palette's button-text colour: the style's own media icons are
// fixed dark pixmaps that vanish on a dark palette.
QPixmap glyphPixmap(Glyph glyph, const QColor& colour) {
    constexpr int size = 16;
    constexpr qreal ratio = 2.0;
    QPixmap pixmap(int(size * ratio), int(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const auto left = [&](double x, double w) { // a triangle pointing left, tip at x
        const QPointF points[] = {{x, 8.0}, {x + w, 3.0}, {x + w, 13.0}};
        painter.drawPolygon(points, 3);
    };
    const auto right = [&](double x, double w) { // a triangle pointing right, tip at x + w
        const QPointF points[] = {{x, 3.0}, {x + w, 8.0}, {x, 13.0}};
        painter.drawPolygon(points, 3);
    };
    const auto bar = [&](double x) {
        painter.drawRect(QRectF(x, 3.0, 2.0, 10.0));
    };
    switch (glyph) {
    case Glyph::Start:
        bar(2.0);
        left(4.0, 5.0);
        left(9.0, 5.0);
        break;
    case Glyph::Back:
        bar(4.0);
        left(6.0, 7.0);
        break;
    case Glyph::Play:
        right(4.0, 9.0);
        break;
    case Glyph::Pause:
        painter.drawRect(QRectF(4.0, 3.0, 3.0, 10.0));
        painter.drawRect(QRectF(9.0, 3.0, 3.0, 10.0));
        break;
    case Glyph::Forward:
        right(3.0, 7.0);
        bar(10.0);
        break;
    case Glyph::Latest:
        right(2.0, 5.0);
        right(7.0, 5.0);
        bar(12.0);
        break;
    }
    return pixmap;
}

QIcon glyphIcon(Glyph glyph, const QPalette& palette) {
    QIcon icon;
    icon.addPixmap(glyphPixmap(glyph, palette.color(QPalette::Active, QPalette::ButtonText)),
                   QIcon::Normal);
    QColor disabled = palette.color(QPalette::Active, QPalette::ButtonText);
    disabled.setAlphaF(0.35);
    icon.addPixmap(glyphPixmap(glyph, disabled), QIcon::Disabled);
    return icon;
}

QToolButton* makeButton(QWidget* parent, const QString& tip) {
    auto* button = new QToolButton(parent);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ReplayBar::ReplayBar(QWidget* parent)
    : QWidget(parent)
    , m_strip(new ReplayStrip(this))
    , m_timer(new QTimer(this))
    , m_speed(kDefaultSpeed) {
    setAccessibleName(ReplayWording::timelineName());
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_strip);

    auto wall = std::make_shared<QElapsedTimer>();
    wall->start();
    m_clock = [wall] {
        return std::chrono::milliseconds(wall->elapsed());
    };

    m_startButton = makeButton(this, ReplayWording::goToStartTip());
    m_backButton = makeButton(this, ReplayWording::stepBackTip());
    m_playButton = makeButton(this, ReplayWording::playTip());
    m_forwardButton = makeButton(this, ReplayWording::stepForwardTip());
    m_latestButton = makeButton(this, ReplayWording::latestTip());
    m_latestButton->setText(ReplayWording::latestText());
    m_latestButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_speedCombo = new QComboBox(this);
    m_speedCombo->setToolTip(ReplayWording::speedTip());
    m_speedCombo->setAccessibleName(ReplayWording::speedTip());
    for (const double speed : kReplaySpeeds) {
        m_speedCombo->addItem(ReplayWording::speedLabel(speed), speed);
        m_speedCombo->setItemData(m_speedCombo->count() - 1, ReplayWording::speedDescription(speed),
                                  Qt::ToolTipRole);
    }
    m_speedCombo->setCurrentIndex(m_speedCombo->findData(m_speed));

    m_cursorLabel = new QLabel(this);
    m_cursorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wide enough for any date, so that the controls do not shift while playing.
    m_cursorLabel->setMinimumWidth(
        m_cursorLabel->fontMetrics().horizontalAdvance(
            ReplayWording::cursorTime(Timestamp(std::chrono::seconds(1'798'675'199)))) +
        12);
    m_badge = new QLabel(this);
    m_badge->hide();

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(2);
    for (QWidget* widget :
         {m_startButton, m_backButton, m_playButton, m_forwardButton, m_latestButton}) {
        controls->addWidget(widget);
    }
    controls->addSpacing(10);
    controls->addWidget(m_cursorLabel);
    controls->addWidget(m_badge);
    controls->addStretch(1);
    controls->addWidget(m_speedCombo);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(0);
    layout->addWidget(m_strip);
    layout->addLayout(controls);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_strip, &ReplayStrip::cursorRequested, this, &ReplayBar::setCursorTime);
    connect(m_startButton, &QToolButton::clicked, this, &ReplayBar::goToStart);
    connect(m_backButton, &QToolButton::clicked, this, &ReplayBar::stepBack);
    connect(m_playButton, &QToolButton::clicked, this, &ReplayBar::togglePlaying);
    connect(m_forwardButton, &QToolButton::clicked, this, &ReplayBar::stepForward);
    connect(m_latestButton, &QToolButton::clicked, this, &ReplayBar::goToEnd);
    connect(m_speedCombo, &QComboBox::activated, this,
            [this](int index) { setSpeed(m_speedCombo->itemData(index).toDouble()); });
    m_timer->setInterval(kFrame);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReplayBar::advance);

    addShortcut(QKeySequence(Qt::Key_Space), &ReplayBar::togglePlaying);
    addShortcut(QKeySequence(Qt::Key_Left), &ReplayBar::stepBack);
    addShortcut(QKeySequence(Qt::Key_Right), &ReplayBar::stepForward);
    addShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Left), &ReplayBar::previousMark);
    addShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Right), &ReplayBar::nextMark);
    addShortcut(QKeySequence(Qt::Key_Home), &ReplayBar::goToStart);
    addShortcut(QKeySequence(Qt::Key_End), &ReplayBar::goToEnd);

    updatePaletteDependents();
    updateControls();
}

void ReplayBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && m_badge != nullptr) { // not while constructing
        updatePaletteDependents();
    }
    QWidget::changeEvent(event);
}

void ReplayBar::updatePaletteDependents() {
    const QPalette& pal = palette();
    m_startButton->setIcon(glyphIcon(Glyph::Start, pal));
    m_backButton->setIcon(glyphIcon(Glyph::Back, pal));
    m_forwardButton->setIcon(glyphIcon(Glyph::Forward, pal));
    m_latestButton->setIcon(glyphIcon(Glyph::Latest, pal));
    m_playIcon = glyphIcon(Glyph::Play, pal);
    m_pauseIcon = glyphIcon(Glyph::Pause, pal);
    m_playButton->setIcon(m_playing ? m_pauseIcon : m_playIcon);
    // A pill tinted with the highlight colour, from this widget's palette (a style sheet's
    // palette() would read the application's).
    QColor tint = pal.color(QPalette::Highlight);
    tint.setAlpha(48);
    m_badge->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; border-radius: 8px; padding: 1px 8px; }")
            .arg(tint.name(QColor::HexArgb), pal.color(QPalette::WindowText).name()));
}

void ReplayBar::addShortcut(const QKeySequence& keys, void (ReplayBar::*slot)()) {
    // Only while the bar (or one of its controls) has the focus: arrows elsewhere stay theirs.
    auto* shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
}

void ReplayBar::setElapsedClock(ElapsedClock clock) {
    m_clock = std::move(clock);
    if (m_playing) {
        anchorHere();
    }
}

void ReplayBar::setSeries(std::vector<PlotPoint> points) {
    m_strip->setSeries(std::move(points));
}

void ReplayBar::setValueRange(double low, double high) {
    m_strip->setValueRange(low, high);
}

void ReplayBar::setStretches(std::vector<ReplayStretch> stretches) {
    m_strip->setStretches(std::move(stretches));
    updateControls();
}

void ReplayBar::setMarks(std::vector<ReplayMark> marks) {
    m_strip->setMarks(std::move(marks));
    m_markTimes.clear();
    for (const ReplayMark& mark : m_strip->marks()) {
        if (m_markTimes.empty() || m_markTimes.back() != mark.at) {
            m_markTimes.push_back(mark.at);
        }
    }
    updateControls();
}

void ReplayBar::setSpan(Timestamp from, Timestamp to) {
    if (to < from) {
        std::swap(from, to);
    }
    m_from = from;
    m_to = to;
    m_strip->setSpan(from, to);
    if (m_cursor < from || m_cursor > to) {
        moveCursor(to);
    }
    m_strip->setCursorTime(m_cursor);
    if (m_playing) {
        anchorHere();
    }
    updateControls();
}

void ReplayBar::setStepTimes(std::vector<Timestamp> times) {
    std::ranges::sort(times);
    m_stepTimes = std::move(times);
    updateControls();
}

QString ReplayBar::cursorText() const {
    return m_cursorLabel->text();
}

QString ReplayBar::resolutionText() const {
    return m_badge->isHidden() ? QString() : m_badge->text();
}

void ReplayBar::setCursorTime(Timestamp at) {
    moveCursor(std::clamp(at, m_from, std::max(m_from, m_to)));
    if (m_playing) {
        anchorHere();
    }
}

void ReplayBar::moveCursor(Timestamp at) {
    if (at == m_cursor) {
        return;
    }
    m_cursor = at;
    m_strip->setCursorTime(at);
    updateControls();
    emit cursorChanged(at);
}

void ReplayBar::anchorHere() {
    m_anchor = m_cursor;
    m_anchorWall = m_clock();
}

void ReplayBar::setSpeed(double speed) {
    if (!(speed > 0.0) || speed == m_speed) {
        return;
    }
    if (m_playing) {
        advance(); // bank the time played at the old speed before re-anchoring
        anchorHere();
    }
    m_speed = speed;
    int index = m_speedCombo->findData(speed);
    if (index < 0) {
        m_speedCombo->addItem(ReplayWording::speedLabel(speed), speed);
        index = m_speedCombo->count() - 1;
    }
    m_speedCombo->setCurrentIndex(index);
    emit speedChanged(speed);
}

void ReplayBar::play() {
    if (m_playing || !(m_from < m_to)) {
        return;
    }
    if (m_cursor >= m_to) {
        moveCursor(m_from);
    }
    m_playing = true;
    anchorHere();
    m_timer->start();
    updateControls();
    emit playingChanged(true);
}

void ReplayBar::pause() {
    if (!m_playing) {
        return;
    }
    m_playing = false;
    m_timer->stop();
    updateControls();
    emit playingChanged(false);
}

void ReplayBar::togglePlaying() {
    if (m_playing) {
        pause();
    } else {
        play();
    }
}

void ReplayBar::advance() {
    if (!m_playing) {
        return;
    }
    const ReplayCursor position = replayPosition(m_anchor, m_clock() - m_anchorWall, m_speed, m_to);
    moveCursor(position.at);
    if (position.atEnd) {
        pause();
    }
}

void ReplayBar::step(const std::vector<Timestamp>& times, int direction) {
    pause();
    if (const auto next = replayStep(times, m_cursor, direction)) {
        setCursorTime(*next);
    }
}

void ReplayBar::stepForward() {
    step(m_stepTimes, +1);
}

void ReplayBar::stepBack() {
    step(m_stepTimes, -1);
}

void ReplayBar::nextMark() {
    step(m_markTimes, +1);
}

void ReplayBar::previousMark() {
    step(m_markTimes, -1);
}

void ReplayBar::goToStart() {
    setCursorTime(m_from);
}

void ReplayBar::goToEnd() {
    setCursorTime(m_to);
}

void ReplayBar::updateControls() {
    const bool hasSpan = m_from < m_to;
    m_playButton->setEnabled(hasSpan);
    m_playButton->setIcon(m_playing ? m_pauseIcon : m_playIcon);
    const QString playTip = m_playing ? ReplayWording::pauseTip() : ReplayWording::playTip();
    m_playButton->setToolTip(playTip);
    m_playButton->setAccessibleName(playTip);
    m_startButton->setEnabled(hasSpan && m_cursor > m_from);
    m_latestButton->setEnabled(hasSpan && m_cursor < m_to);
    m_backButton->setEnabled(replayStep(m_stepTimes, m_cursor, -1).has_value());
    m_forwardButton->setEnabled(replayStep(m_stepTimes, m_cursor, +1).has_value());

    m_cursorLabel->setText(hasSpan ? ReplayWording::cursorTime(m_cursor) : QString());
    m_cursorLabel->setToolTip(hasSpan ? QString::fromStdString(formatIso(m_cursor)) : QString());
    if (m_strip->stretches().empty() || !hasSpan) {
        m_badge->hide();
        return;
    }
    const ReplayStretch* stretch = m_strip->stretchAt(m_cursor);
    m_badge->setText(stretch ? ReplayWording::resolutionBadge(stretch->resolution)
                             : ReplayWording::noDataBadge());
    m_badge->show();
}

} // namespace headroom::ui
