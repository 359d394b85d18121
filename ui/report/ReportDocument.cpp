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
        card.previous = f->previous || f->previousText
                            ? ReportWording::tr("Previous period: %1").arg(w.figurePrevious(*f))
                            : ReportWording::previousAbsent(f->previousReason);
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
    addHighlights();
}

void ReportDocument::addHighlights() {
    // The period in a few sentences, each built from figures shown elsewhere in the report;
    // a sentence whose figures are absent is left out rather than guessed.
    const ReportWording& w = *m_wording;
    QStringList lines;
    const KeyFigure* clients = m_data->figure(kFigureClients);
    if (clients && clients->value && clients->previous) {
        lines << ReportWording::tr("Active clients went from %1 to %2 (%3).")
                     .arg(w.figurePrevious(*clients), w.figureValue(*clients),
                          w.figureChange(*clients));
    } else if (clients && clients->value) {
        lines << ReportWording::tr("%1 active clients at the end of the period.")
                     .arg(w.figureValue(*clients));
    }
    std::vector<const ScalingTimelineEntry*> tierChanges;
    for (const ScalingTimelineEntry& e : m_data->timeline) {
        if (e.kind == kTimelineTierChanged) {
            tierChanges.push_back(&e);
        }
    }
    const KeyFigure* tier = m_data->figure(kFigureTier);
    const KeyFigure* mode = m_data->figure(kFigureMode);
    if (!tierChanges.empty()) {
        const ScalingTimelineEntry& last = *tierChanges.back();
        lines << ReportWording::tr("The platform moved from the %1 tier to %2 on %3.")
                     .arg(w.tierName(tierChanges.front()->from), w.tierName(last.to),
                          w.day(last.at));
    } else if (tier && tier->text && mode && mode->text) {
        lines << ReportWording::tr("The platform stayed on the %1 tier, in %2 mode at the end.")
                     .arg(w.figureValue(*tier), w.figureValue(*mode));
    }
    const DecisionSummary& d = m_data->decisions;
    if (d.decided > 0) {
        lines << ReportWording::tr("%1 decisions on recommendations: %2 accepted, %3 deferred, %4 "
                                   "rejected.")
                     .arg(d.decided)
                     .arg(d.accepted)
                     .arg(d.deferred)
                     .arg(d.rejected);
    }
    const KeyFigure* ai = m_data->figure(kFigureAiSpend);
    const KeyFigure* total = m_data->figure(kFigureTotalSpend);
    const KeyFigure* perClient = m_data->figure(kFigureCostPerClient);
    if (ai && ai->value && total && total->value) {
        QString line = ReportWording::tr("AI spend was %1 of %2 in total")
                           .arg(w.figureValue(*ai), w.figureValue(*total));
        if (perClient && perClient->value) {
            line += ReportWording::tr(", %1 per client").arg(w.figureValue(*perClient));
        }
        lines << line + QLatin1Char('.');
    }
    if (m_data->quality.meanConfidence) {
        const std::size_t gaps = m_data->quality.gaps.size();
        lines << (gaps == 0 ? ReportWording::tr("The data behind these figures was complete, "
                                                "with %1 confidence on average.")
                                  .arg(w.percent(*m_data->quality.meanConfidence * 100.0))
                            : ReportWording::tr("Confidence in the data averaged %1; see Data "
                                                "quality for the stretches without data.")
                                  .arg(w.percent(*m_data->quality.meanConfidence * 100.0)));
    }
    if (lines.isEmpty()) {
        return;
    }
    m_flow.push_back(
        textPiece(ReportWording::tr("Highlights"), rs::font(11, true), rs::band(), 4.0));
    m_flow.back().keepWithNext = true;
    for (const QString& line : lines) {
        m_flow.push_back(textPiece(QStringLiteral("•  ") + line, rs::font(9), rs::ink(), 3.0));
    }
    m_flow.back().spaceAfter = 16.0;
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
        if (m_data->strain.available) {
            addStrain();
        } else {
            m_flow.push_back(textPiece(ReportWording::emptySection(section, m_data->strain.reason),
                                       rs::font(10), rs::ink(), 16.0));
        }
        break;
    case ReportSection::DataQuality:
        addQuality();
        break;
    }
    if (!m_flow.empty()) {
        m_flow.back().spaceAfter = std::max(m_flow.back().spaceAfter, 16.0);
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
