#pragma once
// SourceTestView: what "Test connection" found (SourceTestResult): the transfer (HTTP status,
// bytes, time, content type, format), what was parsed (families, samples, problems with
// line:column), warnings, and a table of which engine metrics mapped, with their values worded in
// their units, or why not. While a test runs it shows a busy indicator instead.

#include "SourceWording.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace headroom::ui {

class SourceTestView : public QWidget {
    Q_OBJECT

public:
    explicit SourceTestView(QWidget* parent = nullptr);

    void showIdle();
    void showBusy(const QString& sourceName);
    void showResult(const SourceTestResult& result);
    void showError(const Error& error); // the request failed before a result (engine error)

    bool isBusy() const;
    QString summaryText() const;
    QStandardItemModel* outcomes() const { return m_outcomes; }

private:
    QStackedWidget* m_stack = nullptr;
    QLabel* m_idle = nullptr;
    QWidget* m_busyPage = nullptr;
    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_busy = nullptr;
    QWidget* m_resultPage = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_summary = nullptr;
    QStandardItemModel* m_outcomes = nullptr;
    QTableView* m_outcomesView = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    SourceWording m_wording;
};

} // namespace headroom::ui
