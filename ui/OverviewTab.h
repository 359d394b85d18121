#pragma once
// OverviewTab: the workspace at a glance: tier and mode cards (with the recommended action and
// its reasons), health score breakdown, headroom, utilisation bars per tier limit, the
// utilisation chart, the data-quality line and each source with a health dot (tooltip: last
// error, failing since, next retry, stale since, TLS warning, mapped metrics) and a "Manage
// sources…" link. Shows an explicit empty state until the first snapshot exists.

#include "Wording.h"
#include "cost/CostReport.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QGridLayout;
class QFrame;
class QVBoxLayout;

namespace headroom::ui {

class MetricChart;
class SourcesModel;
class UtilisationModel;

class OverviewTab : public QWidget {
    Q_OBJECT

public:
    // The catalog must outlive the tab (the engine's catalog does).
    explicit OverviewTab(const Catalog& catalog, QWidget* parent = nullptr);

    void setView(const WorkspaceView& view);
    void setSources(const std::vector<SourceStatus>& sources);
    // The nearest limit forecasts of the cost report (the first three worth showing).
    void setLimitForecasts(const std::vector<LimitForecastView>& forecasts);
    QLabel* nearestLimitsLabel() const { return m_nearestLimits; }
    bool isShowingEmptyState() const;

    // Adds a panel below the cards row (scaling control, alerts, resource monitor...), in the
    // order of the calls; the tab owns it from then on.
    void addSection(QWidget* section);

    UtilisationModel* utilisationModel() const { return m_utilisation; }
    SourcesModel* sourcesModel() const { return m_sources; }

signals:
    // The "Manage sources…" link was followed.
    void manageSourcesRequested();

public:
    MetricChart* chart() const { return m_chart; }

private:
    QWidget* buildContent();
    QFrame* makeCard(const QString& title, QWidget* body);
    void showEvaluation(const Evaluation& evaluation, Timestamp takenAt);
    void showReadings(const Snapshot& snapshot);

    const Catalog& m_catalog;
    Wording m_wording;
    bool m_isDemo = false;
    QVBoxLayout* m_contentLayout = nullptr;
    int m_nextSectionIndex = 1; // after the cards row
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    // Tier card.
    QLabel* m_tierName = nullptr;
    QLabel* m_tierRange = nullptr;
    QLabel* m_tierClients = nullptr;
    // Mode card.
    QLabel* m_modeName = nullptr;
    QLabel* m_modeAction = nullptr;
    QLabel* m_modeReasons = nullptr;
    QLabel* m_modeConfidence = nullptr;
    QLabel* m_modeBlocked = nullptr;
    // Health card.
    QLabel* m_healthOverall = nullptr;
    QLabel* m_healthBasis = nullptr; // how many of the four scores the overall rests on
    QStringList m_healthNames;
    QGridLayout* m_healthGrid = nullptr;
    QLabel* m_healthValues[4] = {};
    // Capacity card.
    QLabel* m_headroom = nullptr;
    QLabel* m_accepting = nullptr;
    QLabel* m_upgrade = nullptr;
    QLabel* m_nearestLimits = nullptr;

    UtilisationModel* m_utilisation = nullptr;
    QTableView* m_utilisationView = nullptr;
    MetricChart* m_chart = nullptr;
    QLabel* m_quality = nullptr;
    QLabel* m_readings = nullptr; // every measured value of the latest snapshot and its source
    SourcesModel* m_sources = nullptr;
    QTableView* m_sourcesView = nullptr;
    QLabel* m_sourcesNote = nullptr;
    QLabel* m_manageSources = nullptr;
};

} // namespace headroom::ui
