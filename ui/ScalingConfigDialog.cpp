#include "ScalingConfigDialog.h"

#include "ConsoleTheme.h"
#include "ScalingWording.h"
#include "Wording.h"

#include <cmath>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

enum Column { ColId, ColName, ColMin, ColMax, ColPosts, ColSpend, ColCount };
constexpr const char* kColumnFields[ColCount] = {
    "id", "name", "min_clients", "max_clients", "max_posts_per_day", "max_ai_spend_per_day"};

enum class GuardrailScale { Score, Fraction }; // 0–100 or 0–1

struct GuardrailField {
    const char* key;
    double Guardrails::*member;
    GuardrailScale scale;
};
constexpr GuardrailField kGuardrailFields[] = {
    {"min_health_for_increase", &Guardrails::minHealthForIncrease, GuardrailScale::Score},
    {"max_utilisation_for_increase", &Guardrails::maxUtilisationForIncrease,
     GuardrailScale::Fraction},
    {"freeze_below_health", &Guardrails::freezeBelowHealth, GuardrailScale::Score},
    {"max_warning_density", &Guardrails::maxWarningDensity, GuardrailScale::Fraction},
    {"max_churn_risk", &Guardrails::maxChurnRisk, GuardrailScale::Fraction},
    {"max_ai_cost_pressure", &Guardrails::maxAiCostPressure, GuardrailScale::Fraction},
    {"min_confidence_for_change", &Guardrails::minConfidenceForChange, GuardrailScale::Fraction},
    {"min_infra_health", &Guardrails::minInfraHealth, GuardrailScale::Score},
};

// Decimals that read as the field's scale ("80", "0.70", never "80.000") yet keep a stored value
// whole: a finer value gets the decimals it needs (at most two more).
int guardrailDecimals(GuardrailScale scale, double value) {
    int decimals = scale == GuardrailScale::Score ? 0 : 2;
    const auto exact = [&](int d) {
        const double factor = std::pow(10.0, d);
        return std::abs(std::round(value * factor) - value * factor) < 1e-6;
    };
    const int most = decimals + 2;
    while (decimals < most && !exact(decimals)) {
        ++decimals;
    }
    return decimals;
}

QString guardrailLabel(const char* key) {
    const std::string k(key);
    if (k == "min_health_for_increase") {
        return ScalingConfigDialog::tr("Minimum health to move up (0–100):");
    }
    if (k == "max_utilisation_for_increase") {
        return ScalingConfigDialog::tr("Maximum utilisation to move up (0–1):");
    }
    if (k == "freeze_below_health") {
        return ScalingConfigDialog::tr("Freeze onboarding below health (0–100):");
    }
    if (k == "max_warning_density") {
        return ScalingConfigDialog::tr("Maximum warning density (0–1):");
    }
    if (k == "max_churn_risk") {
        return ScalingConfigDialog::tr("Maximum churn risk (0–1):");
    }
    if (k == "max_ai_cost_pressure") {
        return ScalingConfigDialog::tr("Maximum AI cost pressure (0–1):");
    }
    if (k == "min_confidence_for_change") {
        return ScalingConfigDialog::tr("Minimum data confidence for a change (0–1):");
    }
    return ScalingConfigDialog::tr("Minimum infrastructure health (0–100):");
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    return item;
}

void fitToModes(QDialog* dialog, QTableWidget* modes) {
    // Opens large enough to show every mode and every column of the limits table, as far as the
    // screen allows (Qt's default size showed one row behind a scroll bar).
    modes->resizeColumnsToContents();
    const int frame = 2 * modes->frameWidth();
    const int tableWidth = modes->horizontalHeader()->length() + frame +
                           modes->verticalScrollBar()->sizeHint().width();
    int tableHeight = modes->horizontalHeader()->sizeHint().height() + frame;
    for (int row = 0; row < modes->rowCount(); ++row) {
        tableHeight += modes->rowHeight(row);
    }
    modes->setMinimumHeight(std::min(tableHeight, 320));
    const QSize hint = dialog->sizeHint();
    QSize wanted(std::max(hint.width(), tableWidth + (hint.width() - modes->sizeHint().width())),
                 hint.height());
    if (const QScreen* screen = dialog->screen()) {
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 9 / 10);
    }
    dialog->resize(wanted);
}

} // namespace

