// MainWindow: offline replay (issue 6). Bundles are opened, exported and closed as engine jobs
// with a progress dialog and Cancel; the timeline bar under the tabs moves a cursor through the
// shown workspace's stored history, and every tab then shows the stored state at the cursor,
// read-only. One replay view is asked for at a time: a cursor moved while one is on its way is
// remembered, and only the newest is asked for next, so scrubbing and playing never queue up
// requests. "What if…" re-runs the engine over the history with an edited catalog.
#include "EngineBridge.h"
#include "ExportBundleDialog.h"
#include "HistoryTab.h"
#include "JobProgressDialog.h"
#include "MainWindow.h"
#include "RecommendationsTab.h"
#include "RememberedGeometry.h"
#include "ReplayBar.h"
#include "ReplayWording.h"
#include "ScalingPanel.h"
#include "WhatIfDialog.h"
#include "Wording.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

ReplayMarkKind markKindOf(TimelineMarkKind kind) {
    switch (kind) {
    case TimelineMarkKind::TierChange:
        return ReplayMarkKind::TierChange;
    case TimelineMarkKind::AdviceChange:
        return ReplayMarkKind::AdviceChange;
    case TimelineMarkKind::Decision:
    case TimelineMarkKind::ModeSet: // the founder's own act, like a decision
        return ReplayMarkKind::Decision;
    }
    return ReplayMarkKind::AdviceChange;
}

QString bundleLabel(const QString& workspace) {
    return workspace.mid(int(kBundleWorkspacePrefix.size()));
}

} // namespace

bool MainWindow::isBundleShown() const {
    return isBundleWorkspace(m_currentName.toStdString());
}

QWidget* MainWindow::buildReplayArea() {
    m_replayArea = new QWidget(this);
    m_replayArea->setObjectName(QStringLiteral("replayArea"));
    auto* layout = new QVBoxLayout(m_replayArea);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    m_replayBanner = new QLabel(m_replayArea);
    m_replayBanner->setObjectName(QStringLiteral("replayBanner"));
    m_replayBanner->setWordWrap(true);
    m_replayBanner->setTextFormat(Qt::RichText);
    m_replayBanner->setAccessibleName(tr("Replay state"));
    m_replayBar = new ReplayBar(m_replayArea);
    m_replayBar->setObjectName(QStringLiteral("replayBar"));
    layout->addWidget(m_replayBanner);
    layout->addWidget(m_replayBar);
    m_replayArea->hide();
    return m_replayArea;
}

