#pragma once
// SourcesModel: each source with its health as a coloured dot, its kind, last poll, last success
// and state line; every cell's tooltip tells the last error, failing since, next retry, stale
// since, the TLS warning and how many metrics the last poll mapped. The Overview shows it live
// (EngineBridge::sourceStatusChanged) and the Sources dialog lists sources with it.

#include "SourceWording.h"

#include <vector>

#include <QAbstractTableModel>

namespace headroom::ui {

class SourcesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn, // the health dot and the name
        KindColumn,
        LastPollColumn,
        LastSuccessColumn,
        StateColumn,
        ColumnCount
    };
    // int: headroom::SourceHealth of the row.
    static constexpr int HealthRole = Qt::UserRole + 40;

    explicit SourcesModel(QObject* parent = nullptr);

    // now anchors the "3 min ago" wording.
    void setSources(const std::vector<SourceStatus>& sources, Timestamp now);
    const std::vector<SourceStatus>& sources() const { return m_sources; }
    const SourceStatus* statusAt(int row) const;
    int rowOf(const QString& sourceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Status (for BarDelegate-style colouring) of a source's health.
    static Status statusOf(SourceHealth health);

private:
    std::vector<SourceStatus> m_sources;
    Timestamp m_now{};
    Wording m_wording;
    SourceWording m_sourceWording;
};

} // namespace headroom::ui
