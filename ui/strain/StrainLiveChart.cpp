#include "StrainLiveChart.h"

#include "ConsoleTheme.h"

#include <algorithm>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace headroom::ui {

namespace {

QLineSeries* makeSeries(const QString& name, const QColor& color, Qt::PenStyle style) {
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

// A little room above the highest value, never an empty range.
double ceiling(double value, double least) {
    return std::max(value * 1.15, least);
}

} // namespace

StrainLiveChart::StrainLiveChart(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("strainChartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_throughput = makeSeries(tr("Throughput (req/s)"), QColor(0x19, 0x71, 0xc2), Qt::SolidLine);
    m_p50 = makeSeries(tr("p50 (ms)"), QColor(0x2b, 0x8a, 0x3e), Qt::DashLine);
    m_p95 = makeSeries(tr("p95 (ms)"), QColor(0xe6, 0x77, 0x00), Qt::DashLine);
    m_p99 = makeSeries(tr("p99 (ms)"), QColor(0xc9, 0x2a, 0x2a), Qt::DashLine);
    for (QLineSeries* s : {m_throughput, m_p50, m_p95, m_p99}) {
        m_chart->addSeries(s);
    }
    m_x = new QValueAxis;
    m_x->setTitleText(tr("Seconds since start"));
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_rate = new QValueAxis;
    m_rate->setTitleText(tr("Throughput (req/s)"));
    m_rate->setLabelFormat(QStringLiteral("%.0f"));
    m_latency = new QValueAxis;
    m_latency->setTitleText(tr("Latency (ms)"));
    m_latency->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_rate, Qt::AlignLeft);
    m_chart->addAxis(m_latency, Qt::AlignRight);
    ConsoleTheme::styleChart(m_chart);
    m_throughput->attachAxis(m_x);
    m_throughput->attachAxis(m_rate);
    for (QLineSeries* s : {m_p50, m_p95, m_p99}) {
        s->attachAxis(m_x);
        s->attachAxis(m_latency);
    }
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("strainChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_view->setAccessibleName(tr("Throughput and latency over the run"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack);
    clear(tr("Run a scenario to see its throughput and latency here, second by second."));
}

void StrainLiveChart::clear(const QString& note) {
    for (QLineSeries* s : {m_throughput, m_p50, m_p95, m_p99}) {
        s->clear();
    }
    m_maxX = 0.0;
    m_maxRate = 0.0;
    m_maxLatencyMs = 0.0;
    m_chart->setTitle({});
    m_empty->setText(note);
    m_stack->setCurrentWidget(m_empty);
    rescale();
}

void StrainLiveChart::setTitle(const QString& title) {
    m_chart->setTitle(title);
}

void StrainLiveChart::append(const LoadSample& sample) {
    const double x = double(sample.at.count()) / 1000.0;
    m_throughput->append(x, sample.throughputPerSecond);
    m_maxX = std::max(m_maxX, x);
    m_maxRate = std::max(m_maxRate, sample.throughputPerSecond);
    if (sample.completed > 0) {
        const std::pair<QLineSeries*, std::chrono::microseconds> points[] = {
            {m_p50, sample.p50}, {m_p95, sample.p95}, {m_p99, sample.p99}};
        for (const auto& [series, value] : points) {
            const double ms = double(value.count()) / 1000.0;
            series->append(x, ms);
            m_maxLatencyMs = std::max(m_maxLatencyMs, ms);
        }
    }
}

void StrainLiveChart::rescale() {
    m_x->setRange(0.0, std::max(m_maxX, 1.0));
    m_x->applyNiceNumbers();
    m_rate->setRange(0.0, ceiling(m_maxRate, 1.0));
    m_rate->applyNiceNumbers();
    m_latency->setRange(0.0, ceiling(m_maxLatencyMs, 1.0));
    m_latency->applyNiceNumbers();
    // Latencies of a local server are fractions of a millisecond; slower ones need no decimals.
    m_latency->setLabelFormat(m_latency->max() < 10.0 ? QStringLiteral("%.1f")
                                                      : QStringLiteral("%.0f"));
}

void StrainLiveChart::addSample(const LoadSample& sample) {
    append(sample);
    rescale();
    m_stack->setCurrentWidget(m_view);
}

void StrainLiveChart::showTimeline(const std::vector<LoadSample>& timeline, const QString& title) {
    clear(tr("This run stored no timeline."));
    for (const auto& sample : timeline) {
        append(sample);
    }
    rescale();
    m_chart->setTitle(title);
    if (!timeline.empty()) {
        m_stack->setCurrentWidget(m_view);
    }
}

int StrainLiveChart::pointCount() const {
    return int(m_throughput->count());
}

} // namespace headroom::ui
