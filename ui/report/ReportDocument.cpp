#include "report/ReportDocument.h"

#include "report/ReportCharts.h"
#include "report/ReportStyle.h"
#include "report/ReportWording.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QFontMetricsF>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace headroom::ui {

namespace rs = reportstyle;

namespace {

constexpr double kCoverHeight = 196.0;
// Long tables show their first rows; the CSV files hold every row.
constexpr std::size_t kMaxTableRows = 40;

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

// A key-figure card: its name, value, the previous period's value and the change.
struct Card {
    QString name;
    QString value;
    QString second;   // a line under the value (the mode beside the tier), may be empty
    QString previous; // "Previous period: …"
    QString change;
    int sense = 0;
    QString absent; // why the value is missing, else empty
};

void paintCard(QPainter& p, const QRectF& rect, const Card& card) {
    QPainterPath frame;
    frame.addRoundedRect(rect, 4, 4);
    p.fillPath(frame, QColor(0xf7, 0xf9, 0xfb));
    p.setPen(QPen(rs::rule(), 0.8));
    p.drawPath(frame);
    const QRectF inner = rect.adjusted(9, 7, -9, -6);
    double y = inner.top();
    auto line = [&](const QString& s, const QFont& font, const QColor& colour) {
        if (s.isEmpty()) {
            return;
        }
        const double h = wrappedHeight(s, font, inner.width());
        p.setFont(font);
        p.setPen(colour);
        p.drawText(QRectF(inner.left(), y, inner.width(), h), Qt::TextWordWrap, s);
        y += h + 1.0;
    };
    line(card.name.toUpper(), rs::font(7, true), rs::muted());
    y += 1.0;
    line(card.value, rs::font(17, true), card.absent.isEmpty() ? rs::ink() : rs::muted());
    line(card.second, rs::font(9), rs::ink());
    if (!card.absent.isEmpty()) {
        line(card.absent, rs::font(7), rs::muted());
        return;
    }
    y = std::max(y, inner.bottom() - 22.0);
    line(card.previous, rs::font(7), rs::muted());
    const QColor colour = card.sense > 0 ? rs::good() : card.sense < 0 ? rs::bad() : rs::ink();
    line(card.change, rs::font(8, true), colour);
}

} // namespace

ReportDocument::ReportDocument(ReportData data, ReportPdfOptions options)
    : m_data(std::make_shared<const ReportData>(std::move(data)))
    , m_wording(std::make_shared<const ReportWording>(m_data->labels, options.locale))
    , m_options(std::move(options)) {
    if (!m_options.logoPath.isEmpty()) {
        QImageReader reader(m_options.logoPath);
        reader.setAutoTransform(true);
        m_logo = reader.read();
        if (m_logo.isNull()) {
            m_logoProblem = ReportWording::tr("The logo %1 could not be read: %2")
                                .arg(m_options.logoPath, reader.errorString());
        }
    }
    build();
}

ReportDocument::~ReportDocument() = default;

QString ReportDocument::companyName() const {
    if (!m_options.companyName.trimmed().isEmpty()) {
        return m_options.companyName.trimmed();
    }
    return m_data->title.empty() ? text(m_data->workspace) : text(m_data->title);
}

QString ReportDocument::title() const {
    return ReportWording::tr("%1 — Scaling report").arg(companyName());
}

void ReportDocument::build() {
    addCover();
    for (ReportSection section : allReportSections()) {
        const SectionState* state = m_data->section(section);
        if (state && !state->included) {
            continue;
        }
        if (section == ReportSection::KeyFigures) {
            addKeyFigures();
        } else {
            addSection(section);
        }
    }
    m_pages = paginate(m_flow, 0.0);
}

