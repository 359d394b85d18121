// The tables of the report's sections (spend details, scaling timeline, decisions, data
// quality): ReportDocument's members that turn ReportData's rows into table pieces, apart from
// the cover, key figures and charts in ReportDocument.cpp.
#include "report/ReportDocument.h"
#include "report/ReportStyle.h"
#include "report/ReportWording.h"

namespace headroom::ui {

namespace rs = reportstyle;

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

void ReportDocument::addSpendDetails() {
    const SpendSeries& spend = m_data->spend;
    const ReportWording& w = *m_wording;
    std::vector<QStringList> totals;
    for (const auto& [provider, total] : spend.providerTotals) {
        totals.push_back({w.providerName(provider), w.money(total)});
    }
    appendTable(m_flow,
                {{ReportWording::tr("Provider"), 3},
                 {ReportWording::tr("Spend in the period"), 2, Qt::AlignRight}},
                totals);
    if (spend.projection.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("No projection: %1.")
                                       .arg(ReportWording::reason(spend.projectionReason)),
                                   rs::font(9), rs::ink()));
        return;
    }
    std::vector<QStringList> rows;
    for (const ProjectedSpend& p : spend.projection) {
        rows.push_back({ReportWording::horizonName(p.horizon), w.money(p.expected),
                        spend.intervalKnown
                            ? ReportWording::tr("%1 – %2").arg(w.money(p.low), w.money(p.high))
                            : ReportWording::tr("not known")});
    }
    appendTable(m_flow,
                {{ReportWording::tr("Projected total spend"), 3},
                 {ReportWording::tr("Expected"), 2, Qt::AlignRight},
                 {ReportWording::tr("%1 interval").arg(w.percent(spend.intervalLevel * 100.0)), 3,
                  Qt::AlignRight}},
                rows);
    m_flow.push_back(textPiece(
        ReportWording::tr("Projected from the ledger as of the period's last day, assuming "
                          "its recent growth continues, with %1 confidence: %2. The longer the "
                          "horizon, the more a change in that growth moves the figure.")
            .arg(w.percent(spend.projectionConfidence * 100.0),
                 ReportWording::trustName(spend.projectionTrust)),
        rs::font(8), rs::muted()));
}

void ReportDocument::addTimeline() {
    const ReportWording& w = *m_wording;
    std::vector<QStringList> rows;
    for (const ScalingTimelineEntry& e : m_data->timeline) {
        QString change;
        if (e.kind == kTimelineTierChanged) {
            change = ReportWording::tr("%1 → %2").arg(w.tierName(e.from), w.tierName(e.to));
        } else if (e.kind == kTimelineModeSet) {
            change = ReportWording::tr("%1 → %2").arg(w.modeName(e.from), w.modeName(e.to));
        } else if (!e.from.empty() || !e.to.empty()) {
            change = ReportWording::tr("%1 → %2").arg(text(e.from), text(e.to));
        }
        rows.push_back({w.dateTime(e.at), ReportWording::timelineKind(e.kind), change,
                        e.actor.empty() ? ReportWording::tr("measured") : text(e.actor),
                        text(e.reason)});
    }
    addCappedTable({{ReportWording::tr("When (UTC)"), 2.2},
                    {ReportWording::tr("Change"), 2},
                    {ReportWording::tr("From → to"), 3},
                    {ReportWording::tr("By"), 1.6},
                    {ReportWording::tr("Reason"), 3.2}},
                   std::move(rows));
}

