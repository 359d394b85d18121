#pragma once
// RememberedGeometry: a dialog opens where and as large as the founder last left it. Attached
// to a dialog, it restores the saved geometry before the dialog first shows and saves it each
// time the dialog hides, under "dialogs/<key>" in the console's settings file.

#include <QObject>
#include <QString>

class QSettings;
class QWidget;

namespace headroom::ui {

class RememberedGeometry : public QObject {
    Q_OBJECT

public:
    // `settings` must outlive the dialog (MainWindow's settings do).
    static void attach(QWidget* dialog, QSettings& settings, const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    RememberedGeometry(QWidget* dialog, QSettings& settings, QString key);

    QSettings& m_settings;
    QString m_key;
    bool m_restored = false;
};

} // namespace headroom::ui
