#include "StrainRunForm.h"

#include "ConsoleTheme.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace headroom::ui {

namespace {

// Generous upper bounds for the fields: the catalog's limits (planRun) refuse what is too much,
// with a message naming the limit, which a silently clamped spin box would hide.
constexpr int kMaxSeconds = 7 * 86400;
constexpr int kMaxUsers = 1'000'000;
constexpr double kMaxRate = 1e6;

// A row label whose mnemonic reaches the first field of a row holding several.
QLabel* labelFor(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

StrainRunForm::StrainRunForm(QWidget* parent)
    : QWidget(parent) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_scenarioCombo = new QComboBox(this);
    m_scenarioCombo->setObjectName(QStringLiteral("strainScenarioCombo"));
    m_scenarioCombo->setAccessibleName(tr("Scenario"));
    m_scenarioSummary = new QLabel(this);
    m_scenarioSummary->setObjectName(QStringLiteral("strainScenarioSummary"));
    m_scenarioSummary->setWordWrap(true);
    ConsoleTheme::setTone(m_scenarioSummary, Tone::Muted);
    form->addRow(tr("&Scenario:"), m_scenarioCombo);
    form->addRow(QString(), m_scenarioSummary);

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("strainTargetEdit"));
    m_target->setAccessibleName(tr("Target URL"));
    m_target->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_target->setToolTip(tr("A bare origin (http://127.0.0.1:8080) is where the scenario's paths "
                            "are sent; a URL with a path (http://127.0.0.1:8080/api/health) is "
                            "the one URL loaded instead of the scenario's."));
    m_target->setClearButtonEnabled(true);
    form->addRow(tr("&Target URL:"), m_target);
    connect(m_target, &QLineEdit::returnPressed, this, &StrainRunForm::runRequested);

    auto* timing = new QHBoxLayout;
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("strainDurationSpin"));
    m_duration->setAccessibleName(tr("Duration in seconds"));
    m_duration->setRange(1, kMaxSeconds);
    m_duration->setSuffix(tr(" s"));
    m_ramp = new QSpinBox(this);
    m_ramp->setObjectName(QStringLiteral("strainRampSpin"));
    m_ramp->setAccessibleName(tr("Ramp-up in seconds"));
    m_ramp->setRange(0, kMaxSeconds - 1);
    m_ramp->setSuffix(tr(" s"));
    m_ramp->setToolTip(tr("The load rises evenly from nothing to full over this time; it is "
                          "always shorter than the duration."));
    timing->addWidget(m_duration);
    timing->addWidget(new QLabel(tr("ramp-up:"), this));
    timing->addWidget(m_ramp);
    timing->addStretch();
    form->addRow(labelFor(tr("&Duration:"), m_duration, this), timing);
    // The ramp must end before the run does (planRun refuses otherwise).
    connect(m_duration, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_ramp->setMaximum(std::max(0, seconds - 1)); });

    auto* load = new QHBoxLayout;
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("strainModelCombo"));
    m_model->setAccessibleName(tr("Load model"));
    m_model->addItem(tr("Users (closed model)"), int(LoadModel::Closed));
    m_model->addItem(tr("Arrival rate (open model)"), int(LoadModel::Open));
    m_model->setToolTip(tr("Users: each virtual user sends its next request when the previous "
                           "one was answered (and it thought), so the load falls when the server "
                           "slows down. Arrival rate: requests arrive on schedule whatever the "
                           "server does, as real traffic does."));
    m_users = new QSpinBox(this);
    m_users->setObjectName(QStringLiteral("strainUsersSpin"));
    m_users->setAccessibleName(tr("Virtual users"));
    m_users->setRange(1, kMaxUsers);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("strainRateSpin"));
    m_rate->setAccessibleName(tr("Arrival rate per second"));
    m_rate->setRange(0.1, kMaxRate);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" req/s"));
    m_usersLabel = new QLabel(tr("users:"), this);
    m_rateLabel = new QLabel(tr("rate:"), this);
    load->addWidget(m_model);
    load->addWidget(m_usersLabel);
    load->addWidget(m_users);
    load->addWidget(m_rateLabel);
    load->addWidget(m_rate);
    load->addStretch();
    form->addRow(labelFor(tr("&Load:"), m_model, this), load);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] { updateModelFields(); });

    auto* other = new QHBoxLayout;
    m_think = new QSpinBox(this);
    m_think->setObjectName(QStringLiteral("strainThinkSpin"));
    m_think->setAccessibleName(tr("Think time in milliseconds"));
    m_think->setRange(0, 600000);
    m_think->setSuffix(tr(" ms"));
    m_think->setToolTip(tr("A virtual user's pause between an answer and its next request. "
                           "Without a pause a fast local server is limited by this computer "
                           "rather than by itself."));
    m_http = new QComboBox(this);
    m_http->setObjectName(QStringLiteral("strainHttpCombo"));
    m_http->setAccessibleName(tr("HTTP version"));
    for (LoadHttpVersion v :
         {LoadHttpVersion::Auto, LoadHttpVersion::Http1, LoadHttpVersion::Http2}) {
        m_http->addItem(StrainWording::httpVersionName(v), int(v));
    }
    m_http->setToolTip(tr("Auto: HTTP/1.1 for http://, HTTP/2 when an https:// server offers "
                          "it. HTTP/2: also over plain http:// (prior knowledge)."));
    other->addWidget(m_think);
    other->addWidget(new QLabel(tr("HTTP version:"), this));
    other->addWidget(m_http);
    other->addStretch();
    form->addRow(labelFor(tr("T&hink time:"), m_think, this), other);

    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this, [this] { fillFromScenario(); });
    updateModelFields();
}

