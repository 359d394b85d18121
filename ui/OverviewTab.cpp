#include "OverviewTab.h"

#include "BarDelegate.h"
#include "ConsoleTheme.h"
#include "CostWording.h"
#include "MetricChart.h"
#include "SourcesModel.h"
#include "UtilisationModel.h"

#include <algorithm>

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

QLabel* makeValueLabel(QWidget* parent, const char* name, int pointDelta = 0, bool bold = false) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (pointDelta != 0 || bold) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() + pointDelta);
        font.setBold(bold);
        label->setFont(font);
    }
    return label;
}

QString colourText(const QString& text, const QColor& colour) {
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(colour.name(), text.toHtmlEscaped());
}

void fitTableHeight(QTableView* view) {
    // From the size hints, not the current geometry: right after a reset the header and rows
    // may not be laid out yet, and the table would keep a scroll bar.
    const int header =
        std::max(view->horizontalHeader()->height(), view->horizontalHeader()->sizeHint().height());
    int height = header + 2 * view->frameWidth();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        height += std::max(view->rowHeight(row), view->verticalHeader()->defaultSectionSize());
    }
    view->setFixedHeight(height + 2);
}

} // namespace

OverviewTab::OverviewTab(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_emptyLabel = new QLabel(tr("No snapshot yet — waiting for the first poll."), this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    QFont font = m_emptyLabel->font();
    font.setPointSizeF(font.pointSizeF() + 3);
    m_emptyLabel->setFont(font);
    m_stack->addWidget(m_emptyLabel);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildContent());
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack);
}

QFrame* OverviewTab::makeCard(const QString& title, QWidget* body) {
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(QStringLiteral("QFrame#card { border: 1px solid palette(mid); "
                                       "border-radius: 8px; background: palette(base); }"));
    auto* layout = new QVBoxLayout(card);
    auto* heading = new QLabel(title.toUpper(), card);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() - 1);
    heading->setFont(font);
    ConsoleTheme::setTone(heading, Tone::Muted);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
    return card;
}

void OverviewTab::addSection(QWidget* section) {
    m_contentLayout->insertWidget(m_nextSectionIndex++, section);
}