ScalingConfigDialog::ScalingConfigDialog(const ScalingConfig& config, bool demo, QWidget* parent)
    : QDialog(parent)
    , m_original(config) {
    setObjectName(QStringLiteral("scalingConfigDialog"));
    setWindowTitle(tr("Scaling settings"));
    m_filling = true;

    m_environment = new QLineEdit(QString::fromStdString(config.environment), this);
    m_environment->setObjectName(QStringLiteral("environmentEdit"));
    m_environment->setAccessibleName(tr("Environment"));
    m_cadence = new QComboBox(this);
    m_cadence->setObjectName(QStringLiteral("cadenceCombo"));
    m_cadence->setAccessibleName(tr("Health snapshot cadence"));
    for (HealthCadence c : {HealthCadence::Daily, HealthCadence::TierCadence}) {
        m_cadence->addItem(ScalingWording::cadenceName(c), static_cast<int>(c));
    }
    m_cadence->setCurrentIndex(m_cadence->findData(static_cast<int>(config.cadence)));
    auto* general = new QFormLayout;
    general->addRow(tr("Environment:"), m_environment);
    general->addRow(tr("Health snapshots:"), m_cadence);

    m_modes = new QTableWidget(static_cast<int>(config.modes.size()), ColCount, this);
    m_modes->setObjectName(QStringLiteral("modesTable"));
    m_modes->setAccessibleName(tr("Mode limits"));
    m_modes->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Min clients"), tr("Max clients"),
                                        tr("Max posts/day"), tr("Max AI spend/day ($)")});
    m_modes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_modes->horizontalHeader()->setStretchLastSection(true);
    m_modes->verticalHeader()->setVisible(false);
    m_modes->verticalHeader()->setDefaultSectionSize(30);
    for (int row = 0; row < static_cast<int>(config.modes.size()); ++row) {
        const Mode& m = config.modes[static_cast<std::size_t>(row)];
        m_modes->setItem(row, ColId, cell(QString::fromStdString(m.id)));
        m_modes->setItem(row, ColName, cell(QString::fromStdString(m.name)));
        m_modes->setItem(row, ColMin, cell(QString::number(m.minClients)));
        m_modes->setItem(row, ColMax, cell(QString::number(m.maxClients)));
        m_modes->setItem(row, ColPosts, cell(QLocale().toString(m.maxPostsPerDay, 'g', 12)));
        m_modes->setItem(row, ColSpend,
                         cell(QLocale().toString(m.maxAiSpendPerDay.dollars(), 'f', 2)));
    }
    auto* modesBox = new QGroupBox(tr("Mode limits"), this);
    auto* modesLayout = new QVBoxLayout(modesBox);
    modesLayout->addWidget(m_modes);

    auto* guardBox = new QGroupBox(tr("Guardrails"), this);
    auto* guardForm = new QFormLayout(guardBox);
    for (const GuardrailField& f : kGuardrailFields) {
        auto* box = new QDoubleSpinBox(guardBox);
        box->setObjectName(QStringLiteral("guardrail_") + QLatin1String(f.key));
        // Wide on purpose: the core's validation, not the spin box, says what is wrong.
        box->setRange(-1000.0, 1000.0);
        const double value = config.guardrails.*(f.member);
        box->setDecimals(guardrailDecimals(f.scale, value));
        box->setSingleStep(f.scale == GuardrailScale::Score ? 1.0 : 0.05);
        box->setValue(value);
        box->setAccessibleName(guardrailLabel(f.key).chopped(1));
        guardForm->addRow(guardrailLabel(f.key), box);
        m_guardrails[f.key] = box;
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] { validate(); });
    }

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why (kept in the history; optional)"));
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    ConsoleTheme::setTone(m_problemsLabel, Tone::Error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    if (demo) {
        layout->addWidget(new QLabel(tr("Demo workspace: the change stays in the demo."), this));
    }
    layout->addLayout(general);
    layout->addWidget(modesBox);
    layout->addWidget(guardBox);
    auto* reasonForm = new QFormLayout;
    reasonForm->addRow(tr("Reason:"), m_reason);
    layout->addLayout(reasonForm);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_problems.empty()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_environment, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_modes, &QTableWidget::itemChanged, this, [this] { validate(); });
    m_filling = false;
    validate();
    fitToModes(this, m_modes);
}

