#pragma once
// StrainScenarioEditor: the "Edit scenarios" dialog of the Strain Tests view (issue 8). The
// scenarios listed on the left (add, duplicate, remove after a confirmation, rename in place);
// the selected one's load (model, users or rate, duration, ramp, think time, timeout, request
// cap) and request (method, URLs, headers, body) on the right; the pass criteria every run is
// judged by on a page of their own. Nothing is saved here: the dialog hands back the edited
// settings (editedSettings) and the caller writes strain.json and tells the engine.
//
// The catalog's own validation (validateCatalog, the rules strain.json is loaded with) runs on
// every edit; its problems show inline, named by scenario and field, and Save stays disabled
// while any exists. A scenario keeps its id when renamed (stored runs and baselines refer to
// it); a new one's id follows its name until it is saved. A scenario a recommended suite runs
// cannot be removed here (the suite would name nothing).

#include "model/Catalog.h"

#include <functional>

#include <QDialog>
#include <QSet>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace headroom::ui {

class StrainScenarioEditor : public QDialog {
    Q_OBJECT

public:
    // Asked before a scenario is removed, with the whole question; true only for an explicit
    // yes. The default shows a QMessageBox ("strainRemoveConfirmBox", No by default).
    using Confirmation = std::function<bool(const QString& text)>;
    // The request cap field's top (a QSpinBox holds an int); the catalog's limit is lower.
    static constexpr int kMaxRequestCap = 2'000'000'000;

    // `catalog`: the catalog in force with the strain settings to edit (suites name its tiers).
    explicit StrainScenarioEditor(Catalog catalog, QWidget* parent = nullptr);

    const StrainSettings& editedSettings() const { return m_catalog.strain; }
    QStringList problems() const { return m_problems; }
    void setRemoveConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    // The list's buttons, also for tests. removeSelected() is false when nothing was removed
    // (not confirmed, or a suite runs the scenario).
    bool selectScenario(const QString& id);
    QString selectedId() const;
    void addScenario();
    void duplicateSelected();
    bool removeSelected();

    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* methodCombo() const { return m_method; }
    QPlainTextEdit* urlsEdit() const { return m_urls; }
    QTableWidget* headersTable() const { return m_headers; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QSpinBox* usersSpin() const { return m_users; }
    QSpinBox* durationSpin() const { return m_duration; }
    QSpinBox* p95Spin() const { return m_p95; }
    QDoubleSpinBox* errorRateSpin() const { return m_errorRate; }
    QDoubleSpinBox* throughputSpin() const { return m_throughput; }
    QDoubleSpinBox* memorySpin() const { return m_memory; }
    QDoubleSpinBox* regressionSpin() const { return m_regression; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* addHeaderButton() const { return m_addHeader; }
    QLabel* problemLabel() const { return m_problemLabel; }
    QPushButton* saveButton() const;

private:
    // StrainScenarioEditorPages.cpp
    QWidget* buildListColumn();
    QWidget* buildLoadPage();
    QWidget* buildRequestPage();
    QWidget* buildCriteriaPage();
    // StrainScenarioEditor.cpp
    void connectEdits();
    StrainScenario* selected();
    void rebuildList();
    void showSelected();
    void showCriteria();
    void readScenario();
    void readCriteria();
    void updateEnabled();
    void validate();
    QString describe(const QString& problem) const;
    // `base`, or base_2, base_3...: taken by no other scenario nor by one that was saved.
    std::string uniqueId(const std::string& base, const StrainScenario* self) const;
    QString uniqueName(const QString& base) const;
    QStringList suitesRunning(const std::string& scenarioId) const;

    Catalog m_catalog;
    QSet<QString> m_savedIds; // scenarios that existed when the dialog opened keep their ids
    QStringList m_problems;
    Confirmation m_confirm;
    bool m_loading = false;

    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_remove = nullptr;
    QTabWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_id = nullptr;
    QLineEdit* m_description = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_testType = nullptr;
    QComboBox* m_model = nullptr;
    QSpinBox* m_users = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QSpinBox* m_duration = nullptr;
    QSpinBox* m_ramp = nullptr;
    QSpinBox* m_think = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_maxRequests = nullptr;
    QComboBox* m_method = nullptr;
    QPlainTextEdit* m_urls = nullptr;
    QTableWidget* m_headers = nullptr;
    QPushButton* m_addHeader = nullptr;
    QPushButton* m_removeHeader = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QSpinBox* m_p95 = nullptr;
    QDoubleSpinBox* m_errorRate = nullptr;
    QDoubleSpinBox* m_throughput = nullptr;
    QDoubleSpinBox* m_memory = nullptr;
    QDoubleSpinBox* m_regression = nullptr;
    QDoubleSpinBox* m_passRate = nullptr;
    QLabel* m_limits = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace headroom::ui