void ReportDocument::addCover() {
    ReportPiece cover;
    cover.height = kCoverHeight;
    cover.spaceAfter = 14.0;
    const QString company = companyName();
    const QString period = m_wording->period(m_data->from, m_data->to);
    const auto days = std::chrono::ceil<std::chrono::days>(m_data->to - m_data->from).count();
    const QString detail =
        ReportWording::tr("%1 · workspace %2").arg(m_wording->days(days), text(m_data->workspace));
    const QString generated =
        ReportWording::tr("Generated %1 UTC by %2")
            .arg(m_wording->dateTime(m_data->generatedAt), m_options.generator);
    cover.paint = [company, period, detail, generated, logo = m_logo](QPainter& p, const QRectF&) {
        // The band bleeds to the page's edges.
        const QRectF band(0, 0, rs::kPageSize.width(), kCoverHeight);
        p.fillRect(band, rs::band());
        p.fillRect(QRectF(0, kCoverHeight - 5, rs::kPageSize.width(), 5), rs::accent());
        double right = rs::kPageSize.width() - rs::kMarginX;
        if (!logo.isNull()) {
            const QSizeF box(110, 64);
            QSizeF size = logo.size().scaled(box.toSize(), Qt::KeepAspectRatio);
            const QRectF plate(right - size.width() - 12, 40, size.width() + 12,
                               size.height() + 12);
            QPainterPath path;
            path.addRoundedRect(plate, 4, 4);
            p.fillPath(path, Qt::white);
            p.drawImage(QRectF(plate.left() + 6, plate.top() + 6, size.width(), size.height()),
                        logo);
            right = plate.left() - 12;
        }
        const double left = rs::kMarginX;
        const double width = right - left;
        p.setPen(QColor(0xc9, 0xd6, 0xea));
        p.setFont(rs::font(10, true));
        p.drawText(QRectF(left, 44, width, 16), Qt::AlignLeft, ReportWording::tr("SCALING REPORT"));
        p.setPen(Qt::white);
        const QFont big = rs::font(26, true);
        p.setFont(big);
        const QString name = QFontMetricsF(big).elidedText(company, Qt::ElideRight, width);
        p.drawText(QRectF(left, 64, width, 36), Qt::AlignLeft, name);
        p.setFont(rs::font(15));
        p.drawText(QRectF(left, 108, width, 22), Qt::AlignLeft, period);
        p.setPen(QColor(0xc9, 0xd6, 0xea));
        p.setFont(rs::font(9));
        p.drawText(QRectF(left, 136, width, 14), Qt::AlignLeft, detail);
        p.drawText(QRectF(left, 152, width, 14), Qt::AlignLeft, generated);
    };
    m_flow.push_back(std::move(cover));

    if (m_data->demo) {
        const QString demo = ReportWording::tr(
            "Demo data. Every figure in this report comes from Headroom's built-in demo "
            "workspace, generated to show the product; none of it is real telemetry.");
        const QFont font = rs::font(9, true);
        ReportPiece box;
        box.height = wrappedHeight(demo, font, rs::kContentWidth - 20) + 14;
        box.spaceAfter = 12.0;
        box.paint = [demo, font](QPainter& p, const QRectF& rect) {
            QPainterPath path;
            path.addRoundedRect(rect, 4, 4);
            p.fillPath(path, rs::demoFill());
            p.setPen(QPen(rs::demoInk(), 1.0));
            p.drawPath(path);
            p.setFont(font);
            p.drawText(rect.adjusted(10, 7, -10, -7), Qt::TextWordWrap, demo);
        };
        m_flow.push_back(std::move(box));
    }
}

