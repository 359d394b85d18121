// The scaling policies dialog (see PolicyEditorDialog.h).
#include "PolicyEditorDialog.h"

#include "ConsoleTheme.h"
#include "Wording.h"
#include "catalog/CatalogLoader.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

QDoubleSpinBox* fractionBox(QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(-1.0, 2.0); // the validation, not the widget, says what is allowed
    box->setDecimals(3);
    box->setSingleStep(0.05);
    return box;
}

QSpinBox* secondsBox(QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(0, 7 * 86400);
    box->setSuffix(QObject::tr(" s"));
    return box;
}

} // namespace

PolicyEditorDialog::PolicyEditorDialog(Catalog catalog, QWidget* parent)
    : QDialog(parent)
    , m_catalog(std::move(catalog))
    , m_initialActive(QString::fromStdString(m_catalog.policies.activeId)) {
    setWindowTitle(tr("Scaling policies"));
    m_list = new QListWidget(this);
    m_list->setMinimumWidth(220);

    m_name = new QLineEdit(this);
    m_workload = new QLineEdit(this);
    m_origin = new QLabel(this);
    m_up = fractionBox(this);
    m_down = fractionBox(this);
    m_band = fractionBox(this);
    m_upCooldown = secondsBox(this);
    m_downCooldown = secondsBox(this);
    m_min = new QSpinBox(this);
    m_max = new QSpinBox(this);
    m_step = new QSpinBox(this);
    for (auto* box : {m_min, m_max, m_step}) {
        box->setRange(-1, 10000);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Workload"), m_workload);
    form->addRow(tr("Origin"), m_origin);
    for (const auto& n : m_catalog.policies.normalisation) {
        auto* box = fractionBox(this);
        box->setToolTip(tr("Weight; full scale %1").arg(n.fullScale));
        m_weights[n.metric] = box;
        form->addRow(tr("Weight: %1").arg(Wording::metricName(n.metric)), box);
    }
    form->addRow(tr("Scale up above"), m_up);
    form->addRow(tr("Scale down below"), m_down);
    form->addRow(tr("Hysteresis band"), m_band);
    form->addRow(tr("Scale-up cooldown"), m_upCooldown);
    form->addRow(tr("Scale-down cooldown"), m_downCooldown);
    form->addRow(tr("Minimum instances"), m_min);
    form->addRow(tr("Maximum instances"), m_max);
    form->addRow(tr("Step"), m_step);

    m_clone = new QPushButton(tr("Clone…"), this);
    m_activate = new QPushButton(tr("Make active"), this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_clone);
    listButtons->addWidget(m_activate);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setWordWrap(true);
    ConsoleTheme::setTone(m_problemLabel, Tone::Error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(form, 1);
    auto* root = new QVBoxLayout(this);
    root->addLayout(columns);
    root->addWidget(m_problemLabel);
    root->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_clone, &QPushButton::clicked, this, &PolicyEditorDialog::cloneSelected);
    connect(m_activate, &QPushButton::clicked, this, &PolicyEditorDialog::makeSelectedActive);
    const auto edited = [this] {
        readFields();
    };
    for (auto* line : {m_name, m_workload}) {
        connect(line, &QLineEdit::textEdited, this, edited);
    }
    for (auto* box : {m_up, m_down, m_band}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    }
    for (auto& [metric, box] : m_weights) {
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    }
    for (auto* box : {m_upCooldown, m_downCooldown, m_min, m_max, m_step}) {
        connect(box, &QSpinBox::valueChanged, this, edited);
    }
    rebuildList();
    selectPolicy(m_initialActive);
    validate();
}

QPushButton* PolicyEditorDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Save);
}

ScalingPolicy* PolicyEditorDialog::selected() {
    const int row = m_list->currentRow();
    auto& templates = m_catalog.policies.templates;
    return row >= 0 && row < int(templates.size()) ? &templates[std::size_t(row)] : nullptr;
}

void PolicyEditorDialog::rebuildList() {
    const int row = m_list->currentRow();
    m_loading = true;
    m_list->clear();
    for (const auto& p : m_catalog.policies.templates) {
        QString text = QString::fromStdString(p.name);
        if (!p.isBuiltIn()) {
            text = tr("%1 (clone)").arg(text);
        }
        if (p.id == m_catalog.policies.activeId) {
            text = tr("★ %1 — active").arg(text);
        }
        m_list->addItem(text);
    }
    m_loading = false;
    m_list->setCurrentRow(std::max(row, 0));
}

