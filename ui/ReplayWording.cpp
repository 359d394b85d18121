#include "ReplayWording.h"

#include "ReplayStrip.h"
#include "Wording.h"

#include <cmath>

#include <QDateTime>

namespace headroom::ui {

namespace {

QDateTime localOf(Timestamp at) {
    return QDateTime::fromSecsSinceEpoch(qint64(at.time_since_epoch().count())).toLocalTime();
}

} // namespace

QString ReplayWording::jobPhase(const std::string& phase) {
    if (phase == "reading") {
        return tr("Reading the bundle…");
    }
    if (phase == "checking") {
        return tr("Checking every row of the bundle…");
    }
    if (phase == "migrating") {
        return tr("Bringing an older bundle up to date…");
    }
    if (phase == "writing") {
        return tr("Writing the bundle…");
    }
    if (phase == "compacting") {
        return tr("Compacting the bundle…");
    }
    if (phase == "evaluating") {
        return tr("Re-evaluating the stored snapshots…");
    }
    return QString::fromStdString(phase);
}

QString ReplayWording::whatIfChange(WhatIfChange change) {
    switch (change) {
    case WhatIfChange::Earlier:
        return tr("Earlier");
    case WhatIfChange::Later:
        return tr("Later");
    case WhatIfChange::Same:
        return tr("Same time");
    case WhatIfChange::NotAtAll:
        return tr("Not at all");
    case WhatIfChange::New:
        return tr("New");
    }
    return {};
}

QString ReplayWording::whatIfSubject(WhatIfSubject subject) {
    switch (subject) {
    case WhatIfSubject::Recommendation:
        return tr("Recommendation");
    case WhatIfSubject::Advice:
        return tr("Mode advice");
    case WhatIfSubject::Tier:
        return tr("Tier");
    }
    return {};
}

QString ReplayWording::whatIfKey(const WhatIfRow& row, const Catalog& catalog) {
    switch (row.subject) {
    case WhatIfSubject::Recommendation:
        if (const RecommendationTemplate* t = catalog.findRecommendation(row.key)) {
            return QString::fromStdString(t->title);
        }
        break;
    case WhatIfSubject::Tier:
        for (const Tier& tier : catalog.tiers) {
            if (tier.id == row.key) {
                return tr("Reaches %1").arg(QString::fromStdString(tier.name));
            }
        }
        break;
    case WhatIfSubject::Advice: {
        // "increase_mode" or "increase_mode:growth"
        const std::string_view key = row.key;
        const auto colon = key.find(':');
        const auto action = modeActionFromString(key.substr(0, colon));
        const QString words =
            action ? Wording::modeActionName(*action) : Wording::fromKey(key.substr(0, colon));
        if (colon == std::string_view::npos) {
            return words;
        }
        const std::string_view next = key.substr(colon + 1);
        for (const Mode& mode : catalog.modes) {
            if (mode.id == next) {
                return tr("%1 to %2").arg(words, QString::fromStdString(mode.name));
            }
        }
        return tr("%1 to %2").arg(words, Wording::fromKey(next));
    }
    }
    return QString::fromStdString(row.key);
}

QString ReplayWording::shift(std::chrono::seconds shift) {
    using namespace std::chrono;
    if (shift == seconds{0}) {
        return tr("at the same time");
    }
    const auto total = duration_cast<minutes>(shift < seconds{0} ? -shift : shift);
    const auto d = total.count() / (24 * 60);
    const auto h = (total.count() / 60) % 24;
    const auto m = total.count() % 60;
    QStringList parts;
    if (d > 0) {
        parts << tr("%1 d").arg(d);
    }
    if (h > 0) {
        parts << tr("%1 h").arg(h);
    }
    if (m > 0 && d == 0) {
        parts << tr("%1 min").arg(m);
    }
    if (parts.isEmpty()) {
        parts << tr("under a minute");
    }
    const QString amount = parts.join(QLatin1Char(' '));
    return shift < seconds{0} ? tr("%1 earlier").arg(amount) : tr("%1 later").arg(amount);
}

QString ReplayWording::whatIfCounts(const WhatIfCounts& c) {
    const QLocale locale;
    return tr("%1 earlier · %2 later · %3 not at all · %4 new · %5 unchanged")
        .arg(locale.toString(qulonglong(c.earlier)), locale.toString(qulonglong(c.later)),
             locale.toString(qulonglong(c.notAtAll)), locale.toString(qulonglong(c.added)),
             locale.toString(qulonglong(c.same)));
}

QString ReplayWording::fidelity(const WhatIfFidelity& f) {
    const QLocale locale;
    if (f.compared == 0) {
        return tr("No stored evaluation to compare the replay with.");
    }
    QString text =
        tr("Replaying with the stored catalog reproduces %1 of %2 stored evaluations (%3 %): "
           "tier %4, mode advice %5, recommendations %6.")
            .arg(locale.toString(qulonglong(f.matched)), locale.toString(qulonglong(f.compared)),
                 locale.toString(100.0 * double(f.matched) / double(f.compared), 'f', 1),
                 locale.toString(qulonglong(f.tierMatched)),
                 locale.toString(qulonglong(f.modeMatched)),
                 locale.toString(qulonglong(f.recommendationsMatched)));
    if (f.matched < f.compared) {
        // Said plainly: a low figure is about how the history was stored, not about the edit.
        text += tr(" Where they differ, the history was evaluated another way when it was stored "
                   "(generated demo data, another version, or settings changed since); the "
                   "differences listed compare two fresh runs over the same snapshots, so they "
                   "hold.");
    }
    return text;
}

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
