#include "PreferencesDialog.h"

#include "ConsoleLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace headroom::ui {

PreferencesDialog::PreferencesDialog(const ConsolePreferences& preferences,
                                     const QString& runningLanguage, QWidget* parent)
    : QDialog(parent)
    , m_initial(preferences)
    , m_runningLanguage(runningLanguage) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    const QLocale system = ConsoleLanguage::localeFor({});
    m_language->addItem(tr("System default (%1)").arg(system.nativeLanguageName()), QString());
    for (const LanguageOption& option : ConsoleLanguage::available()) {
        m_language->addItem(option.nativeName, option.code);
    }
    const int languageIndex = m_language->findData(preferences.language);
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);
    form->addRow(tr("&Language:"), m_language);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Appearance"));
    m_theme->addItem(tr("Follow the system"), static_cast<int>(ThemeChoice::System));
    m_theme->addItem(tr("Light"), static_cast<int>(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(ThemeChoice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(preferences.theme)));
    form->addRow(tr("&Appearance:"), m_theme);

    m_tray = new QCheckBox(tr("Show the health in the system &tray"), this);
    m_tray->setObjectName(QStringLiteral("trayCheck"));
    m_tray->setChecked(preferences.trayIcon);
    m_tray->setAccessibleName(tr("Tray icon"));
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->setToolTip(tr("This desktop has no system tray now; alerts show in the status "
                              "bar instead."));
    }
    form->addRow(QString(), m_tray);

    m_welcome = new QCheckBox(tr("Show the &welcome screen at start"), this);
    m_welcome->setObjectName(QStringLiteral("welcomeCheck"));
    m_welcome->setChecked(preferences.welcomeAtStart);
    m_welcome->setAccessibleName(tr("Welcome screen at start"));
    form->addRow(QString(), m_welcome);
    layout->addLayout(form);

    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    layout->addWidget(m_restartNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

ConsolePreferences PreferencesDialog::preferences() const {
    ConsolePreferences p = m_initial;
    p.language = m_language->currentData().toString();
    p.theme = ThemeChoice(m_theme->currentData().toInt());
    p.trayIcon = m_tray->isChecked();
    p.welcomeAtStart = m_welcome->isChecked();
    return p;
}

bool PreferencesDialog::languageNeedsRestart() const {
    const QLocale chosen = ConsoleLanguage::localeFor(m_language->currentData().toString());
    return ConsoleLanguage::codeOf(chosen) != m_runningLanguage;
}

void PreferencesDialog::updateRestartNote() {
    m_restartNote->setText(languageNeedsRestart()
                               ? tr("The new language is used once Headroom restarts; you can "
                                    "restart it right after saving.")
                               : QString());
    m_restartNote->setVisible(languageNeedsRestart());
}

} // namespace headroom::ui