QWidget* OverviewTab::buildContent() {
    auto* content = new QWidget;
    // Section titles read as headings, like the Alerts panel's (a style sheet's font does not
    // pass on to the sections' contents).
    content->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; }"));
    auto* layout = new QVBoxLayout(content);
    m_contentLayout = layout;

    // Cards row.
    auto* cards = new QGridLayout;
    cards->setHorizontalSpacing(10);

    auto* tierBody = new QWidget;
    auto* tierLayout = new QVBoxLayout(tierBody);
    tierLayout->setContentsMargins(0, 0, 0, 0);
    m_tierName = makeValueLabel(tierBody, "tierName", 4, true);
    m_tierRange = makeValueLabel(tierBody, "tierRange");
    m_tierClients = makeValueLabel(tierBody, "tierClients");
    tierLayout->addWidget(m_tierName);
    tierLayout->addWidget(m_tierRange);
    tierLayout->addWidget(m_tierClients);
    cards->addWidget(makeCard(tr("Tier"), tierBody), 0, 0);

    auto* modeBody = new QWidget;
    auto* modeLayout = new QVBoxLayout(modeBody);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    m_modeName = makeValueLabel(modeBody, "modeName", 4, true);
    m_modeAction = makeValueLabel(modeBody, "modeAction", 2, true);
    m_modeReasons = makeValueLabel(modeBody, "modeReasons");
    m_modeConfidence = makeValueLabel(modeBody, "modeConfidence");
    m_modeBlocked = makeValueLabel(modeBody, "modeBlocked", 0, true);
    ConsoleTheme::setTone(m_modeBlocked, Tone::Warning);
    for (QLabel* l : {m_modeName, m_modeAction, m_modeReasons, m_modeConfidence, m_modeBlocked}) {
        modeLayout->addWidget(l);
    }
    cards->addWidget(makeCard(tr("Scaling mode"), modeBody), 0, 1);

    auto* healthBody = new QWidget;
    auto* healthLayout = new QVBoxLayout(healthBody);
    healthLayout->setContentsMargins(0, 0, 0, 0);
    m_healthOverall = makeValueLabel(healthBody, "healthOverall", 4, true);
    healthLayout->addWidget(m_healthOverall);
    m_healthBasis = makeValueLabel(healthBody, "healthBasis");
    // Short lines without wrapping: the cards share one grid row, and wrapped labels there get
    // squeezed instead of growing the row.
    m_healthBasis->setWordWrap(false);
    m_healthBasis->setTextFormat(Qt::RichText);
    healthLayout->addWidget(m_healthBasis);
    m_healthGrid = new QGridLayout;
    m_healthNames = {tr("Infrastructure health"), tr("AI cost pressure"), tr("Warning density"),
                     tr("Churn risk")};
    for (int i = 0; i < 4; ++i) {
        m_healthGrid->addWidget(new QLabel(m_healthNames[i], healthBody), i, 0);
        m_healthValues[i] = makeValueLabel(healthBody, "healthPart");
        m_healthValues[i]->setWordWrap(false);
        m_healthValues[i]->setAlignment(Qt::AlignRight);
        m_healthGrid->addWidget(m_healthValues[i], i, 1);
    }
    healthLayout->addLayout(m_healthGrid);
    cards->addWidget(makeCard(tr("Health score"), healthBody), 0, 2);

    auto* capBody = new QWidget;
    auto* capLayout = new QVBoxLayout(capBody);
    capLayout->setContentsMargins(0, 0, 0, 0);
    m_headroom = makeValueLabel(capBody, "headroom", 4, true);
    m_accepting = makeValueLabel(capBody, "accepting");
    m_upgrade = makeValueLabel(capBody, "upgrade");
    capLayout->addWidget(m_headroom);
    capLayout->addWidget(m_accepting);
    capLayout->addWidget(m_upgrade);
    cards->addWidget(makeCard(tr("Headroom"), capBody), 0, 3);
    for (int c = 0; c < 4; ++c) {
        cards->setColumnStretch(c, 1);
    }
    layout->addLayout(cards);

    // Utilisation bars.
    auto* utilBox = new QGroupBox(tr("Utilisation of tier limits"), content);
    auto* utilLayout = new QVBoxLayout(utilBox);
    m_utilisation = new UtilisationModel(this);
    m_utilisationView = new QTableView(utilBox);
    m_utilisationView->setObjectName(QStringLiteral("utilisationView"));
    m_utilisationView->setAccessibleName(tr("Utilisation of tier limits"));
    m_utilisationView->setModel(m_utilisation);
    auto* delegate = new BarDelegate(m_utilisationView);
    delegate->setThresholds(m_catalog.headroom.warning, m_catalog.headroom.critical);
    m_utilisationView->setItemDelegateForColumn(UtilisationModel::BarColumn, delegate);
    m_utilisationView->verticalHeader()->hide();
    m_utilisationView->verticalHeader()->setDefaultSectionSize(30);
    m_utilisationView->setSelectionMode(QAbstractItemView::NoSelection);
    m_utilisationView->setShowGrid(false);
    m_utilisationView->setAlternatingRowColors(true);
    m_utilisationView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_utilisationView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_utilisationView->horizontalHeader()->setSectionResizeMode(UtilisationModel::BarColumn,
                                                                QHeaderView::Stretch);
    utilLayout->addWidget(m_utilisationView);
    layout->addWidget(utilBox);

    // Nearest limits (from the cost report's forecasts).
    auto* limitsBox = new QGroupBox(tr("Nearest limits"), content);
    auto* limitsLayout = new QVBoxLayout(limitsBox);
    m_nearestLimits = new QLabel(tr("Forecasting…"), limitsBox);
    m_nearestLimits->setObjectName(QStringLiteral("nearestLimits"));
    m_nearestLimits->setWordWrap(true);
    m_nearestLimits->setTextFormat(Qt::RichText);
    limitsLayout->addWidget(m_nearestLimits);
    layout->addWidget(limitsBox);

    // Chart.
    auto* chartBox = new QGroupBox(tr("Utilisation over time"), content);
    auto* chartLayout = new QVBoxLayout(chartBox);
    m_chart = new MetricChart(chartBox);
    m_chart->setObjectName(QStringLiteral("metricChart"));
    chartLayout->addWidget(m_chart);
    layout->addWidget(chartBox);

    // Data quality and sources.
    auto* qualityBox = new QGroupBox(tr("Data quality and sources"), content);
    auto* qualityLayout = new QVBoxLayout(qualityBox);
    m_quality = makeValueLabel(qualityBox, "dataQuality");
    m_quality->setTextFormat(Qt::RichText);
    qualityLayout->addWidget(m_quality);
    m_readings = makeValueLabel(qualityBox, "latestReadings");
    m_readings->setTextFormat(Qt::PlainText);
    m_readings->setAccessibleName(tr("Latest readings"));
    qualityLayout->addWidget(m_readings);
    m_sources = new SourcesModel(this);
    m_sourcesView = new QTableView(qualityBox);
    m_sourcesView->setObjectName(QStringLiteral("sourcesView"));
    m_sourcesView->setAccessibleName(tr("Sources and their freshness"));
    m_sourcesView->setModel(m_sources);
    m_sourcesView->verticalHeader()->hide();
    m_sourcesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_sourcesView->horizontalHeader()->setStretchLastSection(true);
    m_sourcesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sourcesView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sourcesView->setIconSize(QSize(12, 12));
    // One line per source: a long error is elided here and told in full by the tooltip.
    m_sourcesView->setWordWrap(false);
    m_sourcesView->setTextElideMode(Qt::ElideRight);
    m_sourcesNote = makeValueLabel(qualityBox, "sourcesNote");
    m_manageSources = new QLabel(
        QStringLiteral("<a href=\"sources\">%1</a>").arg(tr("Manage sources…").toHtmlEscaped()),
        qualityBox);
    m_manageSources->setObjectName(QStringLiteral("manageSourcesLink"));
    m_manageSources->setTextFormat(Qt::RichText);
    m_manageSources->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                             Qt::LinksAccessibleByKeyboard);
    m_manageSources->setFocusPolicy(Qt::TabFocus);
    m_manageSources->setAccessibleName(tr("Manage sources"));
    m_manageSources->setToolTip(tr("Add, edit, test and remove metric sources (Ctrl+Shift+S)"));
    connect(m_manageSources, &QLabel::linkActivated, this,
            [this] { emit manageSourcesRequested(); });
    qualityLayout->addWidget(m_sourcesView);
    qualityLayout->addWidget(m_sourcesNote);
    qualityLayout->addWidget(m_manageSources);
    layout->addWidget(qualityBox);
    layout->addStretch();
    return content;
}

