#pragma once
// Table models of the AI Capacity tab's cost report: cost shares (by provider or by client), the
// anomalies and the limit forecasts. Each cell's exact figure is also under ValueRole, so tests
// compare the console with `headroom costs --json` without parsing localised text.

#include "CostWording.h"

#include <vector>

#include <QAbstractTableModel>

namespace headroom::ui {

class CostShareModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CostColumn, ShareColumn, ColumnCount };

    CostShareModel(const Wording& wording, QString keyTitle, QObject* parent = nullptr);

    // names maps a key to what people call it (provider names); unknown keys show as they are.
    void setShares(const std::vector<CostShare>& shares, MicroUsd total,
                   std::function<QString(const std::string&)> names = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString key;
        QString name;
        MicroUsd cost;
    };
    const Wording& m_wording;
    QString m_keyTitle;
    std::vector<Row> m_rows;
    MicroUsd m_total;
};

class AnomalyModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DayColumn,
        ProviderColumn,
        ClientColumn,
        RuleColumn,
        ActualColumn,
        ExpectedColumn,
        ImpactColumn,
        ColumnCount
    };

    AnomalyModel(const CostWording& wording, QObject* parent = nullptr);

    void setAnomalies(const std::vector<CostAnomaly>& anomalies);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const CostWording& m_wording;
    std::vector<CostAnomaly> m_rows;
};

class LimitForecastModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LimitColumn,
        OutcomeColumn,
        DateColumn,
        MethodColumn,
        BacktestColumn,
        ColumnCount
    };

    LimitForecastModel(const CostWording& wording, QObject* parent = nullptr);

    // At most `limit` rows (0: all), in the report's order (nearest first).
    void setForecasts(const std::vector<LimitForecastView>& forecasts, std::size_t limit = 0);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const CostWording& m_wording;
    std::vector<LimitForecastView> m_rows;
};

} // namespace headroom::ui
