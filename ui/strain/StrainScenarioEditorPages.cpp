// The strain scenario editor's pages: the scenario list with its buttons, the load form, the
// request form and the pass criteria (see StrainScenarioEditor.h). Building only; reading and
// validating the fields is StrainScenarioEditor.cpp's.
#include "ConsoleTheme.h"
#include "StrainScenarioEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

// Generous upper bounds for the load figures: the catalog's limits refuse what is too much with
// a message naming the limit, which a silently clamped spin box would hide. Fields whose bound
// is a fixed rule of the catalog (timeout, think time, the criteria) get exactly that range.
constexpr int kMaxSeconds = 7 * 86400;
constexpr int kMaxUsers = 1'000'000;
constexpr double kMaxRate = 1e6;

constexpr const char* kMethods[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

template <class W>
W* named(W* widget, const char* objectName, const QString& accessibleName) {
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

// A form row whose label is named after its field and is the field's buddy.
void addRow(QFormLayout* form, const QString& text, QWidget* field) {
    auto* label = new QLabel(text, form->parentWidget());
    label->setObjectName(field->objectName() + QStringLiteral("Label"));
    label->setAccessibleName(text);
    label->setBuddy(field);
    form->addRow(label, field);
}

QSpinBox* spin(QWidget* parent, int min, int max, const QString& suffix) {
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

QDoubleSpinBox* doubleSpin(QWidget* parent, double min, double max, int decimals,
                           const QString& suffix) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

QString kindName(StrainKind kind) {
    switch (kind) {
    case StrainKind::Baseline:
        return StrainScenarioEditor::tr("Baseline");
    case StrainKind::Stress:
        return StrainScenarioEditor::tr("Stress");
    case StrainKind::Spike:
        return StrainScenarioEditor::tr("Spike");
    case StrainKind::Volume:
        return StrainScenarioEditor::tr("Volume");
    case StrainKind::Endurance:
        return StrainScenarioEditor::tr("Endurance");
    }
    return {};
}

} // namespace

QWidget* StrainScenarioEditor::buildListColumn() {
    auto* column = named(new QWidget(this), "strainScenarioColumn", tr("Scenarios"));
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = named(new QListWidget(column), "strainScenarioList", tr("Scenarios"));
    m_list->setMinimumWidth(230);
    m_list->setToolTip(tr("Double-click a scenario to rename it."));
    m_add =
        named(new QPushButton(tr("&Add"), column), "strainAddScenarioButton", tr("Add a scenario"));
    m_duplicate = named(new QPushButton(tr("&Duplicate"), column), "strainDuplicateScenarioButton",
                        tr("Duplicate the selected scenario"));
    m_remove = named(new QPushButton(tr("Re&move…"), column), "strainRemoveScenarioButton",
                     tr("Remove the selected scenario"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &StrainScenarioEditor::addScenario);
    connect(m_duplicate, &QPushButton::clicked, this, &StrainScenarioEditor::duplicateSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    return column;
}

QWidget* StrainScenarioEditor::buildLoadPage() {
    auto* page = named(new QWidget(this), "strainScenarioPage", tr("Scenario"));
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = named(new QLineEdit(page), "strainScenarioNameEdit", tr("Scenario name"));
    m_id = named(new QLabel(page), "strainScenarioIdLabel", tr("Scenario id"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setToolTip(tr("Stored runs and baselines refer to a scenario by its id, so renaming a "
                        "scenario keeps them."));
    m_description =
        named(new QLineEdit(page), "strainScenarioDescriptionEdit", tr("Scenario description"));
    m_kind = named(new QComboBox(page), "strainScenarioKindCombo", tr("Load shape"));
    for (const auto& [kind, key] : kStrainKindKeys) {
        m_kind->addItem(kindName(kind), int(kind));
    }
    m_testType = named(new QComboBox(page), "strainScenarioTestTypeCombo", tr("Test type"));
    m_testType->addItem(tr("None"), QString());
    for (const auto& t : m_catalog.strain.testTypes) {
        m_testType->addItem(QString::fromStdString(t.name), QString::fromStdString(t.id));
        m_testType->setItemData(m_testType->count() - 1, QString::fromStdString(t.description),
                                Qt::ToolTipRole);
    }
    m_model = named(new QComboBox(page), "strainScenarioModelCombo", tr("Load model"));
    m_model->addItem(tr("Closed: a number of users"), int(LoadModel::Closed));
    m_model->addItem(tr("Open: a rate of arrivals"), int(LoadModel::Open));
    m_model->setToolTip(tr("Closed: each user sends the next request when the answer came (the "
                           "load falls when the server slows). Open: requests arrive at a fixed "
                           "rate whatever the server does, like real traffic."));
    m_users = named(spin(page, 1, kMaxUsers, tr(" users")), "strainScenarioUsersSpin",
                    tr("Concurrent users"));
    m_rate = named(doubleSpin(page, 0.01, kMaxRate, 2, tr(" req/s")), "strainScenarioRateSpin",
                   tr("Arrival rate in requests per second"));
    m_duration = named(spin(page, 1, kMaxSeconds, tr(" s")), "strainScenarioDurationSpin",
                       tr("Duration in seconds, ramp-up included"));
    m_ramp = named(spin(page, 0, kMaxSeconds, tr(" s")), "strainScenarioRampSpin",
                   tr("Ramp-up in seconds"));
    m_think = named(spin(page, 0, 60000, tr(" ms")), "strainScenarioThinkSpin",
                    tr("Think time in milliseconds"));
    m_think->setToolTip(tr("Closed model: a user's pause between an answer and the next "
                           "request."));
    m_timeout = named(spin(page, 1, 300, tr(" s")), "strainScenarioTimeoutSpin",
                      tr("Request timeout in seconds"));
    m_maxRequests = named(spin(page, 0, kMaxRequestCap, QString()), "strainScenarioMaxRequestsSpin",
                          tr("Request cap"));
    m_maxRequests->setSpecialValueText(tr("No cap (the catalog's limit)"));
    addRow(form, tr("&Name:"), m_name);
    addRow(form, tr("Id:"), m_id);
    addRow(form, tr("D&escription:"), m_description);
    addRow(form, tr("&Load shape:"), m_kind);
    addRow(form, tr("&Test type:"), m_testType);
    addRow(form, tr("Load &model:"), m_model);
    addRow(form, tr("&Users:"), m_users);
    addRow(form, tr("Arrival &rate:"), m_rate);
    addRow(form, tr("D&uration:"), m_duration);
    addRow(form, tr("Ram&p-up:"), m_ramp);
    addRow(form, tr("T&hink time:"), m_think);
    addRow(form, tr("Request time&out:"), m_timeout);
    addRow(form, tr("Request &cap:"), m_maxRequests);
    return page;
}

QWidget* StrainScenarioEditor::buildRequestPage() {
    auto* page = named(new QWidget(this), "strainRequestPage", tr("Request"));
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_method = named(new QComboBox(page), "strainScenarioMethodCombo", tr("HTTP method"));
    for (const char* method : kMethods) {
        m_method->addItem(QLatin1String(method), QLatin1String(method));
    }
    m_urls = named(new QPlainTextEdit(page), "strainScenarioUrlsEdit", tr("URLs, one per line"));
    m_urls->setPlaceholderText(QStringLiteral("/api/health\nhttps://staging.example.com/search"));
    m_urls->setToolTip(tr("One per line: a path starting with / is sent to the run's target; an "
                          "http(s) URL is sent as it is. Requests cycle through the list."));
    m_urls->setTabChangesFocus(true);
    m_urls->setMaximumHeight(110);

    auto* headerBox = named(new QWidget(page), "strainHeadersBox", tr("Headers"));
    auto* headerLayout = new QVBoxLayout(headerBox);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    m_headers = named(new QTableWidget(0, 2, headerBox), "strainScenarioHeadersTable",
                      tr("Request headers"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setColumnWidth(0, 180);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setMaximumHeight(140);
    m_addHeader = named(new QPushButton(tr("Add &header"), headerBox), "strainAddHeaderButton",
                        tr("Add a header"));
    m_removeHeader = named(new QPushButton(tr("Remove header"), headerBox),
                           "strainRemoveHeaderButton", tr("Remove the selected header"));
    auto* headerButtons = new QHBoxLayout;
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch();
    headerLayout->addWidget(m_headers);
    headerLayout->addLayout(headerButtons);

    m_body = named(new QPlainTextEdit(page), "strainScenarioBodyEdit", tr("Request body"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(QStringLiteral("{\"query\": \"hello\"}"));
    addRow(form, tr("&Method:"), m_method);
    addRow(form, tr("UR&Ls:"), m_urls);
    addRow(form, tr("Headers:"), headerBox);
    addRow(form, tr("&Body:"), m_body);
    return page;
}

QWidget* StrainScenarioEditor::buildCriteriaPage() {
    auto* page = named(new QWidget(this), "strainCriteriaPage", tr("Pass criteria"));
    auto* layout = new QVBoxLayout(page);
    auto* intro = named(new QLabel(tr("Every run of every scenario is judged by these: it passes "
                                      "when each measured figure is within its limit."),
                                   page),
                        "strainCriteriaIntro", tr("About the pass criteria"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_p95 = named(spin(page, 1, 600000, tr(" ms")), "strainCriteriaP95Spin",
                  tr("Maximum response time at the 95th percentile, in milliseconds"));
    m_errorRate = named(doubleSpin(page, 0.0, 100.0, 2, tr(" %")), "strainCriteriaErrorRateSpin",
                        tr("Maximum error rate in percent"));
    m_throughput =
        named(doubleSpin(page, 0.0, kMaxRate, 1, tr(" req/s")), "strainCriteriaThroughputSpin",
              tr("Minimum throughput in requests per second"));
    m_memory = named(doubleSpin(page, 0.0, 100.0, 1, tr(" %")), "strainCriteriaMemorySpin",
                     tr("Maximum memory use in percent"));
    m_memory->setToolTip(tr("Judged only where a memory source is mapped."));
    m_regression = named(doubleSpin(page, 0.0, 1000.0, 1, tr(" %")), "strainCriteriaRegressionSpin",
                         tr("Regression tolerance in percent"));
    m_regression->setToolTip(tr("A percentile or the error rate this much worse than the "
                                "scenario's baseline is a regression."));
    m_passRate = named(doubleSpin(page, 0.0, 100.0, 1, tr(" %")), "strainCriteriaPassRateSpin",
                       tr("Suite pass rate required in percent"));
    m_passRate->setToolTip(
        tr("The share of a recommended suite's runs that must pass before "
           "its tier (where the tier asks for no rate of its own). Tier readiness reads it "
           "from strain.json when the console starts."));
    addRow(form, tr("Max response time (&p95):"), m_p95);
    addRow(form, tr("Max &error rate:"), m_errorRate);
    addRow(form, tr("Min &throughput:"), m_throughput);
    addRow(form, tr("Max me&mory:"), m_memory);
    addRow(form, tr("Re&gression tolerance:"), m_regression);
    addRow(form, tr("Suite pass &rate:"), m_passRate);
    layout->addLayout(form);
    m_limits = named(new QLabel(page), "strainLimitsLabel", tr("Limits of any run"));
    m_limits->setWordWrap(true);
    ConsoleTheme::setTone(m_limits, Tone::Muted);
    layout->addWidget(m_limits);
    layout->addStretch();
    return page;
}

} // namespace headroom::ui