void ReportDocument::addDecisions() {
    const ReportWording& w = *m_wording;
    const DecisionSummary& d = m_data->decisions;
    const QString rate = d.acceptanceRate ? ReportWording::tr("%1 (%2 of %3 recommendations)")
                                                .arg(w.percent(*d.acceptanceRate * 100.0))
                                                .arg(d.acceptanceHits)
                                                .arg(d.acceptanceOf)
                                          : ReportWording::tr("— (nothing decided)");
    const QString accuracy = d.accuracy
                                 ? w.percent(*d.accuracy * 100.0)
                                 : ReportWording::tr("— (no outcome with a measured impact)");
    appendTable(
        m_flow, {{ReportWording::tr("Decisions"), 3}, {QString(), 4}},
        {{ReportWording::tr("Decided"), QString::number(d.decided)},
         {ReportWording::tr("Accepted / deferred / rejected"),
          QStringLiteral("%1 / %2 / %3").arg(d.accepted).arg(d.deferred).arg(d.rejected)},
         {ReportWording::tr("Acceptance rate"), rate},
         {ReportWording::tr("Implemented / failed / rolled back"),
          QStringLiteral("%1 / %2 / %3").arg(d.implemented).arg(d.failed).arg(d.rolledBack)},
         {ReportWording::tr("Predictions met"), accuracy}});

    std::vector<QStringList> rows;
    for (const DecisionRow& r : d.decisions) {
        rows.push_back(
            {w.dateTime(r.at), w.recommendationTitle(r.recommendationType),
             ReportWording::decisionVerdict(r.verdict), text(r.actor),
             r.revisitAt
                 ? ReportWording::tr("%1 (revisit %2)").arg(text(r.reason), w.day(*r.revisitAt))
                 : text(r.reason)});
    }
    addCappedTable({{ReportWording::tr("When (UTC)"), 2.2},
                    {ReportWording::tr("Recommendation"), 3.4},
                    {ReportWording::tr("Decision"), 1.5},
                    {ReportWording::tr("By"), 1.5},
                    {ReportWording::tr("Reason"), 3.4}},
                   std::move(rows));

    if (d.outcomes.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("No outcomes were recorded in this period."),
                                   rs::font(9), rs::ink()));
        return;
    }
    std::vector<QStringList> outcomes;
    for (const OutcomeRow& o : d.outcomes) {
        const QString predicted = o.predictedMin && o.predictedMax
                                      ? w.moneyRange(*o.predictedMin, *o.predictedMax)
                                      : QStringLiteral("—");
        QString measured = QStringLiteral("—");
        if (!o.measuredMetric.empty() && o.measuredBefore && o.measuredAfter) {
            measured = ReportWording::tr("%1: %2 → %3")
                           .arg(ReportWording::metricName(o.measuredMetric),
                                w.number(*o.measuredBefore, 2), w.number(*o.measuredAfter, 2));
        }
        outcomes.push_back(
            {w.day(o.at), w.recommendationTitle(o.recommendationType),
             ReportWording::outcomeStatus(o.status), predicted,
             o.actualMonthlyCost ? w.money(*o.actualMonthlyCost) : QStringLiteral("—"), measured,
             ReportWording::outcomeVerdict(o.verdict)});
    }
    addCappedTable({{ReportWording::tr("Day"), 1.8},
                    {ReportWording::tr("Recommendation"), 3},
                    {ReportWording::tr("Status"), 1.6},
                    {ReportWording::tr("Predicted / month"), 2.2},
                    {ReportWording::tr("Actual / month"), 1.6, Qt::AlignRight},
                    {ReportWording::tr("Measured impact"), 2.6},
                    {ReportWording::tr("Verdict"), 1.8}},
                   std::move(outcomes));
}

void ReportDocument::addStrain() {
    const ReportWording& w = *m_wording;
    const StrainReadiness& s = m_data->strain;
    const QString rate = ReportWording::tr("%1 of %2 scenarios passed their latest run (%3)")
                             .arg(s.passed)
                             .arg(s.latest.size())
                             .arg(w.percent(s.passRate.value_or(0.0) * 100.0));
    const QString verdict =
        s.ready ? ReportWording::tr("Ready for a tier upgrade: at least %1 passing.")
                      .arg(w.percent(s.requiredPassRate * 100.0))
                : ReportWording::tr("Not ready for a tier upgrade: %1 passing are needed.")
                      .arg(w.percent(s.requiredPassRate * 100.0));
    m_flow.push_back(
        textPiece(rate + QStringLiteral(". ") + verdict, rs::font(10), rs::ink(), 6.0));
    std::vector<QStringList> rows;
    for (const StrainRunRow& r : s.latest) {
        QString vsBaseline = QStringLiteral("—");
        if (r.baseline) {
            vsBaseline = ReportWording::tr("is the baseline");
        } else if (r.regressed) {
            vsBaseline =
                *r.regressed ? ReportWording::tr("regressed") : ReportWording::tr("no regression");
        }
        rows.push_back({text(r.scenarioName.empty() ? r.scenarioId : r.scenarioName),
                        w.dateTime(r.startedAt), ReportWording::strainVerdict(r.verdict),
                        ReportWording::tr("%1 ms").arg(w.number(r.p95Ms, 1)),
                        ReportWording::tr("%1/s").arg(w.number(r.throughputPerSecond, 1)),
                        w.percent(r.errorRate * 100.0, 2), vsBaseline});
    }
    addCappedTable({{ReportWording::tr("Scenario"), 2.6},
                    {ReportWording::tr("Latest run (UTC)"), 2.2},
                    {ReportWording::tr("Verdict"), 1.4},
                    {ReportWording::tr("p95"), 1.4, Qt::AlignRight},
                    {ReportWording::tr("Throughput"), 1.6, Qt::AlignRight},
                    {ReportWording::tr("Errors"), 1.2, Qt::AlignRight},
                    {ReportWording::tr("Against baseline"), 2}},
                   std::move(rows));
    m_flow.push_back(
        textPiece(ReportWording::tr("%n strain run(s) started in this period; each scenario counts "
                                    "by its latest. A run that was cancelled or whose load "
                                    "generator fell behind was not judged and counts as not "
                                    "passing.",
                                    nullptr, static_cast<int>(s.runsInPeriod)),
                  rs::font(8), rs::muted()));
}

