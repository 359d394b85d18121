#include "ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

// "&Open bundle…" reads "Open bundle" in a list.
QString plain(QString text) {
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QLatin1String("&&"), QLatin1String("&"));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(int(entries.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry& e = entries[row];
        m_table->setItem(row, 0, new QTableWidgetItem(e.section));
        m_table->setItem(row, 1, new QTableWidgetItem(e.name));
        m_table->setItem(row, 2, new QTableWidgetItem(e.keys.toString(QKeySequence::NativeText)));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

QList<ShortcutEntry> ShortcutsDialog::collect(QWidget* window) {
    QList<ShortcutEntry> entries;
    QSet<QString> seen;
    auto add = [&](const QString& section, const QString& name, const QKeySequence& keys) {
        const QString key = keys.toString(QKeySequence::PortableText);
        if (keys.isEmpty() || name.isEmpty() || seen.contains(key)) {
            return;
        }
        seen.insert(key);
        entries.append({section, plain(name), keys});
    };
    // The menus first, in their order, then the window's own actions (tabs, refresh).
    if (auto* menuBar = window->findChild<QMenuBar*>()) {
        for (QAction* menuAction : menuBar->actions()) {
            if (QMenu* menu = menuAction->menu()) {
                for (QAction* action : menu->actions()) {
                    add(plain(menu->title()), action->text(), action->shortcut());
                }
            }
        }
    }
    for (QAction* action : window->actions()) {
        add(tr("Window"), action->text(), action->shortcut());
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        add(tr("Recommendations"),
            button->accessibleName().isEmpty() ? button->text() : button->accessibleName(),
            button->shortcut());
    }
    // The timeline's keys act while it has the focus (ReplayBar).
    const QString timeline = tr("Timeline");
    add(timeline, tr("Play or pause"), QKeySequence(Qt::Key_Space));
    add(timeline, tr("Step back"), QKeySequence(Qt::Key_Left));
    add(timeline, tr("Step forward"), QKeySequence(Qt::Key_Right));
    add(timeline, tr("Previous marked moment"), QKeySequence(Qt::SHIFT | Qt::Key_Left));
    add(timeline, tr("Next marked moment"), QKeySequence(Qt::SHIFT | Qt::Key_Right));
    add(timeline, tr("First moment"), QKeySequence(Qt::Key_Home));
    add(timeline, tr("Latest moment"), QKeySequence(Qt::Key_End));
    return entries;
}

} // namespace headroom::ui
