#include "ConsoleTheme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace headroom::ui {

namespace {

const char* const kToneProperty = "headroomTone";
const char* const kBannerProperty = "headroomBanner";
const char* const kExtraProperty = "headroomToneExtra";

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

// The portal's color-scheme: 0 no preference, 1 prefer dark, 2 prefer light.
std::optional<bool> darkFromScheme(uint scheme) {
    if (scheme == 1) {
        return true;
    }
    if (scheme == 2) {
        return false;
    }
    return std::nullopt;
}

struct Banner {
    const char* text;
    const char* background;
    const char* border;
};

Banner bannerColours(Tone tone, bool dark) {
    switch (tone) {
    case Tone::Error:
        return dark ? Banner{"#ffb4ab", "#4a1c1a", "#d3382f"}
                    : Banner{"#8c1d16", "#fde8e6", "#d3382f"};
    case Tone::Warning:
        return dark ? Banner{"#ffd599", "#45330f", "#e09b16"}
                    : Banner{"#7a3e00", "#fff1d6", "#e09b16"};
    case Tone::Success:
        return dark ? Banner{"#a5e3b0", "#1d3b24", "#4caf50"}
                    : Banner{"#1b5e20", "#e8f5e9", "#66bb6a"};
    case Tone::Info:
        return dark ? Banner{"#b3d4ff", "#15314f", "#4a86c5"}
                    : Banner{"#0b3d6e", "#e7f1fb", "#74a7d9"};
    case Tone::Muted:
        break;
    }
    return dark ? Banner{"#c5cad0", "#33363a", "#5c636a"} : Banner{"#495057", "#f1f3f5", "#adb5bd"};
}

void applyMarked(QWidget* widget) {
    const QVariant tone = widget->property(kToneProperty);
    const QVariant banner = widget->property(kBannerProperty);
    const QString extra = widget->property(kExtraProperty).toString();
    if (tone.isValid()) {
        widget->setStyleSheet(ConsoleTheme::toneStyle(Tone(tone.toInt())) + extra);
    } else if (banner.isValid()) {
        widget->setStyleSheet(ConsoleTheme::bannerStyle(Tone(banner.toInt())) + extra);
    }
}

} // namespace

ConsoleTheme::ConsoleTheme(QObject* parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(QApplication::style()->name()) {
    qRegisterMetaType<QDBusVariant>(); // SettingChanged carries one
}

void ConsoleTheme::apply(ThemeChoice choice) {
    m_choice = choice;
    switch (choice) {
    case ThemeChoice::Light:
        applyPalette(false);
        return;
    case ThemeChoice::Dark:
        applyPalette(true);
        return;
    case ThemeChoice::System:
        break;
    }
    if (!m_followingPortal && QDBusConnection::sessionBus().isConnected()) {
        m_followingPortal = QDBusConnection::sessionBus().connect(
            kPortalService, kPortalPath, kPortalSettings, QStringLiteral("SettingChanged"), this,
            SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    }
    applyPalette(systemChoice(portalPrefersDark()));
}

std::optional<bool> ConsoleTheme::systemChoice(std::optional<bool> portalDark) const {
    // The platform's own palette where it already agrees with the desktop's wish; ours only
    // where it does not (the portal asks for dark, or for light over a dark platform palette).
    if (portalDark && *portalDark != isDark(m_systemPalette)) {
        return *portalDark;
    }
    return std::nullopt;
}

std::optional<bool> ConsoleTheme::portalPrefersDark() const {
    if (!QDBusConnection::sessionBus().isConnected()) {
        return std::nullopt;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kPortalSettings,
                                                       QStringLiteral("Read"));
    call << kAppearance << kColorScheme;
    // A short wait: without a portal the bus answers at once, and the start must never hang.
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return std::nullopt;
    }
    // Read() returns a variant holding a variant holding the uint.
    QVariant value = reply.arguments().constFirst();
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>()) {
        value = value.value<QDBusVariant>().variant();
    }
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    return ok ? darkFromScheme(scheme) : std::nullopt;
}

