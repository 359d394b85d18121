#pragma once
// JobProgressDialog: the progress of one long engine job (opening or exporting a bundle) with a
// Cancel button, window-modal and non-blocking, so the window keeps answering while it works.
// It words the job's phases (ReplayWording::jobPhase) and emits cancelRequested once when the
// founder cancels; MainWindow asks the engine to stop and closes it when the job ends.

#include "model/JobProgress.h"

#include <QProgressDialog>

namespace headroom::ui {

class JobProgressDialog : public QProgressDialog {
    Q_OBJECT

public:
    JobProgressDialog(const QString& title, const QString& startText, QWidget* parent);

    void setProgress(const JobProgress& progress);
    // "Cancelling…" after Cancel, until the job's end closes the dialog.
    bool isCancelling() const { return m_cancelling; }

signals:
    void cancelRequested();

private:
    bool m_cancelling = false;
};

} // namespace headroom::ui