void ReportDocument::addQuality() {
    const ReportWording& w = *m_wording;
    const ReportDataQuality& q = m_data->quality;
    QStringList lines;
    lines << ReportWording::tr("%1 stored snapshots and summaries in the period; %2 evaluations "
                               "were read for the trend and this assessment.")
                 .arg(w.number(double(q.storedInstants)), w.number(double(q.samplesJudged)));
    if (q.meanConfidence) {
        lines << ReportWording::tr("Confidence of the truth layer: %1 on average, %2 at its "
                                   "lowest.")
                     .arg(w.percent(*q.meanConfidence * 100.0),
                          w.percent(q.minConfidence.value_or(0.0) * 100.0));
    } else {
        lines << ReportWording::tr("No evaluation was stored, so no confidence can be stated.");
    }
    lines << ReportWording::tr("Cost ledger: %1 of %2 days have no cost row.")
                 .arg(w.number(double(q.ledgerDaysMissing)), w.number(double(q.ledgerDays)));
    for (const QualityNote& n : q.notes) {
        lines << w.qualityNote(n);
    }
    if (q.notes.empty()) {
        lines << ReportWording::tr("No gaps, no stale or missing metrics: every figure rests on "
                                   "complete data.");
    }
    for (const QString& line : lines) {
        m_flow.push_back(textPiece(QStringLiteral("•  ") + line, rs::font(9), rs::ink(), 3.0));
    }
    m_flow.back().spaceAfter = 10.0;

    if (!q.gaps.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("Stretches without stored data"),
                                   rs::font(10, true), rs::ink(), 4.0));
        m_flow.back().keepWithNext = true;
        std::vector<QStringList> rows;
        for (const DataGap& g : q.gaps) {
            rows.push_back({w.dateTime(g.from), w.dateTime(g.to), w.duration(g.length)});
        }
        addCappedTable({{ReportWording::tr("From (UTC)"), 2},
                        {ReportWording::tr("To (UTC)"), 2},
                        {ReportWording::tr("Length"), 1.4, Qt::AlignRight}},
                       std::move(rows));
    }
    if (!q.flagged.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("Stale or missing metrics"),
                                   rs::font(10, true), rs::ink(), 4.0));
        m_flow.back().keepWithNext = true;
        std::vector<QStringList> rows;
        for (const FlaggedStretch& f : q.flagged) {
            QStringList metrics;
            for (const std::string& m : f.metrics) {
                metrics << ReportWording::metricName(m);
            }
            rows.push_back({w.dateTime(f.from), w.dateTime(f.to),
                            ReportWording::flaggedKind(f.kind),
                            metrics.join(QStringLiteral(", "))});
        }
        addCappedTable({{ReportWording::tr("From (UTC)"), 2},
                        {ReportWording::tr("To (UTC)"), 2},
                        {ReportWording::tr("Flag"), 1},
                        {ReportWording::tr("Metrics"), 4}},
                       std::move(rows));
    }
    if (!q.resolution.empty()) {
        m_flow.push_back(textPiece(ReportWording::tr("Resolution of the stored data"),
                                   rs::font(10, true), rs::ink(), 4.0));
        m_flow.back().keepWithNext = true;
        std::vector<QStringList> rows;
        for (const ResolutionStretch& r : q.resolution) {
            rows.push_back(
                {w.dateTime(r.from), w.dateTime(r.to), ReportWording::resolutionKind(r.kind)});
        }
        addCappedTable({{ReportWording::tr("From (UTC)"), 2},
                        {ReportWording::tr("To (UTC)"), 2},
                        {ReportWording::tr("Kept as"), 2}},
                       std::move(rows));
    }
}

} // namespace headroom::ui