void StrainRunForm::setScenarios(const std::vector<StrainScenario>& scenarios,
                                 const QString& preferredId) {
    const QString keep = m_scenarioCombo->count() > 0 ? scenarioId() : preferredId;
    const bool same = scenarios == m_scenarios;
    if (same && m_scenarioCombo->count() > 0) {
        return; // a refreshed view: keep what the founder typed
    }
    m_scenarios = scenarios;
    {
        const QSignalBlocker block(m_scenarioCombo);
        m_scenarioCombo->clear();
        for (const auto& s : m_scenarios) {
            m_scenarioCombo->addItem(QString::fromStdString(s.name), QString::fromStdString(s.id));
            m_scenarioCombo->setItemData(m_scenarioCombo->count() - 1, m_wording.scenarioSummary(s),
                                         Qt::ToolTipRole);
        }
        const int at = m_scenarioCombo->findData(keep);
        m_scenarioCombo->setCurrentIndex(at >= 0 ? at : 0);
    }
    fillFromScenario();
}

bool StrainRunForm::selectScenario(const QString& id) {
    const int at = m_scenarioCombo->findData(id);
    if (at < 0) {
        return false;
    }
    m_scenarioCombo->setCurrentIndex(at);
    return true;
}

QString StrainRunForm::scenarioId() const {
    return m_scenarioCombo->currentData().toString();
}

const StrainScenario* StrainRunForm::scenario() const {
    const std::string id = scenarioId().toStdString();
    for (const auto& s : m_scenarios) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

QString StrainRunForm::targetUrl() const {
    return m_target->text().trimmed();
}

void StrainRunForm::setTargetUrl(const QString& url) {
    m_target->setText(url);
}

void StrainRunForm::fillFromScenario() {
    const StrainScenario* s = scenario();
    if (s == nullptr) {
        m_scenarioSummary->clear();
        return;
    }
    m_scenarioSummary->setText(m_wording.scenarioSummary(*s) +
                               (s->description.empty()
                                    ? QString()
                                    : QLatin1Char('\n') + QString::fromStdString(s->description)));
    m_duration->setValue(int(s->duration.count()));
    m_ramp->setMaximum(std::max(0, m_duration->value() - 1));
    m_ramp->setValue(int(s->rampUp.count()));
    m_model->setCurrentIndex(m_model->findData(int(s->model)));
    if (s->model == LoadModel::Closed) {
        m_users->setValue(s->users);
    } else {
        m_rate->setValue(s->arrivalRatePerSecond);
    }
    m_think->setValue(int(s->thinkTime.count()));
    updateModelFields();
}

void StrainRunForm::updateModelFields() {
    const bool closed = LoadModel(m_model->currentData().toInt()) == LoadModel::Closed;
    m_usersLabel->setVisible(closed);
    m_users->setVisible(closed);
    m_rateLabel->setVisible(!closed);
    m_rate->setVisible(!closed);
    // Think time paces virtual users; arrivals of the open model follow the rate alone.
    m_think->setEnabled(closed);
}

StrainOverrides StrainRunForm::overrides() const {
    StrainOverrides o;
    applyTargetUrl(o, targetUrl().toStdString());
    o.duration = std::chrono::seconds(m_duration->value());
    o.rampUp = std::chrono::seconds(m_ramp->value());
    if (LoadModel(m_model->currentData().toInt()) == LoadModel::Closed) {
        o.users = m_users->value();
        o.thinkTime = std::chrono::milliseconds(m_think->value());
    } else {
        o.arrivalRatePerSecond = m_rate->value();
    }
    return o;
}

LoadOptions StrainRunForm::options() const {
    LoadOptions options;
    options.httpVersion = LoadHttpVersion(m_http->currentData().toInt());
    return options;
}

} // namespace headroom::ui
