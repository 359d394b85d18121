// MainWindow: File > Export report… (issue 7). The dialog sets the report up and shows its first
// page; the figures come from the engine (Engine::requestReport, a job off the GUI thread) for
// the preview and again for the export. Only the newest preview is wanted: an older one still on
// its way is cancelled and its answer dropped by request id. The PDF is painted here, on the GUI
// thread because the charts are Qt Charts widgets, page by page with the event loop turning in
// between so that the progress moves and Cancel is heard; the CSV tables and the JSON follow,
// each file through a QSaveFile, so a failure or a cancel never leaves a half-written file.
#include "EngineBridge.h"
#include "ExportReportDialog.h"
#include "MainWindow.h"
#include "RememberedGeometry.h"
#include "Wording.h"
#include "report/ReportCsv.h"
#include "report/ReportDocument.h"
#include "report/ReportJson.h"
#include "report/ReportPdf.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPointer>
#include <QSaveFile>
#include <QStatusBar>
#include <QTimeZone>

namespace headroom::ui {

namespace {

QDate utcDay(Timestamp at) {
    return QDateTime::fromSecsSinceEpoch(qint64(at.time_since_epoch().count()), QTimeZone::utc())
        .date();
}

// Writes `text` to `path` whole or not at all; returns why not.
std::optional<QString> saveText(const QString& path, const std::string& text) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return file.errorString();
    }
    if (file.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        file.cancelWriting();
        return file.errorString();
    }
    if (!file.commit()) {
        return file.errorString();
    }
    return std::nullopt;
}

} // namespace

void MainWindow::setupReport() {
    m_exportReportAction = new QAction(tr("Export &report…"), this);
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    // Ctrl+Shift+R is the Recommendations tab's Reject button; P as in PDF.
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportReportAction->setToolTip(tr("Write an investor report of the shown workspace as a "
                                        "PDF, with CSV tables and JSON if wanted"));
    connect(m_exportReportAction, &QAction::triggered, this, [this] { openReportDialog(); });
    // After "Export bundle…", before "Close bundle" (setupReplay added them).
    QAction* before = m_closeBundleAction != nullptr
                          ? m_closeBundleAction
                          : findChild<QAction*>(QStringLiteral("quitAction"));
    m_fileMenu->insertAction(before, m_exportReportAction);
    addAction(m_exportReportAction);

    connect(m_bridge, &EngineBridge::reportReady, this,
            [this](quint64 id, const ReportData& report) {
                if (id == 0) {
                    return;
                }
                if (id == m_reportPreviewJob) {
                    m_reportPreviewJob = 0;
                    if (m_reportDialog) {
                        m_reportDialog->setPreviewData(report);
                    }
                } else if (id == m_reportExportJob) {
                    m_reportExportJob = 0;
                    writeReportFiles(report);
                }
            });
    connect(m_bridge, &EngineBridge::jobProgress, this,
            [this](quint64 id, const JobProgress& progress) {
                if (id != 0 && id == m_reportExportJob && m_reportDialog) {
                    m_reportDialog->setReading(progress.done, progress.total);
                }
            });
    connect(m_bridge, &EngineBridge::jobCancelled, this, [this](quint64 id) {
        if (id == 0) {
            return;
        }
        if (id == m_reportPreviewJob) {
            m_reportPreviewJob = 0;
        } else if (id == m_reportExportJob) {
            m_reportExportJob = 0;
            if (m_reportDialog) {
                m_reportDialog->setCancelled();
            }
        }
    });
    connect(m_bridge, &EngineBridge::errorOccurred, this, [this](quint64 id, const Error& error) {
        if (id == 0) {
            return;
        }
        const QString message = QString::fromStdString(error.message);
        if (id == m_reportPreviewJob) {
            m_reportPreviewJob = 0;
            if (m_reportDialog) {
                m_reportDialog->setPreviewError(message);
            }
        } else if (id == m_reportExportJob) {
            m_reportExportJob = 0;
            if (m_reportDialog) {
                m_reportDialog->setFailed(
                    tr("The report could not be made: %1\nNo file was written or replaced.")
                        .arg(message));
            }
        }
    });
    connect(m_bridge, &EngineBridge::replaySpanReady, this,
            [this](quint64 id, const ReplaySpan& span) {
                if (id == 0 || id != m_reportSpanRequest) {
                    return;
                }
                m_reportSpanRequest = 0;
                if (m_reportDialog &&
                    m_reportDialog->workspace() == QString::fromStdString(span.workspace)) {
                    m_reportDialog->setSpan(
                        span.from ? std::optional(utcDay(*span.from)) : std::nullopt,
                        span.to ? std::optional(utcDay(*span.to)) : std::nullopt);
                }
            });
}

