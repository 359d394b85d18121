#pragma once
// ReportStyle: the investor report's page geometry, type and colours, in one place so the PDF,
// its preview and the charts look alike. Coordinates are PDF points (1/72 inch) on an A4 page;
// fonts are sized in pixels, which on a page painted in points are points too, so measuring and
// painting agree on any device (the PDF writer, a preview image) whatever its resolution.

#include <QColor>
#include <QFont>
#include <QSizeF>

namespace headroom::ui::reportstyle {

inline constexpr QSizeF kPageSize{595.0, 842.0}; // A4 in points
inline constexpr double kMarginX = 48.0;
inline constexpr double kMarginTop = 54.0;
inline constexpr double kMarginBottom = 54.0;
inline constexpr double kContentWidth = kPageSize.width() - 2 * kMarginX;
inline constexpr double kContentTop = kMarginTop;
inline constexpr double kContentBottom = kPageSize.height() - kMarginBottom;

inline QColor ink() {
    return QColor(0x1d, 0x24, 0x33);
}
inline QColor muted() {
    return QColor(0x5f, 0x6b, 0x7a);
}
inline QColor rule() {
    return QColor(0xd5, 0xda, 0xe1);
}
inline QColor band() {
    return QColor(0x17, 0x33, 0x5c);
} // the cover and headings
inline QColor accent() {
    return QColor(0x21, 0x8f, 0x87);
}
inline QColor good() {
    return QColor(0x2e, 0x7d, 0x32);
}
inline QColor bad() {
    return QColor(0xc6, 0x28, 0x28);
}
inline QColor zebra() {
    return QColor(0xf4, 0xf6, 0xf9);
}
inline QColor demoInk() {
    return QColor(0x8a, 0x4b, 0x00);
}
inline QColor demoFill() {
    return QColor(0xff, 0xf1, 0xd6);
}

// Series colours, distinct in print and for colour-blind readers (Okabe–Ito).
inline QColor series(int index) {
    static const QColor colours[] = {QColor(0x17, 0x33, 0x5c), QColor(0xe6, 0x9f, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0x00, 0x72, 0xb2), QColor(0x99, 0x99, 0x99)};
    return colours[index % 8];
}

// DejaVu Sans is installed with the product (packaging/install-deps.sh), so the embedded font
// is the same on every machine that renders a report.
inline QFont font(int sizePt, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(sizePt);
    f.setBold(bold);
    // Unhinted outlines: advances are the design's, the same when measured and when painted.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: with them "figures" is stored as "ﬁgures", and a reader searching the PDF
    // (or pdftotext) does not find the word. Scripts that need shaping are still shaped.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace headroom::ui::reportstyle
