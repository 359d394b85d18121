#include "ReplayStrip.h"

#include "ReplayWording.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace headroom::ui {

namespace {

constexpr int kMarkRow = 12;    // the marks' shapes sit in this band at the top
constexpr double kMarkHit = 4;  // pixels either side of a mark that still hit it
constexpr int kMinTickGap = 90; // pixels between time-axis labels, at least

double secondsOf(Timestamp at) {
    return double(at.time_since_epoch().count());
}

Timestamp timestampOf(double seconds) {
    return Timestamp(std::chrono::seconds(std::llround(seconds)));
}

// Colours that read on both light and dark backgrounds; the shape tells the kinds apart too.
QColor markColour(ReplayMarkKind kind) {
    switch (kind) {
    case ReplayMarkKind::TierChange:
        return QColor(0x3b, 0x82, 0xf6);
    case ReplayMarkKind::AdviceChange:
        return QColor(0xe0, 0x8a, 0x00);
    case ReplayMarkKind::Decision:
        return QColor(0x16, 0xa3, 0x4a);
    case ReplayMarkKind::WhatIfOpening:
        return QColor(0xdb, 0x27, 0x77);
    }
    return {};
}

void drawMarkShape(QPainter& painter, ReplayMarkKind kind, QPointF centre) {
    const QColor colour = markColour(kind);
    constexpr double r = 4.0;
    painter.setPen(QPen(colour, 1.2));
    painter.setBrush(colour);
    switch (kind) {
    case ReplayMarkKind::TierChange: // a square
        painter.drawRect(QRectF(centre.x() - r + 0.5, centre.y() - r + 0.5, 2 * r - 1, 2 * r - 1));
        break;
    case ReplayMarkKind::AdviceChange: { // a triangle pointing down at the line
        const QPointF points[] = {{centre.x() - r, centre.y() - r},
                                  {centre.x() + r, centre.y() - r},
                                  {centre.x(), centre.y() + r}};
        painter.drawPolygon(points, 3);
        break;
    }
    case ReplayMarkKind::Decision: { // a diamond
        const QPointF points[] = {{centre.x(), centre.y() - r},
                                  {centre.x() + r, centre.y()},
                                  {centre.x(), centre.y() + r},
                                  {centre.x() - r, centre.y()}};
        painter.drawPolygon(points, 4);
        break;
    }
    case ReplayMarkKind::WhatIfOpening: // hollow: it would have happened, it did not
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, r - 0.5, r - 0.5);
        break;
    }
}

// The shading of a stretch: none for raw data, darker the coarser.
int shadeAlpha(std::chrono::seconds resolution) {
    if (resolution < std::chrono::minutes(5)) {
        return 0;
    }
    return resolution < std::chrono::hours(1) ? 26 : 52;
}

QFont smallFont(const QFont& base) {
    QFont font = base;
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    } else {
        font.setPixelSize(std::max(9, int(font.pixelSize() * 0.85)));
    }
    return font;
}

} // namespace

ReplayStrip::ReplayStrip(QWidget* parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(ReplayWording::timelineName());
    setCursor(QCursor(Qt::SizeHorCursor));
}

QSize ReplayStrip::sizeHint() const {
    return {600, 80};
}

QSize ReplayStrip::minimumSizeHint() const {
    return {120, 80};
}

void ReplayStrip::setSeries(std::vector<PlotPoint> points) {
    m_points = std::move(points);
    invalidateData();
}

void ReplayStrip::setValueRange(double low, double high) {
    if (!(low < high)) {
        m_valueRange.reset();
    } else {
        m_valueRange = std::pair(low, high);
    }
    invalidateData();
}

void ReplayStrip::setStretches(std::vector<ReplayStretch> stretches) {
    std::ranges::sort(stretches, {}, &ReplayStretch::from);
    m_stretches = std::move(stretches);
    m_layerDirty = true;
    update();
}

void ReplayStrip::setMarks(std::vector<ReplayMark> marks) {
    std::ranges::stable_sort(marks, {}, &ReplayMark::at);
    m_marks = std::move(marks);
    m_layerDirty = true;
    updateAccessibleDescription();
    update();
}

