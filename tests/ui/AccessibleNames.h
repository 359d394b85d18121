#pragma once
// The console's controls must each carry an accessible name for screen readers (issue 9). This
// lists those that have none: buttons, combo boxes, item views, spin boxes, text fields, tab
// bars and charts, except the parts of a composite control (a combo box's popup, a table's
// header, a spin box's line edit, a button box's buttons), which the control itself names.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace headroom::test {

inline bool isPartOfControl(const QWidget* widget, const QWidget* window) {
    for (const QWidget* p = widget->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractItemView*>(p) ||
            qobject_cast<const QTabBar*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QLineEdit*>(p) || qobject_cast<const QDialogButtonBox*>(p)) {
            return true;
        }
    }
    return false;
}

inline QStringList controlsWithoutAccessibleName(const QWidget* window) {
    QStringList missing;
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        const bool control =
            qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
            qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
            qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QLineEdit*>(w) ||
            qobject_cast<const QTabBar*>(w) || qobject_cast<const QChartView*>(w);
        if (control && !isPartOfControl(w, window) && w->accessibleName().trimmed().isEmpty()) {
            missing << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QLatin1String(w->metaObject()->className()));
        }
    }
    return missing;
}

} // namespace headroom::test
