#pragma once
// WelcomeDialog: the first-run screen. It says what the demo workspace is (generated data,
// always labelled), what the local workspace measures on its own (this computer, through the
// built-in host collector) and how to add the company's own metric sources, and offers to go
// to either. Shown once at the first start; Help > Welcome shows it again.

#include <QDialog>

class QCheckBox;

namespace headroom::ui {

class WelcomeDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { None, ExploreDemo, AddSource, ShowLocal };

    explicit WelcomeDialog(bool showAtStart, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    bool showAtStart() const;

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QCheckBox* m_showAtStart = nullptr;
};

} // namespace headroom::ui
