#pragma once
// ReportCharts: the investor report's charts, drawn with Qt Charts into any QPainter (a PDF page,
// a preview image) as vectors. Each chart is built when its piece is painted and shows only the
// stored points: a stretch without data is a break in the line, never a line drawn across it.
// Time axes read in UTC like the rest of the report.

#include "report/ReportData.h"
#include "report/ReportFlow.h"

#include <memory>

namespace headroom::ui {

class ReportWording;

inline constexpr double kReportChartHeight = 210.0;
// The utilisation chart draws the metrics that came closest to their limits, at most this many.
inline constexpr std::size_t kReportUtilisationLines = 5;

ReportPiece healthChartPiece(std::shared_ptr<const ReportData> data,
                             std::shared_ptr<const ReportWording> wording);
ReportPiece utilisationChartPiece(std::shared_ptr<const ReportData> data,
                                  std::shared_ptr<const ReportWording> wording);
ReportPiece spendChartPiece(std::shared_ptr<const ReportData> data,
                            std::shared_ptr<const ReportWording> wording);
ReportPiece clientsChartPiece(std::shared_ptr<const ReportData> data,
                              std::shared_ptr<const ReportWording> wording);

} // namespace headroom::ui
