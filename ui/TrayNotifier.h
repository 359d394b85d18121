#pragma once
// TrayNotifier: the tray icon. It shows the shown workspace's health (a coloured dot on the
// application icon, the score and status in its tooltip) and carries desktop notifications for
// alerts the routing sends to the tray (warning and critical by default), through
// QSystemTrayIcon; where no system tray exists or the founder turned it off, a permanent label
// in the window's status bar shows it instead (a temporary status message would be replaced by
// the next routine one within a poll). The engine already notifies once per change; this also
// drops a repeat of the same (rule, state, time) so a re-sent view never pops up twice.

#include "model/AlertState.h"
#include "model/Evaluation.h"

#include <optional>

#include <QIcon>
#include <QObject>
#include <QSet>

class QLabel;
class QMenu;
class QStatusBar;
class QSystemTrayIcon;

namespace headroom::ui {

// What the tray shows: the workspace on screen and its state.
struct TrayHealth {
    QString workspace;
    bool demo = false;
    Status status = Status::Unknown;
    std::optional<double> overall; // health score 0..100, nullopt when not measured
};

class TrayNotifier : public QObject {
    Q_OBJECT

public:
    enum class Tray { Auto, Off }; // Off: status bar only (tests, no tray)
    TrayNotifier(QStatusBar* statusBar, Tray tray, QObject* parent = nullptr);

    // Shows the notification when its routing includes the tray; returns whether it was shown.
    bool notify(const AlertNotification& notification);
    // Turns the tray icon on or off (Preferences); without one, alerts go to the status bar.
    void setTrayEnabled(bool enabled);
    // The tray icon's context menu (owned by the caller).
    void setMenu(QMenu* menu);
    void showHealth(const TrayHealth& health);
    // The icon and tooltip for the latest health, kept with or without a tray.
    QIcon healthIcon() const { return m_healthIcon; }
    QString healthToolTip() const { return m_healthToolTip; }
    static QIcon iconFor(Status status);
    static QString toolTipFor(const TrayHealth& health);

    bool usesTray() const { return m_tray != nullptr; }
    QString lastMessage() const { return m_lastMessage; }
    // The status bar label used without a tray (nullptr with one).
    QLabel* statusLabel() const { return m_statusLabel; }
    int shownCount() const { return m_shown; }

signals:
    // The tray icon was clicked: the window should come to the front.
    void activated();

private:
    void createTray();

    QMenu* m_menu = nullptr;
    QIcon m_healthIcon;
    QString m_healthToolTip;
    QSystemTrayIcon* m_tray = nullptr;
    QLabel* m_statusLabel = nullptr;
    QSet<QString> m_seen;
    QString m_lastMessage;
    int m_shown = 0;
};

} // namespace headroom::ui
