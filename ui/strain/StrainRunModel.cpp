#include "StrainRunModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QTimeZone>

namespace headroom::ui {

namespace {

// The stored verdict's colour; a cancelled run is grey whatever was stored.
QColor verdictColor(const StrainRunRecord& run) {
    if (run.result.stop == LoadStop::Cancelled || run.verdict == "not_judged") {
        return QColor(0x6c, 0x75, 0x7d);
    }
    return run.verdict == "passed" ? QColor(0x2b, 0x8a, 0x3e) : QColor(0xc9, 0x2a, 0x2a);
}

} // namespace

StrainRunModel::StrainRunModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void StrainRunModel::setRuns(std::vector<StrainRunRecord> runs) {
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const StrainRunRecord* StrainRunModel::runAt(int row) const {
    return row >= 0 && row < int(m_runs.size()) ? &m_runs[std::size_t(row)] : nullptr;
}

int StrainRunModel::rowOfId(RowId id) const {
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id == id) {
            return int(i);
        }
    }
    return -1;
}

const StrainRunRecord* StrainRunModel::baselineOf(const std::string& scenarioId) const {
    for (const auto& run : m_runs) {
        if (run.baseline && run.result.scenarioId == scenarioId) {
            return &run;
        }
    }
    return nullptr;
}

int StrainRunModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int StrainRunModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StrainRunModel::display(const StrainRunRecord& run, int column) const {
    const auto& r = run.result;
    const auto& m = r.measurement;
    switch (column) {
    case Started:
        return QDateTime::fromSecsSinceEpoch(qint64(r.startedAt.time_since_epoch().count()),
                                             QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Scenario:
        return QString::fromStdString(r.scenarioName.empty() ? r.scenarioId : r.scenarioName);
    case Load:
        return m_wording.load(r.model, r.users, r.arrivalRatePerSecond);
    case Verdict:
        return StrainWording::verdict(run.verdict, r.stop);
    case P50:
        return m_wording.latency(m.p50);
    case P95:
        return m_wording.latency(m.p95);
    case P99:
        return m_wording.latency(m.p99);
    case Throughput:
        return m_wording.throughput(m.throughputPerSecond);
    case ErrorRate:
        return m_wording.rate(m.errorRate);
    case Baseline:
        return run.baseline ? tr("★ baseline") : QString();
    default:
        return {};
    }
}

QVariant StrainRunModel::data(const QModelIndex& index, int role) const {
    const StrainRunRecord* run = runAt(index.row());
    if (run == nullptr || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    const auto& m = run->result.measurement;
    switch (role) {
    case Qt::DisplayRole:
        return display(*run, index.column());
    case Qt::UserRole:
        switch (index.column()) {
        case Started:
            return qint64(run->result.startedAt.time_since_epoch().count());
        case Verdict:
            return QString::fromStdString(run->verdict);
        case P50:
            return qint64(m.p50.count());
        case P95:
            return qint64(m.p95.count());
        case P99:
            return qint64(m.p99.count());
        case Throughput:
            return m.throughputPerSecond;
        case ErrorRate:
            return m.errorRate;
        case Baseline:
            return run->baseline;
        default:
            return display(*run, index.column());
        }
    case Qt::ForegroundRole:
        if (index.column() == Verdict) {
            return QBrush(verdictColor(*run));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= P50 && index.column() <= ErrorRate) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Verdict) {
            QString tip = tr("The run %1.").arg(StrainWording::stop(run->result.stop));
            const QString saturated = StrainWording::saturation(run->result.generator.saturation);
            return saturated.isEmpty() ? tip : tip + QLatin1Char('\n') + saturated;
        }
        if (index.column() == Scenario) {
            QStringList urls;
            for (const auto& url : run->result.urls) {
                urls << QString::fromStdString(url);
            }
            return urls.join(QLatin1Char('\n'));
        }
        return {};
    default:
        return {};
    }
}

QVariant StrainRunModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Started:
        return tr("Started (UTC)");
    case Scenario:
        return tr("Scenario");
    case Load:
        return tr("Model / load");
    case Verdict:
        return tr("Verdict");
    case P50:
        return tr("p50");
    case P95:
        return tr("p95");
    case P99:
        return tr("p99");
    case Throughput:
        return tr("Throughput");
    case ErrorRate:
        return tr("Error rate");
    case Baseline:
        return tr("Baseline");
    default:
        return {};
    }
}

} // namespace headroom::ui