void ReplayStrip::setSpan(Timestamp from, Timestamp to) {
    if (from == m_from && to == m_to) {
        return;
    }
    m_from = from;
    m_to = to;
    invalidateData();
}

void ReplayStrip::setCursorTime(Timestamp at) {
    if (m_cursor == at) {
        return;
    }
    m_cursor = at;
    update();
}

const ReplayStretch* ReplayStrip::stretchAt(Timestamp at) const {
    // The last stretch starting at or before `at`; stretches do not overlap.
    auto it = std::ranges::upper_bound(m_stretches, at, {}, &ReplayStretch::from);
    if (it == m_stretches.begin()) {
        return nullptr;
    }
    --it;
    // The newest stretch also holds its end, so the cursor at "Latest" has a badge.
    const bool last = std::next(it) == m_stretches.end();
    return at < it->to || (last && at == it->to) ? &*it : nullptr;
}

Timestamp ReplayStrip::effectiveFrom() const {
    if (m_from < m_to) {
        return m_from;
    }
    return m_points.empty() ? Timestamp{} : timestampOf(std::floor(m_points.front().x));
}

Timestamp ReplayStrip::effectiveTo() const {
    if (m_from < m_to) {
        return m_to;
    }
    if (m_points.empty()) {
        return Timestamp{std::chrono::seconds(1)};
    }
    const Timestamp to = timestampOf(std::ceil(m_points.back().x));
    return to > effectiveFrom() ? to : effectiveFrom() + std::chrono::seconds(1);
}

QRectF ReplayStrip::plotRect() const {
    const int axisHeight = QFontMetrics(smallFont(font())).height() + 2;
    return QRectF(1.0, kMarkRow, std::max(1, width() - 2),
                  std::max(1, height() - kMarkRow - axisHeight));
}

Timestamp ReplayStrip::timeAtX(double x) const {
    const QRectF plot = plotRect();
    const double fraction = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    const double from = secondsOf(effectiveFrom());
    const double to = secondsOf(effectiveTo());
    return timestampOf(from + fraction * (to - from));
}

double ReplayStrip::xOfTime(Timestamp at) const {
    const QRectF plot = plotRect();
    const double from = secondsOf(effectiveFrom());
    const double to = secondsOf(effectiveTo());
    return plot.left() + (secondsOf(at) - from) / (to - from) * plot.width();
}

