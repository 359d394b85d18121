#pragma once
// ReportFlow: the report's content as a flow of measured pieces (blocks, headings, table rows)
// and the pagination that places them on A4 pages: a heading never ends a page, a table that
// runs over repeats its header on the next page, and a piece taller than a page gets a page of
// its own. Heights are known when a piece is made (the content width is fixed), so the page
// count, and with it "Page k of n", is known before anything is painted.

#include <functional>
#include <vector>

#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QFont;
class QColor;

namespace headroom::ui {

struct ReportPiece {
    enum class Kind { Block, Heading, TableHeader, TableRow, PageBreak };
    Kind kind = Kind::Block;
    double height = 0.0;
    double spaceAfter = 0.0;
    int header = -1; // a table row: the index of its table's header piece
    // Never the last piece on a page (headings, the caption above a chart): it moves to the
    // next page together with what follows it.
    bool keepWithNext = false;
    std::function<void(QPainter&, const QRectF&)> paint;
};

struct PlacedPiece {
    int piece = 0; // index into the flow
    QRectF rect;
};

struct ReportPageLayout {
    std::vector<PlacedPiece> pieces;
};

// `firstTop`: where content starts on the first page (the cover starts at the page's top).
std::vector<ReportPageLayout> paginate(const std::vector<ReportPiece>& flow, double firstTop);

// ---- pieces ----
struct TableColumn {
    QString title;
    double width = 1.0; // relative
    Qt::Alignment alignment = Qt::AlignLeft;
};

// A paragraph of wrapped text.
ReportPiece textPiece(const QString& text, const QFont& font, const QColor& colour,
                      double spaceAfter = 6.0);
// A section heading with a rule under it.
ReportPiece headingPiece(const QString& title);
// Appends a table: its header and one piece per row (cells wrap; rows alternate shading).
void appendTable(std::vector<ReportPiece>& flow, const std::vector<TableColumn>& columns,
                 const std::vector<QStringList>& rows);

// The height `text` takes when wrapped to `width` in `font`.
double wrappedHeight(const QString& text, const QFont& font, double width);

} // namespace headroom::ui
