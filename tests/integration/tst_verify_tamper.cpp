// The "must show" end to end: the real `headroom` binary creates a database with the
// demo workspace, `headroom verify` passes on it; the real sqlite3 shell then drops the
// append-only trigger and edits one event's detail, and `headroom verify` exits 1 naming that
// event's id. Nothing here links the store: only the two programs touch the file.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 120'000) {
    QProcess process;
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

} // namespace

class TestVerifyTamper : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sqlite3;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(HEADROOM_EXE)), HEADROOM_EXE);
        m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (m_sqlite3.isEmpty()) {
            QSKIP("the sqlite3 shell is not installed (packaging/install-deps.sh --tests)");
        }
    }

    void editedEventFailsVerification() {
        const QString original = m_dir.filePath(QStringLiteral("headroom.db"));
        // Any command creates the database with the local and demo workspaces.
        const Run created = run(QStringLiteral(HEADROOM_EXE),
                                {QStringLiteral("workspaces"), QStringLiteral("--db"), original});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const Run ok = run(QStringLiteral(HEADROOM_EXE),
                           {QStringLiteral("verify"), QStringLiteral("--db"), original});
        QVERIFY2(ok.code == 0, qPrintable(ok.out + ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("demo: ok: ")), qPrintable(ok.out));

        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(QFile::copy(original, copy));
        const Run picked =
            run(m_sqlite3,
                {copy, QStringLiteral(
                           "SELECT e.id FROM events e JOIN workspaces w ON w.id = e.workspace_id "
                           "WHERE w.name = 'demo' ORDER BY e.id LIMIT 1 OFFSET 5;")});
        QVERIFY2(picked.code == 0, qPrintable(picked.err));
        const QString id = picked.out.trimmed();
        QVERIFY2(!id.isEmpty() && id.toLongLong() > 0, qPrintable(picked.out));
        const Run tampered = run(
            m_sqlite3, {copy, QStringLiteral("DROP TRIGGER events_append_only_update; "
                                             "UPDATE events SET detail_json = '{\"edited\":true}' "
                                             "WHERE id = %1;")
                                  .arg(id)});
        QVERIFY2(tampered.code == 0, qPrintable(tampered.err));

        const Run failed = run(QStringLiteral(HEADROOM_EXE),
                               {QStringLiteral("verify"), QStringLiteral("--db"), copy});
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.out.contains(QStringLiteral("demo: TAMPERED: event %1 (").arg(id)) &&
                     failed.out.contains(QStringLiteral("was altered")),
                 qPrintable(failed.out));
        // The original still verifies: the copy was the one edited.
        QCOMPARE(run(QStringLiteral(HEADROOM_EXE),
                     {QStringLiteral("verify"), QStringLiteral("--db"), original})
                     .code,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestVerifyTamper)
#include "tst_verify_tamper.moc"
