#include "StrainComparisonPanel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

const QColor kFailed(0xc9, 0x2a, 0x2a);
const QColor kPassed(0x2b, 0x8a, 0x3e);
const QColor kQuiet(0x6c, 0x75, 0x7d);

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    // Sized to hold every row and column (fitHeight): the panel scrolls as a whole instead.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

QTableWidgetItem* item(const QString& text, const QColor& color = {}) {
    auto* cell = new QTableWidgetItem(text);
    if (color.isValid()) {
        cell->setForeground(color);
    }
    return cell;
}

bool judged(const StrainRunRecord& run) {
    return run.verdict != "not_judged" && run.result.stop != LoadStop::Cancelled;
}

// The rows of a table that holds `rows` without a scroll bar.
void fitHeight(QTableWidget* table) {
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r) {
        height += table->rowHeight(r);
    }
    table->setFixedHeight(height);
}

} // namespace

StrainComparisonPanel::StrainComparisonPanel(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("strainRunSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_criteria = makeTable({tr("Criterion"), tr("Measured"), tr("Limit"), tr("Outcome")},
                           QStringLiteral("strainCriteriaTable"), this);
    m_criteria->setAccessibleName(tr("Pass criteria of the selected run"));
    m_comparisonNote = new QLabel(this);
    m_comparisonNote->setObjectName(QStringLiteral("strainComparisonNote"));
    m_comparisonNote->setWordWrap(true);
    m_comparison =
        makeTable({tr("Figure"), tr("Baseline"), tr("This run"), tr("Change"), tr("Flag")},
                  QStringLiteral("strainComparisonTable"), this);
    m_comparison->setAccessibleName(tr("Comparison of the selected run with its baseline"));
    layout->addWidget(m_summary);
    layout->addWidget(m_criteria);
    layout->addWidget(m_comparisonNote);
    layout->addWidget(m_comparison);
    layout->addStretch();
    clear();
}

void StrainComparisonPanel::clear() {
    m_summary->setText(tr("Select a run in the history to see how it was judged and how it "
                          "compares with its scenario's baseline."));
    m_criteria->setRowCount(0);
    m_criteria->hide();
    m_comparisonNote->clear();
    m_comparisonNote->hide();
    m_comparison->setRowCount(0);
    m_comparison->hide();
}

void StrainComparisonPanel::showRun(const StrainRunRecord& run, const StrainRunRecord* baseline,
                                    double tolerance) {
    const auto& r = run.result;
    QString summary =
        tr("<b>%1</b> — %2. It %3: %4 requests, %5 answered, %6 errors.")
            .arg(QString::fromStdString(r.scenarioName).toHtmlEscaped(),
                 StrainWording::verdict(run.verdict, r.stop), StrainWording::stop(r.stop),
                 m_wording.count(std::int64_t(r.measurement.requests)),
                 m_wording.count(r.completed), m_wording.count(std::int64_t(r.measurement.errors)));
    if (!r.httpVersion.empty()) {
        summary +=
            QLatin1Char(' ') + tr("Answers came in %1.").arg(QString::fromStdString(r.httpVersion));
    }
    const QString saturated = StrainWording::saturation(r.generator.saturation);
    if (!saturated.isEmpty()) {
        summary += QStringLiteral("<br>") + saturated.toHtmlEscaped();
    }
    m_summary->setText(summary);
    showCriteria(run);
    showComparison(run, baseline, tolerance);
}

void StrainComparisonPanel::showCriteria(const StrainRunRecord& run) {
    // Judged again with the criteria stored with the run, so an edit of the catalog since does
    // not rewrite what it was held to. A cancelled run's figures are shown but not its passes.
    const StrainJudgement judgement = judgeRun(run.result.measurement, run.criteria);
    const bool isJudged = judged(run);
    m_criteria->setRowCount(int(judgement.criteria.size()));
    int row = 0;
    for (const CriterionResult& c : judgement.criteria) {
        m_criteria->setItem(row, 0, item(StrainWording::criterionName(c.criterion)));
        m_criteria->setItem(
            row, 1,
            item(c.measured ? m_wording.criterionValue(c.criterion, *c.measured) : tr("—")));
        const QString limit =
            c.criterion == StrainCriterion::Throughput ? tr("at least %1") : tr("at most %1");
        m_criteria->setItem(row, 2,
                            item(limit.arg(m_wording.criterionValue(c.criterion, c.limit))));
        QString outcome = StrainWording::outcome(c.outcome);
        QColor color = c.outcome == CriterionOutcome::Passed   ? kPassed
                       : c.outcome == CriterionOutcome::Failed ? kFailed
                                                               : kQuiet;
        if (!isJudged && c.outcome != CriterionOutcome::NotMeasured) {
            outcome = tr("(%1, not judged)").arg(outcome);
            color = kQuiet;
        }
        m_criteria->setItem(row, 3, item(outcome, color));
        ++row;
    }
    m_criteria->resizeRowsToContents();
    fitHeight(m_criteria);
    m_criteria->show();
}

void StrainComparisonPanel::showComparison(const StrainRunRecord& run,
                                           const StrainRunRecord* baseline, double tolerance) {
    m_comparisonNote->show();
    if (run.baseline) {
        m_comparisonNote->setText(tr("This run is the baseline of its scenario: later runs of "
                                     "it are compared with it."));
        m_comparison->hide();
        return;
    }
    if (baseline == nullptr) {
        m_comparisonNote->setText(tr("No baseline is set for this scenario yet. Choose a good "
                                     "run and press \"Set as baseline\" to compare later runs "
                                     "with it."));
        m_comparison->hide();
        return;
    }
    const BaselineComparison comparison =
        compareWithBaseline(run.result.measurement, baseline->result.measurement, tolerance);
    const bool comparable = judged(run) && judged(*baseline) &&
                            comparison.comparability == BaselineComparability::Comparable;
    const QString when =
        QDateTime::fromSecsSinceEpoch(qint64(baseline->result.startedAt.time_since_epoch().count()),
                                      QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (!comparable) {
        m_comparisonNote->setText(
            tr("Not comparable with the baseline of %1: %2 was not judged, so its figures are "
               "listed for reading only.")
                .arg(when, judged(run) && comparison.comparability !=
                                              BaselineComparability::CurrentNotJudged
                               ? tr("the baseline")
                               : tr("this run")));
    } else if (comparison.regressed) {
        m_comparisonNote->setText(
            tr("<b>Regressed</b> against the baseline of %1: a figure is more than %2 worse.")
                .arg(when, m_wording.rate(tolerance)));
    } else {
        m_comparisonNote->setText(tr("Against the baseline of %1: no figure is more than %2 worse.")
                                      .arg(when, m_wording.rate(tolerance)));
    }
    m_comparison->setRowCount(int(comparison.figures.size()));
    int row = 0;
    for (const FigureComparison& f : comparison.figures) {
        const bool regressed = comparable && f.regressed;
        m_comparison->setItem(row, 0, item(StrainWording::figureName(f.figure)));
        m_comparison->setItem(row, 1, item(m_wording.figureValue(f.figure, f.baseline)));
        m_comparison->setItem(row, 2, item(m_wording.figureValue(f.figure, f.current)));
        m_comparison->setItem(row, 3, item(f.change ? m_wording.change(*f.change) : tr("—")));
        m_comparison->setItem(row, 4,
                              item(regressed ? tr("REGRESSED") : (comparable ? tr("ok") : tr("—")),
                                   regressed ? kFailed : kQuiet));
        ++row;
    }
    m_comparison->resizeRowsToContents();
    fitHeight(m_comparison);
    m_comparison->show();
}

} // namespace headroom::ui
