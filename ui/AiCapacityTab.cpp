#include "AiCapacityTab.h"

#include "BarDelegate.h"
#include "BudgetModel.h"
#include "CostCharts.h"
#include "CostTableModels.h"
#include "TableFit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom::ui {
namespace {

enum Period { ThisMonth, Last30Days, Last90Days, Custom };

QTableView* makeTable(QAbstractItemModel* model, const QString& name, const QString& accessibleName,
                      QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    fitTableToRows(view);
    return view;
}

void stretchColumn(QTableView* view, int column) {
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QFrame* card(const QString& title, QLabel** value, QLabel** detail, const QString& name,
             QWidget* parent) {
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    layout->addWidget(sectionTitle(title, frame));
    *value = new QLabel(frame);
    (*value)->setObjectName(name);
    QFont font = (*value)->font();
    font.setPointSizeF(font.pointSizeF() + 5);
    font.setBold(true);
    (*value)->setFont(font);
    layout->addWidget(*value);
    *detail = new QLabel(frame);
    (*detail)->setWordWrap(true);
    layout->addWidget(*detail);
    layout->addStretch();
    return frame;
}

Day fromQDate(const QDate& date) {
    return Day{std::chrono::year{date.year()} / std::chrono::month{unsigned(date.month())} /
               std::chrono::day{unsigned(date.day())}};
}

const LimitState* findBudget(const CostReport& report, BudgetKind kind) {
    for (const LimitState& b : report.budgets) {
        if (b.kind == kind) {
            return &b;
        }
    }
    return nullptr;
}

} // namespace

AiCapacityTab::AiCapacityTab(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_costWording(m_wording, catalog) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("costPeriod"));
    m_period->setAccessibleName(tr("Cost period"));
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("Last 90 days"), Last90Days);
    m_period->addItem(tr("Custom"), Custom);
    bar->addWidget(m_period);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("costFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("costTo"));
    m_to->setAccessibleName(tr("Last day"));
    m_to->setCalendarPopup(true);
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addStretch();
    auto* import = new QPushButton(tr("Import billing export…"), this);
    import->setObjectName(QStringLiteral("importLedger"));
    import->setAccessibleName(tr("Import a billing export"));
    bar->addWidget(import);
    auto* edit = new QPushButton(tr("Budgets and rates…"), this);
    edit->setObjectName(QStringLiteral("editCostSettings"));
    edit->setAccessibleName(tr("Edit budgets and rates"));
    bar->addWidget(edit);
    layout->addLayout(bar);
    connect(import, &QPushButton::clicked, this, &AiCapacityTab::importLedgerRequested);
    connect(edit, &QPushButton::clicked, this, &AiCapacityTab::editCostSettingsRequested);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        emit periodChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentData().toInt() == Custom) {
            emit periodChanged();
        }
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentData().toInt() == Custom) {
            emit periodChanged();
        }
    });

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont font = m_empty->font();
    font.setPointSizeF(font.pointSizeF() + 3);
    m_empty->setFont(font);
    m_empty->setText(tr("Reading the cost ledger…"));
    m_stack->addWidget(m_empty);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* pageLayout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("aiSummary"));
    m_summary->setWordWrap(true);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(buildCards());
    m_alerts = new QLabel(page);
    m_alerts->setObjectName(QStringLiteral("costAlerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setTextFormat(Qt::RichText);
    pageLayout->addWidget(m_alerts);
    pageLayout->addWidget(buildTables(), 1);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack, 1);
}

QWidget* AiCapacityTab::buildCards() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // Equal shares: a narrow card would wrap "78 % of the $50.00 limit" beside a wide one.
    layout->addWidget(
        card(tr("Spent today"), &m_todayValue, &m_todayDetail, QStringLiteral("spentToday"), row),
        1);
    layout->addWidget(card(tr("Spent this month"), &m_monthValue, &m_monthDetail,
                           QStringLiteral("spentThisMonth"), row),
                      1);
    layout->addWidget(card(tr("Next month, projected"), &m_projectionValue, &m_projectionDetail,
                           QStringLiteral("projectedMonth"), row),
                      1);
    return row;
}

