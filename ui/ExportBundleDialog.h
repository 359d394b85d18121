#pragma once
// ExportBundleDialog: "Export bundle…" for the shown workspace: where to write the .hrbundle
// file and whether to take the whole history or the local days from one date to another. It
// builds the engine's BundleExportRequest; MainWindow starts the job. Secrets never go into a
// bundle (the engine refuses the export if it finds one), which the dialog says.

#include "bundle/BundleExport.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace headroom::ui {

class ExportBundleDialog : public QDialog {
    Q_OBJECT

public:
    // `suggestedFile`: the path proposed at first; `first`/`last`: the workspace's stored span
    // (the date edits stay inside it).
    ExportBundleDialog(const QString& workspaceTitle, const QString& suggestedFile,
                       std::optional<Timestamp> first, std::optional<Timestamp> last,
                       QWidget* parent = nullptr);

    // The request for `workspace` as the dialog stands.
    BundleExportRequest request(const std::string& workspace) const;

    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* rangeBox() const { return m_onlyRange; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

private:
    void updateOk();

    QLineEdit* m_path = nullptr;
    QCheckBox* m_onlyRange = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace headroom::ui
