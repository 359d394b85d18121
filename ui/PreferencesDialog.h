#pragma once
// PreferencesDialog: the console's language, appearance and tray icon. It edits a copy of the
// preferences; the window applies and stores them when the dialog is accepted. A new language
// needs a restart (every widget is built in its language), which the window offers then.

#include "ConsolePreferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace headroom::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    // `runningLanguage`: the language code in force now ("en", "de"), for the restart note.
    PreferencesDialog(const ConsolePreferences& preferences, const QString& runningLanguage,
                      QWidget* parent = nullptr);

    ConsolePreferences preferences() const;
    // Whether the chosen language differs from the one the console runs in.
    bool languageNeedsRestart() const;

private:
    void updateRestartNote();

    ConsolePreferences m_initial;
    QString m_runningLanguage;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_tray = nullptr;
    QCheckBox* m_welcome = nullptr;
    QLabel* m_restartNote = nullptr;
};

} // namespace headroom::ui
