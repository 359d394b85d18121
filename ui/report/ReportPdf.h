#pragma once
// ReportPdf: writes a ReportDocument as a PDF with Qt's own PDF writer: A4, real (searchable,
// selectable) text in embedded font subsets, charts as vectors, the title and creator in the
// document's metadata. Pages are painted one after another; `progress` hears of each and can
// stop the run, in which case nothing is written (the file is replaced only when complete).

#include <functional>
#include <optional>

#include <QString>

class QIODevice;

namespace headroom::ui {

class ReportDocument;

// page: pages painted so far; return false to stop.
using ReportPageProgress = std::function<bool(int page, int pages)>;

// Paints every page into `device` (open for writing). Returns why not, or nullopt on success;
// a stop asked through `progress` is "cancelled".
std::optional<QString> writeReportPdf(const ReportDocument& document, QIODevice& device,
                                      const ReportPageProgress& progress = {});

// Writes `path` through a QSaveFile: an existing file is replaced only by a complete report.
std::optional<QString> writeReportPdfFile(const ReportDocument& document, const QString& path,
                                          const ReportPageProgress& progress = {});

} // namespace headroom::ui
