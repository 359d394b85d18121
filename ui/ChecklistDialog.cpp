#include "ChecklistDialog.h"

#include "ConsoleTheme.h"
#include "GovernanceWording.h"
#include "Wording.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
constexpr int kTierRole = Qt::UserRole + 1;
constexpr int kItemRole = Qt::UserRole + 2;
constexpr int kRowHeight = 30; // as the console's other tables

// Rows as tall as the other tables' (a tree's default rows are tight beside them).
class RowHeightDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), kRowHeight));
        return size;
    }
};

// A sentence over the empty tree saying why it is empty; hidden while it has rows.
QLabel* addEmptyState(QTreeWidget* tree, const QString& text) {
    auto* label = new QLabel(text, tree->viewport());
    label->setObjectName(QStringLiteral("checklistEmpty"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(12);
    ConsoleTheme::setTone(label, Tone::Muted);
    auto* layout = new QVBoxLayout(tree->viewport());
    layout->addWidget(label);
    const auto update = [tree, label] {
        label->setVisible(tree->topLevelItemCount() == 0);
    };
    QAbstractItemModel* model = tree->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, label, update);
    QObject::connect(model, &QAbstractItemModel::modelReset, label, update);
    update();
    return label;
}

} // namespace

ChecklistDialog::ChecklistDialog(const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog) {
    setObjectName(QStringLiteral("checklistDialog"));
    setWindowTitle(tr("Tier readiness"));
    auto* layout = new QVBoxLayout(this);
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("readinessLabel"));
    m_readiness->setWordWrap(true);
    layout->addWidget(m_readiness);
    m_strain = new QLabel(this);
    m_strain->setObjectName(QStringLiteral("strainLabel"));
    m_strain->setWordWrap(true);
    layout->addWidget(m_strain);
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Tier checklists"));
    m_tree->setHeaderLabels({tr("Item"), tr("Kind"), tr("Last change")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setItemDelegate(new RowHeightDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    addEmptyState(m_tree, tr("Reading the tier checklists…"));
    layout->addWidget(m_tree, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ChecklistDialog::onItemChanged);
    resize(640, 560);
}

void ChecklistDialog::showReadiness(const GovernanceReadiness& g) {
    m_filling = true;
    const auto tierName = [this](const std::string& id) {
        const Tier* tier = m_catalog.findTier(id);
        return tier ? QString::fromStdString(tier->name) : QString::fromStdString(id);
    };
    if (!g.currentTier) {
        m_readiness->setText(tr("Current tier unknown: no snapshot yet."));
        m_strain->clear();
    } else if (!g.readiness) {
        m_readiness->setText(tr("%1 is the last tier.").arg(tierName(*g.currentTier)));
        m_strain->clear();
    } else {
        const auto& r = *g.readiness;
        m_readiness->setText(
            tr("Readiness for %1: %2 — %3 of %4 items done%5")
                .arg(tierName(r.toTier),
                     QLocale().toString(r.share * 100.0, 'f', 0) + QStringLiteral(" %"))
                .arg(qulonglong(r.done))
                .arg(qulonglong(r.total))
                .arg(r.ready ? tr(", ready") : tr(", not ready yet")));
        m_strain->setText(GovernanceWording::strainText(r));
    }
    m_tree->clear();
    for (const auto& [tier, items] : g.checklists) {
        auto* top = new QTreeWidgetItem(m_tree, {tierName(tier)});
        top->setFlags(Qt::ItemIsEnabled);
        for (const auto& s : items) {
            auto* child = new QTreeWidgetItem(
                top, {QString::fromStdString(s.item.title),
                      s.item.kind == ChecklistItemKind::Infrastructure ? tr("Infrastructure")
                                                                       : tr("Upgrade requirement"),
                      s.lastTick ? tr("%1 by %2")
                                       .arg(Wording::toDateTime(s.lastTick->at)
                                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                            QString::fromStdString(s.lastTick->actor))
                                 : tr("never changed (as in the catalog)")});
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            child->setCheckState(0, s.checked ? Qt::Checked : Qt::Unchecked);
            child->setData(0, kTierRole, QString::fromStdString(tier));
            child->setData(0, kItemRole, QString::fromStdString(s.item.id));
        }
        top->setExpanded(!g.readiness || tier == g.readiness->toTier);
    }
    if (auto* empty = m_tree->viewport()->findChild<QLabel*>(QStringLiteral("checklistEmpty"))) {
        empty->setText(tr("No tier has a checklist in the catalog."));
    }
    m_filling = false;
}

void ChecklistDialog::onItemChanged(QTreeWidgetItem* item, int column) {
    if (m_filling || column != 0 || !item->data(0, kItemRole).isValid()) {
        return;
    }
    emit tickRequested(item->data(0, kTierRole).toString(), item->data(0, kItemRole).toString(),
                       item->checkState(0) == Qt::Checked);
}

} // namespace headroom::ui
