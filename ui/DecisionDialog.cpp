#include "DecisionDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace headroom::ui {

DecisionDialog::DecisionDialog(Verdict verdict, const QString& recommendationTitle, QWidget* parent)
    : QDialog(parent)
    , m_verdict(verdict) {
    setObjectName(QStringLiteral("decisionDialog"));
    auto* layout = new QVBoxLayout(this);
    QString heading;
    QString okText;
    switch (verdict) {
    case Verdict::Accept:
        setWindowTitle(tr("Accept recommendation"));
        heading = tr("Accept “%1”?");
        okText = tr("Accept");
        break;
    case Verdict::Defer:
        setWindowTitle(tr("Defer recommendation"));
        heading = tr("Defer “%1”?");
        okText = tr("Defer");
        break;
    case Verdict::Reject:
        setWindowTitle(tr("Reject recommendation"));
        heading = tr("Reject “%1”?");
        okText = tr("Reject");
        break;
    }
    auto* title = new QLabel(heading.arg(recommendationTitle), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() + 1);
    title->setFont(font);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto* form = new QFormLayout;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the decision"));
    m_reason->setPlaceholderText(reasonRequired() ? tr("Why? (required)") : tr("Why? (optional)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(80);
    form->addRow(reasonRequired() ? tr("Reason:") : tr("Reason (optional):"), m_reason);

    m_revisit = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_revisit->setObjectName(QStringLiteral("revisitEdit"));
    m_revisit->setAccessibleName(tr("Revisit on date"));
    m_revisit->setCalendarPopup(true);
    m_revisit->setMinimumDate(QDate::currentDate().addDays(1));
    if (verdict == Verdict::Defer) {
        form->addRow(tr("Revisit on:"), m_revisit);
    } else {
        m_revisit->hide();
    }
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(okText);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    updateOk();
    resize(420, sizeHint().height());
}

QString DecisionDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

QDate DecisionDialog::revisitDate() const {
    return m_revisit->date();
}

void DecisionDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reasonRequired() || !reason().isEmpty());
}

} // namespace headroom::ui