int ReplayStrip::markIndexAt(QPoint position) const {
    int best = -1;
    double bestDistance = kMarkHit + 0.5;
    for (std::size_t i = 0; i < m_marks.size(); ++i) {
        const double distance = std::abs(xOfTime(m_marks[i].at) - position.x());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

std::size_t ReplayStrip::drawnPointCount() const {
    ensureDownsampled();
    return m_drawn.size();
}

const std::vector<PlotPoint>& ReplayStrip::drawnPoints() const {
    ensureDownsampled();
    return m_drawn;
}

void ReplayStrip::invalidateData() {
    m_dataDirty = true;
    m_layerDirty = true;
    update();
}

void ReplayStrip::ensureDownsampled() const {
    if (!m_dataDirty && m_cachedSize == size()) {
        return;
    }
    m_dataDirty = false;
    m_layerDirty = true;
    m_cachedSize = size();
    ++m_downsamples;

    const QRectF plot = plotRect();
    const double from = secondsOf(effectiveFrom());
    const double to = secondsOf(effectiveTo());
    // The points inside the span and one either side, so the line runs off the edges.
    auto first = std::ranges::lower_bound(m_points, from, {}, &PlotPoint::x);
    auto last = std::ranges::upper_bound(m_points, to, {}, &PlotPoint::x);
    if (first != m_points.begin()) {
        --first;
    }
    if (last != m_points.end()) {
        ++last;
    }
    const std::span<const PlotPoint> visible(first, last);

    // The min/max band per column and the value range, in one pass over the visible points.
    const auto columns = std::size_t(std::max(1.0, std::floor(plot.width())));
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    m_band.assign(columns, Band{nan, nan});
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    const double perColumn = double(columns) / (to - from);
    std::size_t runs = 0; // of finite points between gaps
    bool inGap = true;
    for (const PlotPoint& p : visible) {
        const bool finite = std::isfinite(p.y);
        runs += std::size_t(finite && inGap);
        inGap = !finite;
        if (!finite || p.x < from || p.x > to) {
            continue;
        }
        low = std::min(low, p.y);
        high = std::max(high, p.y);
        const auto column = std::min(columns - 1, std::size_t((p.x - from) * perColumn));
        Band& band = m_band[column];
        const auto y = float(p.y);
        if (std::isnan(band.low)) {
            band = {y, y};
        } else {
            band.low = std::min(band.low, y);
            band.high = std::max(band.high, y);
        }
    }

    // LTTB keeps `target` points plus, per run, one for rounding its share, up to two for its
    // ends and one for the gap before it: aim that much lower so that one pass fits the budget
    // of two points per pixel (a second, smaller pass is the fallback).
    const std::size_t budget = std::max<std::size_t>(3, 2 * std::size_t(std::max(0, width())));
    std::size_t target = budget > 4 * runs + 3 ? budget - 4 * runs : 3;
    m_drawn = lttb(visible, target);
    while (m_drawn.size() > budget && target > 3) {
        const std::size_t excess = m_drawn.size() - budget;
        target = target > excess + 3 ? target - excess : 3;
        m_drawn = lttb(visible, target);
    }

    if (m_valueRange) {
        m_low = m_valueRange->first;
        m_high = m_valueRange->second;
    } else if (low <= high) {
        const double pad = std::max((high - low) * 0.08, std::abs(high) * 1e-6 + 1e-9);
        m_low = low - pad;
        m_high = high + pad;
    } else {
        m_low = 0.0;
        m_high = 1.0;
    }

    // The polyline in widget coordinates, broken at gaps.
    m_polylines.clear();
    const double xScale = plot.width() / (to - from);
    const double yScale = plot.height() / (m_high - m_low);
    QPolygonF current;
    current.reserve(qsizetype(m_drawn.size()));
    for (const PlotPoint& p : m_drawn) {
        if (!std::isfinite(p.y)) {
            if (!current.isEmpty()) {
                m_polylines.push_back(std::move(current));
                current = QPolygonF();
            }
            continue;
        }
        current.append(
            QPointF(plot.left() + (p.x - from) * xScale, plot.bottom() - (p.y - m_low) * yScale));
    }
    if (!current.isEmpty()) {
        m_polylines.push_back(std::move(current));
    }
}

void ReplayStrip::ensureLayer() const {
    ensureDownsampled();
    const qreal ratio = devicePixelRatioF();
    if (!m_layerDirty && m_layer.size() == size() * ratio) {
        return;
    }
    m_layerDirty = false;
    m_layer = QPixmap(size() * ratio);
    m_layer.setDevicePixelRatio(ratio);
    QPainter painter(&m_layer);
    paintLayer(painter);
}

void ReplayStrip::paintLayer(QPainter& painter) const {
    const QPalette& pal = palette();
    const QRectF plot = plotRect();
    painter.fillRect(rect(), pal.color(QPalette::Base));

    // Stretches kept at a coarser resolution, shaded, with their resolution where it fits.
    const QFont small = smallFont(font());
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    for (const ReplayStretch& stretch : m_stretches) {
        const int alpha = shadeAlpha(stretch.resolution);
        if (alpha == 0) {
            continue;
        }
        const double left = std::max(plot.left(), xOfTime(stretch.from));
        const double right = std::min(plot.right(), xOfTime(stretch.to));
        if (right <= left) {
            continue;
        }
        QColor shade = pal.color(QPalette::Text);
        shade.setAlpha(alpha);
        painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), shade);
    }

    paintAxis(painter);

    // The min/max band: every point's extent, one column per pixel, under the drawn line.
    QColor bandColour = pal.color(QPalette::Highlight);
    bandColour.setAlpha(70);
    painter.setPen(QPen(bandColour, 1.0));
    const double yScale = plot.height() / (m_high - m_low);
    for (std::size_t i = 0; i < m_band.size(); ++i) {
        const Band& band = m_band[i];
        if (std::isnan(band.low)) {
            continue;
        }
        const double x = plot.left() + double(i) + 0.5;
        const double top = plot.bottom() - (double(band.high) - m_low) * yScale;
        const double bottom = plot.bottom() - (double(band.low) - m_low) * yScale;
        painter.drawLine(QPointF(x, std::clamp(top, plot.top(), plot.bottom())),
                         QPointF(x, std::clamp(bottom, plot.top(), plot.bottom())));
    }

    painter.save();
    painter.setClipRect(plot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(
        QPen(pal.color(QPalette::Highlight), 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF& line : m_polylines) {
        if (line.size() == 1) {
            painter.drawPoint(line.front());
        } else {
            painter.drawPolyline(line);
        }
    }
    painter.restore();

    // Each shaded stretch's name at its bottom left, on a backing so the line never hides it.
    for (const ReplayStretch& stretch : m_stretches) {
        const double left = std::max(plot.left(), xOfTime(stretch.from));
        const double right = std::min(plot.right(), xOfTime(stretch.to));
        const QString text = ReplayWording::resolutionBadge(stretch.resolution);
        const double textWidth = metrics.horizontalAdvance(text);
        if (shadeAlpha(stretch.resolution) == 0 || textWidth + 10 >= right - left) {
            continue;
        }
        const QRectF box(left + 2, plot.bottom() - metrics.height() - 2, textWidth + 6,
                         metrics.height());
        QColor backing = pal.color(QPalette::Base);
        backing.setAlpha(190);
        painter.fillRect(box, backing);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(box, Qt::AlignCenter, text);
    }

    paintMarks(painter);

    // A hairline between the strip and what is above and below it.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(0, plot.bottom() + 0.5), QPointF(width(), plot.bottom() + 0.5));
}

void ReplayStrip::paintAxis(QPainter& painter) const {
    using namespace std::chrono;
    const QRectF plot = plotRect();
    const double span = secondsOf(effectiveTo()) - secondsOf(effectiveFrom());
    constexpr std::array<seconds::rep, 17> steps{
        60,         300,        900,         1800,        3600,        3 * 3600,
        6 * 3600,   12 * 3600,  86400,       2 * 86400,   7 * 86400,   14 * 86400,
        30 * 86400, 91 * 86400, 182 * 86400, 365 * 86400, 3650 * 86400};
    seconds step{steps.back()};
    for (const auto candidate : steps) {
        if (double(candidate) / span * plot.width() >= kMinTickGap) {
            step = seconds(candidate);
            break;
        }
    }

    // Ticks at local midnight, month starts or round hours.
    std::vector<Timestamp> ticks;
    const Timestamp from = effectiveFrom();
    const Timestamp to = effectiveTo();
    const QDateTime localFrom =
        QDateTime::fromSecsSinceEpoch(qint64(from.time_since_epoch().count())).toLocalTime();
    if (step >= days(28)) {
        const int months = step >= days(365)   ? 12 * int(step / days(365))
                           : step >= days(182) ? 6
                           : step >= days(91)  ? 3
                                               : 1;
        QDate date(localFrom.date().year(), 1, 1);
        while (QDateTime(date, QTime(0, 0)).toSecsSinceEpoch() < localFrom.toSecsSinceEpoch()) {
            date = date.addMonths(months);
        }
        for (; QDateTime(date, QTime(0, 0)).toSecsSinceEpoch() <= to.time_since_epoch().count();
             date = date.addMonths(months)) {
            ticks.emplace_back(seconds(QDateTime(date, QTime(0, 0)).toSecsSinceEpoch()));
        }
    } else {
        const auto offset = seconds(localFrom.offsetFromUtc());
        const auto local = from.time_since_epoch() + offset;
        auto first = (local / step) * step;
        if (first < local) {
            first += step;
        }
        for (auto t = Timestamp(first - offset); t <= to; t += step) {
            ticks.push_back(t);
        }
    }

    const QPalette& pal = palette();
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    const QFontMetricsF metrics(painter.font());
    for (const Timestamp tick : ticks) {
        const double x = std::round(xOfTime(tick)) + 0.5;
        painter.setPen(grid);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 3));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString text = ReplayWording::axisLabel(tick, step);
        if (x + 3 + metrics.horizontalAdvance(text) <= width()) {
            painter.drawText(QPointF(x + 3, plot.bottom() + 1 + metrics.ascent()), text);
        }
    }
}

