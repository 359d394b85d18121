// The Debian package as CPack builds it from the build folder (cpack -G DEB, into a temporary
// folder): its control fields, the dependencies dpkg-shlibdeps computed plus the Qt plugins the
// linker cannot see, and its files (all under /usr, the binary stripped).
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAppId = QStringLiteral(HEADROOM_APP_ID);

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 120'000) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
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

// "libfoo (>= 1), libbar | libbaz" -> {"libfoo", "libbar", "libbaz"}
QStringList packageNames(const QString& relationField) {
    QStringList names;
    static const QRegularExpression separator(QStringLiteral("[,|]"));
    for (const QString& part : relationField.split(separator, Qt::SkipEmptyParts)) {
        names << part.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 0, 0);
    }
    return names;
}

} // namespace

class TestDebPackage : public QObject {
    Q_OBJECT

    QTemporaryDir m_out;
    QString m_dpkgDeb;
    QString m_deb;
    QStringList m_paths; // the package's files and folders, as "/usr/bin/headroom"

    QString field(const QString& name) {
        const Run r = run(m_dpkgDeb, {QStringLiteral("-f"), m_deb, name});
        return r.code == 0 ? r.out.trimmed() : QString();
    }

private slots:
    void initTestCase() {
        const QString cpack = QStringLiteral(HEADROOM_CPACK_COMMAND);
        if (!QFileInfo(cpack).isExecutable()) {
            QSKIP("cpack is not installed (Debian package cmake)");
        }
        m_dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
        if (m_dpkgDeb.isEmpty()) {
            QSKIP("dpkg-deb is not installed (Debian package dpkg)");
        }
        QVERIFY2(m_out.isValid(), qPrintable(m_out.errorString()));
        const QString buildDir = qEnvironmentVariable("HEADROOM_BINARY_DIR");
        QVERIFY2(!buildDir.isEmpty(), "HEADROOM_BINARY_DIR is not set (CTest sets it)");

        const Run pack = run(
            cpack,
            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
             buildDir + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), m_out.path()},
            540'000);
        QVERIFY2(pack.code == 0, qPrintable(pack.out + pack.err));

        const QStringList debs =
            QDir(m_out.path()).entryList({QStringLiteral("headroom_*.deb")}, QDir::Files);
        QVERIFY2(debs.size() == 1, qPrintable(pack.out + debs.join(QLatin1Char(' '))));
        m_deb = QDir(m_out.path()).filePath(debs.constFirst());

        const Run contents = run(m_dpkgDeb, {QStringLiteral("-c"), m_deb});
        QVERIFY2(contents.code == 0, qPrintable(contents.err));
        // "-rwxr-xr-x root/root 123 2026-12-01 01:00 ./usr/bin/headroom"
        for (const QString& line : contents.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QString path = line.section(QLatin1Char(' '), 5, -1, QString::SectionSkipEmpty);
            path = path.section(QStringLiteral(" -> "), 0, 0); // a symlink's target is not a path
            if (path.startsWith(QLatin1Char('.'))) {
                path.remove(0, 1);
            }
            if (path.size() > 1 && path.endsWith(QLatin1Char('/'))) {
                path.chop(1);
            }
            m_paths << path;
        }
        QVERIFY(!m_paths.isEmpty());
    }

    void controlFields() {
        QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("headroom"));
        QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(HEADROOM_EXPECTED_VERSION));
        const Run arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
        QCOMPARE(arch.code, 0);
        QCOMPARE(field(QStringLiteral("Architecture")), arch.out.trimmed());
        QVERIFY(!field(QStringLiteral("Maintainer")).isEmpty());
        QVERIFY(!field(QStringLiteral("Section")).isEmpty());
        QVERIFY(!field(QStringLiteral("Homepage")).isEmpty());
        QVERIFY(field(QStringLiteral("Description")).startsWith(QStringLiteral("Desktop console")));
        QVERIFY(field(QStringLiteral("Installed-Size")).toInt() > 0);
    }

    // dpkg-shlibdeps found what the binary links, and the dlopened plugins are declared.
    void dependsOn_data() {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("why");
        const auto row = [](const char* package, const char* why) {
            QTest::newRow(package) << QString::fromLatin1(package) << QString::fromLatin1(why);
        };
        row("libc6", "computed");
        row("libstdc++6", "computed");
        row("libqt6core6", "computed");
        row("libqt6gui6", "computed; ships the xcb and offscreen platform plugins");
        row("libqt6widgets6", "computed");
        row("libqt6charts6", "computed");
        row("libcurl4", "computed");
        row("libsqlite3-0", "computed");
        row("libqt6svg6", "declared: the SVG icon engine and image format plugins");
    }

    void dependsOn() {
        QFETCH(QString, package);
        QFETCH(QString, why);
        const QString depends = field(QStringLiteral("Depends"));
        QVERIFY2(
            packageNames(depends).contains(package),
            qPrintable(
                QStringLiteral("%1 (%2) missing from Depends: %3").arg(package, why, depends)));
    }

    void recommendsQtTranslations() {
        const QString recommends = field(QStringLiteral("Recommends"));
        QVERIFY2(packageNames(recommends).contains(QStringLiteral("qt6-translations-l10n")),
                 qPrintable(recommends));
    }

    void contains_data() {
        QTest::addColumn<QString>("path");
        QStringList paths{
            QStringLiteral("/usr/bin/headroom"),
            QStringLiteral("/usr/share/applications/%1.desktop").arg(kAppId),
            QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(kAppId),
            QStringLiteral("/usr/share/mime/packages/%1.xml").arg(kAppId),
            QStringLiteral("/usr/share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
            QStringLiteral("/usr/share/headroom/translations/headroom_de.qm"),
        };
        for (const int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
            paths << QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/%2.png")
                         .arg(size)
                         .arg(kAppId);
        }
        for (const QString& path : paths) {
            QTest::newRow(qPrintable(path)) << path;
        }
    }

    void contains() {
        QFETCH(QString, path);
        QVERIFY2(m_paths.contains(path), qPrintable(m_paths.join(QLatin1Char('\n'))));
    }

    void everythingIsUnderUsr() {
        QStringList outside;
        for (const QString& path : std::as_const(m_paths)) {
            if (path != QStringLiteral("/") && path != QStringLiteral("/usr") &&
                !path.startsWith(QStringLiteral("/usr/"))) {
                outside << path;
            }
        }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
    }

    void noBuildArtefacts() {
        for (const QString& path : std::as_const(m_paths)) {
            QVERIFY2(!path.endsWith(QStringLiteral(".a")) &&
                         !path.contains(QStringLiteral("/tst_")) &&
                         !path.contains(QStringLiteral("/include/")) &&
                         !path.contains(QStringLiteral("icon-render")),
                     qPrintable(path));
        }
    }

    void binaryIsStripped() {
        const QString fileTool = QStandardPaths::findExecutable(QStringLiteral("file"));
        if (fileTool.isEmpty()) {
            QSKIP("file is not installed (Debian package file)");
        }
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const Run extract = run(m_dpkgDeb, {QStringLiteral("-x"), m_deb, root.path()});
        QVERIFY2(extract.code == 0, qPrintable(extract.err));
        const Run kind = run(
            fileTool, {QStringLiteral("-b"), root.filePath(QStringLiteral("usr/bin/headroom"))});
        QCOMPARE(kind.code, 0);
        QVERIFY2(kind.out.contains(QStringLiteral("ELF")), qPrintable(kind.out));
        QVERIFY2(kind.out.contains(QStringLiteral(", stripped")), qPrintable(kind.out));
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_deb_package.moc"
