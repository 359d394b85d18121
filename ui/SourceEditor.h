#pragma once
// SourceEditor: the form of one configured source (SourceConfig), on two pages: "Connection"
// (name, ready-made mapping, kind, URL, enabled, interval, timeout, size cap, TLS verification
// with a visible warning when off, CA file, auth with a password-echo secret field, extra headers)
// and "Metrics" (the bindings as a table and as the JSON text of MappingJson.h, which is where
// they are edited; parse errors show under the text). Problems (the form's own and
// validateSourceConfig's, one per line, each naming its field) show above the pages and mark the
// field's label.
//
// setConfig() then config() gives the same SourceConfig back. The secret is never part of the
// config: typedSecret() holds what was typed, empty meaning "keep the stored one".

#include "SourceWording.h"

#include <optional>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace headroom::ui {

class SourceEditor : public QWidget {
    Q_OBJECT

public:
    explicit SourceEditor(QWidget* parent = nullptr);

    // Loads the form; clears the typed secret, the problems and the modified flag.
    void setConfig(const SourceConfig& config);
    // The form as a config, or the problems that keep it from being one (bindings JSON that does
    // not parse, a header line without a colon): one per line, each naming its field.
    Result<SourceConfig> config() const;
    // config() and validateSourceConfig(), plus a missing secret; shows the problems (or
    // clears them) and returns the config when there are none.
    std::optional<SourceConfig> validate();
    QStringList problems() const { return m_problemList; }
    void showProblems(const QStringList& problems);

    // The secret typed in this session of the form; nullopt when the field was left empty.
    std::optional<QString> typedSecret() const;
    // Whether a secret is already held for the loaded source (keychain or session), so an empty
    // field means "unchanged"; and the note under the field (where secrets go).
    void setStoredSecret(bool stored, const QString& placeholder);
    void setSecretNote(const QString& text, bool warning);

    // Pre-fills kind, URL and bindings (and a name when empty) from a ready-made mapping.
    void applyReadyMapping(ReadyMapping mapping);

    bool isModified() const { return m_modified; }
    QTabWidget* pages() const { return m_pages; }
    bool isTlsWarningShown() const;

signals:
    void modified();

private:
    QWidget* buildConnectionPage();
    QWidget* buildMetricsPage();
    void updateAuthRows();
    void updateKindHints();
    void parseBindings();
    void markModified();
    void markFields(const QStringList& problems);

    QLabel* m_problems = nullptr;
    QTabWidget* m_pages = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_readyMapping = nullptr;
    QLabel* m_readyMappingNote = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_url = nullptr;
    QCheckBox* m_enabled = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_maxSize = nullptr;
    QCheckBox* m_tls = nullptr;
    QLabel* m_tlsWarning = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_caBrowse = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_authHeader = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_secretNote = nullptr;
    QPlainTextEdit* m_headers = nullptr;

    QStandardItemModel* m_bindingsModel = nullptr;
    QTableView* m_bindingsView = nullptr;
    QPlainTextEdit* m_bindingsText = nullptr;
    QLabel* m_bindingsError = nullptr;
    QTimer* m_revalidate = nullptr;

    std::size_t m_loadedMaxBytes = 0;
    bool m_storedSecret = false;
    bool m_loading = false;
    bool m_modified = false;
    QStringList m_problemList;
};

} // namespace headroom::ui
