#include "JobProgressDialog.h"

#include "ReplayWording.h"

#include <QPushButton>

namespace headroom::ui {

JobProgressDialog::JobProgressDialog(const QString& title, const QString& startText,
                                     QWidget* parent)
    : QProgressDialog(startText, tr("Cancel"), 0, 0, parent) {
    setObjectName(QStringLiteral("jobProgressDialog"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(0);
    // The job ends it (the result, an error or the cancellation), never a full bar by itself.
    setAutoClose(false);
    setAutoReset(false);
    setMinimumWidth(420);
    // QProgressDialog hides itself on cancel; it stays up saying so until the job confirms.
    disconnect(this, &QProgressDialog::canceled, this, &QProgressDialog::cancel);
    connect(this, &QProgressDialog::canceled, this, [this] {
        if (m_cancelling) {
            return;
        }
        m_cancelling = true;
        setLabelText(tr("Cancelling… nothing is kept."));
        if (auto* button = findChild<QPushButton*>()) {
            button->setEnabled(false);
        }
        emit cancelRequested();
    });
}

void JobProgressDialog::setProgress(const JobProgress& progress) {
    if (m_cancelling) {
        return;
    }
    setLabelText(ReplayWording::jobPhase(progress.phase));
    if (progress.total > 0) {
        setRange(0, 1000);
        setValue(int(1000.0 * double(progress.done) / double(progress.total)));
    } else {
        setRange(0, 0);
    }
}

} // namespace headroom::ui
