#include "report/ReportCharts.h"

#include "report/ReportStyle.h"
#include "report/ReportWording.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace headroom::ui {

namespace rs = reportstyle;

namespace {

using std::chrono::seconds;

// QDateTimeAxis (Qt 6.4) labels in local time; shifting each point by its local offset makes the
// labels read the UTC time the report states.
double axisMsecs(Timestamp t) {
    const qint64 ms = qint64(t.time_since_epoch().count()) * 1000;
    const int offset = QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc();
    return double(ms - qint64(offset) * 1000);
}

QString axisFormat(Timestamp from, Timestamp to) {
    const auto span = to - from;
    if (span <= std::chrono::days{2}) {
        return QStringLiteral("d MMM HH:mm");
    }
    if (span <= std::chrono::days{150}) {
        return QStringLiteral("d MMM");
    }
    return QStringLiteral("MMM yyyy");
}

QChart* newChart() {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(rs::font(8));
    chart->legend()->setLabelColor(rs::ink());
    return chart;
}

void styleAxis(QAbstractAxis* axis) {
    axis->setLabelsFont(rs::font(7));
    axis->setLabelsColor(rs::muted());
    axis->setTitleFont(rs::font(8));
    axis->setTitleBrush(rs::muted());
    axis->setLinePenColor(rs::rule());
    axis->setGridLineColor(rs::rule());
    axis->setShadesVisible(false);
}

QDateTimeAxis* timeAxis(const ReportData& data) {
    auto* axis = new QDateTimeAxis;
    axis->setFormat(axisFormat(data.from, data.to));
    axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(axisMsecs(data.from))),
                   QDateTime::fromMSecsSinceEpoch(qint64(axisMsecs(data.to))));
    axis->setTickCount(7);
    styleAxis(axis);
    return axis;
}

QValueAxis* valueAxis(double low, double high, const QString& format, const QString& title) {
    auto* axis = new QValueAxis;
    axis->setRange(low, high);
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    axis->setTickCount(6);
    if (low != 0.0 || high != 100.0) {
        axis->applyNiceNumbers(); // ticks at $10, $20 … rather than $9, $17 …
    }
    styleAxis(axis);
    return axis;
}

// One line drawn as pieces: a new piece starts after a missing value or a jump in time longer
// than `maxStep`, so a gap stays visible. Only the first piece shows in the legend.
class BrokenLine {
public:
    BrokenLine(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, QString name, QPen pen)
        : m_chart(chart)
        , m_x(x)
        , m_y(y)
        , m_name(std::move(name))
        , m_pen(std::move(pen)) {}

    void add(Timestamp at, std::optional<double> value, seconds maxStep) {
        if (!value || !std::isfinite(*value) || (m_last && at - *m_last > maxStep)) {
            m_current = nullptr;
        }
        if (value && std::isfinite(*value)) {
            if (!m_current) {
                start();
            }
            m_current->append(axisMsecs(at), *value);
        }
        m_last = at;
    }

    int pieces() const { return m_pieces; }

private:
    void start() {
        m_current = new QLineSeries;
        m_current->setName(m_name);
        m_current->setPen(m_pen);
        m_chart->addSeries(m_current);
        m_current->attachAxis(m_x);
        m_current->attachAxis(m_y);
        if (m_pieces++ > 0) {
            for (QLegendMarker* marker : m_chart->legend()->markers(m_current)) {
                marker->setVisible(false);
            }
        }
    }

    QChart* m_chart;
    QAbstractAxis* m_x;
    QAbstractAxis* m_y;
    QString m_name;
    QPen m_pen;
    QLineSeries* m_current = nullptr;
    std::optional<Timestamp> m_last;
    int m_pieces = 0;
};

// The longest step between stored points that still counts as continuous: three times the
// usual spacing (a roll-up bucket's length keeps hourly summaries joined), at least a minute.
seconds continuityStep(const std::vector<Timestamp>& times) {
    if (times.size() < 2) {
        return seconds{60};
    }
    std::vector<seconds::rep> steps;
    steps.reserve(times.size() - 1);
    for (std::size_t i = 1; i < times.size(); ++i) {
        steps.push_back((times[i] - times[i - 1]).count());
    }
    std::nth_element(steps.begin(), steps.begin() + std::ptrdiff_t(steps.size() / 2), steps.end());
    return seconds{std::max<seconds::rep>(60, steps[steps.size() / 2] * 3)};
}

