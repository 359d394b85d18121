// Cross-check with the reference: every 0.0.4 fixture is also given to Prometheus's own
// `promtool check metrics` (Debian package prometheus). promtool stops at the first parse error,
// so the parser must report its first error on the same line, and no error where promtool has
// none; every lint promtool prints ("x no help text", "counter metrics should have ...") must be
// one of the parser's warnings, word for word. The parser may say more (it keeps going after an
// error and checks histogram buckets, which promtool 2.42 does not).
#include "sources/exposition/ExpositionDocument.h"
#include "support/CorePrinters.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace headroom::exposition;

namespace {
constexpr const char* kPromtool = "/usr/bin/promtool";
}

class TestExpositionPromtool : public QObject {
    Q_OBJECT

private slots:
    void agreesWithPromtool_data();
    void agreesWithPromtool();
};

void TestExpositionPromtool::agreesWithPromtool_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(qEnvironmentVariable("HEADROOM_SOURCE_DIR") + "/tests/fixtures/exposition");
    const QStringList inputs = dir.entryList({"*.prom"}, QDir::Files, QDir::Name);
    QVERIFY(!inputs.isEmpty());
    for (const QString& input : inputs)
        QTest::newRow(qPrintable(input)) << dir.filePath(input);
}

void TestExpositionPromtool::agreesWithPromtool() {
    QFETCH(QString, path);
    if (!QFile::exists(kPromtool))
        QSKIP("promtool is not installed (apt-get install prometheus)");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(kPromtool, {"check", "metrics"});
    QVERIFY(promtool.waitForStarted(5000));
    promtool.write(bytes);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(20000));
    const QStringList lines = QString::fromUtf8(promtool.readAll()).split('\n', Qt::SkipEmptyParts);

    const ExpositionDocument document = parseExpositionDocument(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        ExpositionFormat::Text004);
    int firstError = 0;
    for (const ParseProblem& problem : document.problems)
        if (problem.severity == Severity::Error && (firstError == 0 || problem.line < firstError))
            firstError = problem.line;

    static const QRegularExpression parseError("parsing error in line (\\d+)");
    int promtoolError = 0;
    QStringList lints;
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = parseError.match(line);
        if (match.hasMatch())
            promtoolError = match.captured(1).toInt();
        else if (!line.startsWith("error"))
            lints << line.trimmed();
    }
    QCOMPARE(firstError, promtoolError);
    for (const QString& lint : lints) {
        const bool found = std::any_of(
            document.problems.begin(), document.problems.end(), [&](const ParseProblem& p) {
                return p.severity == Severity::Warning && QString::fromStdString(p.message) == lint;
            });
        QVERIFY2(found, qPrintable("promtool's lint not reported: " + lint));
    }
}

QTEST_GUILESS_MAIN(TestExpositionPromtool)
#include "tst_exposition_promtool.moc"