void ConsoleTheme::portalSettingChanged(const QString& group, const QString& key,
                                        const QDBusVariant& value) {
    if (m_choice == ThemeChoice::System && group == kAppearance && key == kColorScheme) {
        applyPalette(systemChoice(darkFromScheme(value.variant().toUInt())));
    }
}

void ConsoleTheme::applyPalette(std::optional<bool> dark) {
    const bool wasDark = isDark();
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(*dark ? darkPalette() : lightPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
    }
    restyleAll();
    if (isDark() != wasDark) {
        emit darkChanged(isDark());
    }
}

void ConsoleTheme::restyleAll() {
    for (QWidget* widget : QApplication::allWidgets()) {
        applyMarked(widget);
        if (auto* view = qobject_cast<QChartView*>(widget)) {
            styleChart(view->chart());
        }
    }
}

bool ConsoleTheme::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

bool ConsoleTheme::isDark() {
    return isDark(QApplication::palette());
}

QPalette ConsoleTheme::lightPalette() {
    QPalette p(QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Button, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::ToolTipText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x77, 0x7f));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x6f, 0xc4));
    p.setColor(QPalette::LinkVisited, QColor(0x6b, 0x3f, 0xa0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa4, 0xa8));
    }
    return p;
}

QPalette ConsoleTheme::darkPalette() {
    QPalette p(QColor(0x35, 0x37, 0x3b), QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::Window, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe7, 0xe9));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe7, 0xe9));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe7, 0xe9));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe7, 0xe9));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Dark,
               QColor(0x9a, 0x9f, 0xa6)); // style sheets use palette(dark) as muted text
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x7f, 0x81, 0x86));
    }
    return p;
}

QColor ConsoleTheme::tone(Tone tone) {
    const bool dark = isDark();
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xc4, 0x6b) : QColor(0x8a, 0x53, 0x00);
    case Tone::Success:
        return dark ? QColor(0x7b, 0xd8, 0x8f) : QColor(0x2b, 0x8a, 0x3e);
    case Tone::Info:
        return dark ? QColor(0x74, 0xb3, 0xff) : QColor(0x18, 0x64, 0xab);
    case Tone::Muted:
        break;
    }
    return dark ? QColor(0xa0, 0xa6, 0xad) : QColor(0x5c, 0x63, 0x6a);
}

QString ConsoleTheme::toneStyle(Tone t) {
    return QStringLiteral("color: %1;").arg(tone(t).name());
}

QString ConsoleTheme::bannerStyle(Tone tone) {
    const Banner b = bannerColours(tone, isDark());
    return QStringLiteral("color: %1; background: %2; border: 1px solid %3;")
        .arg(QLatin1String(b.text), QLatin1String(b.background), QLatin1String(b.border));
}

void ConsoleTheme::setTone(QWidget* widget, Tone tone, const QString& extra) {
    widget->setProperty(kBannerProperty, QVariant());
    widget->setProperty(kToneProperty, static_cast<int>(tone));
    widget->setProperty(kExtraProperty, extra);
    applyMarked(widget);
}

void ConsoleTheme::setBanner(QWidget* widget, Tone tone, const QString& extra) {
    widget->setProperty(kToneProperty, QVariant());
    widget->setProperty(kBannerProperty, static_cast<int>(tone));
    widget->setProperty(kExtraProperty, extra);
    applyMarked(widget);
}

void ConsoleTheme::clearTone(QWidget* widget) {
    widget->setProperty(kToneProperty, QVariant());
    widget->setProperty(kBannerProperty, QVariant());
    widget->setProperty(kExtraProperty, QVariant());
    widget->setStyleSheet(QString());
}

void ConsoleTheme::styleChart(QChart* chart) {
    if (chart == nullptr) {
        return;
    }
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18);
    QColor line = text;
    line.setAlphaF(0.45);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->setLocale(QLocale()); // month names on date axes
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
    }
}

} // namespace headroom::ui
