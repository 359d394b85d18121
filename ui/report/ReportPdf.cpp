#include "report/ReportPdf.h"

#include "report/ReportDocument.h"
#include "report/ReportStyle.h"
#include "report/ReportWording.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace headroom::ui {

std::optional<QString> writeReportPdf(const ReportDocument& document, QIODevice& device,
                                      const ReportPageProgress& progress) {
    QPdfWriter writer(&device);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    writer.setTitle(document.title());
    writer.setCreator(QStringLiteral("Headroom " HEADROOM_VERSION));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return ReportWording::tr("the PDF could not be started");
    }
    // Paint in points whatever the writer's resolution.
    const double scale = double(writer.resolution()) / 72.0;
    painter.scale(scale, scale);
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(page, pages)) {
            painter.end();
            return ReportWording::tr("cancelled");
        }
        if (page > 0 && !writer.newPage()) {
            painter.end();
            return ReportWording::tr("page %1 could not be added").arg(page + 1);
        }
        document.paintPage(painter, page);
    }
    if (!painter.end()) {
        return ReportWording::tr("the PDF could not be finished");
    }
    if (progress) {
        progress(pages, pages);
    }
    return std::nullopt;
}

std::optional<QString> writeReportPdfFile(const ReportDocument& document, const QString& path,
                                          const ReportPageProgress& progress) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ReportWording::tr("%1 cannot be written: %2").arg(path, file.errorString());
    }
    if (auto problem = writeReportPdf(document, file, progress)) {
        file.cancelWriting();
        return problem;
    }
    if (!file.commit()) {
        return ReportWording::tr("%1 cannot be written: %2").arg(path, file.errorString());
    }
    return std::nullopt;
}

} // namespace headroom::ui
