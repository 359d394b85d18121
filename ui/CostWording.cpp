#include "CostWording.h"

namespace headroom::ui {

CostWording::CostWording(const Wording& wording, const Catalog& catalog)
    : m_wording(wording)
    , m_catalog(catalog) {}

QString CostWording::day(Day d) const {
    return m_wording.date(Timestamp{d} + std::chrono::hours{12});
}

QString CostWording::budgetName(BudgetKind kind, const std::string& subject) const {
    switch (kind) {
    case BudgetKind::Daily:
        return tr("Daily budget");
    case BudgetKind::Monthly:
        return tr("Monthly budget");
    case BudgetKind::ClientDaily:
        return tr("Daily budget of client %1").arg(QString::fromStdString(subject));
    }
    return {};
}

QString CostWording::budgetAlert(const BudgetAlert& a) const {
    return tr("%1 passed %2 on %3: %4 of %5, %6 over the mark")
        .arg(budgetName(a.kind, a.client), m_wording.percent(a.level), day(a.since),
             m_wording.money(a.spend), m_wording.money(a.limit), m_wording.money(a.aboveLevel));
}

Status CostWording::statusOf(ShieldStatus status) {
    switch (status) {
    case ShieldStatus::Ok:
        return Status::Healthy;
    case ShieldStatus::Approaching:
        return Status::Warning;
    case ShieldStatus::Exceeded:
        return Status::Critical;
    }
    return Status::Unknown;
}

QString CostWording::shieldAction(const ShieldRecommendation& a) const {
    QStringList evidence;
    for (const ShieldEvidence& e : a.evidence) {
        const QString figures =
            tr("%1 against %2").arg(m_wording.money(e.value), m_wording.money(e.reference));
        switch (e.reason) {
        case ShieldReason::LimitReached:
            evidence << tr("%1 reached (%2)").arg(budgetName(e.budget, a.client), figures);
            break;
        case ShieldReason::LimitApproaching:
            evidence << tr("%1 approaching (%2)").arg(budgetName(e.budget, a.client), figures);
            break;
        case ShieldReason::SpendAccelerating:
            evidence << tr("spend accelerating (%1 today, %2 a day before)")
                            .arg(m_wording.money(e.value), m_wording.money(e.reference));
            break;
        case ShieldReason::MonthlyPaceOverLimit:
            evidence << tr("on pace for %1 this month against a %2 limit")
                            .arg(m_wording.money(e.value), m_wording.money(e.reference));
            break;
        case ShieldReason::ClientOverLimit:
            evidence << tr("over the per-client limit (%1)").arg(figures);
            break;
        case ShieldReason::ClientAboveOwnAverage:
            evidence << tr("%1 its own average (%2)")
                            .arg(m_wording.number(e.ratio, 1) + QStringLiteral("×"), figures);
            break;
        }
    }
    const QString why = evidence.join(QStringLiteral("; "));
    switch (a.action) {
    case ShieldAction::Pause:
        return tr("Pause AI generation: %1").arg(why);
    case ShieldAction::AutoThrottle:
        return tr("Throttle AI generation: %1").arg(why);
    case ShieldAction::ClientRunaway:
        return tr("Cap client %1: %2").arg(QString::fromStdString(a.client), why);
    }
    return why;
}

QString CostWording::suggestionName(AiBudgetSuggestion suggestion) {
    switch (suggestion) {
    case AiBudgetSuggestion::None:
        return {};
    case AiBudgetSuggestion::Raise:
        return tr("Raise the token budget");
    case AiBudgetSuggestion::Lower:
        return tr("Lower the token budget");
    }
    return {};
}

QString CostWording::anomalyRules(const std::vector<AnomalyRule>& rules) {
    QStringList names;
    for (AnomalyRule rule : rules) {
        switch (rule) {
        case AnomalyRule::CostSpike:
            names << tr("Cost spike");
            break;
        case AnomalyRule::CostOutlier:
            names << tr("Cost outlier");
            break;
        case AnomalyRule::UsageSpike:
            names << tr("Usage spike");
            break;
        case AnomalyRule::UsageOutlier:
            names << tr("Usage outlier");
            break;
        }
    }
    return names.join(QStringLiteral(", "));
}

QString CostWording::anomalyFigure(const CostAnomaly& anomaly, double value) const {
    return anomaly.usage ? m_wording.number(value, 0)
                         : m_wording.money(MicroUsd::fromDollars(value));
}

QString CostWording::providerName(const std::string& id) const {
    if (id.empty()) {
        return tr("All providers");
    }
    const AiProvider* provider = m_catalog.findProvider(id);
    return QString::fromStdString(provider ? provider->name : id);
}

QString CostWording::limitName(const LimitForecastView& f) const {
    const Tier* tier = m_catalog.findTier(f.scope);
    const QString tierName = QString::fromStdString(tier ? tier->name : f.scope);
    switch (f.kind) {
    case LimitKind::TierClients:
        return tr("%1 client cap").arg(tierName);
    case LimitKind::ModeClients: {
        const Mode* mode = m_catalog.findMode(f.scope);
        return tr("%1 mode client range").arg(QString::fromStdString(mode ? mode->name : f.scope));
    }
    case LimitKind::AiTokensPerDay:
        return tr("%1 daily AI tokens").arg(tierName);
    case LimitKind::MonthlyTokens:
        return tr("%1 monthly allocation").arg(providerName(f.scope));
    case LimitKind::StorageGb:
        return tr("%1 storage").arg(tierName);
    case LimitKind::QueueDepth:
        return tr("%1 queue depth").arg(tierName);
    case LimitKind::DailySpend:
        return tr("Cost Shield daily limit");
    case LimitKind::MonthlySpend:
        return tr("Cost Shield monthly limit");
    }
    return {};
}

QString CostWording::forecastOutcome(const LimitForecastView& f) const {
    switch (f.status) {
    case ForecastStatus::AlreadyReached:
        return tr("already reached");
    case ForecastStatus::WithinHorizon: {
        // Two strings rather than "%n day(s)": the console ships no English plural file.
        const int days = f.daysUntil.value_or(0);
        const QString when = days <= 0   ? tr("today")
                             : days == 1 ? tr("tomorrow")
                                         : tr("in %1 days").arg(days);
        return f.plusMinusDays ? tr("%1 (±%2)").arg(when).arg(*f.plusMinusDays) : when;
    }
    case ForecastStatus::BeyondHorizon:
        return tr("not within %1 days").arg(m_catalog.costs.forecast.horizon.count());
    case ForecastStatus::NotRising:
        return tr("not rising");
    case ForecastStatus::TooLittleData:
        return tr("too little data (%1 of %2 days)").arg(f.points).arg(f.pointsNeeded);
    case ForecastStatus::NoSkill:
        return tr("no forecast: no method beat “tomorrow is like today”");
    }
    return {};
}

QString CostWording::methodName(std::optional<ForecastMethod> method) {
    if (!method) {
        return {};
    }
    switch (*method) {
    case ForecastMethod::Naive:
        return tr("Naive");
    case ForecastMethod::Linear:
        return tr("Linear trend");
    case ForecastMethod::Holt:
        return tr("Holt smoothing");
    case ForecastMethod::LogLinear:
        return tr("Constant growth");
    }
    return {};
}

QString CostWording::backtest(const ForecastBacktest& b) const {
    if (b.folds == 0) {
        return tr("Not backtested: too little history");
    }
    QStringList parts;
    if (b.mape) {
        parts << tr("error %1").arg(m_wording.percent(*b.mape, 1));
    }
    if (b.coverage) {
        parts << tr("%1 inside the interval").arg(m_wording.percent(*b.coverage));
    }
    if (b.skill) {
        parts << tr("skill %1 vs naive").arg(m_wording.number(*b.skill, 2));
    }
    return tr("Backtested %1×: %2").arg(b.folds).arg(parts.join(QStringLiteral(", ")));
}

QString CostWording::horizonName(ProjectionHorizon horizon) {
    switch (horizon) {
    case ProjectionHorizon::Month:
        return tr("Next month");
    case ProjectionHorizon::Quarter:
        return tr("In a quarter");
    case ProjectionHorizon::Year:
        return tr("In a year");
    }
    return {};
}

namespace {

QString sizingAction(RightSizeAction action) {
    switch (action) {
    case RightSizeAction::Shrink:
        return CostWording::tr("shrink");
    case RightSizeAction::Grow:
        return CostWording::tr("grow");
    case RightSizeAction::Keep:
        return CostWording::tr("keep");
    case RightSizeAction::NotEnoughSamples:
        break;
    }
    return {};
}

} // namespace

QStringList CostWording::infrastructure(const InfraView& infra) const {
    QStringList lines;
    if (infra.cost.hourly) {
        lines << tr("Cost at the latest usage: %1 an hour, %2 a month (%3 and %4 provisioned).")
                     .arg(m_wording.money(*infra.cost.hourly),
                          m_wording.money(infra.cost.monthly.value_or(MicroUsd{})),
                          tr("%1 cores").arg(m_wording.number(infra.cpuCores.value_or(0), 0)),
                          tr("%1 GB").arg(m_wording.number(infra.memoryGb.value_or(0), 0)));
    } else {
        lines << tr("Cost not computed: the latest snapshot lacks the provisioned size, the "
                    "usage, the storage or the network figure.");
    }
    auto efficiency = [this](const QString& what, const EfficiencyScore& e) {
        return e.score ? tr("%1 efficiency %2 (%3 of %4 samples in the target band)")
                             .arg(what, m_wording.number(*e.score, 2))
                             .arg(e.inBand)
                             .arg(e.samples)
                       : tr("%1 efficiency: no samples in the window").arg(what);
    };
    lines << efficiency(tr("CPU"), infra.cpuEfficiency) + QStringLiteral("; ") +
                 efficiency(tr("memory"), infra.memoryEfficiency);
    auto sizing = [this](const QString& what, const std::optional<RightSizing>& r,
                         const QString& unit) {
        if (!r) {
            return tr("Right-sizing %1: the provisioned size is not reported.").arg(what);
        }
        if (r->action == RightSizeAction::NotEnoughSamples) {
            return tr("Right-sizing %1: too few samples (%2 of %3).")
                .arg(what)
                .arg(r->samples)
                .arg(r->samplesNeeded);
        }
        QString line =
            tr("Right-sizing %1: %2 %3 %4")
                .arg(what, sizingAction(r->action), m_wording.number(r->currentSize, 0), unit);
        if (r->recommendedSize && *r->recommendedSize != r->currentSize) {
            line += tr(" → %1 %2").arg(m_wording.number(*r->recommendedSize, 0), unit);
        }
        if (r->percentile) {
            line += tr(" (95th percentile %1 over %2 samples)")
                        .arg(m_wording.percent(*r->percentile))
                        .arg(r->samples);
        }
        if (r->monthlySaving && r->monthlySaving->value > 0) {
            line += tr(", saves %1 a month").arg(m_wording.money(*r->monthlySaving));
        } else if (r->monthlySaving && r->monthlySaving->value < 0) {
            line += tr(", costs %1 a month more")
                        .arg(m_wording.money(MicroUsd{-r->monthlySaving->value}));
        }
        return line;
    };
    lines << sizing(tr("CPU"), infra.cpu, tr("cores"));
    lines << sizing(tr("memory"), infra.memory, tr("GB"));
    if (infra.schedule) {
        const ScheduleAnalysis& s = *infra.schedule;
        switch (s.outcome) {
        case ScheduleOutcome::Pattern:
            lines << tr("Schedule: the load follows a %1 pattern; %2 off-peak window(s) could run "
                        "smaller, saving %3 a month.")
                         .arg(s.period == SchedulePeriod::Weekly ? tr("weekly") : tr("daily"))
                         .arg(s.windows.size())
                         .arg(m_wording.money(s.monthlySaving));
            break;
        case ScheduleOutcome::NotEnoughData:
            lines << tr("Schedule: not enough hourly data yet (%1 hours).").arg(s.samples);
            break;
        case ScheduleOutcome::NoPattern:
            lines << tr("Schedule: the load follows no predictable daily or weekly pattern.");
            break;
        case ScheduleOutcome::NoVariation:
            lines << tr("Schedule: the load does not vary; there is nothing to schedule.");
            break;
        }
    }
    return lines;
}

} // namespace headroom::ui
