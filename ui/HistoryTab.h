#pragma once
// HistoryTab: decisions and events in one table, filterable by kind and date range. The filter
// is applied by asking the engine again (historyRequested), so long histories stay in the store.
// It opens on "Decisions and key events", which leaves out mode-advice changes and source
// recoveries (a hint line says so); "All kinds" shows them, runs of advice changes folded.
// Above the table: the mode timeline (HistoryTimelineChart) and, after "Verify history", a
// banner with the result of checking the tamper-evident chain (green: intact, with the counts
// and the head hash to note elsewhere; red: the first altered or removed entry). A search box
// hides the rows whose text does not match; "Export CSV…" writes the rows shown.

#include "Wording.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace headroom::ui {

class HistoryModel;
class HistoryTimelineChart;

class HistoryTab : public QWidget {
    Q_OBJECT

public:
    explicit HistoryTab(const Catalog& catalog, QWidget* parent = nullptr);

    // The query for the current filter (the workspace is filled in by the caller). A "to" date
    // left at its default follows today, so a console left open past midnight still shows
    // new decisions.
    HistoryQuery query(const std::string& workspace);
    void setPage(const HistoryPage& page);
    HistoryModel* model() const { return m_model; }
    bool isShowingEmptyState() const;
    // Switches the kind filter to every kind (what the founder picks to see advice changes).
    void showAllKinds();

    // The timeline's own page (all kinds over the same dates; MainWindowHistory asks for it).
    void setTimelinePage(const HistoryPage& page);
    HistoryTimelineChart* timeline() const { return m_timeline; }
    // The verification banner: a result, a failure to verify, and what it says now.
    void setVerification(const HistoryVerification& verification);
    void setVerificationFailed(const QString& message);
    QString verificationText() const;
    bool verificationShown() const;
    bool verificationIntact() const { return m_verifiedIntact; }
    // The text search over every column and tooltip (subject, detail, reason, actor).
    void setSearchText(const QString& text);
    bool isRowShown(int row) const;
    int shownRowCount() const;
    // The rows shown, as CSV (HistoryCsv.h); exportCsv writes them to a file.
    QByteArray shownRowsCsv() const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;

signals:
    void historyRequested();
    void verifyRequested();

private:
    std::vector<EventKind> selectedKinds() const;
    void updateEmptyState();
    void applySearch();
    void chooseExportFile();
    static QString breakText(const HistoryBreak& b);

    HistoryModel* m_model = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QDate m_defaultTo;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_hint = nullptr;
    QTableView* m_table = nullptr;
    HistoryTimelineChart* m_timeline = nullptr;
    QLabel* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    bool m_verifiedIntact = false;
    std::string m_verifiedWorkspace; // the banner is about this workspace only
};

} // namespace headroom::ui