void ReportDocument::addKeyFigures() {
    m_flow.push_back(headingPiece(ReportWording::sectionTitle(ReportSection::KeyFigures)));
    const ReportWording& w = *m_wording;
    auto cardOf = [&](std::string_view id) {
        Card card;
        card.name = ReportWording::figureName(id);
        const KeyFigure* f = m_data->figure(id);
        if (!f) {
            card.value = QStringLiteral("—");
            card.absent = ReportWording::reason(kReasonNotRequested);
            return card;
        }
        card.value = w.figureValue(*f);
        if (!f->value && !f->text) {
            card.absent = ReportWording::reason(f->reason);
            return card;
        }
        card.previous = (f->value || f->text) && (f->previous || f->previousText)
                            ? ReportWording::tr("Previous period: %1").arg(w.figurePrevious(*f))
                            : ReportWording::tr("Previous period: — (%1)")
                                  .arg(ReportWording::reason(f->previousReason));
        card.change = w.figureChange(*f);
        card.sense = ReportWording::changeSense(*f);
        return card;
    };
    std::vector<Card> cards;
    cards.push_back(cardOf(kFigureClients));
    Card tier = cardOf(kFigureTier);
    tier.name = ReportWording::tr("Tier and mode");
    if (const KeyFigure* mode = m_data->figure(kFigureMode); mode && mode->text) {
        tier.second = ReportWording::tr("Mode: %1").arg(w.figureValue(*mode));
    }
    cards.push_back(tier);
    cards.push_back(cardOf(kFigureHealth));
    cards.push_back(cardOf(kFigureHeadroom));
    cards.push_back(cardOf(kFigureUptime));
    cards.push_back(cardOf(kFigureErrorRate));
    cards.push_back(cardOf(kFigureAiSpend));
    cards.push_back(cardOf(kFigureTotalSpend));
    cards.push_back(cardOf(kFigureCostPerClient));

    constexpr int kColumns = 3;
    constexpr double kGap = 8.0;
    constexpr double kCardHeight = 86.0;
    const double cardWidth = (rs::kContentWidth - (kColumns - 1) * kGap) / kColumns;
    for (std::size_t row = 0; row * kColumns < cards.size(); ++row) {
        ReportPiece piece;
        piece.height = kCardHeight;
        piece.spaceAfter = kGap;
        std::vector<Card> rowCards(
            cards.begin() + std::ptrdiff_t(row * kColumns),
            cards.begin() + std::ptrdiff_t(std::min(cards.size(), (row + 1) * kColumns)));
        piece.paint = [rowCards, cardWidth](QPainter& p, const QRectF& rect) {
            for (std::size_t i = 0; i < rowCards.size(); ++i) {
                paintCard(p,
                          QRectF(rect.left() + double(i) * (cardWidth + kGap), rect.top(),
                                 cardWidth, rect.height()),
                          rowCards[i]);
            }
        };
        m_flow.push_back(std::move(piece));
    }
    m_flow.push_back(textPiece(
        ReportWording::tr("Changes compare with the previous period of the same length, %1. "
                          "Health is the mean of the stored scores; clients, tier, mode and "
                          "headroom are as stored at the end of each period. A dash marks a "
                          "figure with no data behind it.")
            .arg(m_wording->period(m_data->previousFrom, m_data->from)),
        rs::font(8), rs::muted(), 14.0));
}

void ReportDocument::addCappedTable(const std::vector<TableColumn>& columns,
                                    std::vector<QStringList> rows) {
    const std::size_t total = rows.size();
    if (total > kMaxTableRows) {
        rows.resize(kMaxTableRows);
    }
    appendTable(m_flow, columns, rows);
    if (total > kMaxTableRows) {
        m_flow.push_back(textPiece(ReportWording::tr("… and %1 more rows, all in the CSV files.")
                                       .arg(total - kMaxTableRows),
                                   rs::font(8), rs::muted(), 10.0));
    }
}

void ReportDocument::addSection(ReportSection section) {
    const SectionState* state = m_data->section(section);
    m_flow.push_back(headingPiece(ReportWording::sectionTitle(section)));
    const bool empty = state && state->empty;
    const QFont caption = rs::font(8);
    // A caption stays with the chart or table it explains.
    auto note = [&](const QString& s) {
        m_flow.push_back(textPiece(s, caption, rs::muted()));
        m_flow.back().keepWithNext = true;
    };
    if (empty && section != ReportSection::DataQuality) {
        m_flow.push_back(textPiece(ReportWording::emptySection(section, state->reason),
                                   rs::font(10), rs::ink(), 16.0));
        return;
    }
    switch (section) {
    case ReportSection::KeyFigures:
        break;
    case ReportSection::HealthTrend:
        note(ReportWording::tr("The overall health score (0–100) of every stored evaluation, "
                               "with the infrastructure score beside it. A break in a line is "
                               "a stretch without stored data."));
        m_flow.push_back(healthChartPiece(m_data, m_wording));
        break;
    case ReportSection::Utilisation: {
        std::set<std::string> metrics;
        for (const UtilisationPoint& p : m_data->utilisation) {
            metrics.insert(p.metric);
        }
        QString text = ReportWording::tr("Each metric as a share of the limit of the tier in "
                                         "force at the time; 100 % is the tier's limit.");
        if (metrics.size() > kReportUtilisationLines) {
            text += QLatin1Char(' ') + ReportWording::tr("The %1 metrics that came closest to "
                                                         "their limits of the %2 measured; "
                                                         "utilisation.csv holds them all.")
                                           .arg(kReportUtilisationLines)
                                           .arg(metrics.size());
        }
        note(text);
    }
        m_flow.push_back(utilisationChartPiece(m_data, m_wording));
        break;
    case ReportSection::Spend:
        note(m_data->spend.bucket == "month"
                 ? ReportWording::tr("AI spend per calendar month and provider, from the cost "
                                     "ledger.")
                 : ReportWording::tr("AI spend per day and provider, from the cost ledger. Days "
                                     "without any cost row are left empty."));
        m_flow.push_back(spendChartPiece(m_data, m_wording));
        addSpendDetails();
        break;
    case ReportSection::Clients:
        note(ReportWording::tr("The highest number of active clients stored in each interval."));
        m_flow.push_back(clientsChartPiece(m_data, m_wording));
        break;
    case ReportSection::ScalingTimeline:
        addTimeline();
        break;
    case ReportSection::Decisions:
        addDecisions();
        break;
    case ReportSection::StrainReadiness:
        m_flow.push_back(
            textPiece(m_data->strain.available
                          ? ReportWording::tr("Strain test results are stored for this period.")
                          : ReportWording::emptySection(section, m_data->strain.reason),
                      rs::font(10), rs::ink(), 16.0));
        break;
    case ReportSection::DataQuality:
        addQuality();
        break;
    }
    if (!m_flow.empty()) {
        m_flow.back().spaceAfter = std::max(m_flow.back().spaceAfter, 16.0);
    }
}

