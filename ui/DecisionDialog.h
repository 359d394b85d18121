#pragma once
// DecisionDialog: asks for the reason of a decision (required to defer or reject, optional to
// accept) and, to defer, the date to revisit (tomorrow at the earliest, a week by default).

#include "engine/Engine.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace headroom::ui {

class DecisionDialog : public QDialog {
    Q_OBJECT

public:
    DecisionDialog(Verdict verdict, const QString& recommendationTitle, QWidget* parent = nullptr);

    Verdict verdict() const { return m_verdict; }
    QString reason() const;
    QDate revisitDate() const; // Defer only
    bool reasonRequired() const { return m_verdict != Verdict::Accept; }

private:
    void updateOk();

    Verdict m_verdict;
    QPlainTextEdit* m_reason = nullptr;
    QDateEdit* m_revisit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace headroom::ui
