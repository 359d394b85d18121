// `cmake --install` as a user or a distribution runs it, into a temporary prefix (no root): the
// binary, the desktop entry, the AppStream metainfo, the hicolor icons (SVG and PNG renderings of
// the right pixel size) and the German .qm land where desktops and Qt look for them, and nothing
// else does. desktop-file-validate and appstreamcli accept what was installed, and the installed
// binary reports the project's version.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral(HEADROOM_APP_ID);
const QString kBinDir = QStringLiteral(HEADROOM_INSTALL_BINDIR);
const QString kDataDir = QStringLiteral(HEADROOM_INSTALL_DATADIR);
constexpr int kIconSizes[] = {16, 24, 32, 48, 64, 128, 256, 512};

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 120'000) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("timed out or failed to start: ") + process.errorString();
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString pngIconPath(int size) {
    return QStringLiteral("%1/icons/hicolor/%2x%2/apps/%3.png").arg(kDataDir).arg(size).arg(kAppId);
}

// Every file the install must place, relative to the prefix.
QStringList expectedFiles() {
    QStringList files{
        kBinDir + QStringLiteral("/headroom"),
        QStringLiteral("%1/applications/%2.desktop").arg(kDataDir, kAppId),
        QStringLiteral("%1/metainfo/%2.metainfo.xml").arg(kDataDir, kAppId),
        QStringLiteral("%1/mime/packages/%2.xml").arg(kDataDir, kAppId),
        QStringLiteral("%1/icons/hicolor/scalable/apps/%2.svg").arg(kDataDir, kAppId),
        kDataDir + QStringLiteral("/headroom/translations/headroom_de.qm"),
    };
    for (const int size : kIconSizes) {
        files << pngIconPath(size);
    }
    return files;
}

// The [Desktop Entry] group's keys (QSettings would read its lists and '%' as its own syntax).
QHash<QString, QString> readDesktopEntry(const QString& path) {
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return entry;
    }
    bool inGroup = false;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QStringLiteral("[Desktop Entry]");
        } else if (inGroup && !line.startsWith(QLatin1Char('#')) &&
                   line.contains(QLatin1Char('='))) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            entry.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
        }
    }
    return entry;
}

} // namespace

class TestInstallTree : public QObject {
    Q_OBJECT

    QTemporaryDir m_prefix;

