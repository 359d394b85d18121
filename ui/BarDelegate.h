#pragma once
// BarDelegate: paints a horizontal usage bar for cells that carry FractionRole, coloured by
// StatusRole (healthy green, warning amber, critical red), with tick marks at the warning and
// critical thresholds. A cell without a fraction reads "not measured", never an empty bar.

#include <QStyledItemDelegate>

namespace headroom::ui {

class BarDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit BarDelegate(QObject* parent = nullptr);

    // Fractions of the limit where the amber and red ticks are drawn.
    void setThresholds(double warning, double critical);
    // Without thresholds (the core judges the status by rules of its own) no ticks are drawn.
    void clearThresholds();

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    double m_warning = 0.8;
    double m_critical = 0.9;
    bool m_ticks = true;
};

} // namespace headroom::ui
