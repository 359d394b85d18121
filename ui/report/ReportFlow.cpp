#include "report/ReportFlow.h"

#include "report/ReportStyle.h"

#include <algorithm>
#include <memory>
#include <numeric>

#include <QFontMetricsF>
#include <QPainter>

namespace headroom::ui {

namespace rs = reportstyle;

namespace {

constexpr double kCellPadX = 4.0;
constexpr double kCellPadY = 3.5;

bool fits(double y, double height) {
    return y + height <= rs::kContentBottom + 0.01;
}

} // namespace

double wrappedHeight(const QString& text, const QFont& font, double width) {
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

std::vector<ReportPageLayout> paginate(const std::vector<ReportPiece>& flow, double firstTop) {
    std::vector<ReportPageLayout> pages(1);
    double y = firstTop;
    auto newPage = [&] {
        pages.emplace_back();
        y = rs::kContentTop;
    };
    auto place = [&](int index) {
        const ReportPiece& p = flow[std::size_t(index)];
        pages.back().pieces.push_back(
            {index, QRectF(rs::kMarginX, y, rs::kContentWidth, p.height)});
        y += p.height + p.spaceAfter;
    };
    const int count = int(flow.size());
    for (int i = 0; i < count; ++i) {
        const ReportPiece& piece = flow[std::size_t(i)];
        const bool pageEmpty = pages.back().pieces.empty();
        if (piece.kind == ReportPiece::Kind::PageBreak) {
            if (!pageEmpty) {
                newPage();
            }
            continue;
        }
        // A chain of pieces kept with the next one (a heading, a caption, a table header) moves
        // as one with the piece that ends it.
        double needed = piece.height;
        for (int j = i; j + 1 < count; ++j) {
            const ReportPiece& current = flow[std::size_t(j)];
            const ReportPiece& next = flow[std::size_t(j + 1)];
            if (!current.keepWithNext || next.kind == ReportPiece::Kind::PageBreak) {
                break;
            }
            needed += current.spaceAfter + next.height;
        }
        if (!pageEmpty && !fits(y, needed)) {
            newPage();
            if (piece.kind == ReportPiece::Kind::TableRow && piece.header >= 0) {
                place(piece.header); // the table goes on: its header again
            }
        }
        place(i);
    }
    return pages;
}

ReportPiece textPiece(const QString& text, const QFont& font, const QColor& colour,
                      double spaceAfter) {
    ReportPiece piece;
    piece.height = wrappedHeight(text, font, rs::kContentWidth);
    piece.spaceAfter = spaceAfter;
    piece.paint = [text, font, colour](QPainter& p, const QRectF& rect) {
        p.setFont(font);
        p.setPen(colour);
        p.drawText(rect, Qt::TextWordWrap, text);
    };
    return piece;
}

ReportPiece headingPiece(const QString& title) {
    const QFont font = rs::font(15, true);
    ReportPiece piece;
    piece.kind = ReportPiece::Kind::Heading;
    piece.keepWithNext = true;
    piece.height = QFontMetricsF(font).height() + 6.0;
    piece.spaceAfter = 8.0;
    piece.paint = [title, font](QPainter& p, const QRectF& rect) {
        p.setFont(font);
        p.setPen(rs::band());
        p.drawText(rect, Qt::AlignLeft | Qt::AlignTop, title);
        p.setPen(QPen(rs::accent(), 1.2));
        p.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
    };
    return piece;
}

void appendTable(std::vector<ReportPiece>& flow, const std::vector<TableColumn>& columns,
                 const std::vector<QStringList>& rows) {
    const double total =
        std::accumulate(columns.begin(), columns.end(), 0.0,
                        [](double s, const TableColumn& c) { return s + c.width; });
    auto widths = std::make_shared<std::vector<double>>();
    for (const TableColumn& c : columns) {
        widths->push_back(rs::kContentWidth * c.width / total);
    }
    auto alignments = std::make_shared<std::vector<Qt::Alignment>>();
    for (const TableColumn& c : columns) {
        alignments->push_back(c.alignment);
    }
    const QFont headerFont = rs::font(8, true);
    const QFont cellFont = rs::font(8);

    auto rowHeight = [&](const QStringList& cells, const QFont& font) {
        double h = 0.0;
        for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths->size()); ++c) {
            h = std::max(h,
                         wrappedHeight(cells[c], font, (*widths)[std::size_t(c)] - 2 * kCellPadX));
        }
        return h + 2 * kCellPadY;
    };
    auto paintCells = [widths, alignments](QPainter& p, const QRectF& rect,
                                           const QStringList& cells) {
        double x = rect.left();
        for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths->size()); ++c) {
            const double w = (*widths)[std::size_t(c)];
            const QRectF cell(x + kCellPadX, rect.top() + kCellPadY, w - 2 * kCellPadX,
                              rect.height() - 2 * kCellPadY);
            p.drawText(cell, int((*alignments)[std::size_t(c)]) | Qt::AlignTop | Qt::TextWordWrap,
                       cells[c]);
            x += w;
        }
    };

    QStringList titles;
    for (const TableColumn& c : columns) {
        titles << c.title;
    }
    ReportPiece header;
    header.kind = ReportPiece::Kind::TableHeader;
    header.keepWithNext = true;
    header.height = rowHeight(titles, headerFont);
    header.paint = [titles, headerFont, paintCells](QPainter& p, const QRectF& rect) {
        p.setFont(headerFont);
        p.setPen(rs::muted());
        paintCells(p, rect, titles);
        p.setPen(QPen(rs::ink(), 0.8));
        p.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
    };
    const int headerIndex = int(flow.size());
    flow.push_back(std::move(header));

    for (std::size_t r = 0; r < rows.size(); ++r) {
        ReportPiece row;
        row.kind = ReportPiece::Kind::TableRow;
        row.header = headerIndex;
        row.height = rowHeight(rows[r], cellFont);
        const bool shaded = r % 2 == 1;
        row.paint = [cells = rows[r], cellFont, shaded, paintCells](QPainter& p,
                                                                    const QRectF& rect) {
            if (shaded) {
                p.fillRect(rect, rs::zebra());
            }
            p.setFont(cellFont);
            p.setPen(rs::ink());
            paintCells(p, rect, cells);
        };
        flow.push_back(std::move(row));
    }
    if (!flow.empty()) {
        flow.back().spaceAfter = 10.0;
    }
}

} // namespace headroom::ui
