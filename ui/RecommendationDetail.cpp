#include "RecommendationDetail.h"

#include "CoreMetaTypes.h"
#include "RecommendationsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
QLabel* sectionHeading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* bodyLabel(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Catalog and stored texts are shown as written, never parsed as HTML.
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

RecommendationDetail::RecommendationDetail(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_placeholder =
        new QLabel(tr("Select a recommendation to see its evidence, cost and steps."), this);
    m_placeholder->setObjectName(QStringLiteral("emptyState"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    m_title = bodyLabel("detailTitle", page);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() + 3);
    m_title->setFont(font);
    m_meta = bodyLabel("detailMeta", page);
    m_description = bodyLabel("detailDescription", page);
    m_evidence = bodyLabel("detailEvidence", page);
    m_cost = bodyLabel("detailCost", page);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_meta);
    pageLayout->addWidget(m_description);
    pageLayout->addWidget(sectionHeading(tr("Evidence"), page));
    pageLayout->addWidget(m_evidence);
    pageLayout->addWidget(sectionHeading(tr("Cost impact"), page));
    pageLayout->addWidget(m_cost);
    m_steps = new QTreeWidget(page);
    m_steps->setObjectName(QStringLiteral("stepsTree"));
    m_steps->setHeaderHidden(true);
    m_steps->setWordWrap(true);
    m_steps->setMinimumHeight(180);
    m_steps->setRootIsDecorated(true);
    pageLayout->addWidget(m_steps, 1);
    m_title->setAccessibleName(tr("Recommendation title"));
    m_cost->setAccessibleName(tr("Cost impact"));

    auto* buttons = new QHBoxLayout;
    m_accept = new QPushButton(QIcon(QStringLiteral(":/icons/accept.svg")), tr("Accept…"), page);
    m_defer = new QPushButton(QIcon(QStringLiteral(":/icons/defer.svg")), tr("Defer…"), page);
    m_reject = new QPushButton(QIcon(QStringLiteral(":/icons/reject.svg")), tr("Reject…"), page);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_defer->setObjectName(QStringLiteral("deferButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    // Window-wide shortcuts that only work while the buttons are visible and enabled, i.e. on
    // this tab with a decidable recommendation selected.
    const struct {
        QPushButton* button;
        QKeySequence keys;
        QString name;
        QString tip;
    } actions[] = {
        {m_accept, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Accept recommendation"),
         tr("Accept the selected recommendation")},
        {m_defer, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Defer recommendation"),
         tr("Defer the selected recommendation to a later date")},
        {m_reject, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Reject recommendation"),
         tr("Reject the selected recommendation (a reason is required)")},
    };
    for (const auto& a : actions) {
        a.button->setShortcut(a.keys);
        a.button->setAccessibleName(a.name);
        a.button->setToolTip(tr("%1 (%2)").arg(a.tip, a.keys.toString(QKeySequence::NativeText)));
    }
    m_steps->setAccessibleName(tr("Implementation and rollback steps"));
    buttons->addStretch();
    buttons->addWidget(m_accept);
    buttons->addWidget(m_defer);
    buttons->addWidget(m_reject);
    // An accepted recommendation's outcome (seeds 000 / 004): implemented, failed, rolled back.
    m_outcome = new QPushButton(tr("Record outcome…"), page);
    m_outcome->setObjectName(QStringLiteral("recordOutcomeButton"));
    m_outcome->setToolTip(tr("Record what became of this accepted recommendation"));
    m_outcome->setAccessibleName(tr("Record outcome"));
    m_outcome->setVisible(false);
    buttons->addWidget(m_outcome);
    m_readOnlyLine = new QLabel(page);
    m_readOnlyLine->setObjectName(QStringLiteral("readOnlyReason"));
    m_readOnlyLine->setWordWrap(true);
    m_readOnlyLine->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_readOnlyLine->setForegroundRole(QPalette::PlaceholderText);
    m_readOnlyLine->hide();
    pageLayout->addWidget(m_readOnlyLine);
    pageLayout->addLayout(buttons);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack);

    connect(m_accept, &QPushButton::clicked, this, [this] { emit verdictChosen(Verdict::Accept); });
    connect(m_defer, &QPushButton::clicked, this, [this] { emit verdictChosen(Verdict::Defer); });
    connect(m_reject, &QPushButton::clicked, this, [this] { emit verdictChosen(Verdict::Reject); });
    connect(m_outcome, &QPushButton::clicked, this, [this] { emit outcomeRequested(m_shownId); });
    setRecommendation(nullptr, {});
}

void RecommendationDetail::setRecommendation(const StoredRecommendation* r, const QString& title) {
    m_decidable = r && RecommendationsModel::isDecidable(r->state);
    m_accepted = r && r->state == RecommendationState::Accepted;
    m_shownId = r ? r->id : 0;
    setReadOnly(m_readOnly); // the buttons for this recommendation
    if (!r) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentIndex(1);
    const RecommendationTemplate* t = m_catalog.findRecommendation(r->type);
    m_title->setText(title);
    QString meta =
        tr("%1 · severity %2 · first seen %3 · last seen %4")
            .arg(Wording::recommendationStateName(r->state), Wording::statusName(r->severity),
                 m_wording.dateTime(r->firstSeen), m_wording.dateTime(r->lastSeen));
    if (r->revisitAt) {
        meta += tr(" · revisit on %1").arg(m_wording.date(*r->revisitAt));
    }
    if (t) {
        meta += tr("\nImpact %1 · risk %2 · effort %3 · confidence %4 %")
                    .arg(Wording::levelName(t->impact), Wording::levelName(t->risk),
                         Wording::levelName(t->effort))
                    .arg(t->confidence);
    }
    m_meta->setText(meta);
    m_description->setText(t ? QString::fromStdString(t->description)
                             : tr("This recommendation type is not in the current catalog."));

    QStringList evidence;
    for (const Evidence& e : r->evidence) {
        evidence << QStringLiteral("• ") + m_wording.evidence(e);
    }
    m_evidence->setText(evidence.isEmpty() ? tr("No measured evidence was stored.")
                                           : evidence.join(QLatin1Char('\n')));

    if (t) {
        QString cost = m_wording.moneyRange(t->monthlyCostMin, t->monthlyCostMax);
        if (!t->costNote.empty()) {
            cost += tr(" — %1").arg(QString::fromStdString(t->costNote));
        }
        m_cost->setText(cost);
    } else {
        m_cost->setText(tr("Unknown"));
    }

    m_steps->clear();
    const auto addSection = [this](const QString& name, const std::vector<std::string>& steps,
                                   bool expanded) {
        auto* top = new QTreeWidgetItem(m_steps, {name});
        QFont font = top->font(0);
        font.setBold(true);
        top->setFont(0, font);
        if (steps.empty()) {
            new QTreeWidgetItem(top, {tr("None listed")});
        }
        int n = 1;
        for (const std::string& step : steps) {
            new QTreeWidgetItem(top, {tr("%1. %2").arg(n++).arg(QString::fromStdString(step))});
        }
        top->setExpanded(expanded);
    };
    addSection(tr("Implementation steps"), t ? t->steps : std::vector<std::string>{}, true);
    addSection(tr("Rollback steps"), t ? t->rollback : std::vector<std::string>{}, false);
}

void RecommendationDetail::setReadOnly(const QString& reason) {
    m_readOnly = reason;
    const bool writable = reason.isEmpty();
    for (QPushButton* button : {m_accept, m_defer, m_reject}) {
        button->setEnabled(writable && m_decidable);
    }
    m_outcome->setVisible(m_accepted);
    m_outcome->setEnabled(writable);
    m_readOnlyLine->setText(reason);
    m_readOnlyLine->setVisible(!writable);
}

} // namespace headroom::ui