QDoubleSpinBox* ScalingConfigDialog::guardrailBox(const std::string& key) const {
    auto it = m_guardrails.find(key);
    return it == m_guardrails.end() ? nullptr : it->second;
}

std::vector<Mode> ScalingConfigDialog::readModes(std::vector<ScalingConfigProblem>& out) const {
    std::vector<Mode> modes;
    for (int row = 0; row < m_modes->rowCount(); ++row) {
        const auto text = [&](int col) {
            const QTableWidgetItem* item = m_modes->item(row, col);
            return item ? item->text().trimmed() : QString();
        };
        const auto field = [&](int col) {
            return "modes[" + std::to_string(row) + "]." + kColumnFields[col];
        };
        Mode m;
        m.id = text(ColId).toStdString();
        m.name = text(ColName).toStdString();
        bool ok = false;
        const Wording wording;
        const auto problem = [&](int col, const QString& words) {
            out.push_back({field(col), field(col) + ": " + words.arg(text(col)).toStdString()});
        };
        const auto whole = [&](int col) {
            bool read = false;
            const double v = wording.parseNumber(text(col), &read);
            ok = read && v == std::floor(v) && std::abs(v) < 1e9;
            return ok ? static_cast<int>(v) : 0;
        };
        m.minClients = whole(ColMin);
        if (!ok) {
            problem(ColMin, tr("'%1' is not a whole number"));
        }
        m.maxClients = whole(ColMax);
        if (!ok) {
            problem(ColMax, tr("'%1' is not a whole number"));
        }
        m.maxPostsPerDay = wording.parseNumber(text(ColPosts), &ok);
        if (!ok) {
            problem(ColPosts, tr("'%1' is not a number"));
        }
        const double spend = wording.parseNumber(text(ColSpend), &ok);
        if (!ok) {
            problem(ColSpend, tr("'%1' is not an amount in dollars"));
        }
        m.maxAiSpendPerDay = MicroUsd::fromDollars(ok ? spend : 0.0);
        modes.push_back(std::move(m));
    }
    return modes;
}

ScalingConfig ScalingConfigDialog::config() const {
    ScalingConfig c = m_original;
    c.environment = m_environment->text().trimmed().toStdString();
    c.cadence = static_cast<HealthCadence>(m_cadence->currentData().toInt());
    std::vector<ScalingConfigProblem> ignored;
    c.modes = readModes(ignored);
    for (const GuardrailField& f : kGuardrailFields) {
        c.guardrails.*(f.member) = m_guardrails.at(f.key)->value();
    }
    return c;
}

std::string ScalingConfigDialog::reason() const {
    return m_reason->text().trimmed().toStdString();
}

void ScalingConfigDialog::validate() {
    if (m_filling) {
        return;
    }
    std::vector<ScalingConfigProblem> problems;
    readModes(problems);
    if (problems.empty()) {
        problems = scalingConfigProblems(config());
    }
    m_problems = problems;

    // Mark each field that has a problem; clear the others.
    const auto has = [&](const std::string& field) {
        return std::ranges::any_of(m_problems,
                                   [&](const ScalingConfigProblem& p) { return p.field == field; });
    };
    const QColor badColour =
        ConsoleTheme::isDark() ? QColor(0x4a, 0x1c, 0x1a) : QColor(0xfd, 0xe0, 0xe0);
    const QString bad = QStringLiteral("background: %1;").arg(badColour.name());
    m_environment->setStyleSheet(has("environment") ? bad : QString());
    for (auto& [key, box] : m_guardrails) {
        box->setStyleSheet(has("guardrails." + key) ? bad : QString());
    }
    const QSignalBlocker block(m_modes);
    for (int row = 0; row < m_modes->rowCount(); ++row) {
        for (int col = 0; col < ColCount; ++col) {
            if (QTableWidgetItem* item = m_modes->item(row, col)) {
                const bool wrong = has("modes[" + std::to_string(row) + "]." + kColumnFields[col]);
                item->setBackground(wrong ? QBrush(badColour) : QBrush());
            }
        }
    }
    QStringList lines;
    for (const ScalingConfigProblem& p : m_problems) {
        lines << QString::fromStdString(p.message);
    }
    m_problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.empty());
}

} // namespace headroom::ui
