#pragma once
// CostSettingsDialog: the founder edits the Cost Shield budgets and the provider rates (each
// with the day it takes effect, so past costs keep the rate of their day). Every edit is checked
// by the core's catalog validation and its problems are listed; OK is enabled only for a valid
// catalog. The caller saves the result (costs.json in the user's catalog folder).

#include "model/Catalog.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace headroom::ui {

class CostSettingsDialog : public QDialog {
    Q_OBJECT

public:
    CostSettingsDialog(const Catalog& catalog, QWidget* parent = nullptr);

    // The catalog with the edited cost settings; valid only when problems() is empty.
    Catalog editedCatalog() const;
    QStringList problems() const { return m_problems; }

    // For tests: the widgets a founder edits.
    QDoubleSpinBox* dailyLimitEdit() const { return m_daily; }
    QTableWidget* ratesTable() const { return m_rates; }
    QLineEdit* levelsEdit() const { return m_levels; }

private:
    enum RateColumn {
        ProviderColumn,
        FromColumn,
        InputColumn,
        OutputColumn,
        CharactersColumn,
        RequestColumn,
        RateColumnCount
    };

    void addRateRow(const ProviderRate& rate);
    void revalidate();

    Catalog m_catalog;
    QDoubleSpinBox* m_daily = nullptr;
    QDoubleSpinBox* m_monthly = nullptr;
    QDoubleSpinBox* m_perClient = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QLineEdit* m_levels = nullptr;
    QTableWidget* m_rates = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QStringList m_problems;
};

} // namespace headroom::ui
