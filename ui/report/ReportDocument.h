#pragma once
// ReportDocument: an investor report laid out on A4 pages, ready to paint. It takes the figures
// computed once by the core (ReportData) and the founder's settings, words them
// (ReportWording), lays the sections out as a flow and paginates it, so the page count is known
// before a page is painted. Painting a page is independent of the others: the PDF writer paints
// them in turn, the export dialog's preview paints the first one.
//
// Every page but the cover carries a running header, and every page a footer with the
// generation time, "Page k of n" and, for the demo workspace, a "Demo data" label.

#include "report/ReportData.h"
#include "report/ReportFlow.h"

#include <memory>
#include <vector>

#include <QImage>
#include <QLocale>
#include <QString>

class QPainter;

namespace headroom::ui {

class ReportWording;

struct ReportPdfOptions {
    QString companyName; // empty: the workspace's title
    QString logoPath;    // empty: none; an unreadable file is left out (logoProblem says why)
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QString generator = QStringLiteral("Headroom " HEADROOM_VERSION);
};

class ReportDocument {
public:
    ReportDocument(ReportData data, ReportPdfOptions options);
    ~ReportDocument();
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` (0-based) with the painter's coordinates in points, (0, 0) the page's
    // top left; the caller scales the painter to its device.
    void paintPage(QPainter& painter, int index) const;
    // Page `index` as an image `widthPx` wide (the preview).
    QImage pageImage(int index, int widthPx) const;

    const ReportData& data() const { return *m_data; }
    QString title() const;       // "Acme Analytics — Scaling report"
    QString companyName() const; // as shown on the cover
    // Why the logo is not shown, when one was asked for and could not be read.
    const QString& logoProblem() const { return m_logoProblem; }

private:
    void build();
    void addCover();
    void addKeyFigures();
    void addHighlights();
    void addSection(ReportSection section);
    void addTimeline();
    void addDecisions();
    void addQuality();
    void addStrain();
    void addSpendDetails();
    void addCappedTable(const std::vector<TableColumn>& columns, std::vector<QStringList> rows);
    void paintChrome(QPainter& painter, int index) const;

    std::shared_ptr<const ReportData> m_data;
    std::shared_ptr<const ReportWording> m_wording;
    ReportPdfOptions m_options;
    QImage m_logo;
    QString m_logoProblem;
    std::vector<ReportPiece> m_flow;
    std::vector<ReportPageLayout> m_pages;
};

} // namespace headroom::ui
