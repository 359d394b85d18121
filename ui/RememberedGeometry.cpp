#include "RememberedGeometry.h"

#include <QEvent>
#include <QSettings>
#include <QWidget>

namespace headroom::ui {

void RememberedGeometry::attach(QWidget* dialog, QSettings& settings, const QString& key) {
    if (dialog->findChild<RememberedGeometry*>(QString(), Qt::FindDirectChildrenOnly) == nullptr) {
        new RememberedGeometry(dialog, settings, key);
    }
}

RememberedGeometry::RememberedGeometry(QWidget* dialog, QSettings& settings, QString key)
    : QObject(dialog)
    , m_settings(settings)
    , m_key(QStringLiteral("dialogs/") + std::move(key)) {
    dialog->installEventFilter(this);
}

bool RememberedGeometry::eventFilter(QObject* watched, QEvent* event) {
    auto* dialog = qobject_cast<QWidget*>(watched);
    if (dialog == nullptr) {
        return false;
    }
    if (event->type() == QEvent::Show && !m_restored) {
        m_restored = true;
        // restoreGeometry() keeps the dialog on a screen that exists now.
        dialog->restoreGeometry(m_settings.value(m_key).toByteArray());
    } else if (event->type() == QEvent::Hide) {
        m_settings.setValue(m_key, dialog->saveGeometry());
    }
    return false;
}

} // namespace headroom::ui
