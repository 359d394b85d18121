#include "MetricChart.h"

#include "ConsoleTheme.h"

#include <algorithm>
#include <set>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace headroom::ui {

namespace {
constexpr int kKeyMetricsChoice = -1;

QColor seriesColour(std::size_t i) {
    static const QColor colours[] = {QColor(0x2f, 0x6f, 0xd6), QColor(0x8e, 0x44, 0xad),
                                     QColor(0x16, 0xa0, 0x85), QColor(0xc0, 0x39, 0x2b)};
    return colours[i % std::size(colours)];
}
} // namespace

MetricChart::MetricChart(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Show:"), this);
    m_metricCombo = new QComboBox(this);
    m_metricCombo->setObjectName(QStringLiteral("chartMetricCombo"));
    m_metricCombo->setAccessibleName(tr("Metrics shown in the chart"));
    label->setBuddy(m_metricCombo);
    row->addWidget(label);
    row->addWidget(m_metricCombo);
    row->addStretch();
    layout->addLayout(row);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("No history yet — the chart fills in as snapshots are stored."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_xAxis = new QDateTimeAxis;
    m_xAxis->setFormat(QStringLiteral("dd MMM hh:mm"));
    m_xAxis->setTickCount(6);
    m_yAxis = new QValueAxis;
    m_yAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    m_yAxis->setTitleText(tr("Utilisation of tier limit"));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    ConsoleTheme::styleChart(m_chart);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setAccessibleName(tr("Utilisation over time chart"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack);

    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
}

void MetricChart::setHistory(const std::vector<StoredSnapshot>& history,
                             const HeadroomThresholds& thresholds) {
    m_history = history;
    m_thresholds = thresholds;
    rebuildChoices();
    redraw();
}

void MetricChart::rebuildChoices() {
    const QVariant previous = m_metricCombo->currentData();
    std::set<MetricId> seen;
    for (const StoredSnapshot& s : m_history) {
        for (const MetricUtilisation& u : s.evaluation.capacity.utilisation) {
            seen.insert(u.metric);
        }
    }
    const QSignalBlocker blocker(m_metricCombo);
    m_metricCombo->clear();
    m_metricCombo->addItem(tr("Key metrics (CPU and error rate)"), kKeyMetricsChoice);
    for (MetricId metric : seen) {
        m_metricCombo->addItem(Wording::metricName(metric), int(metric));
    }
    const int index = previous.isValid() ? m_metricCombo->findData(previous) : 0;
    m_metricCombo->setCurrentIndex(std::max(index, 0));
}

std::vector<MetricId> MetricChart::shownMetrics() const {
    const int choice = m_metricCombo->currentData().toInt();
    if (choice == kKeyMetricsChoice) {
        return {MetricId::CpuUtilization, MetricId::ErrorRate};
    }
    return {static_cast<MetricId>(choice)};
}

int MetricChart::seriesCount() const {
    return int(m_chart->series().size());
}

void MetricChart::redraw() {
    m_chart->removeAllSeries();
    if (m_history.empty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_view);

    // The axes are made once and kept: replacing them on every refresh left the old labels
    // drawn under the new ones until the scene caught up.
    QDateTimeAxis* xAxis = m_xAxis;
    QValueAxis* yAxis = m_yAxis;

    qint64 first = Wording::toDateTime(m_history.front().snapshot.takenAt()).toMSecsSinceEpoch();
    qint64 last = Wording::toDateTime(m_history.back().snapshot.takenAt()).toMSecsSinceEpoch();
    // A young workspace has a few snapshots minutes apart: give the axis at least an hour
    // so the points are not squeezed against one edge.
    constexpr qint64 kMinSpanMs = 60 * 60 * 1000;
    if (last - first < kMinSpanMs) {
        const qint64 pad = (kMinSpanMs - (last - first)) / 2;
        first -= pad;
        last += pad;
    }
    double maxY = m_thresholds.critical * 100.0 + 10.0;

    std::size_t colourIndex = 0;
    for (MetricId metric : shownMetrics()) {
        auto* series = new QLineSeries;
        series->setName(Wording::metricName(metric));
        QPen pen(seriesColour(colourIndex++));
        pen.setWidthF(2.0);
        series->setPen(pen);
        for (const StoredSnapshot& s : m_history) {
            const auto& list = s.evaluation.capacity.utilisation;
            const auto it =
                std::find_if(list.begin(), list.end(),
                             [metric](const MetricUtilisation& u) { return u.metric == metric; });
            // Not measured at that moment: no point, never a fake zero.
            if (it != list.end()) {
                const double y = it->utilisation * 100.0;
                maxY = std::max(maxY, y + 5.0);
                series->append(
                    double(Wording::toDateTime(s.snapshot.takenAt()).toMSecsSinceEpoch()), y);
            }
        }
        // A line needs two points; with few, the markers are what shows the data at all.
        series->setPointsVisible(series->count() < 30);
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }

    const auto addThreshold = [&](double fraction, const QString& name, Status status) {
        auto* line = new QLineSeries;
        line->setName(name);
        QPen pen(Wording::statusColor(status));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        line->append(double(first), fraction * 100.0);
        line->append(double(std::max(last, first + 1)), fraction * 100.0);
        m_chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    };
    addThreshold(m_thresholds.warning,
                 tr("Warning (%1 %)").arg(m_thresholds.warning * 100.0, 0, 'f', 0),
                 Status::Warning);
    addThreshold(m_thresholds.critical,
                 tr("Critical (%1 %)").arg(m_thresholds.critical * 100.0, 0, 'f', 0),
                 Status::Critical);

    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(first),
                    QDateTime::fromMSecsSinceEpoch(std::max(last, first + 1)));
    yAxis->setRange(0.0, std::min(maxY, 200.0));
    yAxis->applyNiceNumbers();
}

} // namespace headroom::ui
