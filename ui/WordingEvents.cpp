// Wording of the events the founder's governance leaves in the history: who did what, from which
// value to which, and why, in one line for the History tab and its CSV export.
#include "AlertsWording.h"
#include "Wording.h"
#include "model/Outcome.h"
#include "strain/StrainWording.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonObject>

namespace headroom::ui {

namespace {

QString textOf(const QJsonObject& detail, const char* key) {
    const QJsonValue v = detail.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined()) {
        return {};
    }
    if (v.isBool()) {
        return v.toBool() ? Wording::tr("on") : Wording::tr("off");
    }
    return v.toVariant().toString();
}

// "by founder: because…" (either part may be missing).
QString byWhom(const QJsonObject& detail) {
    const QString actor = textOf(detail, "actor");
    const QString reason = textOf(detail, "reason");
    if (actor.isEmpty() && reason.isEmpty()) {
        return {};
    }
    if (reason.isEmpty()) {
        return Wording::tr(" (by %1)").arg(actor);
    }
    if (actor.isEmpty()) {
        return Wording::tr(" — %1").arg(reason);
    }
    return Wording::tr(" (by %1) — %2").arg(actor, reason);
}

// The top-level keys whose values differ between two configurations.
QStringList changedKeys(const QJsonObject& before, const QJsonObject& after) {
    QStringList keys;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            keys << it.key();
        }
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key())) {
            keys << it.key();
        }
    }
    return keys;
}

// A measured value without false precision: 250, 1.5, 0.938.
QString compactNumber(const QLocale& locale, double v) {
    const double magnitude = std::abs(v);
    QString text = locale.toString(v, 'f', magnitude >= 100.0 ? 0 : (magnitude >= 1.0 ? 2 : 3));
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(point.size());
        }
    }
    return text;
}

QString severityText(const QString& key) {
    const auto severity = alertSeverityFromString(key.toStdString());
    return severity ? AlertsWording::severity(*severity) : key;
}

} // namespace

QString Wording::strainEventDetail(EventKind kind, const QJsonObject& detail) const {
    const auto has = [&](const char* key) {
        return detail.contains(QLatin1String(key));
    };
    const auto text = [&](const char* key) {
        return textOf(detail, key);
    };
    const auto number = [&](const char* key) {
        return detail.value(QLatin1String(key)).toDouble();
    };
    const StrainWording words(m_locale);
    switch (kind) {
    case EventKind::StrainRun:
        if (has("verdict")) {
            const LoadStop stop = text("stop").toStdString() == keyOf(LoadStop::Cancelled)
                                      ? LoadStop::Cancelled
                                      : LoadStop::Finished;
            return tr("Run %1: %2 — p95 %3, %4, %5 errors over %6 requests")
                .arg(text("run_id"), StrainWording::verdict(text("verdict").toStdString(), stop),
                     words.latency(
                         std::chrono::microseconds(static_cast<std::int64_t>(number("p95_us")))),
                     words.throughput(number("throughput_per_s")), words.rate(number("error_rate")),
                     words.count(static_cast<std::int64_t>(number("requests"))));
        }
        break;
    case EventKind::StrainBaseline:
        if (has("new")) {
            return text("old").isEmpty()
                       ? tr("Run %1 is the baseline%2").arg(text("new"), byWhom(detail))
                       : tr("Run %1 is the baseline, instead of run %2%3")
                             .arg(text("new"), text("old"), byWhom(detail));
        }
        break;
    case EventKind::StrainSettingsChanged: {
        QStringList parts;
        const auto names = [&](const char* key) {
            QStringList list;
            for (const QJsonValue& name : detail.value(QLatin1String(key)).toArray()) {
                list << name.toString();
            }
            return list.join(QStringLiteral(", "));
        };
        if (const QString added = names("added"); !added.isEmpty()) {
            parts << tr("added %1").arg(added);
        }
        if (const QString removed = names("removed"); !removed.isEmpty()) {
            parts << tr("removed %1").arg(removed);
        }
        if (const QString changed = names("changed"); !changed.isEmpty()) {
            parts << tr("changed %1").arg(changed);
        }
        if (detail.value(QLatin1String("criteria")).toBool()) {
            parts << tr("pass criteria changed");
        }
        if (parts.isEmpty()) {
            parts << tr("suites or limits changed");
        }
        return tr("Scenarios: %1%2").arg(parts.join(QStringLiteral("; ")), byWhom(detail));
    }
    default:
        break;
    }
    return {};
}