void MainWindow::setupReplay() {
    // The header's second badge, beside the demo one: a bundle is a copy, never the business now.
    m_bundleBadge = new QLabel(this);
    m_bundleBadge->setObjectName(QStringLiteral("bundleBadge"));
    m_bundleBadge->setStyleSheet(
        QStringLiteral("QLabel#bundleBadge { background: #1864ab; color: white; font-weight: bold; "
                       "border-radius: 10px; padding: 3px 12px; }"));
    m_bundleBadge->hide();
    if (auto* header = findChild<QWidget*>(QStringLiteral("header"))) {
        auto* row = static_cast<QHBoxLayout*>(header->layout());
        row->insertWidget(row->indexOf(m_demoBadge) + 1, m_bundleBadge);
    }

    // File: open, export and close bundles, before Quit.
    QAction* quit = findChild<QAction*>(QStringLiteral("quitAction"));
    auto* open = new QAction(tr("&Open bundle…"), this);
    open->setObjectName(QStringLiteral("openBundleAction"));
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a saved bundle read-only, beside the live workspace"));
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open bundle"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Headroom bundles (*.hrbundle);;All files (*)"));
        if (!path.isEmpty()) {
            openBundle(path);
        }
    });
    m_exportBundleAction = new QAction(tr("&Export bundle…"), this);
    m_exportBundleAction->setObjectName(QStringLiteral("exportBundleAction"));
    m_exportBundleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportBundleAction->setToolTip(tr("Save the shown workspace, or some of its days, to a "
                                        "bundle file for offline replay"));
    connect(m_exportBundleAction, &QAction::triggered, this, [this] { openExportDialog(); });
    m_closeBundleAction = new QAction(tr("&Close bundle"), this);
    m_closeBundleAction->setObjectName(QStringLiteral("closeBundleAction"));
    m_closeBundleAction->setShortcut(QKeySequence::Close);
    m_closeBundleAction->setToolTip(tr("Forget the shown bundle; its file stays as it is"));
    m_closeBundleAction->setEnabled(false);
    connect(m_closeBundleAction, &QAction::triggered, this, &MainWindow::closeBundle);
    m_fileMenu->insertAction(quit, open);
    m_fileMenu->insertAction(quit, m_exportBundleAction);
    m_fileMenu->insertAction(quit, m_closeBundleAction);
    m_fileMenu->insertSeparator(quit);
    addAction(open);
    addAction(m_exportBundleAction);

    // Replay: the timeline and what-if.
    auto* replayMenu = new QMenu(tr("&Replay"), this);
    replayMenu->setObjectName(QStringLiteral("replayMenu"));
    menuBar()->insertMenu(m_helpMenu->menuAction(), replayMenu);
    m_timelineAction = replayMenu->addAction(tr("Show &timeline"));
    m_timelineAction->setObjectName(QStringLiteral("timelineAction"));
    m_timelineAction->setCheckable(true);
    m_timelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_timelineAction->setToolTip(tr("Scrub through the stored history; every tab shows the state "
                                    "at the cursor"));
    connect(m_timelineAction, &QAction::toggled, this, [this](bool on) {
        m_replayArea->setVisible(on || isBundleShown());
        if (m_replayArea->isVisible() && !m_span) {
            requestSpan();
        }
        if (!on && !isBundleShown()) {
            goLive();
        }
    });
    m_whatIfAction = replayMenu->addAction(tr("&What if…"));
    m_whatIfAction->setObjectName(QStringLiteral("whatIfAction"));
    m_whatIfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_whatIfAction->setToolTip(tr("Re-run the engine over the stored history with other limits "
                                  "and see which advice would have come earlier or later"));
    connect(m_whatIfAction, &QAction::triggered, this, [this] { openWhatIf(); });
    addAction(m_timelineAction);
    addAction(m_whatIfAction);

    m_replayHistoryTimer = new QTimer(this);
    m_replayHistoryTimer->setSingleShot(true);
    m_replayHistoryTimer->setInterval(300); // the History tab follows once the cursor rests
    connect(m_replayHistoryTimer, &QTimer::timeout, this, &MainWindow::refreshHistory);
    connect(m_replayBar, &ReplayBar::cursorChanged, this, &MainWindow::onCursorChanged);
    connect(m_replayBanner, &QLabel::linkActivated, this, [this] { m_replayBar->goToEnd(); });

    connect(m_bridge, &EngineBridge::replaySpanReady, this,
            [this](quint64 id, const ReplaySpan& span) {
                if (id == m_spanRequest) {
                    showSpan(span);
                }
            });
    connect(
        m_bridge, &EngineBridge::replayViewReady, this, [this](quint64 id, const ReplayView& view) {
            if (id != m_replayViewRequest) {
                return;
            }
            m_replayViewRequest = 0;
            if (m_replayAt && QString::fromStdString(view.view.workspace.name) == m_currentName) {
                showReplayView(view);
            }
            if (m_pendingCursor) {
                const Timestamp next = *m_pendingCursor;
                m_pendingCursor.reset();
                if (m_replayAt) {
                    requestReplayView(next);
                }
            }
        });
    connect(m_bridge, &EngineBridge::jobProgress, this,
            [this](quint64 id, const JobProgress& progress) {
                if (id == m_job && m_jobDialog) {
                    m_jobDialog->setProgress(progress);
                } else if (id == m_whatIfJob && m_whatIfDialog) {
                    m_whatIfDialog->setRunning(progress);
                }
            });
    connect(m_bridge, &EngineBridge::jobCancelled, this, [this](quint64 id) {
        if (m_importJobs.erase(id) > 0 || m_exportJobs.erase(id) > 0) {
            endJob(id);
            statusBar()->showMessage(tr("Cancelled; nothing was kept."), 8000);
        } else if (id == m_whatIfJob) {
            m_whatIfJob = 0;
            if (m_whatIfDialog) {
                m_whatIfDialog->setCancelled();
            }
        }
    });
    connect(m_bridge, &EngineBridge::bundleImported, this,
            [this](quint64 id, const BundleSummary& summary) {
                if (m_importJobs.erase(id) == 0) {
                    return;
                }
                endJob(id);
                const QString name = QString::fromStdString(summary.workspace);
                QString text = summary.alreadyOpen
                                   ? tr("This bundle is already open as %1.").arg(name)
                                   : tr("Opened %1 read-only.").arg(name);
                if (summary.migrated) {
                    text += tr(" It came from an older version and was brought up to date; the "
                               "file itself is unchanged.");
                }
                statusBar()->showMessage(text, 12000);
                selectWorkspace(name);
                m_requestedWorkspace = name; // the list is read again: show the bundle
                refreshWorkspaces();
            });
    connect(m_bridge, &EngineBridge::bundleExported, this,
            [this](quint64 id, const BundleExportResult& result) {
                if (m_exportJobs.erase(id) == 0) {
                    return;
                }
                endJob(id);
                const QString file = QString::fromStdString(result.file.string());
                statusBar()->showMessage(
                    tr("Bundle saved: %1 (%2, sha256 %3…)")
                        .arg(QDir::toNativeSeparators(file),
                             QLocale().formattedDataSize(qint64(result.bytes)),
                             QString::fromStdString(result.sha256.substr(0, 12))),
                    15000);
            });
    connect(
        m_bridge, &EngineBridge::bundleClosed, this, [this](quint64 id, const QString& workspace) {
            if (id != m_closeRequest) {
                return;
            }
            m_closeRequest = 0;
            statusBar()->showMessage(tr("Closed %1; its file is unchanged.").arg(workspace), 8000);
            if (workspace == m_currentName) {
                m_requestedWorkspace = liveWorkspace();
            }
            refreshWorkspaces();
        });
    connect(m_bridge, &EngineBridge::whatIfReady, this,
            [this](quint64 id, const WhatIfReport& report) {
                if (id != m_whatIfJob || !m_whatIfDialog) {
                    return;
                }
                m_whatIfJob = 0;
                m_whatIfDialog->setReport(report);
                // The openings that would have come earlier or anew, as hollow ticks on the strip.
                m_whatIfMarks.clear();
                for (const WhatIfRow& row : report.firstOpenings) {
                    if (row.wouldBe &&
                        (row.change == WhatIfChange::Earlier || row.change == WhatIfChange::New)) {
                        m_whatIfMarks.push_back(
                            {*row.wouldBe, ReplayMarkKind::WhatIfOpening,
                             tr("What if: %1 (%2)")
                                 .arg(ReplayWording::whatIfKey(row, m_whatIfDialog->baseline()),
                                      ReplayWording::shift(row.shift))});
                    }
                }
                updateMarks();
            });
    connect(m_bridge, &EngineBridge::errorOccurred, this, [this](quint64 id, const Error& error) {
        const QString message = QString::fromStdString(error.message);
        const bool import = m_importJobs.erase(id) > 0;
        const bool exported = !import && m_exportJobs.erase(id) > 0;
        if (import || exported) {
            endJob(id);
            auto* box = new QMessageBox(
                QMessageBox::Warning, import ? tr("Bundle not opened") : tr("Bundle not written"),
                import ? tr("The bundle could not be opened; nothing was changed.")
                       : tr("The bundle could not be written; no file was left behind."),
                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("bundleErrorBox"));
            box->setInformativeText(message.section(QLatin1Char('\n'), 0, 3));
            box->setDetailedText(message);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else if (id == m_whatIfJob) {
            m_whatIfJob = 0;
            if (m_whatIfDialog) {
                m_whatIfDialog->setFailed(message);
            }
        } else if (id == m_spanRequest || id == m_replayViewRequest) {
            if (id == m_replayViewRequest) {
                m_replayViewRequest = 0;
            }
            m_replayBanner->setText(
                tr("The stored history cannot be read: %1").arg(message.toHtmlEscaped()));
        } else if (id == m_closeRequest) {
            m_closeRequest = 0;
        }
    });
}