    QString installed(const QString& relative) const { return m_prefix.filePath(relative); }
    QString desktopFile() const {
        return installed(QStringLiteral("%1/applications/%2.desktop").arg(kDataDir, kAppId));
    }
    QString metainfoFile() const {
        return installed(QStringLiteral("%1/metainfo/%2.metainfo.xml").arg(kDataDir, kAppId));
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_prefix.isValid(), qPrintable(m_prefix.errorString()));
        const QString buildDir = qEnvironmentVariable("HEADROOM_BINARY_DIR");
        QVERIFY2(!buildDir.isEmpty(), "HEADROOM_BINARY_DIR is not set (CTest sets it)");
        const Run install = run(
            QStringLiteral(HEADROOM_CMAKE_COMMAND),
            {QStringLiteral("--install"), buildDir, QStringLiteral("--prefix"), m_prefix.path()});
        QVERIFY2(install.code == 0, qPrintable(install.out + install.err));
    }

    void installsFile_data() {
        QTest::addColumn<QString>("relative");
        for (const QString& file : expectedFiles()) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }

    void installsFile() {
        QFETCH(QString, relative);
        const QFileInfo info(installed(relative));
        QVERIFY2(info.isFile(), qPrintable(info.filePath() + QStringLiteral(" is missing")));
        QVERIFY2(info.size() > 0, qPrintable(info.filePath() + QStringLiteral(" is empty")));
    }

    // Only the application's files: no test program, static library, header or build tool.
    void installsNothingElse() {
        QSet<QString> expected;
        for (const QString& file : expectedFiles()) {
            expected.insert(file);
        }
        QStringList unexpected;
        QDirIterator it(m_prefix.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = QDir(m_prefix.path()).relativeFilePath(it.next());
            if (!expected.contains(relative)) {
                unexpected << relative;
            }
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    }

    void binaryIsExecutable() {
        const QFileInfo binary(installed(kBinDir + QStringLiteral("/headroom")));
        QVERIFY(binary.isFile());
        QVERIFY(binary.isExecutable());
    }

    void installedBinaryPrintsTheProjectVersion() {
        const Run version =
            run(installed(kBinDir + QStringLiteral("/headroom")), {QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("headroom " HEADROOM_EXPECTED_VERSION));
    }

    void pngIconHasItsSize_data() {
        QTest::addColumn<int>("size");
        for (const int size : kIconSizes) {
            QTest::newRow(qPrintable(QStringLiteral("%1x%1").arg(size))) << size;
        }
    }

    void pngIconHasItsSize() {
        QFETCH(int, size);
        const QImage image(installed(pngIconPath(size)), "PNG");
        QVERIFY2(!image.isNull(), "the PNG does not load");
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        // Drawn, not blank: the rounded square's corner is transparent, its centre opaque.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }

    void svgIconIsTheSourceIcon() {
        QFile installedSvg(installed(
            QStringLiteral("%1/icons/hicolor/scalable/apps/%2.svg").arg(kDataDir, kAppId)));
        QFile sourceSvg(qEnvironmentVariable("HEADROOM_SOURCE_DIR") +
                        QStringLiteral("/resources/icons/headroom.svg"));
        QVERIFY(installedSvg.open(QIODevice::ReadOnly));
        QVERIFY(sourceSvg.open(QIODevice::ReadOnly));
        QCOMPARE(installedSvg.readAll(), sourceSvg.readAll());
    }

    // The installed catalog is the one the console embeds and loads as :/i18n/headroom_de.qm.
    void translationIsTheEmbeddedOne() {
        const QString qmPath =
            installed(kDataDir + QStringLiteral("/headroom/translations/headroom_de.qm"));
        QTranslator translator;
        QVERIFY2(translator.load(qmPath), qPrintable(qmPath));
        QCOMPARE(translator.language(), QStringLiteral("de_DE"));

        QFile installedQm(qmPath);
        QFile embeddedQm(QStringLiteral(":/i18n/headroom_de.qm"));
        QVERIFY(installedQm.open(QIODevice::ReadOnly));
        QVERIFY2(embeddedQm.open(QIODevice::ReadOnly),
                 "headroom_ui embeds no :/i18n/headroom_de.qm");
        QCOMPARE(installedQm.readAll(), embeddedQm.readAll());
    }

    void desktopEntryStartsTheInstalledBinary() {
        const QHash<QString, QString> entry = readDesktopEntry(desktopFile());
        QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
        const QStringList exec = QProcess::splitCommand(entry.value(QStringLiteral("Exec")));
        QVERIFY(!exec.isEmpty());
        // A bare name, resolved through PATH: the package puts the binary in /usr/bin.
        QCOMPARE(exec.constFirst(), QStringLiteral("headroom"));
        QVERIFY(
            QFileInfo(installed(kBinDir + QLatin1Char('/') + exec.constFirst())).isExecutable());
        QCOMPARE(entry.value(QStringLiteral("TryExec")), exec.constFirst());
    }

    // A double-click on a saved bundle opens it: the entry takes a file and claims the MIME
    // type the installed shared-mime-info file gives *.hrbundle.
    void bundlesOpenInHeadroom() {
        const QHash<QString, QString> entry = readDesktopEntry(desktopFile());
        QVERIFY(entry.value(QStringLiteral("Exec")).endsWith(QLatin1String(" %f")));
        QCOMPARE(entry.value(QStringLiteral("MimeType")),
                 QStringLiteral("application/x-headroom-bundle;"));
        QFile mime(installed(QStringLiteral("%1/mime/packages/%2.xml").arg(kDataDir, kAppId)));
        QVERIFY(mime.open(QIODevice::ReadOnly));
        const QByteArray xml = mime.readAll();
        QVERIFY(xml.contains("type=\"application/x-headroom-bundle\""));
        QVERIFY(xml.contains("pattern=\"*.hrbundle\""));
    }

    void desktopEntryIsTranslated() {
        const QHash<QString, QString> entry = readDesktopEntry(desktopFile());
        for (const char* key : {"Name[de]", "GenericName[de]", "Comment[de]", "Keywords[de]"}) {
            QVERIFY2(!entry.value(QLatin1String(key)).isEmpty(), key);
        }
        QVERIFY(entry.value(QStringLiteral("Comment[de]")) !=
                entry.value(QStringLiteral("Comment")));
    }

    void desktopEntryIsValid() {
        const QString validator =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty()) {
            QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
        }
        const Run check = run(validator, {desktopFile()});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        // Hints are fine; errors and warnings are not.
        QVERIFY2(!check.out.contains(QStringLiteral("error:")) &&
                     !check.out.contains(QStringLiteral("warning:")),
                 qPrintable(check.out));
    }

    void metainfoCarriesIdAndVersion() {
        QFile file(metainfoFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id;
        QString launchable;
        QStringList releases;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (xml.name() == QLatin1String("id")) {
                id = xml.readElementText();
            } else if (xml.name() == QLatin1String("launchable")) {
                launchable = xml.readElementText();
            } else if (xml.name() == QLatin1String("release")) {
                releases << xml.attributes().value(QLatin1String("version")).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, kAppId);
        QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
        QVERIFY(!releases.isEmpty());
        QCOMPARE(releases.constFirst(), QStringLiteral(HEADROOM_EXPECTED_VERSION));
    }

    void metainfoIsValid() {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (validator.isEmpty()) {
            QSKIP("appstreamcli is not installed (Debian package appstream)");
        }
        // --strict: warnings and infos fail too, only pedantic hints (the id's capitals) pass.
        const Run check = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                          QStringLiteral("--strict"), metainfoFile()});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    }
};

QTEST_GUILESS_MAIN(TestInstallTree)
#include "tst_install_tree.moc"
