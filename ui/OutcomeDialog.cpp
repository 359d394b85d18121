#include "OutcomeDialog.h"

#include "ConsoleTheme.h"
#include "GovernanceWording.h"
#include "Wording.h"

#include <algorithm>
#include <cmath>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace headroom::ui {

OutcomeDialog::OutcomeDialog(const Catalog& catalog, const StoredRecommendation& recommendation,
                             const std::optional<OutcomeAssessment>& current, QWidget* parent)
    : QDialog(parent)
    , m_recommendationId(recommendation.id) {
    setObjectName(QStringLiteral("outcomeDialog"));
    const auto* tmpl = catalog.findRecommendation(recommendation.type);
    setWindowTitle(tr("Record outcome — %1")
                       .arg(tmpl ? QString::fromStdString(tmpl->title)
                                 : QString::fromStdString(recommendation.type)));
    auto* layout = new QVBoxLayout(this);

    // What was predicted, then what happened, each across the dialog's width above the form: a
    // column of its own squeezed every evidence line into a wrap.
    QStringList predicted;
    if (tmpl) {
        predicted << tr("Predicted: %1")
                         .arg(m_wording.moneyRange(tmpl->monthlyCostMin, tmpl->monthlyCostMax));
    } else {
        predicted << tr("Predicted: no template in the catalog");
    }
    for (const auto& e : recommendation.evidence) {
        predicted << tr("Evidence: %1").arg(m_wording.evidence(e));
    }
    m_predicted = new QLabel(predicted.join(QLatin1Char('\n')), this);
    m_predicted->setObjectName(QStringLiteral("predictedImpact"));
    m_predicted->setWordWrap(true);
    QStringList actual;
    if (current) {
        actual << tr("Latest outcome: %1")
                      .arg(GovernanceWording::outcomeStatusName(current->record.status));
        actual << (current->record.actualMonthlyCost
                       ? tr("Entered: %1 a month")
                             .arg(m_wording.money(*current->record.actualMonthlyCost))
                       : tr("Entered: no cost"));
        if (current->measured) {
            const auto& m = *current->measured;
            actual << tr("Measured: %1 from %2 to %3")
                          .arg(Wording::metricName(m.metric),
                               m_wording.metricValue(m.metric, m.before),
                               m_wording.metricValue(m.metric, m.after));
        } else {
            actual << tr("Measured: not enough data");
        }
        actual << GovernanceWording::verdictText(current->verdict);
    } else {
        actual << tr("No outcome recorded yet.");
    }
    m_measured = new QLabel(actual.join(QLatin1Char('\n')), this);
    m_measured->setObjectName(QStringLiteral("actualImpact"));
    m_measured->setWordWrap(true);
    if (!current) {
        ConsoleTheme::setTone(m_measured, Tone::Muted);
    }
    auto* predictedBox = new QGroupBox(tr("Prediction"), this);
    auto* predictedLayout = new QVBoxLayout(predictedBox);
    predictedLayout->addWidget(m_predicted);
    auto* measuredBox = new QGroupBox(tr("Outcome"), this);
    auto* measuredLayout = new QVBoxLayout(measuredBox);
    measuredLayout->addWidget(m_measured);
    for (QLabel* label : {m_predicted, m_measured}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    }
    layout->addWidget(predictedBox);
    layout->addWidget(measuredBox);

    auto* form = new QFormLayout;
    m_status = new QComboBox(this);
    for (auto s : {OutcomeStatus::Implemented, OutcomeStatus::Failed, OutcomeStatus::RolledBack}) {
        m_status->addItem(GovernanceWording::outcomeStatusName(s), int(s));
    }
    m_status->setAccessibleName(tr("Outcome status"));
    m_status->setObjectName(QStringLiteral("outcomeStatus"));
    form->addRow(tr("Status"), m_status);
    m_actual = new QLineEdit(this);
    m_actual->setPlaceholderText(tr("optional, e.g. 150 or -40 for a saving"));
    form->addRow(tr("Actual monthly cost impact (USD)"), m_actual);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("What happened (optional)"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setObjectName(QStringLiteral("outcomeNote"));
    m_actual->setAccessibleName(tr("Actual monthly cost impact"));
    m_actual->setObjectName(QStringLiteral("outcomeActual"));
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("outcomeError"));
    ConsoleTheme::setTone(m_error, Tone::Error);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_actual, &QLineEdit::textChanged, this, &OutcomeDialog::validate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &OutcomeDialog::validate);
    validate();
    // Wide enough that an evidence line ("Response time p95 is 208 ms (threshold < 1,500 ms)")
    // reads on one line.
    resize(std::max(sizeHint().width(), 600), sizeHint().height());
}

void OutcomeDialog::validate() {
    QString problem;
    const QString text = m_actual->text().trimmed();
    if (!text.isEmpty()) {
        bool ok = false;
        const double v = Wording().parseNumber(text, &ok);
        if (!ok || !std::isfinite(v)) {
            problem = tr("The actual cost must be a number of dollars, e.g. 150 or -40.");
        } else if (std::abs(v) > 1e7) {
            problem = tr("The actual cost must be within ±10,000,000 USD a month.");
        }
    }
    if (problem.isEmpty() && m_note->toPlainText().size() > 2000) {
        problem = tr("The note may hold at most 2000 characters.");
    }
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

OutcomeRequest OutcomeDialog::request() const {
    OutcomeRequest r;
    r.recommendationId = m_recommendationId;
    r.status = OutcomeStatus(m_status->currentData().toInt());
    const QString text = m_actual->text().trimmed();
    if (!text.isEmpty()) {
        bool ok = false;
        const double v = Wording().parseNumber(text, &ok);
        if (ok) {
            r.actualMonthlyCost = MicroUsd::fromDollars(v);
        }
    }
    r.note = m_note->toPlainText().toStdString();
    return r;
}

} // namespace headroom::ui
