#pragma once
// ConsoleTheme: light and dark appearance. "System" follows the desktop: the XDG desktop
// portal's colour-scheme setting where a portal answers (and its later changes), else the
// platform theme's own palette. Light and Dark force Fusion with a palette of ours.
//
// The few colours the console adds to the palette (error and warning text, banners, chart
// backgrounds) come from tone() / banner() / styleChart(), which pick the variant that reads
// on the palette in force, instead of literals that only read on white.

#include "ConsolePreferences.h"

#include <optional>

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

class QChart;
class QDBusVariant;
class QWidget;

namespace headroom::ui {

enum class Tone { Error, Warning, Success, Muted, Info };

class ConsoleTheme : public QObject {
    Q_OBJECT

public:
    explicit ConsoleTheme(QObject* parent = nullptr);

    // Applies the choice to the application; System also starts following the portal.
    void apply(ThemeChoice choice);
    ThemeChoice choice() const { return m_choice; }
    // Whether the palette in force is dark (by its window colour's lightness).
    static bool isDark(const QPalette& palette);
    static bool isDark();

    static QPalette lightPalette();
    static QPalette darkPalette();

    // A text colour for the tone that reads on the current palette's window.
    static QColor tone(Tone tone);
    // "color: …;" for a label's style sheet.
    static QString toneStyle(Tone tone);
    // "color: …; background: …; border: 1px solid …;" for a banner of that tone.
    static QString bannerStyle(Tone tone);
    // Gives the widget the tone's text colour (or banner look) plus `extra` style, and marks it
    // so a later change of palette re-applies the right variant. clearTone() undoes both.
    static void setTone(QWidget* widget, Tone tone, const QString& extra = {});
    static void setBanner(QWidget* widget, Tone tone, const QString& extra = {});
    static void clearTone(QWidget* widget);
    // Background, labels, grid and legend from the current palette, month names in the default
    // locale. Call after the chart's axes exist (again when they are replaced).
    static void styleChart(QChart* chart);

signals:
    void darkChanged(bool dark);

private slots:
    void portalSettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    void applyPalette(std::optional<bool> dark); // nullopt: the platform's own
    static void restyleAll();
    std::optional<bool> portalPrefersDark() const;
    // What "follow the system" applies: nullopt for the platform's palette, else dark or light.
    std::optional<bool> systemChoice(std::optional<bool> portalDark) const;

    ThemeChoice m_choice = ThemeChoice::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
    bool m_followingPortal = false;
};

} // namespace headroom::ui