void MainWindow::setTimelineVisible(bool visible) {
    m_timelineAction->setChecked(visible);
}

void MainWindow::onWorkspaceShown() {
    if (m_currentName == m_replayWorkspace) {
        return;
    }
    m_replayWorkspace = m_currentName;
    m_replayBar->pause();
    m_span.reset();
    m_replayAt.reset();
    m_pendingCursor.reset();
    m_replayViewRequest = 0;
    m_whatIfMarks.clear();
    m_replayBar->setEnabled(false); // until this workspace's timeline arrives
    const bool bundle = isBundleShown();
    m_bundleBadge->setVisible(bundle);
    if (bundle) {
        m_bundleBadge->setText(tr("BUNDLE"));
        m_bundleBadge->setToolTip(
            tr("Read-only: %1 is a saved bundle; what it shows was stored when it was exported, "
               "and nothing in it can change.")
                .arg(bundleLabel(m_currentName)));
        refreshScaling(); // a bundle's view comes from the timeline, not from a refresh
    }
    // A bundle has nothing to poll; its badge takes the button's room in the header.
    m_pollButton->setVisible(!bundle);
    m_closeBundleAction->setEnabled(bundle);
    m_timelineAction->setEnabled(!bundle); // a bundle always shows its timeline
    m_exportBundleAction->setEnabled(!bundle);
    m_replayArea->setVisible(bundle || m_timelineAction->isChecked());
    if (m_replayArea->isVisible()) {
        requestSpan();
    }
    updateBanner();
    applyReadOnly();
}

