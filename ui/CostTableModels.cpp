#include "CostTableModels.h"

#include "UiRoles.h"

#include <QBrush>

namespace headroom::ui {

// ---- CostShareModel ----

CostShareModel::CostShareModel(const Wording& wording, QString keyTitle, QObject* parent)
    : QAbstractTableModel(parent)
    , m_wording(wording)
    , m_keyTitle(std::move(keyTitle)) {}

void CostShareModel::setShares(const std::vector<CostShare>& shares, MicroUsd total,
                               std::function<QString(const std::string&)> names) {
    beginResetModel();
    m_rows.clear();
    m_total = total;
    for (const CostShare& share : shares) {
        Row row;
        row.key = QString::fromStdString(share.key);
        row.name = names ? names(share.key) : row.key;
        if (row.name.isEmpty()) {
            row.name = tr("(not attributed)");
        }
        row.cost = share.cost;
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int CostShareModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostShareModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostShareModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& row = m_rows[std::size_t(index.row())];
    const double share = m_total.value > 0 ? double(row.cost.value) / double(m_total.value) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case CostColumn:
            return m_wording.money(row.cost);
        case ShareColumn:
            return m_wording.percent(share, 1);
        }
        break;
    case ValueRole:
        return index.column() == CostColumn ? QVariant(row.cost.dollars()) : QVariant(share);
    case FractionRole:
        return index.column() == ShareColumn ? QVariant(share) : QVariant();
    case StatusRole:
        return int(Status::Healthy);
    case KeyRole:
        return row.key;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CostShareModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return m_keyTitle;
    case CostColumn:
        return tr("Cost");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

// ---- AnomalyModel ----

AnomalyModel::AnomalyModel(const CostWording& wording, QObject* parent)
    : QAbstractTableModel(parent)
    , m_wording(wording) {}

void AnomalyModel::setAnomalies(const std::vector<CostAnomaly>& anomalies) {
    beginResetModel();
    m_rows = anomalies;
    endResetModel();
}

int AnomalyModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnomalyModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomalyModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const CostAnomaly& a = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DayColumn:
            return m_wording.day(a.day);
        case ProviderColumn:
            return m_wording.providerName(a.providerId);
        case ClientColumn:
            return a.clientId.empty() ? tr("All clients") : QString::fromStdString(a.clientId);
        case RuleColumn:
            return CostWording::anomalyRules(a.rules);
        case ActualColumn:
            return m_wording.anomalyFigure(a, a.actual);
        case ExpectedColumn:
            return m_wording.anomalyFigure(a, a.expected);
        case ImpactColumn:
            return (a.impact > 0 ? QStringLiteral("+") : QString()) +
                   m_wording.anomalyFigure(a, a.impact);
        }
    } else if (role == ValueRole) {
        switch (index.column()) {
        case ActualColumn:
            return a.actual;
        case ExpectedColumn:
            return a.expected;
        case ImpactColumn:
            return a.impact;
        }
    } else if (role == KeyRole) {
        return QString::fromStdString(formatDay(a.day) + "/" + a.providerId + "/" + a.clientId);
    } else if (role == Qt::ForegroundRole && index.column() == ImpactColumn && a.impact > 0) {
        return QBrush(Wording::statusColor(Status::Critical));
    } else if (role == Qt::TextAlignmentRole && index.column() >= ActualColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AnomalyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DayColumn:
        return tr("Day");
    case ProviderColumn:
        return tr("Provider");
    case ClientColumn:
        return tr("Client");
    case RuleColumn:
        return tr("Rule");
    case ActualColumn:
        return tr("Actual");
    case ExpectedColumn:
        return tr("Expected");
    case ImpactColumn:
        return tr("Impact");
    }
    return {};
}

// ---- LimitForecastModel ----

LimitForecastModel::LimitForecastModel(const CostWording& wording, QObject* parent)
    : QAbstractTableModel(parent)
    , m_wording(wording) {}

void LimitForecastModel::setForecasts(const std::vector<LimitForecastView>& forecasts,
                                      std::size_t limit) {
    beginResetModel();
    m_rows = forecasts;
    if (limit > 0 && m_rows.size() > limit) {
        m_rows.resize(limit);
    }
    endResetModel();
}

int LimitForecastModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LimitForecastModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LimitForecastModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const LimitForecastView& f = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LimitColumn:
            return m_wording.limitName(f);
        case OutcomeColumn:
            return m_wording.forecastOutcome(f);
        case DateColumn:
            return f.reachDay ? m_wording.day(*f.reachDay) : QString();
        case MethodColumn:
            return CostWording::methodName(f.method);
        case BacktestColumn:
            return !f.method && f.backtest.folds == 0 ? QString() : m_wording.backtest(f.backtest);
        }
    } else if (role == ValueRole && index.column() == OutcomeColumn && f.daysUntil) {
        return *f.daysUntil;
    } else if (role == KeyRole) {
        return QString::fromStdString(std::string(keyOf(f.kind)) + "/" + f.scope);
    } else if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (f.status == ForecastStatus::AlreadyReached) {
            return QBrush(Wording::statusColor(Status::Critical));
        }
        if (f.status == ForecastStatus::WithinHorizon && f.daysUntil && *f.daysUntil <= 30) {
            return QBrush(Wording::statusColor(Status::Warning));
        }
        if (f.status == ForecastStatus::TooLittleData || f.status == ForecastStatus::NoSkill) {
            return QBrush(Wording::statusColor(Status::Unknown));
        }
    } else if (role == Qt::ToolTipRole) {
        return m_wording.backtest(f.backtest);
    }
    return {};
}

QVariant LimitForecastModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LimitColumn:
        return tr("Limit");
    case OutcomeColumn:
        return tr("Reached");
    case DateColumn:
        return tr("Date");
    case MethodColumn:
        return tr("Method");
    case BacktestColumn:
        return tr("How it did on the history");
    }
    return {};
}

} // namespace headroom::ui
