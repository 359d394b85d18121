#pragma once
// NotificationSettingsDialog ("Scaling > Notifications…"): the e-mail and webhook channels the
// alerts go to, and the decision webhook called when a recommendation is accepted. Each channel
// is edited in a form checked by the engine (errors name the field), saved through the engine;
// its secret (SMTP password, the {token} of a webhook URL) goes to the keychain and the engine's
// memory (ChannelSecrets), never into the database. "Send test" queues a test notification and
// shows how it ended (sent, or failed with the reason after the retries). The delivery log lists
// recent attempts.

#include "model/AlertState.h"

#include <optional>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace headroom {
class Engine;
}

namespace headroom::ui {

class ChannelSecrets;
class EngineBridge;

class NotificationSettingsDialog : public QDialog {
    Q_OBJECT

public:
    NotificationSettingsDialog(Engine& engine, EngineBridge& bridge, ChannelSecrets& secrets,
                               QString liveWorkspace, QWidget* parent = nullptr);

    void refresh(); // asks the engine for channels and deliveries

    // The form as a channel (configuration JSON built from the fields).
    NotificationChannel channelFromForm() const;

    // For tests and keyboard users alike.
    QListWidget* channelList() const { return m_channels; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* purposeBox() const { return m_purpose; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QLineEdit* secretEdit() const { return m_secret; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* resultLabel() const { return m_result; }
    QTreeWidget* deliveryLog() const { return m_log; }

private:
    void showView(const AlertsView& view);
    void loadChannel(const NotificationChannel& channel);
    void clearForm();
    void updateKindFields();
    void save();
    void sendTest();
    void removeChannel();

    Engine& m_engine;
    EngineBridge& m_bridge;
    ChannelSecrets& m_secrets;
    QString m_liveWorkspace;
    std::vector<NotificationChannel> m_known;
    std::optional<std::string> m_editing;   // name of the channel in the form, if stored
    std::optional<std::string> m_savedFrom; // m_editing when the pending save was sent
    quint64 m_saveRequest = 0;
    quint64 m_testRequest = 0;
    quint64 m_removeRequest = 0;
    RowId m_testDelivery = 0;

    QListWidget* m_channels = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_purpose = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QCheckBox* m_starttls = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_secret = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_result = nullptr;
    QTreeWidget* m_log = nullptr;
};

} // namespace headroom::ui
