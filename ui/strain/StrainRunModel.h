#pragma once
// StrainRunModel: the Strain Tests view's history table, one row per stored run, newest first as
// the engine sends them (StrainView::runs). Columns: started (UTC, as stored), scenario, model
// and load, verdict, p50/p95/p99, throughput, error rate and the baseline marker. Figures are
// displayed in the locale's format; Qt::UserRole gives the raw value for sorting and tests.

#include "StrainWording.h"

#include <QAbstractTableModel>

namespace headroom::ui {

class StrainRunModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Started,
        Scenario,
        Load,
        Verdict,
        P50,
        P95,
        P99,
        Throughput,
        ErrorRate,
        Baseline,
        ColumnCount
    };

    explicit StrainRunModel(QObject* parent = nullptr);

    void setRuns(std::vector<StrainRunRecord> runs);
    const std::vector<StrainRunRecord>& runs() const { return m_runs; }
    const StrainRunRecord* runAt(int row) const;
    int rowOfId(RowId id) const; // -1 when not listed
    // The run marked as baseline for that scenario among those listed, else null.
    const StrainRunRecord* baselineOf(const std::string& scenarioId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const StrainRunRecord& run, int column) const;

    StrainWording m_wording;
    std::vector<StrainRunRecord> m_runs;
};

} // namespace headroom::ui