void OverviewTab::setLimitForecasts(const std::vector<LimitForecastView>& forecasts) {
    const CostWording words(m_wording, m_catalog);
    QStringList lines;
    int unforecast = 0;
    for (const LimitForecastView& f : forecasts) {
        const bool dated =
            f.status == ForecastStatus::WithinHorizon || f.status == ForecastStatus::AlreadyReached;
        if (!dated) {
            ++unforecast;
            continue;
        }
        if (lines.size() < 3) {
            QString line = QStringLiteral("<b>%1</b> %2")
                               .arg(words.limitName(f).toHtmlEscaped(),
                                    words.forecastOutcome(f).toHtmlEscaped());
            if (f.reachDay && f.status == ForecastStatus::WithinHorizon) {
                line += QStringLiteral(" — %1").arg(words.day(*f.reachDay).toHtmlEscaped());
            }
            lines << line;
        }
    }
    if (lines.isEmpty()) {
        lines << tr("No limit is forecast to be reached. Without the history or the trend for "
                    "a date: %1.")
                     .arg(unforecast);
    }
    m_nearestLimits->setText(lines.join(QStringLiteral("<br>")));
}

bool OverviewTab::isShowingEmptyState() const {
    return m_stack->currentWidget() == m_emptyLabel;
}

void OverviewTab::setView(const WorkspaceView& view) {
    m_isDemo = view.workspace.kind == WorkspaceKind::Demo;
    if (!view.latest) {
        m_emptyLabel->setText(tr("No snapshot yet — waiting for the first poll."));
        m_stack->setCurrentWidget(m_emptyLabel);
        m_utilisation->clear();
        m_chart->setHistory({}, m_catalog.headroom);
        return;
    }
    m_stack->setCurrentIndex(1);
    showEvaluation(view.latest->evaluation, view.latest->snapshot.takenAt());
    showReadings(view.latest->snapshot);
    m_chart->setHistory(view.history, m_catalog.headroom);
    setSources(view.sources);
}

void OverviewTab::setSources(const std::vector<SourceStatus>& sources) {
    const Timestamp now = Wording::fromDateTime(QDateTime::currentDateTimeUtc());
    m_sources->setSources(sources, now);
    m_sourcesView->setVisible(!sources.empty());
    if (!sources.empty()) {
        fitTableHeight(m_sourcesView);
    }
    m_sourcesNote->setVisible(sources.empty());
    m_sourcesNote->setText(m_isDemo ? tr("Demo data is generated; it has no live sources to poll.")
                                    : tr("No live sources are configured for this workspace."));
    // Sources belong to the live workspace; the demo has none to manage.
    m_manageSources->setVisible(!m_isDemo);
}