QWidget* AiCapacityTab::buildTables() {
    auto* area = new QWidget(this);
    auto* grid = new QGridLayout(area);
    grid->setContentsMargins(0, 0, 0, 0);

    m_model = new BudgetModel(this);
    auto* budgets =
        makeTable(m_model, QStringLiteral("budgetView"), tr("AI provider budgets"), area);
    auto* delegate = new BarDelegate(budgets);
    delegate->clearThresholds(); // the core's AI budget rule has thresholds of its own
    budgets->setItemDelegateForColumn(BudgetModel::BarColumn, delegate);
    // The bar keeps a readable width; the spare width goes to the suggestion (text, last).
    budgets->horizontalHeader()->setSectionResizeMode(BudgetModel::BarColumn, QHeaderView::Fixed);
    budgets->horizontalHeader()->resizeSection(BudgetModel::BarColumn, 220);
    budgets->verticalHeader()->setDefaultSectionSize(30);
    grid->addWidget(sectionTitle(tr("AI provider budgets this month"), area), 0, 0, 1, 3);
    grid->addWidget(budgets, 1, 0, 1, 3);

    m_forecasts = new LimitForecastModel(m_costWording, this);
    auto* forecasts = makeTable(m_forecasts, QStringLiteral("limitForecastView"),
                                tr("When each limit will be reached"), area);
    grid->addWidget(sectionTitle(tr("When each limit will be reached"), area), 2, 0, 1, 3);
    grid->addWidget(forecasts, 3, 0, 1, 3);

    m_dailyChart = new DailySpendChart(area);
    m_projectionChart = new CostProjectionChart(area);
    grid->addWidget(m_dailyChart, 4, 0, 1, 2);
    grid->addWidget(m_projectionChart, 4, 2);

    m_byProvider = new CostShareModel(m_wording, tr("Provider"), this);
    m_byClient = new CostShareModel(m_wording, tr("Client"), this);
    m_anomalies = new AnomalyModel(m_costWording, this);
    grid->addWidget(sectionTitle(tr("Cost by provider"), area), 5, 0);
    grid->addWidget(sectionTitle(tr("Cost by client"), area), 5, 1);
    m_anomalyTitle = sectionTitle(tr("Anomalies"), area);
    grid->addWidget(m_anomalyTitle, 5, 2);
    auto* providers =
        makeTable(m_byProvider, QStringLiteral("providerCostView"), tr("Cost by provider"), area);
    auto* clients =
        makeTable(m_byClient, QStringLiteral("clientCostView"), tr("Cost by client"), area);
    auto* anomalies = makeTable(m_anomalies, QStringLiteral("anomalyView"), tr("Anomalies"), area);
    // The names and the rule take the spare width, not the figures at the end.
    stretchColumn(providers, CostShareModel::NameColumn);
    stretchColumn(clients, CostShareModel::NameColumn);
    stretchColumn(anomalies, AnomalyModel::RuleColumn);
    grid->addWidget(providers, 6, 0, Qt::AlignTop);
    grid->addWidget(clients, 6, 1, Qt::AlignTop);
    grid->addWidget(anomalies, 6, 2, Qt::AlignTop);
    grid->addWidget(sectionTitle(tr("Infrastructure cost and efficiency"), area), 7, 0, 1, 3);
    m_infrastructure = new QLabel(area);
    m_infrastructure->setObjectName(QStringLiteral("infrastructure"));
    m_infrastructure->setWordWrap(true);
    grid->addWidget(m_infrastructure, 8, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 2);
    return area;
}

DayRange AiCapacityTab::period(Day today) const {
    switch (m_period->currentData().toInt()) {
    case Last30Days:
        return {today - std::chrono::days{29}, today};
    case Last90Days:
        return {today - std::chrono::days{89}, today};
    case Custom: {
        Day from = fromQDate(m_from->date());
        Day to = fromQDate(m_to->date());
        if (from > to) {
            std::swap(from, to);
        }
        return {from, to};
    }
    default:
        return {firstOfMonth(today), today};
    }
}

bool AiCapacityTab::isShowingEmptyState() const {
    return m_stack->currentWidget() == m_empty;
}

void AiCapacityTab::setView(const WorkspaceView& view) {
    // Until a report with ledger rows arrives, the budget bars show the snapshots' month-to-date
    // usage, so a workspace whose sources report AI usage is not blank.
    if (m_report && m_report->ledgerSpan) {
        return;
    }
    if (view.latest && !view.latest->evaluation.ai.empty()) {
        m_model->setUsage(view.latest->evaluation.ai, m_catalog);
    }
}

void AiCapacityTab::setReportError(const QString& message) {
    m_report.reset();
    m_empty->setText(tr("The cost report could not be read: %1").arg(message));
    m_stack->setCurrentWidget(m_empty);
}