void MainWindow::requestSpan() {
    if (!m_currentName.isEmpty()) {
        m_spanRequest = m_engine.requestReplaySpan(m_currentName.toStdString());
    }
}

void MainWindow::updateMarks() {
    std::vector<ReplayMark> marks = m_whatIfMarks;
    if (m_span) {
        for (const TimelineMark& mark : m_span->marks) {
            marks.push_back({mark.at, markKindOf(mark.kind), QString::fromStdString(mark.label)});
        }
    }
    m_replayBar->setMarks(std::move(marks));
}

void MainWindow::showSpan(const ReplaySpan& span) {
    if (QString::fromStdString(span.workspace) != m_currentName) {
        return;
    }
    const bool first = !m_span;
    const bool atEnd = !first && m_replayBar->cursorTime() >= m_replayBar->spanTo();
    m_span = span;
    if (!span.from || !span.to) {
        m_replayBar->setEnabled(false);
        updateBanner();
        return;
    }
    m_replayBar->setEnabled(true);
    m_replayBar->setSeries(span.overview);
    m_replayBar->setValueRange(0.0, 100.0);
    std::vector<ReplayStretch> stretches;
    stretches.reserve(span.stretches.size());
    for (const Stretch& s : span.stretches) {
        stretches.push_back({s.from, s.to, s.resolution});
    }
    m_replayBar->setStretches(std::move(stretches));
    updateMarks();
    m_replayBar->setStepTimes(span.stepTimes);
    {
        // The cursor is placed here and announced once below, not by each step of the set-up.
        const QSignalBlocker quiet(m_replayBar);
        m_replayBar->setSpan(*span.from, *span.to);
        if (first || atEnd) {
            m_replayBar->setCursorTime(*span.to); // a new timeline starts at the latest moment
        }
    }
    if (first || (atEnd && !m_replayAt)) {
        onCursorChanged(m_replayBar->cursorTime());
    }
    updateBanner();
}

void MainWindow::onCursorChanged(Timestamp at) {
    if (!m_span || !m_span->to) {
        return;
    }
    // A live workspace at the end of its timeline is simply live; a bundle is always replayed.
    if (!isBundleShown() && at >= *m_span->to) {
        goLive();
        return;
    }
    m_replayAt = at;
    requestReplayView(at);
    m_replayHistoryTimer->start();
    applyReadOnly();
    updateBanner();
}

