#pragma once
// UtilisationModel: one row per limit of the current tier: measured ones with value, limit and
// status; limits the snapshot lacks as "not measured" (never 0).

#include "Wording.h"

#include <vector>

#include <QAbstractTableModel>

namespace headroom::ui {

class UtilisationModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MetricColumn, BarColumn, ValueColumn, LimitColumn, StatusColumn, ColumnCount };

    explicit UtilisationModel(QObject* parent = nullptr);

    // tier may be null (unknown tier id): then unmeasured rows show no limit.
    void setCapacity(const CapacityStatus& capacity, const Tier* tier);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        MetricId metric;
        std::optional<double> value; // nullopt: not measured
        std::optional<double> limit;
        std::optional<double> utilisation;
        Status status = Status::Unknown;
    };
    std::vector<Row> m_rows;
    Wording m_wording;
};

} // namespace headroom::ui
