#include "ScalingChangeDialogs.h"

#include "ScalingWording.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

bool blank(const QString& text) {
    return text.trimmed().isEmpty();
}

} // namespace

SetModeDialog::SetModeDialog(const ScalingView& view, QWidget* parent)
    : QDialog(parent)
    , m_view(view) {
    setObjectName(QStringLiteral("setModeDialog"));
    setWindowTitle(tr("Set scaling mode"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setAccessibleName(tr("New mode"));
    for (const Mode& mode : view.config.modes) {
        m_mode->addItem(ScalingWording::modeLabel(view.config, mode.id),
                        QString::fromStdString(mode.id));
    }
    const std::string preferred = view.advisedModeId.value_or(view.config.modeId);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(QString::fromStdString(preferred))));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why (kept in the history)"));
    m_reason->setAccessibleName(tr("Reason"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("overrideWarning"));
    m_warning->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Current mode:"),
                 new QLabel(ScalingWording::modeLabel(view.config, view.config.modeId), this));
    form->addRow(tr("Advised mode:"),
                 new QLabel(view.advisedModeId
                                ? ScalingWording::modeLabel(view.config, *view.advisedModeId)
                                : tr("No advice (no data to judge from)"),
                            this));
    form->addRow(tr("New mode:"), m_mode);
    form->addRow(tr("Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    if (view.workspace.kind == WorkspaceKind::Demo) {
        layout->addWidget(new QLabel(tr("Demo workspace: the change stays in the demo."), this));
    }
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_reason, &QLineEdit::textChanged, this, [this] { update(); });
    update();
}

std::string SetModeDialog::modeId() const {
    return m_mode->currentData().toString().toStdString();
}

std::string SetModeDialog::reason() const {
    return m_reason->text().trimmed().toStdString();
}

bool SetModeDialog::againstAdvice() const {
    return !m_view.advisedModeId || *m_view.advisedModeId != modeId();
}

void SetModeDialog::update() {
    const bool same = modeId() == m_view.config.modeId;
    const bool needsReason = againstAdvice();
    QString warning;
    if (same) {
        warning = tr("This is the current mode already.");
    } else if (needsReason) {
        warning = m_view.advisedModeId
                      ? tr("This goes against the current advice (%1): it is recorded as a "
                           "manual override and needs a reason.")
                            .arg(ScalingWording::modeLabel(m_view.config, *m_view.advisedModeId))
                      : tr("There is no advice to follow yet: the change is recorded as a manual "
                           "override and needs a reason.");
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!same && (!needsReason || !blank(m_reason->text())));
}

ScalingReasonDialog::ScalingReasonDialog(const QString& title, const QString& prompt, Reason need,
                                         QWidget* parent)
    : QDialog(parent)
    , m_need(need) {
    setObjectName(QStringLiteral("scalingReasonDialog"));
    setWindowTitle(title);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto refresh = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_need == Reason::Optional || !blank(m_reason->text()));
    };
    connect(m_reason, &QLineEdit::textChanged, this, refresh);
    refresh();
}

std::string ScalingReasonDialog::reason() const {
    return m_reason->text().trimmed().toStdString();
}

} // namespace headroom::ui