void ReportDocument::addSpendDetails() {
    const SpendSeries& spend = m_data->spend;
    const ReportWording& w = *m_wording;
    std::vector<QStringList> totals;
    for (const auto& [provider, total] : spend.providerTotals) {
        totals.push_back({w.providerName(provider), w.money(total)});
    }
    appendTable(m_flow,
                {{ReportWording::tr("Provider"), 3},
                 {ReportWording::tr("Spend in the period"), 2, Qt::AlignRight}},
                totals);
    if (spend.projection.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("No projection: %1.")
                                       .arg(ReportWording::reason(spend.projectionReason)),
                                   rs::font(9), rs::ink()));
        return;
    }
    std::vector<QStringList> rows;
    for (const ProjectedSpend& p : spend.projection) {
        rows.push_back({ReportWording::horizonName(p.horizon), w.money(p.expected),
                        spend.intervalKnown
                            ? ReportWording::tr("%1 – %2").arg(w.money(p.low), w.money(p.high))
                            : ReportWording::tr("not known")});
    }
    appendTable(m_flow,
                {{ReportWording::tr("Projected total spend"), 3},
                 {ReportWording::tr("Expected"), 2, Qt::AlignRight},
                 {ReportWording::tr("%1 interval").arg(w.percent(spend.intervalLevel * 100.0)), 3,
                  Qt::AlignRight}},
                rows);
    m_flow.push_back(textPiece(
        ReportWording::tr("Projected from the ledger as of the period's last day, with %1 "
                          "confidence: %2.")
            .arg(w.percent(spend.projectionConfidence * 100.0),
                 ReportWording::trustName(spend.projectionTrust)),
        rs::font(8), rs::muted()));
}

void ReportDocument::addTimeline() {
    const ReportWording& w = *m_wording;
    std::vector<QStringList> rows;
    for (const ScalingTimelineEntry& e : m_data->timeline) {
        QString change;
        if (e.kind == kTimelineTierChanged) {
            change = ReportWording::tr("%1 → %2").arg(w.tierName(e.from), w.tierName(e.to));
        } else if (e.kind == kTimelineModeSet) {
            change = ReportWording::tr("%1 → %2").arg(w.modeName(e.from), w.modeName(e.to));
        } else if (!e.from.empty() || !e.to.empty()) {
            change = ReportWording::tr("%1 → %2").arg(text(e.from), text(e.to));
        }
        rows.push_back({w.dateTime(e.at), ReportWording::timelineKind(e.kind), change,
                        e.actor.empty() ? ReportWording::tr("measured") : text(e.actor),
                        text(e.reason)});
    }
    addCappedTable({{ReportWording::tr("When (UTC)"), 2.2},
                    {ReportWording::tr("Change"), 2},
                    {ReportWording::tr("From → to"), 3},
                    {ReportWording::tr("By"), 1.6},
                    {ReportWording::tr("Reason"), 3.2}},
                   std::move(rows));
}