void MainWindow::goLive() {
    m_replayBar->pause();
    if (!m_replayAt) {
        return;
    }
    m_replayAt.reset();
    m_pendingCursor.reset();
    m_replayViewRequest = 0;
    refreshView();
    refreshHistory();
    if (m_liveScaling && QString::fromStdString(m_liveScaling->workspace.name) == m_currentName) {
        m_scalingPanel->setView(*m_liveScaling, systemClock()());
    }
    applyReadOnly();
    updateBanner();
}

TimeRange MainWindow::chartRangeAt(Timestamp at) const {
    const int days = m_rangeCombo->currentData().toInt();
    return TimeRange{at - std::chrono::days{days}, at};
}

void MainWindow::requestReplayView(Timestamp at) {
    if (m_replayViewRequest != 0) {
        m_pendingCursor = at; // newest wins once the one on its way is back
        return;
    }
    m_replayViewRequest =
        m_engine.requestReplayView(m_currentName.toStdString(), at, chartRangeAt(at));
}

void MainWindow::showReplayView(const ReplayView& replay) {
    showView(replay.view);
    // The scaling configuration in force then, beside the advice stored then.
    if (replay.scaling && m_liveScaling &&
        QString::fromStdString(m_liveScaling->workspace.name) == m_currentName) {
        ScalingView then = *m_liveScaling;
        then.config = *replay.scaling;
        then.advice =
            replay.view.latest ? std::optional(replay.view.latest->evaluation) : std::nullopt;
        then.advisedModeId.reset();
        then.latestSnapshotAt = replay.view.latest
                                    ? std::optional(replay.view.latest->snapshot.takenAt())
                                    : std::nullopt;
        then.nextScheduledAt.reset();
        // The latest health snapshot is only shown if it had been taken by then (the earlier
        // ones are in the History tab).
        if (then.lastHealthSnapshot && then.lastHealthSnapshot->takenAt > replay.at) {
            then.lastHealthSnapshot.reset();
        }
        m_scalingPanel->setView(then, replay.at);
    }
    updateBanner();
}

void MainWindow::applyReadOnly() {
    QString reason;
    if (isBundleShown()) {
        reason = tr("This is an opened bundle, read-only: decisions are recorded in a live "
                    "workspace.");
    } else if (m_replayAt) {
        reason = tr("You are looking at %1. Decisions apply to the present: press Latest on the "
                    "timeline to decide.")
                     .arg(Wording().dateTime(*m_replayAt));
    }
    m_recommendations->setReadOnly(reason);
    m_scalingPanel->setReadOnly(reason);
}

void MainWindow::updateBanner() {
    if (!m_replayArea->isVisible()) {
        return;
    }
    const Wording words;
    QString text;
    if (m_span && (!m_span->from || !m_span->to)) {
        text = tr("Nothing has been stored for this workspace yet: there is no history to replay.");
    } else if (!m_span) {
        text = tr("Reading the stored history…");
    } else if (isBundleShown()) {
        text =
            tr("<b>Bundle %1</b>, read-only · stored %2 to %3 · showing <b>%4</b> as it was "
               "stored.")
                .arg(bundleLabel(m_currentName).toHtmlEscaped(), words.dateTime(*m_span->from),
                     words.dateTime(*m_span->to), words.dateTime(m_replayAt.value_or(*m_span->to)));
    } else if (m_replayAt) {
        text = tr("Replaying: every tab shows <b>%1</b> as it was stored, read-only. "
                  "<a href=\"latest\">Back to latest</a>")
                   .arg(words.dateTime(*m_replayAt));
    } else {
        text =
            tr("Live: the tabs show the latest state. Move the cursor to see an earlier moment.");
    }
    m_replayBanner->setText(text);
}

