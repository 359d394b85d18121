#pragma once
// Where the report's files may go: why a chosen PDF or JSON file, or a CSV folder, cannot be
// written (checked before any work starts, so a refusal is shown beside the field), and the
// folder a new report is offered in.

#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

class ReportOutputPaths {
    Q_DECLARE_TR_FUNCTIONS(ReportOutputPaths)
};

// Why `path` cannot be written as the report's `what` ("PDF", "JSON"), or empty. Its folder must
// exist; a read-only folder or file is refused.
QString reportFileProblem(const QString& path, const QString& what);
// Why the CSV tables cannot go to `path`, or empty; a missing folder is fine if it can be created.
QString reportFolderProblem(const QString& path);
// The user's Documents folder, else the home folder.
QString defaultReportFolder();

} // namespace headroom::ui
