#pragma once
// ReplayStrip: the replay timeline's chart, a compact strip (about 80 px high) painted with
// QPainter. It draws one series (e.g. overall health; NaN y = a gap) over a time span, shades the
// stretches stored at a coarser resolution, ticks the marks (tier and advice changes, decisions,
// what-if openings) and draws the cursor line. It never draws every point: the points inside the
// span are downsampled with LTTB to at most 2 × width only when the data, the span or the size
// changes; the polyline, a per-column min/max band and the shading are then cached in a pixmap,
// so moving the cursor repaints the pixmap and one line.
//
// It holds plain values and does not own the cursor: a press or a drag asks for a time through
// cursorRequested (clamped to the span) and whoever owns the cursor calls setCursor.

#include "model/Time.h"
#include "replay/Lttb.h"

#include <chrono>
#include <optional>
#include <vector>

#include <QPixmap>
#include <QPolygonF>
#include <QWidget>

namespace headroom::ui {

enum class ReplayMarkKind { TierChange, AdviceChange, Decision, WhatIfOpening };

struct ReplayMark {
    Timestamp at;
    ReplayMarkKind kind = ReplayMarkKind::TierChange;
    QString label; // shown in its tooltip ("Pilot → Launch"); may be empty
};

// A stretch of stored history and its resolution: raw (the polling interval), 5-minute or hourly
// aggregates. [from, to).
struct ReplayStretch {
    Timestamp from;
    Timestamp to;
    std::chrono::seconds resolution{0};
};

class ReplayStrip : public QWidget {
    Q_OBJECT

public:
    explicit ReplayStrip(QWidget* parent = nullptr);

    // x = seconds since the epoch, ascending; y = the value (NaN = no data).
    void setSeries(std::vector<PlotPoint> points);
    // The value axis; without it the axis fits the points inside the span.
    void setValueRange(double low, double high);
    void setStretches(std::vector<ReplayStretch> stretches);
    // Any order; kept sorted by time.
    void setMarks(std::vector<ReplayMark> marks);
    // The time shown from the left edge to the right; from < to. Until set, the series' extent.
    void setSpan(Timestamp from, Timestamp to);
    // The cursor line (setCursorTime, not setCursor: QWidget::setCursor is the mouse pointer).
    void setCursorTime(Timestamp at);

    Timestamp spanFrom() const { return m_from; }
    Timestamp spanTo() const { return m_to; }
    std::optional<Timestamp> cursorTime() const { return m_cursor; }
    const std::vector<ReplayMark>& marks() const { return m_marks; }
    const std::vector<ReplayStretch>& stretches() const { return m_stretches; }
    // The stretch holding `at`, if any.
    const ReplayStretch* stretchAt(Timestamp at) const;

    // Where the series is drawn, in widget coordinates; times map linearly across its width.
    QRectF plotRect() const;
    // The time under x (clamped to the span) and the x of a time.
    Timestamp timeAtX(double x) const;
    double xOfTime(Timestamp at) const;
    // The mark drawn nearest to `position` within a few pixels, or -1 (an index into marks()).
    int markIndexAt(QPoint position) const;

    // For tests and the benchmark: the points the polyline is drawn through (downsampling first
    // if the data, span or size changed since the last paint) and how often it downsampled.
    std::size_t drawnPointCount() const;
    const std::vector<PlotPoint>& drawnPoints() const;
    int downsampleCount() const { return m_downsamples; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A press or drag on the strip asks to move the cursor there.
    void cursorRequested(headroom::Timestamp at);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void ensureDownsampled() const;
    void ensureLayer() const;
    void paintLayer(QPainter& painter) const;
    void paintAxis(QPainter& painter) const;
    void paintMarks(QPainter& painter) const;
    void requestAt(double x);
    void invalidateData();
    void updateAccessibleDescription();
    Timestamp effectiveFrom() const;
    Timestamp effectiveTo() const;

    std::vector<PlotPoint> m_points;
    std::vector<ReplayStretch> m_stretches;
    std::vector<ReplayMark> m_marks;
    Timestamp m_from{};
    Timestamp m_to{};
    std::optional<Timestamp> m_cursor;
    std::optional<std::pair<double, double>> m_valueRange;
    bool m_dragging = false;
    std::optional<Timestamp> m_lastRequested;

    // Caches, rebuilt lazily from paint or drawnPointCount().
    struct Band {
        float low;
        float high; // both NaN for a column without data
    };
    mutable bool m_dataDirty = true;
    mutable bool m_layerDirty = true;
    mutable QSize m_cachedSize;
    mutable std::vector<PlotPoint> m_drawn;
    mutable std::vector<Band> m_band; // one per plot column
    mutable double m_low = 0.0;
    mutable double m_high = 1.0;
    mutable std::vector<QPolygonF> m_polylines; // split at gaps, widget coordinates
    mutable QPixmap m_layer;
    mutable int m_downsamples = 0;
};

} // namespace headroom::ui
