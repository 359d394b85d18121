#include "ReportPdfCommand.h"

#include "ConsoleLanguage.h"
#include "report/ReportDocument.h"
#include "report/ReportPdf.h"

#include <cstdio>

#include <QApplication>
#include <QLocale>

namespace headroom {

namespace {

Result<void> writePdf(const ReportData& data, const cli::ReportPdfSettings& settings,
                      const std::filesystem::path& out) {
    // Qt Charts draws through QGraphicsWidget, which needs a QApplication; the offscreen
    // platform gives one without a display, so the command runs from cron or over SSH.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The command prints its own errors; Qt's start-up chatter (XDG_RUNTIME_DIR not set, ...)
    // would only clutter a cron mail.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        if (type == QtCriticalMsg || type == QtFatalMsg) {
            std::fprintf(stderr, "headroom report: %s\n", qPrintable(text));
        }
    });
    static int argc = 1;
    static char name[] = "headroom";
    static char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    // The report speaks the system's language with its formats, as the console does without a
    // preference; cron's POSIX "C" locale reads as English.
    ui::ConsoleLanguage language;
    language.install(ui::ConsoleLanguage::localeFor({}));

    ui::ReportPdfOptions options;
    options.companyName = QString::fromStdString(settings.companyName);
    options.logoPath = QString::fromStdString(settings.logoPath);
    options.locale = QLocale();
    const ui::ReportDocument document(data, options);
    if (!document.logoProblem().isEmpty()) {
        return std::unexpected(
            Error{ErrorCode::ValidationError, document.logoProblem().toStdString()});
    }
    if (auto problem = ui::writeReportPdfFile(document, QString::fromStdString(out.string()), {})) {
        return std::unexpected(Error{ErrorCode::IoError, problem->toStdString()});
    }
    return {};
}

} // namespace

cli::ReportPdfWriter qtReportPdfWriter() {
    return writePdf;
}

} // namespace headroom