QString Wording::governanceDetail(const Event& event, const QJsonObject& detail) const {
    const auto has = [&](const char* key) {
        return detail.contains(QLatin1String(key));
    };
    const auto text = [&](const char* key) {
        return textOf(detail, key);
    };
    switch (event.kind) {
    case EventKind::ModeSet:
        if (has("old") && has("new")) {
            const QString against = detail.value(QLatin1String("against_advice")).toBool()
                                        ? tr(", against the advice (%1)").arg(text("advised"))
                                        : QString();
            return tr("Mode %1 → %2%3%4").arg(text("old"), text("new"), against, byWhom(detail));
        }
        break;
    case EventKind::ScalingFrozen:
        return tr("Onboarding frozen%1").arg(byWhom(detail));
    case EventKind::ScalingUnfrozen:
        return tr("Onboarding unfrozen%1").arg(byWhom(detail));
    case EventKind::AutoModeChanged:
        if (has("old") && has("new")) {
            return tr("Auto-mode %1 → %2%3").arg(text("old"), text("new"), byWhom(detail));
        }
        break;
    case EventKind::ScalingConfigChanged:
        if (detail.value(QLatin1String("old")).isObject() &&
            detail.value(QLatin1String("new")).isObject()) {
            const QStringList keys = changedKeys(detail.value(QLatin1String("old")).toObject(),
                                                 detail.value(QLatin1String("new")).toObject());
            return tr("Settings changed: %1%2")
                .arg(keys.isEmpty() ? tr("nothing") : keys.join(QStringLiteral(", ")),
                     byWhom(detail));
        }
        break;
    case EventKind::HealthSnapshotTaken:
        if (has("overall")) {
            return tr("Overall %1, mode %2, advice %3, confidence %4")
                .arg(number(detail.value(QLatin1String("overall")).toDouble(), 1), text("mode"),
                     text("action"), percent(detail.value(QLatin1String("confidence")).toDouble()));
        }
        break;
    case EventKind::PolicyChanged:
        if (has("old") || has("new")) {
            return tr("%1: %2 → %3%4")
                .arg(text("action"), text("old"), text("new"), byWhom(detail));
        }
        break;
    case EventKind::AlertFired:
        if (has("severity")) {
            const QString value =
                text("value").isEmpty()
                    ? tr("no value")
                    : compactNumber(m_locale, detail.value(QLatin1String("value")).toDouble());
            const QString threshold =
                text("threshold").isEmpty()
                    ? QString()
                    : tr(" (threshold %1)")
                          .arg(compactNumber(m_locale,
                                             detail.value(QLatin1String("threshold")).toDouble()));
            return tr("%1: %2 at %3%4")
                .arg(severityText(text("severity")), text("name"), value, threshold);
        }
        break;
    case EventKind::AlertResolved:
        if (has("name")) {
            return tr("%1 resolved (was %2)").arg(text("name"), severityText(text("severity")));
        }
        break;
    case EventKind::NotificationSent:
        if (has("summary")) {
            return tr("%1 (attempts: %2)").arg(text("summary"), text("attempts"));
        }
        break;
    case EventKind::NotificationFailed:
        if (has("summary")) {
            return tr("%1 failed (attempts: %2): %3")
                .arg(text("summary"), text("attempts"), text("error"));
        }
        break;
    case EventKind::OutcomeRecorded:
        if (has("status")) {
            QString line = tr("%1 marked %2").arg(text("recommendation_type"), text("status"));
            if (const QJsonValue actual = detail.value(QLatin1String("actual_monthly_micro_usd"));
                actual.isDouble()) {
                line += tr("; actual %1 per month")
                            .arg(money(MicroUsd{static_cast<std::int64_t>(actual.toDouble())}));
            }
            if (!text("note").isEmpty()) {
                line += tr("; %1").arg(text("note"));
            }
            return line + byWhom(detail);
        }
        break;
    case EventKind::ChecklistItemChecked:
        return tr("Ticked%1").arg(byWhom(detail));
    case EventKind::ChecklistItemUnchecked:
        return tr("Unticked%1").arg(byWhom(detail));
    case EventKind::StrainRun:
    case EventKind::StrainBaseline:
    case EventKind::StrainSettingsChanged:
        return strainEventDetail(event.kind, detail);
    case EventKind::LedgerImported:
        if (has("usage_rows")) {
            return tr("%1 usage and %2 service cost rows (%3 new, %4 replaced), %5 to %6%7")
                .arg(text("usage_rows"), text("service_cost_rows"), text("new_rows"),
                     text("replaced_rows"), text("from"), text("to"), byWhom(detail));
        }
        break;
    default:
        break;
    }
    return {};
}

} // namespace headroom::ui
