#pragma once
// Words for the replay timeline (issue 6): playing speeds, the data-resolution badge, the kinds of
// marks on the strip, the cursor's date and time and the controls' tooltips. Times arrive as UTC
// Timestamps and are shown in local time.

#include "model/Time.h"
#include "replay/WhatIfTypes.h"

#include <chrono>
#include <string>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace headroom::ui {

enum class ReplayMarkKind;

class ReplayWording {
    Q_DECLARE_TR_FUNCTIONS(ReplayWording)

public:
    // Replay seconds per wall-clock second: "1×", "10×", "1 min/s", "10 min/s", "1 h/s", "6 h/s",
    // "1 day/s"; other values as "N×".
    static QString speedLabel(double replaySecondsPerSecond);
    // "3,600 times real time", for the speed combo's item tooltips.
    static QString speedDescription(double replaySecondsPerSecond);
    // The badge for the stored resolution under the cursor: "raw data" (below 5 minutes),
    // "5-minute data", "hourly data", otherwise "N-minute data".
    static QString resolutionBadge(std::chrono::seconds resolution);
    // The badge when no stored stretch covers the cursor.
    static QString noDataBadge();
    static QString markKindName(ReplayMarkKind kind);
    // "Decisions: 4", for the strip's accessible description.
    static QString markCount(ReplayMarkKind kind, int count);
    // The cursor in local time with seconds, in the locale's short date-time form.
    static QString cursorTime(Timestamp at, const QLocale& locale = QLocale());
    // A time-axis label for a tick every `step` seconds: a time of day below a day, a date above.
    static QString axisLabel(Timestamp at, std::chrono::seconds step,
                             const QLocale& locale = QLocale());
    // A mark's tooltip: its kind, its own words when it has them, and its local time.
    static QString markToolTip(ReplayMarkKind kind, const QString& label, Timestamp at,
                               const QLocale& locale = QLocale());

    // A long job's phase code (JobProgress::phase: "reading", "checking", "migrating",
    // "writing", "compacting", "evaluating") as the progress dialog words it.
    static QString jobPhase(const std::string& phase);
    // What-if words: "Earlier", "Later", "Same time", "Not at all", "New"; the subject of a row;
    // a row's key as the founder reads it (a recommendation's title from `catalog`, a tier's
    // name, the mode advice); a shift as "3 d 23 h earlier" / "40 min later" / "at the same time".
    static QString whatIfChange(WhatIfChange change);
    static QString whatIfSubject(WhatIfSubject subject);
    static QString whatIfKey(const WhatIfRow& row, const Catalog& catalog);
    static QString shift(std::chrono::seconds shift);
    // "5 earlier · 1 later · 2 not at all · 1 new · 7 unchanged".
    static QString whatIfCounts(const WhatIfCounts& counts);
    // "Replaying with the stored catalog reproduces 2,150 of 2,160 stored evaluations (99.5 %)".
    static QString fidelity(const WhatIfFidelity& fidelity);

    static QString timelineName();
    static QString goToStartTip();
    static QString stepBackTip();
    static QString playTip();
    static QString pauseTip();
    static QString stepForwardTip();
    static QString latestText();
    static QString latestTip();
    static QString speedTip();
};

} // namespace headroom::ui