void ReportDocument::addDecisions() {
    const ReportWording& w = *m_wording;
    const DecisionSummary& d = m_data->decisions;
    const QString rate = d.acceptanceRate ? ReportWording::tr("%1 (%2 of %3 recommendations)")
                                                .arg(w.percent(*d.acceptanceRate * 100.0))
                                                .arg(d.acceptanceHits)
                                                .arg(d.acceptanceOf)
                                          : ReportWording::tr("— (nothing decided)");
    const QString accuracy = d.accuracy
                                 ? w.percent(*d.accuracy * 100.0)
                                 : ReportWording::tr("— (no outcome with a measured impact)");
    appendTable(
        m_flow, {{ReportWording::tr("Decisions"), 3}, {QString(), 4}},
        {{ReportWording::tr("Decided"), QString::number(d.decided)},
         {ReportWording::tr("Accepted / deferred / rejected"),
          QStringLiteral("%1 / %2 / %3").arg(d.accepted).arg(d.deferred).arg(d.rejected)},
         {ReportWording::tr("Acceptance rate"), rate},
         {ReportWording::tr("Implemented / failed / rolled back"),
          QStringLiteral("%1 / %2 / %3").arg(d.implemented).arg(d.failed).arg(d.rolledBack)},
         {ReportWording::tr("Predictions met"), accuracy}});

    std::vector<QStringList> rows;
    for (const DecisionRow& r : d.decisions) {
        rows.push_back(
            {w.dateTime(r.at), w.recommendationTitle(r.recommendationType),
             ReportWording::decisionVerdict(r.verdict), text(r.actor),
             r.revisitAt
                 ? ReportWording::tr("%1 (revisit %2)").arg(text(r.reason), w.day(*r.revisitAt))
                 : text(r.reason)});
    }
    addCappedTable({{ReportWording::tr("When (UTC)"), 2.2},
                    {ReportWording::tr("Recommendation"), 3.4},
                    {ReportWording::tr("Decision"), 1.5},
                    {ReportWording::tr("By"), 1.5},
                    {ReportWording::tr("Reason"), 3.4}},
                   std::move(rows));

    if (d.outcomes.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("No outcomes were recorded in this period."),
                                   rs::font(9), rs::ink()));
        return;
    }
    std::vector<QStringList> outcomes;
    for (const OutcomeRow& o : d.outcomes) {
        const QString predicted = o.predictedMin && o.predictedMax
                                      ? w.moneyRange(*o.predictedMin, *o.predictedMax)
                                      : QStringLiteral("—");
        QString measured = QStringLiteral("—");
        if (!o.measuredMetric.empty() && o.measuredBefore && o.measuredAfter) {
            measured = ReportWording::tr("%1: %2 → %3")
                           .arg(ReportWording::metricName(o.measuredMetric),
                                w.number(*o.measuredBefore, 2), w.number(*o.measuredAfter, 2));
        }
        outcomes.push_back(
            {w.day(o.at), w.recommendationTitle(o.recommendationType),
             ReportWording::outcomeStatus(o.status), predicted,
             o.actualMonthlyCost ? w.money(*o.actualMonthlyCost) : QStringLiteral("—"), measured,
             ReportWording::outcomeVerdict(o.verdict)});
    }
    addCappedTable({{ReportWording::tr("Day"), 1.8},
                    {ReportWording::tr("Recommendation"), 3},
                    {ReportWording::tr("Status"), 1.6},
                    {ReportWording::tr("Predicted / month"), 2.2},
                    {ReportWording::tr("Actual / month"), 1.6, Qt::AlignRight},
                    {ReportWording::tr("Measured impact"), 2.6},
                    {ReportWording::tr("Verdict"), 1.8}},
                   std::move(outcomes));
}

