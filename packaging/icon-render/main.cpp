// headroom-icon-render: a build tool that draws the application's SVG icon as the PNG sizes of the
// hicolor icon theme, so that launchers without an SVG loader still show it. Not installed.
//
// Usage: headroom-icon-render ICON.svg OUTPUT_DIR NAME SIZE...
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/NAME.png for each SIZE.

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

namespace {

constexpr int kMinSize = 8;
constexpr int kMaxSize = 1024;

int fail(const QString& message) {
    std::fprintf(stderr, "headroom-icon-render: %s\n", qPrintable(message));
    return EXIT_FAILURE;
}

} // namespace

int main(int argc, char** argv) {
    // Raster painting needs no platform plugin, so the tool runs in any build environment.
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 4) {
        return fail(QStringLiteral("usage: headroom-icon-render ICON.svg OUTPUT_DIR NAME SIZE..."));
    }
    const QString& svgPath = args.at(0);
    const QDir outputDir(args.at(1));
    const QString& name = args.at(2);

    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        return fail(QStringLiteral("%1 is not a valid SVG file").arg(svgPath));
    }
    for (const QString& sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < kMinSize || size > kMaxSize) {
            return fail(QStringLiteral("size '%1' is not a whole number from %2 to %3")
                            .arg(sizeText)
                            .arg(kMinSize)
                            .arg(kMaxSize));
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString subdir = QStringLiteral("%1x%1/apps").arg(size);
        if (!outputDir.mkpath(subdir)) {
            return fail(QStringLiteral("cannot create %1").arg(outputDir.filePath(subdir)));
        }
        const QString pngPath =
            outputDir.filePath(subdir + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!image.save(pngPath, "PNG")) {
            return fail(QStringLiteral("cannot write %1").arg(pngPath));
        }
    }
    return EXIT_SUCCESS;
}
