#pragma once
// ShortcutsDialog: Help > Keyboard shortcuts (F1). Lists every shortcut the window has, read
// from its actions and buttons when opened, so the list never drifts from the real keys.

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTableWidget;

namespace headroom::ui {

struct ShortcutEntry {
    QString section; // "Window", "Timeline", ...
    QString name;    // what the keys do
    QKeySequence keys;
};

class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent = nullptr);

    // The window's actions and buttons with a shortcut, plus the timeline's keys; each
    // sequence once, in the order of the menus.
    static QList<ShortcutEntry> collect(QWidget* window);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace headroom::ui