void ReplayStrip::paintMarks(QPainter& painter) const {
    const QRectF plot = plotRect();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // One shape per kind and pixel: a year of decisions would otherwise pile up thousands.
    std::array<int, 4> lastColumn;
    lastColumn.fill(std::numeric_limits<int>::min());
    for (const ReplayMark& mark : m_marks) {
        const double x = xOfTime(mark.at);
        if (x < plot.left() - kMarkHit || x > plot.right() + kMarkHit) {
            continue;
        }
        const int column = int(std::round(x));
        int& last = lastColumn[std::size_t(mark.kind)];
        if (column == last) {
            continue;
        }
        last = column;
        QColor tick = markColour(mark.kind);
        tick.setAlpha(110);
        painter.setPen(QPen(
            tick, 1.0, mark.kind == ReplayMarkKind::WhatIfOpening ? Qt::DashLine : Qt::SolidLine));
        painter.drawLine(QPointF(column + 0.5, kMarkRow - 2), QPointF(column + 0.5, plot.bottom()));
        drawMarkShape(painter, mark.kind, QPointF(column + 0.5, kMarkRow / 2.0));
    }
    painter.restore();
}

void ReplayStrip::paintEvent(QPaintEvent* /*event*/) {
    ensureLayer();
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_layer);
    if (!m_cursor) {
        return;
    }
    const QRectF plot = plotRect();
    const double x = std::round(std::clamp(xOfTime(*m_cursor), plot.left(), plot.right())) + 0.5;
    const QColor colour = palette().color(QPalette::Text);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.5));
    painter.drawLine(QPointF(x, 0), QPointF(x, plot.bottom()));
    // A handle at the top, filled with the focus colour when the strip has the keyboard.
    const QPointF handle[] = {{x - 5, 0}, {x + 5, 0}, {x, 6}};
    painter.setPen(Qt::NoPen);
    painter.setBrush(hasFocus() ? palette().color(QPalette::Highlight) : colour);
    painter.drawPolygon(handle, 3);
}

