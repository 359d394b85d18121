#pragma once
// TrayNotifier: desktop notifications for alerts the routing sends to the tray (warning and
// critical by default), through QSystemTrayIcon; where no system tray exists, a permanent label
// in the window's status bar shows it instead (a temporary status message would be replaced by
// the next routine one within a poll). The engine already notifies once per change; this also
// drops a repeat of the same (rule, state, time) so a re-sent view never pops up twice.

#include "model/AlertState.h"

#include <QObject>
#include <QSet>

class QLabel;
class QStatusBar;
class QSystemTrayIcon;

namespace headroom::ui {

class TrayNotifier : public QObject {
    Q_OBJECT

public:
    enum class Tray { Auto, Off }; // Off: status bar only (tests, no tray)
    TrayNotifier(QStatusBar* statusBar, Tray tray, QObject* parent = nullptr);

    // Shows the notification when its routing includes the tray; returns whether it was shown.
    bool notify(const AlertNotification& notification);

    bool usesTray() const { return m_tray != nullptr; }
    QString lastMessage() const { return m_lastMessage; }
    // The status bar label used without a tray (nullptr with one).
    QLabel* statusLabel() const { return m_statusLabel; }
    int shownCount() const { return m_shown; }

private:
    QSystemTrayIcon* m_tray = nullptr;
    QLabel* m_statusLabel = nullptr;
    QSet<QString> m_seen;
    QString m_lastMessage;
    int m_shown = 0;
};

} // namespace headroom::ui
