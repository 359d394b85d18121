#include "ReplayWording.h"

#include "ReplayStrip.h"

#include <cmath>

#include <QDateTime>

namespace headroom::ui {

namespace {

QDateTime localOf(Timestamp at) {
    return QDateTime::fromSecsSinceEpoch(qint64(at.time_since_epoch().count())).toLocalTime();
}

} // namespace

QString ReplayWording::speedLabel(double speed) {
    const auto whole = std::llround(speed);
    if (double(whole) == speed) {
        switch (whole) {
        case 60:
            return tr("1 min/s");
        case 600:
            return tr("10 min/s");
        case 3600:
            return tr("1 h/s");
        case 21600:
            return tr("6 h/s");
        case 86400:
            return tr("1 day/s");
        default:
            break;
        }
    }
    //: a replay speed as a multiple of real time
    return tr("%1×").arg(QLocale().toString(speed, 'g', 6));
}

QString ReplayWording::speedDescription(double speed) {
    if (speed == 1.0) {
        return tr("Real time");
    }
    return tr("%1 times real time").arg(QLocale().toString(speed, 'f', 0));
}

QString ReplayWording::resolutionBadge(std::chrono::seconds resolution) {
    const auto seconds = resolution.count();
    if (seconds < 300) {
        return tr("raw data");
    }
    if (seconds == 300) {
        return tr("5-minute data");
    }
    if (seconds == 3600) {
        return tr("hourly data");
    }
    if (seconds % 3600 == 0) {
        return tr("%1-hour data").arg(seconds / 3600);
    }
    return tr("%1-minute data").arg(seconds / 60);
}

QString ReplayWording::noDataBadge() {
    return tr("no stored data");
}

QString ReplayWording::markKindName(ReplayMarkKind kind) {
    switch (kind) {
    case ReplayMarkKind::TierChange:
        return tr("Tier change");
    case ReplayMarkKind::AdviceChange:
        return tr("Advice change");
    case ReplayMarkKind::Decision:
        return tr("Decision");
    case ReplayMarkKind::WhatIfOpening:
        return tr("What-if opening");
    }
    return {};
}

QString ReplayWording::markCount(ReplayMarkKind kind, int count) {
    switch (kind) {
    case ReplayMarkKind::TierChange:
        return tr("Tier changes: %1").arg(count);
    case ReplayMarkKind::AdviceChange:
        return tr("Advice changes: %1").arg(count);
    case ReplayMarkKind::Decision:
        return tr("Decisions: %1").arg(count);
    case ReplayMarkKind::WhatIfOpening:
        return tr("What-if openings: %1").arg(count);
    }
    return {};
}

QString ReplayWording::cursorTime(Timestamp at, const QLocale& locale) {
    // The short form without seconds would hide where a 30-second step went.
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s'))) {
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    }
    return locale.toString(localOf(at), format);
}

QString ReplayWording::axisLabel(Timestamp at, std::chrono::seconds step, const QLocale& locale) {
    const QDateTime local = localOf(at);
    if (step < std::chrono::hours(24)) {
        if (local.time() == QTime(0, 0)) {
            return locale.toString(local.date(), QLocale::ShortFormat);
        }
        return locale.toString(local.time(), QLocale::ShortFormat);
    }
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString ReplayWording::markToolTip(ReplayMarkKind kind, const QString& label, Timestamp at,
                                   const QLocale& locale) {
    if (label.isEmpty()) {
        return tr("%1 at %2").arg(markKindName(kind), cursorTime(at, locale));
    }
    return tr("%1 at %2: %3").arg(markKindName(kind), cursorTime(at, locale), label);
}

QString ReplayWording::timelineName() {
    return tr("Replay timeline");
}
QString ReplayWording::goToStartTip() {
    return tr("Go to the start (Home)");
}
QString ReplayWording::stepBackTip() {
    return tr("Previous snapshot (Left); previous mark (Shift+Left)");
}
QString ReplayWording::playTip() {
    return tr("Play (Space)");
}
QString ReplayWording::pauseTip() {
    return tr("Pause (Space)");
}
QString ReplayWording::stepForwardTip() {
    return tr("Next snapshot (Right); next mark (Shift+Right)");
}
QString ReplayWording::latestText() {
    return tr("Latest");
}
QString ReplayWording::latestTip() {
    return tr("Go to the latest snapshot (End)");
}
QString ReplayWording::speedTip() {
    return tr("History played per second of wall time");
}

} // namespace headroom::ui
