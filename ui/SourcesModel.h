#pragma once
// SourcesModel: each live source with its last poll, last success, staleness and last error.

#include "Wording.h"

#include <vector>

#include <QAbstractTableModel>

namespace headroom::ui {

class SourcesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, LastPollColumn, LastSuccessColumn, StateColumn, ColumnCount };

    explicit SourcesModel(QObject* parent = nullptr);

    // now anchors the "3 min ago" wording.
    void setSources(const std::vector<SourceStatus>& sources, Timestamp now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<SourceStatus> m_sources;
    Timestamp m_now{};
    Wording m_wording;
};

} // namespace headroom::ui