void OverviewTab::showReadings(const Snapshot& snapshot) {
    // Every value the sources delivered, limited by the tier or not (memory, disk and load are
    // measured without a tier limit), with where it came from.
    QStringList readings;
    for (const MetricInfo& info : allMetrics()) {
        const std::optional<MetricSample>& sample = snapshot.get(info.id);
        if (!sample) {
            continue;
        }
        QString source = QString::fromStdString(sample->source);
        if (source.startsWith(QLatin1String("endpoint:"))) {
            source = source.mid(int(std::string_view("endpoint:").size()));
        } else if (source == QLatin1String("host")) {
            source = tr("this computer");
        }
        readings << tr("%1 %2 (%3)")
                        .arg(Wording::metricName(info.id),
                             m_wording.metricValue(info.id, sample->value), source);
    }
    m_readings->setText(readings.isEmpty()
                            ? tr("Latest readings: none")
                            : tr("Latest readings: %1").arg(readings.join(QStringLiteral(" · "))));
    m_readings->setVisible(!m_isDemo);
}

void OverviewTab::showEvaluation(const Evaluation& e, Timestamp takenAt) {
    // Tier card.
    const Tier* tier = m_catalog.findTier(e.capacity.tierId);
    m_tierName->setText(tier ? QString::fromStdString(tier->name)
                             : QString::fromStdString(e.capacity.tierId));
    m_tierRange->setText(
        tier ? tr("For %1 to %2 clients").arg(tier->minClients).arg(tier->maxClients)
             : tr("Unknown tier"));
    if (e.clients.activeClients) {
        QString clients =
            tr("%1 of %2 clients").arg(*e.clients.activeClients).arg(e.clients.tierMaxClients);
        if (e.clients.utilisation) {
            clients += tr(" (%1)").arg(m_wording.percent(*e.clients.utilisation));
        }
        m_tierClients->setText(colourText(clients, Wording::statusColor(e.clients.status)));
    } else {
        m_tierClients->setText(tr("Active clients: not measured"));
    }

    // Mode card.
    const ModeDecision& m = e.mode;
    const Mode* mode = m_catalog.findMode(m.currentModeId);
    m_modeName->setText(mode ? tr("%1 mode").arg(QString::fromStdString(mode->name))
                             : QString::fromStdString(m.currentModeId));
    const Status actionTone = m.action == ModeAction::Freeze         ? Status::Critical
                              : m.action == ModeAction::DecreaseMode ? Status::Warning
                              : m.action == ModeAction::IncreaseMode ? Status::Healthy
                                                                     : Status::Unknown;
    QString action =
        tr("Recommended: %1 — %2")
            .arg(Wording::modeActionName(m.action), Wording::modeActionSummary(m.action));
    if (m.nextModeId && m.action != ModeAction::Hold) {
        if (const Mode* next = m_catalog.findMode(*m.nextModeId)) {
            action += tr(" (to %1)").arg(QString::fromStdString(next->name));
        }
    }
    m_modeAction->setText(colourText(action, actionTone == Status::Unknown
                                                 ? palette().color(QPalette::Text)
                                                 : Wording::statusColor(actionTone)));
    QStringList reasons;
    for (const ModeReason& reason : m.reasons) {
        reasons << QStringLiteral("• ") + m_wording.modeReason(reason).toHtmlEscaped();
    }
    m_modeReasons->setText(reasons.isEmpty() ? tr("No reasons given.")
                                             : reasons.join(QStringLiteral("<br>")));
    m_modeConfidence->setText(tr("Confidence: %1").arg(m_wording.percent(m.confidence)));
    m_modeBlocked->setVisible(m.blockedByTruthLayer);
    if (m.blockedByTruthLayer) {
        m_modeBlocked->setText(
            m.blockedAction
                ? tr("⚠ Blocked by the truth layer: “%1” was indicated, but the data is too thin "
                     "to act on.")
                      .arg(Wording::modeActionName(*m.blockedAction))
                : tr("⚠ Blocked by the truth layer: the data is too thin to recommend a change."));
    }

    // Health card.
    const HealthScores& h = e.health;
    m_healthOverall->setText(h.overall ? tr("%1 / 100 overall").arg(m_wording.number(*h.overall))
                                       : tr("Overall: no data"));
    const std::optional<double> parts[4] = {h.infraHealth, h.aiCostPressure, h.warningDensity,
                                            h.churnRisk};
    int known = 0;
    QStringList unknown;
    for (int i = 0; i < 4; ++i) {
        known += parts[i] ? 1 : 0;
        if (!parts[i]) {
            unknown << m_healthNames[i];
        }
        m_healthValues[i]->setText(
            parts[i] ? m_wording.number(*parts[i])
                     : colourText(tr("not measured"), palette().color(QPalette::PlaceholderText)));
    }
    // An overall score from some of the four parts reads like a full one: say what it rests on.
    const bool partial = h.overall && known < 4;
    const QString confidence = m_wording.percent(e.quality.confidence);
    m_healthBasis->setVisible(h.overall.has_value());
    m_healthBasis->setText((partial ? colourText(tr("⚠ Partial: from %1 of 4 scores").arg(known),
                                                 Wording::statusColor(Status::Warning))
                                    : tr("From all 4 scores")) +
                           QStringLiteral("<br>") +
                           tr("Data confidence %1").arg(confidence).toHtmlEscaped());
    const QString tip =
        partial ? tr("The overall score averages only the measured scores. Not measured: %1. "
                     "Data confidence is %2.")
                      .arg(unknown.join(QStringLiteral(", ")), confidence)
                : tr("The overall score combines all four scores. Data confidence is %1.")
                      .arg(confidence);
    m_healthOverall->setToolTip(tip);
    m_healthBasis->setToolTip(tip);

    // Headroom card.
    const CapacityStatus& c = e.capacity;
    m_headroom->setText(
        c.headroomPercent
            ? colourText(tr("%1 % headroom").arg(m_wording.number(*c.headroomPercent)),
                         Wording::statusColor(c.overall))
            : tr("Headroom: no data"));
    if (!c.acceptanceNeeds.empty()) {
        QStringList needs;
        for (MetricId metric : c.acceptanceNeeds) {
            needs << m_wording.metricName(metric);
        }
        m_accepting->setText(colourText(tr("Accepting new clients: not known"),
                                        Wording::statusColor(Status::Unknown)));
        m_accepting->setToolTip(
            tr("Not enough data to advise: %1 not measured.").arg(needs.join(tr(", "))));
    } else {
        m_accepting->setToolTip({});
        m_accepting->setText(c.canAcceptNewClients
                                 ? colourText(tr("Accepting new clients: yes"),
                                              Wording::statusColor(Status::Healthy))
                                 : colourText(tr("Accepting new clients: no"),
                                              Wording::statusColor(Status::Critical)));
    }
    m_upgrade->setVisible(e.upgradeTowardsTier.has_value());
    if (e.upgradeTowardsTier) {
        const Tier* next = m_catalog.findTier(*e.upgradeTowardsTier);
        m_upgrade->setText(tr("Prepare the upgrade to %1.")
                               .arg(next ? QString::fromStdString(next->name)
                                         : QString::fromStdString(*e.upgradeTowardsTier)));
    }

    m_utilisation->setCapacity(c, tier);
    fitTableHeight(m_utilisationView);

    // Data quality line.
    const DataQuality& q = e.quality;
    QStringList missing;
    for (MetricId id : q.missing) {
        missing << Wording::metricName(id);
    }
    QStringList stale;
    for (MetricId id : q.stale) {
        stale << Wording::metricName(id);
    }
    const Status qualityTone = q.confidence >= m_catalog.guardrails.minConfidenceForChange
                                   ? Status::Healthy
                                   : Status::Warning;
    QString quality = colourText(tr("Data confidence %1").arg(m_wording.percent(q.confidence)),
                                 Wording::statusColor(qualityTone)) +
                      tr(" (complete %1, fresh %2) — snapshot of %3")
                          .arg(m_wording.percent(q.completeness), m_wording.percent(q.freshness),
                               m_wording.dateTime(takenAt))
                          .toHtmlEscaped();
    quality += QStringLiteral("<br>") +
               (missing.isEmpty() ? tr("Missing: none")
                                  : tr("Missing: %1").arg(missing.join(QStringLiteral(", "))))
                   .toHtmlEscaped();
    quality += QStringLiteral("<br>") +
               (stale.isEmpty() ? tr("Stale: none")
                                : tr("Stale: %1").arg(stale.join(QStringLiteral(", "))))
                   .toHtmlEscaped();
    m_quality->setText(quality);
}

} // namespace headroom::ui