void ReplayStrip::requestAt(double x) {
    const Timestamp at = timeAtX(x);
    if (m_lastRequested == at) {
        return;
    }
    m_lastRequested = at;
    emit cursorRequested(at);
}

void ReplayStrip::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_lastRequested.reset();
    requestAt(event->position().x());
    event->accept();
}

void ReplayStrip::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        requestAt(event->position().x());
        event->accept();
        return;
    }
    QWidget::mouseMoveEvent(event);
}

void ReplayStrip::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        requestAt(event->position().x());
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ReplayStrip::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange) {
        m_dataDirty = true; // the plot's height follows the font
        m_layerDirty = true;
        update();
    }
    QWidget::changeEvent(event);
}

bool ReplayStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = markIndexAt(help->pos());
        QString tip;
        if (index >= 0) {
            const ReplayMark& mark = m_marks[std::size_t(index)];
            tip = ReplayWording::markToolTip(mark.kind, mark.label, mark.at);
        } else {
            const Timestamp at = timeAtX(help->pos().x());
            tip = ReplayWording::cursorTime(at);
            if (const ReplayStretch* stretch = stretchAt(at)) {
                tip += QLatin1String(" — ") + ReplayWording::resolutionBadge(stretch->resolution);
            }
        }
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void ReplayStrip::updateAccessibleDescription() {
    std::array<int, 4> counts{};
    for (const ReplayMark& mark : m_marks) {
        ++counts[std::size_t(mark.kind)];
    }
    QStringList parts;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0) {
            parts << ReplayWording::markCount(ReplayMarkKind(i), counts[i]);
        }
    }
    setAccessibleDescription(parts.join(QLatin1String("; ")));
}

} // namespace headroom::ui
