#include "ReportOutputPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace headroom::ui {

QString defaultReportFolder() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QDir::homePath();
    }
    return folder;
}

QString reportFileProblem(const QString& path, const QString& what) {
    if (path.trimmed().isEmpty()) {
        return ReportOutputPaths::tr("Choose where to save the %1.").arg(what);
    }
    const QFileInfo file(path);
    if (file.isDir()) {
        return ReportOutputPaths::tr("%1 is a folder; name a file for the %2.")
            .arg(QDir::toNativeSeparators(path), what);
    }
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir()) {
        return ReportOutputPaths::tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    if (!folder.isWritable() || (file.exists() && !file.isWritable())) {
        return ReportOutputPaths::tr("%1 cannot be written here: the folder or file is "
                                     "read-only.")
            .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

QString reportFolderProblem(const QString& path) {
    if (path.trimmed().isEmpty()) {
        return ReportOutputPaths::tr("Choose a folder for the CSV tables.");
    }
    const QFileInfo folder(path);
    if (folder.exists()) {
        if (!folder.isDir()) {
            return ReportOutputPaths::tr("%1 is a file, not a folder.")
                .arg(QDir::toNativeSeparators(path));
        }
        return folder.isWritable() ? QString()
                                   : ReportOutputPaths::tr("The folder %1 is read-only.")
                                         .arg(QDir::toNativeSeparators(path));
    }
    // A folder that does not exist yet is created, inside one that does.
    const QFileInfo parent(folder.absolutePath());
    if (!parent.isDir() || !parent.isWritable()) {
        return ReportOutputPaths::tr("The folder %1 cannot be created.")
            .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

} // namespace headroom::ui
