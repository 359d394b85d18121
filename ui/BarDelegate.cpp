#include "BarDelegate.h"

#include "UiRoles.h"
#include "Wording.h"

#include <algorithm>

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace headroom::ui {

BarDelegate::BarDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

void BarDelegate::setThresholds(double warning, double critical) {
    m_warning = warning;
    m_critical = critical;
    m_ticks = true;
}

void BarDelegate::clearThresholds() {
    m_ticks = false;
}

void BarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                        const QModelIndex& index) const {
    const QVariant fraction = index.data(FractionRole);
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF track =
        QRectF(option.rect)
            .adjusted(6, option.rect.height() / 2.0 - 7, -6, -(option.rect.height() / 2.0 - 7));
    if (!fraction.isValid()) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(track, Qt::AlignVCenter | Qt::AlignLeft, tr("not measured"));
        painter->restore();
        return;
    }
    const double value = fraction.toDouble();
    const auto status = static_cast<Status>(index.data(StatusRole).toInt());
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, 4, 4);
    painter->fillPath(trackPath, option.palette.color(QPalette::Midlight));

    QRectF filled = track;
    filled.setWidth(track.width() * std::clamp(value, 0.0, 1.0));
    QPainterPath fillPath;
    fillPath.addRoundedRect(filled, 4, 4);
    painter->fillPath(fillPath, Wording::statusColor(status));

    // Threshold ticks so the eye sees how close the bar is to amber and red.
    if (m_ticks) {
        const std::pair<double, QColor> ticks[] = {
            {m_warning, Wording::statusColor(Status::Warning)},
            {m_critical, Wording::statusColor(Status::Critical)}};
        for (const auto& [at, colour] : ticks) {
            const double x = track.left() + track.width() * at;
            painter->setPen(QPen(colour.darker(120), 1.5));
            painter->drawLine(QPointF(x, track.top() - 2), QPointF(x, track.bottom() + 2));
        }
    }
    painter->setPen(value > 0.55 ? QColor(Qt::white) : option.palette.color(QPalette::Text));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(track.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      Wording().percent(value));
    painter->restore();
}

QSize BarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    return QSize(std::max(size.width(), 220), std::max(size.height(), 28));
}

} // namespace headroom::ui
