#include "SourceTestView.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom::ui {

SourceTestView::SourceTestView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_idle = new QLabel(tr("“Test connection” fetches the endpoint once with the settings as "
                           "they are in the form (saved or not) and shows what it got and which "
                           "metrics it mapped. Nothing is stored."),
                        this);
    m_idle->setObjectName(QStringLiteral("testIdle"));
    m_idle->setWordWrap(true);
    m_idle->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_idle);

    m_busyPage = new QWidget(this);
    auto* busyLayout = new QVBoxLayout(m_busyPage);
    m_busyLabel = new QLabel(m_busyPage);
    m_busyLabel->setObjectName(QStringLiteral("testBusyLabel"));
    m_busy = new QProgressBar(m_busyPage);
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->setTextVisible(false);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busy);
    busyLayout->addStretch();
    m_stack->addWidget(m_busyPage);

    m_resultPage = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(m_resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_headline = new QLabel(m_resultPage);
    m_headline->setObjectName(QStringLiteral("testHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() + 1);
    m_headline->setFont(bold);
    m_summary = new QLabel(m_resultPage);
    m_summary->setObjectName(QStringLiteral("testSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomes = new QStandardItemModel(0, 2, this);
    m_outcomes->setHorizontalHeaderLabels({tr("Engine metric"), tr("Value or problem")});
    m_outcomesView = new QTableView(m_resultPage);
    m_outcomesView->setObjectName(QStringLiteral("testOutcomesView"));
    m_outcomesView->setAccessibleName(tr("Metrics mapped by the test"));
    m_outcomesView->setModel(m_outcomes);
    m_outcomesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outcomesView->verticalHeader()->hide();
    m_outcomesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_outcomesView->horizontalHeader()->setStretchLastSection(true);
    m_outcomesView->setWordWrap(true);
    m_problemsLabel = new QLabel(tr("Problems found while parsing:"), m_resultPage);
    m_problems = new QPlainTextEdit(m_resultPage);
    m_problems->setObjectName(QStringLiteral("testProblems"));
    m_problems->setAccessibleName(tr("Problems found while parsing"));
    m_problems->setReadOnly(true);
    m_problems->setTabChangesFocus(true);
    m_problems->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problems->setMaximumHeight(110);
    m_problemsLabel->setBuddy(m_problems);
    resultLayout->addWidget(m_headline);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_outcomesView, 1);
    resultLayout->addWidget(m_problemsLabel);
    resultLayout->addWidget(m_problems);
    resultLayout->addStretch(0); // takes the spare height when there is no table
    for (QLabel* label : {m_headline, m_summary}) {
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_stack->addWidget(m_resultPage);
    showIdle();
}

void SourceTestView::showIdle() {
    m_stack->setCurrentWidget(m_idle);
}

void SourceTestView::showBusy(const QString& sourceName) {
    m_busyLabel->setText(
        sourceName.isEmpty()
            ? tr("Testing the connection…")
            : tr("Testing %1… (a rate needs two readings, about a second apart)").arg(sourceName));
    m_stack->setCurrentWidget(m_busyPage);
}

bool SourceTestView::isBusy() const {
    return m_stack->currentWidget() == m_busyPage;
}

QString SourceTestView::summaryText() const {
    return m_headline->text() + QLatin1Char('\n') + m_summary->text();
}

void SourceTestView::showError(const Error& error) {
    m_outcomes->setRowCount(0);
    m_headline->setText(tr("✗ The test could not run"));
    m_headline->setStyleSheet(
        QStringLiteral("color: %1;").arg(Wording::statusColor(Status::Critical).name()));
    m_summary->setText(tr("%1: %2").arg(Wording::errorCodeName(error.code),
                                        QString::fromStdString(error.message)));
    m_outcomesView->hide();
    m_problemsLabel->hide();
    m_problems->hide();
    auto* layout = qobject_cast<QVBoxLayout*>(m_resultPage->layout());
    layout->setStretch(layout->count() - 1, 1);
    m_stack->setCurrentWidget(m_resultPage);
}

void SourceTestView::showResult(const SourceTestResult& result) {
    const Wording wording;
    QStringList lines;
    m_outcomes->setRowCount(0);
    const ProbeReport* report = result.report ? &*result.report : nullptr;
    const std::size_t mapped = report ? report->mappedCount() : 0;

    Status tone = Status::Healthy;
    if (!result.configProblems.empty()) {
        tone = Status::Critical;
        m_headline->setText(tr("✗ Not tested: the settings have problems"));
        for (const std::string& p : result.configProblems) {
            lines << QStringLiteral("• ") + QString::fromStdString(p);
        }
    } else if (result.error) {
        tone = Status::Critical;
        m_headline->setText(tr("✗ The test failed"));
        lines << tr("%1: %2").arg(Wording::errorCodeName(result.error->code),
                                  QString::fromStdString(result.error->message));
    } else if (report && mapped == report->outcomes.size()) {
        m_headline->setText(tr("✓ Connected: every metric mapped (%1 of %2)")
                                .arg(mapped)
                                .arg(report->outcomes.size()));
    } else if (report) {
        tone = mapped > 0 ? Status::Warning : Status::Critical;
        m_headline->setText(
            tr("Connected: %1 of %2 metrics mapped").arg(mapped).arg(report->outcomes.size()));
    } else {
        tone = Status::Unknown;
        m_headline->setText(tr("No report"));
    }
    m_headline->setStyleSheet(QStringLiteral("color: %1;").arg(Wording::statusColor(tone).name()));

    if (report) {
        const double ms = double(report->elapsed.count()) / 1000.0;
        if (report->httpStatus == 0) {
            lines << tr("No HTTP response was received.");
        } else {
            lines << tr("HTTP %1 — %2 bytes in %3 ms%4")
                         .arg(report->httpStatus)
                         .arg(wording.locale().toString(qulonglong(report->bytes)))
                         .arg(wording.number(ms, ms < 10 ? 1 : 0))
                         .arg(report->requests > 1
                                  ? tr(" (%n request(s))", nullptr, report->requests)
                                  : QString());
        }
        if (!report->effectiveUrl.empty()) {
            lines << tr("From %1").arg(QString::fromStdString(report->effectiveUrl));
        }
        if (!report->contentType.empty()) {
            lines << tr("Content type: %1").arg(QString::fromStdString(report->contentType));
        }
        if (report->format) {
            lines << tr("Format: %1 — families: %2, samples: %3")
                         .arg(SourceWording::formatName(*report->format),
                              wording.locale().toString(qulonglong(report->families)),
                              wording.locale().toString(qulonglong(report->samples)));
            if (report->parseErrors + report->parseWarnings > 0) {
                lines << tr("Parse problems: %1 error(s), %2 warning(s)")
                             .arg(report->parseErrors)
                             .arg(report->parseWarnings);
            }
        }
        for (const std::string& warning : report->warnings) {
            lines << tr("⚠ %1").arg(QString::fromStdString(warning));
        }
        for (const BindingOutcome& outcome : report->outcomes) {
            auto* metric = new QStandardItem(Wording::metricName(outcome.metric));
            metric->setToolTip(Wording::fromKey(metricKey(outcome.metric)));
            const QString text = m_wording.outcomeValue(outcome);
            auto* value = new QStandardItem(text);
            value->setToolTip(text);
            const Status status = outcome.error   ? Status::Critical
                                  : outcome.value ? Status::Healthy
                                                  : Status::Unknown;
            value->setForeground(Wording::statusColor(status));
            value->setData(int(status), Qt::UserRole);
            m_outcomes->appendRow({metric, value});
        }
        QStringList problems;
        for (const exposition::ParseProblem& p : report->problems) {
            problems << tr("%1:%2 %3: %4%5")
                            .arg(p.line)
                            .arg(p.column)
                            .arg(p.severity == exposition::Severity::Error ? tr("error")
                                                                           : tr("warning"),
                                 QString::fromStdString(p.message),
                                 p.skipped.empty()
                                     ? QString()
                                     : tr(" (skipped: %1)").arg(QString::fromStdString(p.skipped)));
        }
        const std::size_t total = report->parseErrors + report->parseWarnings;
        if (total > report->problems.size()) {
            problems << tr("… and %1 more").arg(total - report->problems.size());
        }
        m_problems->setPlainText(problems.join(QLatin1Char('\n')));
        m_problems->setVisible(!problems.isEmpty());
        m_problemsLabel->setVisible(!problems.isEmpty());
    } else {
        m_problems->hide();
        m_problemsLabel->hide();
    }
    m_outcomesView->setVisible(m_outcomes->rowCount() > 0);
    m_outcomesView->resizeRowsToContents();
    auto* layout = qobject_cast<QVBoxLayout*>(m_resultPage->layout());
    layout->setStretch(layout->count() - 1, m_outcomesView->isVisible() ? 0 : 1);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_stack->setCurrentWidget(m_resultPage);
}

} // namespace headroom::ui