RequestId MainWindow::openBundle(const QString& path) {
    const RequestId id = m_engine.importBundle(QFile::encodeName(path).toStdString());
    m_importJobs.insert(id);
    startJob(id, tr("Open bundle"),
             tr("Opening %1…").arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
    return id;
}

ExportBundleDialog* MainWindow::openExportDialog() {
    if (m_currentName.isEmpty() || isBundleShown()) {
        return nullptr;
    }
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QDir::homePath();
    }
    const QString file =
        QDir(folder).filePath(QStringLiteral("%1-%2.hrbundle").arg(m_currentName, day));
    std::optional<Timestamp> first;
    std::optional<Timestamp> last;
    if (m_span) {
        first = m_span->from;
        last = m_span->to;
    }
    auto* dialog = new ExportBundleDialog(m_workspaceCombo->currentText(),
                                          QDir::toNativeSeparators(file), first, last, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString workspace = m_currentName;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, workspace] { exportBundle(dialog->request(workspace.toStdString())); });
    dialog->open();
    return dialog;
}

RequestId MainWindow::exportBundle(const BundleExportRequest& request) {
    const RequestId id = m_engine.exportBundle(request);
    m_exportJobs.insert(id);
    startJob(id, tr("Export bundle"),
             tr("Exporting %1…").arg(QString::fromStdString(request.workspace)));
    return id;
}

void MainWindow::closeBundle() {
    if (isBundleShown()) {
        m_closeRequest = m_engine.closeBundle(m_currentName.toStdString());
    }
}

void MainWindow::startJob(RequestId id, const QString& title, const QString& text) {
    if (m_jobDialog) {
        m_jobDialog->deleteLater();
    }
    m_job = id;
    m_jobDialog = new JobProgressDialog(title, text, this);
    connect(m_jobDialog, &JobProgressDialog::cancelRequested, this,
            [this, id] { m_engine.cancelJob(id); });
    m_jobDialog->open();
}

void MainWindow::endJob(RequestId id) {
    if (id != m_job || !m_jobDialog) {
        return;
    }
    m_job = 0;
    m_jobDialog->close();
    m_jobDialog->deleteLater();
    m_jobDialog = nullptr;
}

WhatIfDialog* MainWindow::openWhatIf() {
    if (!m_span || m_span->workspace != m_currentName.toStdString()) {
        // The what-if edits the catalog the history was stored under, which comes with the span.
        setTimelineVisible(true);
        statusBar()->showMessage(tr("Reading the stored history first; try again in a moment."),
                                 5000);
        requestSpan();
        return nullptr;
    }
    if (!m_whatIfDialog) {
        m_whatIfDialog = new WhatIfDialog(this);
        RememberedGeometry::attach(m_whatIfDialog, m_settings, QStringLiteral("whatIf"));
        connect(m_whatIfDialog, &WhatIfDialog::runRequested, this,
                [this](const Catalog& edited, const std::vector<std::string>& sections) {
                    WhatIfRequest request;
                    request.workspace = m_whatIfWorkspace.toStdString();
                    request.edited = edited;
                    request.editedSections = sections;
                    m_whatIfJob = m_engine.runWhatIf(std::move(request));
                    m_whatIfDialog->setRunning(JobProgress{"evaluating", 0, 0});
                });
        connect(m_whatIfDialog, &WhatIfDialog::cancelRequested, this, [this] {
            if (m_whatIfJob != 0) {
                m_engine.cancelJob(m_whatIfJob);
            }
        });
        connect(m_whatIfDialog, &QDialog::finished, this, [this] {
            if (m_whatIfJob != 0) {
                m_engine.cancelJob(m_whatIfJob); // closing the dialog stops its run
            }
        });
        connect(m_whatIfDialog, &WhatIfDialog::timeRequested, this, [this](Timestamp at) {
            if (m_currentName == m_whatIfWorkspace) {
                setTimelineVisible(true);
                m_replayBar->setCursorTime(at);
            }
        });
    }
    if (m_whatIfWorkspace != m_currentName) {
        m_whatIfWorkspace = m_currentName;
        m_whatIfDialog->setBaseline(m_span->catalog, m_workspaceCombo->currentText());
    }
    m_whatIfDialog->open();
    m_whatIfDialog->raise();
    return m_whatIfDialog;
}

} // namespace headroom::ui
