#pragma once
// SourcesDialog: the live workspace's metric sources. The list shows each with its health (the
// built-in host collector first, read-only); the editor beside it adds, edits, enables/disables
// and removes (after confirmation) configured endpoints, pre-fills from a ready-made mapping, and
// "Test connection" probes the form's settings once (busy indicator, button disabled meanwhile).
// Problems are shown before saving (SourceEditor); errors the engine answers to this dialog's
// requests are shown in it. Secrets go through SourceSecrets (keychain, or this session only when
// none is available, which the dialog says), never into the config.
//
// All engine work is asynchronous: requests go to the Engine, answers arrive from EngineBridge
// and are matched by request id.

#include "engine/Engine.h"

#include <map>
#include <optional>

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace headroom::ui {

class EngineBridge;
class SourceEditor;
class SourceSecrets;
class SourceTestView;
class SourcesModel;

class SourcesDialog : public QDialog {
    Q_OBJECT

public:
    SourcesDialog(Engine& engine, EngineBridge& bridge, SourceSecrets& secrets,
                  QWidget* parent = nullptr);

    // The workspace whose sources are shown (the live one); asks the engine for them.
    void setWorkspace(const QString& workspace);
    QString workspace() const { return m_workspace; }
    void refresh();

    // Selects a configured source (or "host") and shows it; false if not listed.
    bool selectSource(const QString& name);
    QString editingName() const { return m_editingName; }
    bool isEditingNew() const { return m_isNew; }
    bool isTesting() const { return m_testRequest != 0; }
    QString engineErrorText() const;
    QString keychainNoteText() const;

    SourcesModel* model() const { return m_model; }
    SourceEditor* editor() const { return m_editor; }
    SourceTestView* testView() const { return m_testView; }

public slots:
    void addSource();
    void save();
    void testConnection();
    void removeSelected();
    void toggleEnabled();
    void revert();
    // Asks before unsaved edits are lost.
    void reject() override;

private:
    QWidget* buildList();
    QWidget* buildHostPage();
    void connectBridge();
    void showView(const SourcesView& view);
    void rebuildRows();
    void showSelected();
    void loadConfig(const SourceConfig& config, bool isNew);
    void updateButtons();
    void updateKeychainNote();
    void updateSecretField();
    void updateEditorStatus();
    void showEngineError(const QString& text);
    std::optional<QString> selectedName() const;
    bool confirmDiscard();

    Engine& m_engine;
    EngineBridge& m_bridge;
    SourceSecrets& m_secrets;
    QString m_workspace;

    QLabel* m_keychainNote = nullptr;
    QLabel* m_engineError = nullptr;
    QLabel* m_loadErrors = nullptr;
    SourcesModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_emptyNote = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_enableButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_hostPage = nullptr;
    QLabel* m_hostStatus = nullptr;
    QWidget* m_editorPage = nullptr;
    QLabel* m_editorTitle = nullptr;
    QLabel* m_editorStatus = nullptr; // the selected source's state with its whole error
    SourceEditor* m_editor = nullptr;
    SourceTestView* m_testView = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_savedNote = nullptr;

    std::map<std::string, SourceConfig> m_configs; // by name
    std::vector<SourceStatus> m_statuses;          // the engine's, live
    QString m_editingName;                         // the stored name being edited
    bool m_isNew = false;

    RequestId m_sourcesRequest = 0;
    RequestId m_saveRequest = 0;
    RequestId m_removeRequest = 0;
    RequestId m_testRequest = 0;
    std::optional<QString> m_pendingSecret;
    std::optional<QString> m_pendingPrevious;
    QString m_pendingRemove;
};

} // namespace headroom::ui
