#pragma once
// StrainComparisonPanel: what the selected stored run means. Its criteria as it was judged (the
// criteria stored with it, judgeRun): each passed, FAILED or not measured, measured against the
// limit; then its comparison with its scenario's baseline (compareWithBaseline with the
// catalog's tolerance): each figure baseline → current, the change and a REGRESSED flag. Runs
// that were not judged (cancelled, or the generator fell behind) are "not comparable": their
// figures are still listed for reading, but nothing is flagged.

#include "StrainWording.h"

#include <optional>

#include <QWidget>

class QLabel;
class QTableWidget;

namespace headroom::ui {

class StrainComparisonPanel : public QWidget {
    Q_OBJECT

public:
    explicit StrainComparisonPanel(QWidget* parent = nullptr);

    // `baseline`: the stored baseline of the run's scenario, if listed. `tolerance`: the
    // catalog's regression tolerance (0.10 = 10 % worse).
    void showRun(const StrainRunRecord& run, const StrainRunRecord* baseline, double tolerance);
    void clear();

    QLabel* summaryLabel() const { return m_summary; }
    QLabel* comparisonNote() const { return m_comparisonNote; }
    QTableWidget* criteriaTable() const { return m_criteria; }
    QTableWidget* comparisonTable() const { return m_comparison; }

private:
    void showCriteria(const StrainRunRecord& run);
    void showComparison(const StrainRunRecord& run, const StrainRunRecord* baseline,
                        double tolerance);

    StrainWording m_wording;
    QLabel* m_summary = nullptr;
    QTableWidget* m_criteria = nullptr;
    QLabel* m_comparisonNote = nullptr;
    QTableWidget* m_comparison = nullptr;
};

} // namespace headroom::ui