void AiCapacityTab::setReport(const CostReport& report) {
    m_report = report;
    const Tier* tier = m_catalog.findTier(report.tierId);
    const QString tierName = QString::fromStdString(tier ? tier->name : report.tierId);
    QString summary =
        tr("%1 to %2, judged on %3. Tier: %4.")
            .arg(m_costWording.day(report.range.from), m_costWording.day(report.range.to),
                 m_costWording.day(report.today), tierName);
    if (!report.ledgerSpan) {
        summary += QLatin1Char(' ') +
                   tr("The cost ledger is empty: import a billing export (CSV) to see spend, "
                      "budgets, anomalies and projections. Nothing here is estimated without it.");
    } else {
        const auto missing = std::ranges::count_if(
            report.daily, [](const DailyCost& d) { return !d.cost.has_value(); });
        if (missing > 0) {
            summary += QLatin1Char(' ') +
                       tr("Days of the period without ledger rows: %1. They count as missing, "
                          "not as zero.")
                           .arg(missing);
        }
        if (!report.unpriced.empty()) {
            int rows = 0;
            for (const UnpricedUsage& u : report.unpriced) {
                rows += u.rows;
            }
            summary +=
                QLatin1Char(' ') +
                tr("Usage rows without a rate for their day: %1. They are not costed.").arg(rows);
        }
    }
    m_summary->setText(summary);
    showShield(report);
    showProjection(report.projection);

    m_model->setBudgets(report.providers, m_catalog);
    m_forecasts->setForecasts(report.limits);
    m_byProvider->setShares(
        report.period.byProvider, report.period.ai,
        [this](const std::string& id) { return m_costWording.providerName(id); });
    m_byClient->setShares(report.period.byClient, report.period.total);
    m_anomalies->setAnomalies(report.anomalies);
    m_anomalyTitle->setText(tr("Anomalies (%1)").arg(report.anomalies.size()));
    m_dailyChart->setDaily(report.daily, m_catalog.costs.shield.dailyLimit);
    m_projectionChart->setProjection(report.projection, report.today);
    m_infrastructure->setText(
        m_costWording.infrastructure(report.infrastructure).join(QLatin1Char('\n')));
    m_stack->setCurrentIndex(1);
}

void AiCapacityTab::showShield(const CostReport& report) {
    auto show = [this](QLabel* value, QLabel* detail, std::optional<MicroUsd> spent,
                       const LimitState* budget) {
        if (!spent) {
            value->setText(tr("No data"));
            detail->setText(tr("The ledger has no row for this day."));
            value->setStyleSheet({});
            return;
        }
        value->setText(m_wording.money(*spent));
        if (budget == nullptr) {
            detail->setText(tr("No limit set"));
            value->setStyleSheet({});
            return;
        }
        detail->setText(
            tr("%1 of the %2 limit")
                .arg(m_wording.percent(budget->utilisation), m_wording.money(budget->limit)));
        const Status status = CostWording::statusOf(budget->status);
        value->setStyleSheet(
            status == Status::Healthy
                ? QString()
                : QStringLiteral("color: %1").arg(Wording::statusColor(status).name()));
    };
    show(m_todayValue, m_todayDetail, report.spentToday, findBudget(report, BudgetKind::Daily));
    show(m_monthValue, m_monthDetail, std::optional(report.spentThisMonth),
         findBudget(report, BudgetKind::Monthly));

    QStringList lines;
    for (const BudgetAlert& a : report.alerts) {
        lines << QStringLiteral("<span style=\"color:%1\">⚠</span> %2")
                     .arg(Wording::statusColor(a.level >= 1.0 ? Status::Critical : Status::Warning)
                              .name(),
                          m_costWording.budgetAlert(a).toHtmlEscaped());
    }
    for (const ShieldRecommendation& a : report.actions) {
        lines << QStringLiteral("→ %1").arg(m_costWording.shieldAction(a).toHtmlEscaped());
    }
    m_alerts->setText(lines.isEmpty() ? tr("No budget alert.")
                                      : lines.join(QStringLiteral("<br>")));
}

void AiCapacityTab::showProjection(const CostProjectionView& p) {
    const ProjectedCost* month = nullptr;
    for (const ProjectedCost& h : p.horizons) {
        if (h.horizon == ProjectionHorizon::Month) {
            month = &h;
        }
    }
    if (month == nullptr) {
        m_projectionValue->setText(tr("—"));
        m_projectionDetail->setText(tr("No projection: the ledger has no costs yet."));
        return;
    }
    m_projectionValue->setText(m_wording.money(month->expected));
    QStringList parts;
    parts << (p.intervalKnown ? tr("%1 interval %2 to %3")
                                    .arg(m_wording.percent(p.intervalLevel),
                                         m_wording.money(month->low), m_wording.money(month->high))
                              : tr("no interval yet: too little spread to measure"));
    parts << (p.fallbackGrowth ? tr("growth %1 a month assumed (too little history to measure it)")
                                     .arg(m_wording.percent(p.monthlyGrowth, 1))
                               : tr("growth %1 a month measured over %2 days")
                                     .arg(m_wording.percent(p.monthlyGrowth, 1))
                                     .arg(p.historyDays));
    parts << tr("confidence %1").arg(m_wording.percent(p.confidence));
    parts << m_costWording.backtest(p.backtest);
    if (p.trust == ProjectionTrust::LosesToNaive) {
        parts << tr("It did not beat “next month is like this month” on the history: for "
                    "reference only.");
    }
    m_projectionDetail->setText(parts.join(QStringLiteral("; ")));
}

} // namespace headroom::ui
