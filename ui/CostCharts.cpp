#include "CostCharts.h"

#include "ConsoleTheme.h"
#include "Wording.h"

#include <algorithm>
#include <cmath>

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace headroom::ui {
namespace {

qreal msecs(Day day) {
    // Noon UTC, so a day never slides onto its neighbour in any time zone.
    return qreal(Wording::toDateTime(Timestamp{day} + std::chrono::hours{12}).toMSecsSinceEpoch());
}

QChartView* makeView(QChart* chart, QWidget* parent, const QString& name) {
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setAccessibleName(name);
    auto* layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

void resetAxes(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

DailySpendChart::DailySpendChart(QWidget* parent)
    : QWidget(parent) {
    m_chart = new QChart;
    m_chart->setTitle(tr("Daily spend"));
    m_view = makeView(m_chart, this, tr("Daily spend chart"));
}

int DailySpendChart::segmentCount() const {
    return m_segments;
}

void DailySpendChart::setDaily(const std::vector<DailyCost>& daily, MicroUsd dailyLimit) {
    resetAxes(m_chart);
    m_segments = 0;
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd MMM"));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    y->setLabelFormat(tr("$%.0f")); // a printf format: the translation places the $
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    ConsoleTheme::styleChart(m_chart);
    m_chart->setLocalizeNumbers(true); // "$1,200" / "1.200 $": the locale's digit grouping

    double highest = dailyLimit.dollars();
    QLineSeries* segment = nullptr;
    const QColor colour = Wording::statusColor(Status::Healthy).darker(110);
    for (const DailyCost& d : daily) {
        if (!d.cost) {
            segment = nullptr; // a gap: the next day with data starts a new piece
            continue;
        }
        if (segment == nullptr) {
            segment = new QLineSeries;
            segment->setName(tr("Spend per day"));
            segment->setPen(QPen(colour, 2));
            // A day between two gaps (or a period of one day) is a piece of one point, which a
            // line alone does not draw.
            segment->setPointsVisible(true);
            m_chart->addSeries(segment);
            segment->attachAxis(x);
            segment->attachAxis(y);
            if (m_segments > 0) {
                m_chart->legend()->markers(segment).value(0)->setVisible(false);
            }
            ++m_segments;
        }
        segment->append(msecs(d.day), d.cost->dollars());
        highest = std::max(highest, d.cost->dollars());
    }
    if (!daily.empty()) {
        qreal first = msecs(daily.front().day);
        qreal last = msecs(daily.back().day);
        if (last <= first) {
            // One day: a range of zero width draws nothing; show it between its neighbours.
            first = msecs(daily.front().day - std::chrono::days{1});
            last = msecs(daily.front().day + std::chrono::days{1});
        }
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)),
                    QDateTime::fromMSecsSinceEpoch(qint64(last)));
        if (dailyLimit.value > 0) {
            auto* limit = new QLineSeries;
            limit->setName(tr("Daily limit"));
            QPen pen(Wording::statusColor(Status::Critical), 1.5, Qt::DashLine);
            limit->setPen(pen);
            limit->append(first, dailyLimit.dollars());
            limit->append(last, dailyLimit.dollars());
            m_chart->addSeries(limit);
            limit->attachAxis(x);
            limit->attachAxis(y);
        }
    }
    y->setRange(0.0, highest * 1.1 + 1.0);
    y->applyNiceNumbers();
}

CostProjectionChart::CostProjectionChart(QWidget* parent)
    : QWidget(parent) {
    m_chart = new QChart;
    m_chart->setTitle(tr("Projected spend from today"));
    m_view = makeView(m_chart, this, tr("Projected spend chart"));
}

void CostProjectionChart::setProjection(const CostProjectionView& p, Day today) {
    resetAxes(m_chart);
    m_hasInterval = false;
    if (p.horizons.empty()) {
        return;
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTickCount(5);
    // A logarithmic axis: a year of growth dwarfs the next month on a linear one.
    auto* y = new QLogValueAxis;
    y->setLabelFormat(tr("$%.0f")); // a printf format: the translation places the $
    y->setMinorTickCount(0);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    ConsoleTheme::styleChart(m_chart);
    // With localised numbers Qt Charts formats a "%.0f" label through the chart's locale
    // (QLocale::toString), so the decades read "$10,000,000" / "10.000.000 $" instead of
    // "$10000000"; QString::asprintf, used otherwise, knows no grouping flag.
    m_chart->setLocalizeNumbers(true);

    // Cumulative totals at the day the next month, quarter and year end, each with its
    // prediction interval.
    auto* expected = new QLineSeries;
    expected->setName(tr("Expected total"));
    auto* low = new QLineSeries;
    auto* high = new QLineSeries;
    const qreal now = msecs(today);
    double highest = 0.0;
    double lowest = 0.0;
    qreal last = now;
    for (const ProjectedCost& h : p.horizons) {
        const auto days = std::chrono::days{int(std::lround(h.months * kDaysPerMonth))};
        last = msecs(today + days);
        expected->append(last, h.expected.dollars());
        low->append(last, h.low.dollars());
        high->append(last, h.high.dollars());
        highest = std::max(highest, h.high.dollars());
        lowest = lowest == 0.0 ? h.low.dollars() : std::min(lowest, h.low.dollars());
    }
    if (p.intervalKnown) {
        auto* band = new QAreaSeries(high, low);
        high->setParent(band); // the band does not own its edges; removing it must free them
        low->setParent(band);
        band->setName(tr("%1 % interval").arg(int(p.intervalLevel * 100.0 + 0.5)));
        QColor fill = Wording::statusColor(Status::Healthy);
        fill.setAlpha(60);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        m_chart->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(y);
        m_hasInterval = true;
    } else {
        delete low;
        delete high;
    }
    // A projection that lost to naive in its backtest is drawn dashed and grey: reference only.
    const bool trusted = p.trust != ProjectionTrust::LosesToNaive;
    QPen pen(trusted ? Wording::statusColor(Status::Healthy).darker(130)
                     : Wording::statusColor(Status::Unknown),
             2, trusted ? Qt::SolidLine : Qt::DashLine);
    expected->setPen(pen);
    m_chart->addSeries(expected);
    expected->attachAxis(x);
    expected->attachAxis(y);
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(now)),
                QDateTime::fromMSecsSinceEpoch(qint64(last)));
    y->setRange(std::max(lowest / 2.0, 0.01), std::max(highest * 2.0, 1.0));
}

} // namespace headroom::ui