void render(QPainter& painter, const QRectF& rect, QChart* chart) {
    QGraphicsScene scene; // owns the chart from here
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    // The chart lays out its axes and legend on posted events; settle them before painting.
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
}

ReportPiece chartPiece(std::function<QChart*()> build) {
    ReportPiece piece;
    piece.height = kReportChartHeight;
    piece.spaceAfter = 6.0;
    piece.paint = [build = std::move(build)](QPainter& p, const QRectF& rect) {
        render(p, rect, build());
    };
    return piece;
}

} // namespace

ReportPiece healthChartPiece(std::shared_ptr<const ReportData> data,
                             std::shared_ptr<const ReportWording> wording) {
    return chartPiece([data, wording] {
        QChart* chart = newChart();
        auto* x = timeAxis(*data);
        auto* y = valueAxis(0, 100, QStringLiteral("%.0f"), ReportWording::tr("Score"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        std::vector<Timestamp> times;
        for (const HealthPoint& p : data->healthTrend) {
            times.push_back(p.at);
        }
        const seconds step = continuityStep(times);
        BrokenLine overall(chart, x, y, ReportWording::tr("Overall health"),
                           QPen(rs::series(0), 1.6));
        BrokenLine infra(chart, x, y, ReportWording::tr("Infrastructure health"),
                         QPen(rs::series(2), 0.9));
        for (const HealthPoint& p : data->healthTrend) {
            overall.add(p.at, p.overall, step);
            infra.add(p.at, p.infraHealth, step);
        }
        return chart;
    });
}

ReportPiece utilisationChartPiece(std::shared_ptr<const ReportData> data,
                                  std::shared_ptr<const ReportWording> wording) {
    return chartPiece([data, wording] {
        QChart* chart = newChart();
        double highest = 100.0;
        std::map<std::string, std::vector<const UtilisationPoint*>> byMetric;
        for (const UtilisationPoint& p : data->utilisation) {
            byMetric[p.metric].push_back(&p);
            if (std::isfinite(p.utilisation)) {
                highest = std::max(highest, p.utilisation * 100.0);
            }
        }
        auto* x = timeAxis(*data);
        auto* y = valueAxis(0, std::ceil(highest * 1.1 / 10.0) * 10.0, QStringLiteral("%.0f %%"),
                            ReportWording::tr("Share of the tier's limit"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        // The metrics that came closest to their limits; a chart of a dozen lines reads as
        // none. The caption says how many are left out; utilisation.csv holds them all.
        std::vector<std::pair<double, std::string>> peaks;
        for (const auto& [metric, points] : byMetric) {
            double peak = 0.0;
            for (const UtilisationPoint* p : points) {
                if (std::isfinite(p->utilisation)) {
                    peak = std::max(peak, p->utilisation);
                }
            }
            peaks.emplace_back(peak, metric);
        }
        std::ranges::sort(peaks, std::greater<>());
        if (peaks.size() > kReportUtilisationLines) {
            peaks.resize(kReportUtilisationLines);
        }
        int colour = 0;
        for (const auto& [peak, metric] : peaks) {
            const auto& points = byMetric[metric];
            std::vector<Timestamp> times;
            for (const UtilisationPoint* p : points) {
                times.push_back(p->at);
            }
            const seconds step = continuityStep(times);
            BrokenLine line(chart, x, y, ReportWording::metricName(metric),
                            QPen(rs::series(colour++), 1.1));
            for (const UtilisationPoint* p : points) {
                line.add(p->at, p->utilisation * 100.0, step);
            }
        }
        auto* limit = new QLineSeries;
        limit->setName(ReportWording::tr("Tier limit"));
        QPen pen(rs::bad(), 1.0, Qt::DashLine);
        limit->setPen(pen);
        limit->append(axisMsecs(data->from), 100.0);
        limit->append(axisMsecs(data->to), 100.0);
        chart->addSeries(limit);
        limit->attachAxis(x);
        limit->attachAxis(y);
        return chart;
    });
}

ReportPiece spendChartPiece(std::shared_ptr<const ReportData> data,
                            std::shared_ptr<const ReportWording> wording) {
    return chartPiece([data, wording] {
        QChart* chart = newChart();
        const SpendSeries& spend = data->spend;
        const bool monthly = spend.bucket == "month";
        // Buckets in order; each provider's cost per bucket (absent stays 0 in the bar: the
        // data-quality section counts the days without any cost row).
        std::vector<Day> buckets;
        for (const ProviderSpend& p : spend.points) {
            if (buckets.empty() || buckets.back() != p.from) {
                buckets.push_back(p.from);
            }
        }
        QStringList categories;
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            categories << QString::number(i);
        }
        auto* series = new QStackedBarSeries;
        series->setBarWidth(0.8);
        int colour = 0;
        double highest = 0.0;
        std::vector<double> stack(buckets.size(), 0.0);
        for (const std::string& provider : spend.providers) {
            auto* set = new QBarSet(wording->providerName(provider));
            set->setColor(rs::series(colour++));
            set->setBorderColor(Qt::transparent);
            std::size_t b = 0;
            for (const ProviderSpend& p : spend.points) {
                if (p.provider != provider) {
                    continue;
                }
                while (b < buckets.size() && buckets[b] != p.from) {
                    ++b;
                }
                const double dollars = p.cost ? p.cost->dollars() : 0.0;
                set->append(dollars);
                if (b < stack.size()) {
                    stack[b] += dollars;
                    highest = std::max(highest, stack[b]);
                }
            }
            series->append(set);
        }
        chart->addSeries(series);
        // The bars sit on a category axis, one slot per bucket; a slot is too narrow for a date,
        // so the labels come from a time axis over the same span, laid under the bars.
        auto* x = new QBarCategoryAxis;
        x->append(categories);
        x->setVisible(false);
        auto* y =
            valueAxis(0, highest > 0 ? highest * 1.1 : 1.0, QStringLiteral("$%.0f"),
                      monthly ? ReportWording::tr("Per month") : ReportWording::tr("Per day"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        if (!buckets.empty()) {
            const Timestamp first{buckets.front()};
            const Timestamp last =
                monthly ? Timestamp{lastOfMonth(buckets.back()) + std::chrono::days{1}}
                        : Timestamp{buckets.back() + std::chrono::days{1}};
            auto* time = new QDateTimeAxis;
            time->setFormat(monthly ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
            time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(axisMsecs(first))),
                           QDateTime::fromMSecsSinceEpoch(qint64(axisMsecs(last))));
            time->setTickCount(std::min<int>(7, int(buckets.size()) + 1));
            styleAxis(time);
            time->setGridLineVisible(false);
            chart->addAxis(time, Qt::AlignBottom);
            // An axis shows only with a series on it: an invisible one spanning the buckets.
            auto* span = new QLineSeries;
            span->append(axisMsecs(first), 0.0);
            span->append(axisMsecs(last), 0.0);
            span->setPen(Qt::NoPen);
            chart->addSeries(span);
            span->attachAxis(time);
            span->attachAxis(y);
            for (QLegendMarker* marker : chart->legend()->markers(span)) {
                marker->setVisible(false);
            }
        }
        return chart;
    });
}

ReportPiece clientsChartPiece(std::shared_ptr<const ReportData> data,
                              std::shared_ptr<const ReportWording> wording) {
    return chartPiece([data, wording] {
        QChart* chart = newChart();
        double highest = 1.0;
        for (const ClientsPoint& p : data->clients) {
            highest = std::max(highest, p.clients);
        }
        auto* x = timeAxis(*data);
        auto* y = valueAxis(0, std::ceil(highest * 1.15), QStringLiteral("%.0f"),
                            ReportWording::tr("Active clients"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        BrokenLine line(chart, x, y, ReportWording::tr("Highest active clients per bucket"),
                        QPen(rs::series(0), 1.4));
        for (const ClientsPoint& p : data->clients) {
            // Each bucket's figure belongs to the whole bucket: a step, not a slope.
            line.add(p.at, p.clients, p.bucket + seconds{1});
            line.add(p.at + p.bucket - seconds{1}, p.clients, p.bucket + seconds{1});
        }
        return chart;
    });
}

} // namespace headroom::ui