void PolicyEditorDialog::selectPolicy(const QString& id) {
    const auto& templates = m_catalog.policies.templates;
    for (std::size_t i = 0; i < templates.size(); ++i) {
        if (QString::fromStdString(templates[i].id) == id) {
            m_list->setCurrentRow(int(i));
            return;
        }
    }
}

void PolicyEditorDialog::showSelected() {
    const ScalingPolicy* p = selected();
    if (!p || m_loading) {
        return;
    }
    m_loading = true;
    const bool editable = !p->isBuiltIn();
    m_name->setText(QString::fromStdString(p->name));
    m_workload->setText(QString::fromStdString(p->workload));
    m_origin->setText(editable ? tr("Clone of %1").arg(QString::fromStdString(p->basedOn))
                               : tr("Built-in template (read-only: clone it to edit)"));
    for (auto& [metric, box] : m_weights) {
        double weight = 0.0;
        for (const auto& w : p->weights) {
            if (w.metric == metric) {
                weight = w.weight;
            }
        }
        box->setValue(weight);
        box->setEnabled(editable);
    }
    m_up->setValue(p->scaleUpThreshold);
    m_down->setValue(p->scaleDownThreshold);
    m_band->setValue(p->hysteresis);
    m_upCooldown->setValue(int(p->scaleUpCooldown.count()));
    m_downCooldown->setValue(int(p->scaleDownCooldown.count()));
    m_min->setValue(p->minInstances);
    m_max->setValue(p->maxInstances);
    m_step->setValue(p->step);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_name, m_workload, m_up, m_down, m_band, m_upCooldown,
                                         m_downCooldown, m_min, m_max, m_step}) {
        w->setEnabled(editable);
    }
    m_activate->setEnabled(p->id != m_catalog.policies.activeId);
    m_loading = false;
}

void PolicyEditorDialog::readFields() {
    ScalingPolicy* p = selected();
    if (!p || m_loading || p->isBuiltIn()) {
        return;
    }
    p->name = m_name->text().toStdString();
    p->workload = m_workload->text().toStdString();
    p->weights.clear();
    for (const auto& n : m_catalog.policies.normalisation) {
        const double w = m_weights[n.metric]->value();
        if (w != 0.0) { // a zero weight leaves the metric out; a negative one is an error
            p->weights.push_back({n.metric, w});
        }
    }
    p->scaleUpThreshold = m_up->value();
    p->scaleDownThreshold = m_down->value();
    p->hysteresis = m_band->value();
    p->scaleUpCooldown = std::chrono::seconds(m_upCooldown->value());
    p->scaleDownCooldown = std::chrono::seconds(m_downCooldown->value());
    p->minInstances = m_min->value();
    p->maxInstances = m_max->value();
    p->step = m_step->value();
    m_lastAction = QStringLiteral("edited");
    m_lastPolicyId = QString::fromStdString(p->id);
    validate();
}

void PolicyEditorDialog::cloneSelected() {
    const ScalingPolicy* p = selected();
    if (!p) {
        return;
    }
    ScalingPolicy clone = *p;
    clone.basedOn = p->isBuiltIn() ? p->id : p->basedOn;
    std::string id = p->id + "_copy";
    for (int n = 2; m_catalog.policies.find(id); ++n) {
        id = p->id + "_copy" + std::to_string(n);
    }
    clone.id = id;
    clone.name = tr("%1 (my copy)").arg(QString::fromStdString(p->name)).toStdString();
    m_catalog.policies.templates.push_back(clone);
    m_lastAction = QStringLiteral("cloned");
    m_lastPolicyId = QString::fromStdString(id);
    rebuildList();
    selectPolicy(QString::fromStdString(id));
    validate();
}

void PolicyEditorDialog::makeSelectedActive() {
    const ScalingPolicy* p = selected();
    if (!p) {
        return;
    }
    const QString id = QString::fromStdString(p->id);
    m_catalog.policies.activeId = p->id;
    m_lastAction = QStringLiteral("activated");
    m_lastPolicyId = id;
    rebuildList();
    selectPolicy(id);
    validate();
}

void PolicyEditorDialog::validate() {
    m_problems.clear();
    if (auto ok = validateCatalog(m_catalog); !ok) {
        // One problem per line, each naming the file and key path.
        m_problems = QString::fromStdString(ok.error().message).split('\n', Qt::SkipEmptyParts);
    }
    m_problemLabel->setText(m_problems.join('\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    okButton()->setEnabled(m_problems.isEmpty());
}

} // namespace headroom::ui