ExportReportDialog* MainWindow::openReportDialog() {
    if (m_reportDialog) {
        m_reportDialog->raise();
        m_reportDialog->activateWindow();
        return m_reportDialog;
    }
    if (m_currentName.isEmpty()) {
        statusBar()->showMessage(tr("No workspace is shown yet."), 5000);
        return nullptr;
    }
    ReportDialogContext context;
    context.workspace = m_currentName;
    context.workspaceTitle = m_workspaceCombo->currentText();
    for (const Workspace& workspace : m_workspaces) {
        if (QString::fromStdString(workspace.name) == m_currentName && !workspace.title.empty()) {
            context.workspaceTitle = Wording::workspaceTitle(workspace);
        }
    }
    const bool spanKnown = m_span && QString::fromStdString(m_span->workspace) == m_currentName &&
                           m_span->from && m_span->to;
    if (spanKnown) {
        context.firstDay = utcDay(*m_span->from);
        context.lastDay = utcDay(*m_span->to);
    }
    // Replaying (always, for a bundle): the report ends on the day shown.
    if (m_replayAt) {
        context.today = utcDay(*m_replayAt);
    } else if (isBundleShown() && spanKnown) {
        context.today = *context.lastDay;
    } else {
        context.today = QDateTime::currentDateTimeUtc().date();
    }

    auto* dialog = new ExportReportDialog(std::move(context), m_settings, this);
    RememberedGeometry::attach(dialog, m_settings, QStringLiteral("report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reportDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this] {
        m_reportDialog = nullptr;
        forgetReportJobs();
    });
    connect(dialog, &ExportReportDialog::previewRequested, this,
            [this](const ReportRequest& request) {
                if (m_reportPreviewJob != 0) {
                    m_engine.cancelJob(m_reportPreviewJob); // only the newest is wanted
                }
                m_reportPreviewJob = m_engine.requestReport(request);
            });
    connect(dialog, &ExportReportDialog::exportRequested, this, &MainWindow::startReportExport);
    connect(dialog, &ExportReportDialog::cancelRequested, this, [this] {
        // While reading, the engine stops the job (jobCancelled ends it); while drawing, the
        // page loop sees the dialog's request at the next page.
        if (m_reportExportJob != 0) {
            m_engine.cancelJob(m_reportExportJob);
        }
    });
    if (!spanKnown) {
        m_reportSpanRequest = m_engine.requestReplaySpan(m_currentName.toStdString());
    }
    dialog->open();
    return dialog;
}

void MainWindow::forgetReportJobs() {
    for (RequestId* job : {&m_reportPreviewJob, &m_reportExportJob}) {
        if (*job != 0) {
            m_engine.cancelJob(*job);
            *job = 0;
        }
    }
    m_reportSpanRequest = 0;
}

void MainWindow::startReportExport() {
    if (!m_reportDialog) {
        return;
    }
    if (m_reportExportJob != 0) {
        m_engine.cancelJob(m_reportExportJob);
    }
    m_reportExportJob = m_engine.requestReport(m_reportDialog->reportRequest());
    m_reportDialog->setReading(0, 0);
}

void MainWindow::writeReportFiles(const ReportData& data) {
    if (m_reportDialog == nullptr) {
        return;
    }
    if (m_reportDialog->isCancelRequested()) {
        m_reportDialog->setCancelled();
        return;
    }
    const QString pdfPath = m_reportDialog->pdfPath();
    const QString csvFolder = m_reportDialog->csvFolder();
    const QString jsonPath = m_reportDialog->jsonPath();
    const ReportDocument document(data, m_reportDialog->pdfOptions());
    m_reportDialog->setDrawing(0, document.pageCount());

    // The event loop turns after each page: the bar moves, Cancel is heard. The dialog refuses
    // to close while exporting, so it outlives the loop unless the window itself goes.
    const QPointer<ExportReportDialog> guard = m_reportDialog;
    const auto problem =
        writeReportPdfFile(document, pdfPath, [guard](int page, int pages) -> bool {
            if (ExportReportDialog* d = guard.data()) {
                d->setDrawing(page, pages);
            } else {
                return false;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            const ExportReportDialog* d = guard.data();
            return d != nullptr && !d->isCancelRequested();
        });
    ExportReportDialog* dialog = guard.data();
    if (dialog == nullptr) {
        return;
    }
    if (problem) {
        if (dialog->isCancelRequested()) {
            dialog->setCancelled();
        } else {
            dialog->setFailed(
                tr("The PDF could not be written: %1\nNo file was replaced.").arg(*problem));
        }
        return;
    }
    QStringList written{pdfPath};

    if (!csvFolder.isEmpty()) {
        dialog->setWriting(tr("Writing the CSV tables…"));
        QString failure;
        if (!QDir().mkpath(csvFolder)) {
            failure = tr("the folder cannot be created");
        } else {
            for (const auto& [name, text] : reportToCsv(data)) {
                if (auto why =
                        saveText(QDir(csvFolder).filePath(QString::fromStdString(name)), text)) {
                    failure = tr("%1: %2").arg(QString::fromStdString(name), *why);
                    break;
                }
            }
        }
        if (!failure.isEmpty()) {
            dialog->setFailed(tr("The PDF was saved as %1, but the CSV tables could not be "
                                 "written to %2 (%3).")
                                  .arg(QDir::toNativeSeparators(pdfPath),
                                       QDir::toNativeSeparators(csvFolder), failure));
            return;
        }
        written << csvFolder;
    }
    if (!jsonPath.isEmpty()) {
        dialog->setWriting(tr("Writing the JSON…"));
        if (auto why = saveText(jsonPath, reportToJsonText(data))) {
            dialog->setFailed(
                tr("The PDF was saved as %1, but the JSON could not be written to %2 (%3).")
                    .arg(QDir::toNativeSeparators(pdfPath), QDir::toNativeSeparators(jsonPath),
                         *why));
            return;
        }
        written << jsonPath;
    }
    dialog->setSucceeded(written);
    statusBar()->showMessage(tr("Report saved: %1").arg(QDir::toNativeSeparators(pdfPath)), 15000);
}

} // namespace headroom::ui