void ReportDocument::addQuality() {
    const ReportWording& w = *m_wording;
    const ReportDataQuality& q = m_data->quality;
    QStringList lines;
    lines << ReportWording::tr("%1 stored snapshots and summaries in the period; %2 evaluations "
                               "were read for the trend and this assessment.")
                 .arg(w.number(double(q.storedInstants)), w.number(double(q.samplesJudged)));
    if (q.meanConfidence) {
        lines << ReportWording::tr("Confidence of the truth layer: %1 on average, %2 at its "
                                   "lowest.")
                     .arg(w.percent(*q.meanConfidence * 100.0),
                          w.percent(q.minConfidence.value_or(0.0) * 100.0));
    } else {
        lines << ReportWording::tr("No evaluation was stored, so no confidence can be stated.");
    }
    lines << ReportWording::tr("Cost ledger: %1 of %2 days have no cost row.")
                 .arg(w.number(double(q.ledgerDaysMissing)), w.number(double(q.ledgerDays)));
    for (const QualityNote& n : q.notes) {
        lines << w.qualityNote(n);
    }
    if (q.notes.empty()) {
        lines << ReportWording::tr("No gaps, no stale or missing metrics: every figure rests on "
                                   "complete data.");
    }
    for (const QString& line : lines) {
        m_flow.push_back(textPiece(QStringLiteral("•  ") + line, rs::font(9), rs::ink(), 3.0));
    }
    m_flow.back().spaceAfter = 10.0;

    if (!q.gaps.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("Stretches without stored data"),
                                   rs::font(10, true), rs::ink(), 4.0));
        m_flow.back().keepWithNext = true;
        std::vector<QStringList> rows;
        for (const DataGap& g : q.gaps) {
            rows.push_back({w.dateTime(g.from), w.dateTime(g.to), w.duration(g.length)});
        }
        addCappedTable({{ReportWording::tr("From (UTC)"), 2},
                        {ReportWording::tr("To (UTC)"), 2},
                        {ReportWording::tr("Length"), 1.4, Qt::AlignRight}},
                       std::move(rows));
    }
    if (!q.flagged.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("Stale or missing metrics"),
                                   rs::font(10, true), rs::ink(), 4.0));
        m_flow.back().keepWithNext = true;
        std::vector<QStringList> rows;
        for (const FlaggedStretch& f : q.flagged) {
            QStringList metrics;
            for (const std::string& m : f.metrics) {
                metrics << ReportWording::metricName(m);
            }
            rows.push_back({w.dateTime(f.from), w.dateTime(f.to),
                            ReportWording::flaggedKind(f.kind),
                            metrics.join(QStringLiteral(", "))});
        }
        addCappedTable({{ReportWording::tr("From (UTC)"), 2},
                        {ReportWording::tr("To (UTC)"), 2},
                        {ReportWording::tr("Flag"), 1},
                        {ReportWording::tr("Metrics"), 4}},
                       std::move(rows));
    }
    if (!q.resolution.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("Resolution of the stored data"),
                                   rs::font(10, true), rs::ink(), 4.0));
        m_flow.back().keepWithNext = true;
        std::vector<QStringList> rows;
        for (const ResolutionStretch& r : q.resolution) {
            rows.push_back(
                {w.dateTime(r.from), w.dateTime(r.to), ReportWording::resolutionKind(r.kind)});
        }
        addCappedTable({{ReportWording::tr("From (UTC)"), 2},
                        {ReportWording::tr("To (UTC)"), 2},
                        {ReportWording::tr("Kept as"), 2}},
                       std::move(rows));
    }
}

void ReportDocument::paintChrome(QPainter& p, int index) const {
    const double width = rs::kPageSize.width();
    if (index > 0) {
        p.setFont(rs::font(8));
        p.setPen(rs::muted());
        const QRectF header(rs::kMarginX, 24, rs::kContentWidth, 12);
        p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title());
        p.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                   m_wording->period(m_data->from, m_data->to));
        p.setPen(QPen(rs::rule(), 0.6));
        p.drawLine(QPointF(rs::kMarginX, 39), QPointF(width - rs::kMarginX, 39));
    }
    const double footerY = rs::kPageSize.height() - 34;
    p.setPen(QPen(rs::rule(), 0.6));
    p.drawLine(QPointF(rs::kMarginX, footerY - 4), QPointF(width - rs::kMarginX, footerY - 4));
    const QRectF footer(rs::kMarginX, footerY, rs::kContentWidth, 12);
    p.setFont(rs::font(7));
    p.setPen(rs::muted());
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               ReportWording::tr("Generated %1 UTC · all times UTC")
                   .arg(m_wording->dateTime(m_data->generatedAt)));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               ReportWording::tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    if (m_data->demo) {
        p.setFont(rs::font(7, true));
        p.setPen(rs::demoInk());
        p.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, ReportWording::tr("DEMO DATA"));
    }
}

void ReportDocument::paintPage(QPainter& painter, int index) const {
    if (index < 0 || index >= pageCount()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const PlacedPiece& placed : m_pages[std::size_t(index)].pieces) {
        const ReportPiece& piece = m_flow[std::size_t(placed.piece)];
        if (piece.paint) {
            painter.save();
            piece.paint(painter, placed.rect);
            painter.restore();
        }
    }
    paintChrome(painter, index);
    painter.restore();
}

QImage ReportDocument::pageImage(int index, int widthPx) const {
    const double scale = double(widthPx) / rs::kPageSize.width();
    QImage image(QSize(widthPx, int(std::ceil(rs::kPageSize.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(painter, index);
    return image;
}

} // namespace headroom::ui
