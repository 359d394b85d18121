// `headroom report` as cron would run it: the real binary, no DISPLAY, no QT_QPA_PLATFORM. It
// writes the demo workspace's PDF, CSV tables and JSON; pdftotext reads the PDF back and finds
// the JSON's figures in it; bad requests exit non-zero with one clear line and write nothing.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run r;
    if (!process.waitForFinished(120'000)) {
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

} // namespace

class TestHeadroomReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run report(QStringList args) {
        args.prepend(QStringLiteral("report"));
        args << QStringLiteral("--db") << m_db;
        return run(QStringLiteral(HEADROOM_EXE), args);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils (packaging/install-deps.sh --tests) is needed");
        m_db = m_dir.filePath(QStringLiteral("headroom.db"));
        const Run created = run(QStringLiteral(HEADROOM_EXE),
                                {QStringLiteral("workspaces"), QStringLiteral("--db"), m_db});
        QVERIFY2(created.code == 0, qPrintable(created.err));
    }

    void demoReportWithoutADisplay() {
        const QString pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        const QString csv = m_dir.filePath(QStringLiteral("csv"));
        const QString json = m_dir.filePath(QStringLiteral("demo.json"));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString from = QDate::currentDate().addDays(-29).toString(Qt::ISODate);
        const Run r =
            report({QStringLiteral("--workspace"), QStringLiteral("demo"), QStringLiteral("--from"),
                    from, QStringLiteral("--to"), today, QStringLiteral("--company"),
                    QStringLiteral("Acme Analytics"), QStringLiteral("--out"), pdf,
                    QStringLiteral("--csv"), csv, QStringLiteral("--json"), json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Nothing but the command's own words: Qt's start-up warnings stay out of cron mail.
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(pdf));
        QCOMPARE(QDir(csv).entryList({QStringLiteral("*.csv")}, QDir::Files).size(), 13);

        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QVERIFY(doc.value(QStringLiteral("demo")).toBool());

        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60'000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(body.contains(QStringLiteral("Acme Analytics")));
        QVERIFY(body.contains(QStringLiteral("Demo data.")));
        QVERIFY(body.contains(QStringLiteral("Page 1 of")));
        // The JSON's figures, as the English report writes them, are in the PDF.
        for (const QJsonValue& v : doc.value(QStringLiteral("key_figures")).toArray()) {
            const QJsonObject f = v.toObject();
            const QString id = f.value(QStringLiteral("id")).toString();
            const QJsonValue value = f.value(QStringLiteral("value"));
            if (id == QStringLiteral("clients") && value.isDouble()) {
                QVERIFY2(body.contains(QStringLiteral("ACTIVE CLIENTS ")) &&
                             body.contains(QString::number(value.toDouble())),
                         qPrintable(body.left(400)));
            }
            if (id == QStringLiteral("total_spend") && value.isDouble()) {
                const QString dollars =
                    QLocale(QLocale::English)
                        .toString(value.toDouble(), 'f', value.toDouble() >= 1000 ? 0 : 2);
                QVERIFY2(body.contains(QLatin1Char('$') + dollars), qPrintable(dollars));
            }
        }
    }

    void badRequestsFailClearly_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
        QTest::newRow("unknown workspace")
            << QStringList{QStringLiteral("--workspace"), QStringLiteral("nowhere"),
                           QStringLiteral("--out"), out}
            << 2 << QStringLiteral("nowhere");
        QTest::newRow("reversed period")
            << QStringList{QStringLiteral("--workspace"), QStringLiteral("demo"),
                           QStringLiteral("--from"),      QStringLiteral("2026-05-10"),
                           QStringLiteral("--to"),        QStringLiteral("2026-05-01"),
                           QStringLiteral("--out"),       out}
            << 2 << QStringLiteral("--from");
        QTest::newRow("unwritable path")
            << QStringList{QStringLiteral("--workspace"), QStringLiteral("demo"),
                           QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/report.pdf")}
            << 4 << QStringLiteral("/nonexistent-dir");
    }

    void badRequestsFailClearly() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = report(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith(QStringLiteral("headroom report: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestHeadroomReport)
#include "tst_headroom_report.moc"
