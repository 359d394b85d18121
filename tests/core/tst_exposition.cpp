// API tests of the exposition parser that fixtures cannot express: Content-Type detection, the
// streaming visitor's contract (one family() before its samples, views valid during the call),
// huge label values, recovery after each bad line, and inputs without any structure.
#include "sources/exposition/ExpositionDocument.h"
#include "support/CorePrinters.h"

#include <cmath>
#include <string>
#include <vector>

#include <QTest>

using namespace headroom::exposition;

namespace QTest {
template <>
inline char* toString(const ExpositionFormat& format) {
    return qstrdup(std::string(keyOf(format)).c_str());
}
} // namespace QTest

namespace {

// Records the callbacks in order, copying what the views show during the call.
class Recorder final : public ExpositionVisitor {
public:
    std::vector<std::string> events;
    std::vector<ParseProblem> problems;

    void family(const FamilyView& f) override {
        events.push_back("family " + std::string(f.name) + " " + std::string(keyOf(f.type)));
    }
    void sample(const FamilyView& f, const SampleView& s) override {
        std::string event = "sample " + std::string(f.name) + " " + std::string(s.name);
        for (const LabelView& label : s.labels)
            event += " " + std::string(label.name) + "=" + std::string(label.value);
        events.push_back(event);
    }
    void problem(const ParseProblem& p) override { problems.push_back(p); }
};

} // namespace

class TestExposition : public QObject {
    Q_OBJECT

private slots:
    void detectsFormat_data();
    void detectsFormat();
    void visitorSeesFamilyBeforeSamples();
    void escapedValuesStayValidForTheWholeLine();
    void hugeLabelValue_data();
    void hugeLabelValue();
    void everyBadLineIsReportedAndSkipped();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
    void openMetricsTimestampsBecomeMilliseconds();
    void emptyInput();
};

void TestExposition::detectsFormat_data() {
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<ExpositionFormat>("expected");
    QTest::newRow("openmetrics") << "application/openmetrics-text; version=1.0.0; charset=utf-8"
                                 << ExpositionFormat::OpenMetrics;
    QTest::newRow("openmetrics bare")
        << "application/openmetrics-text" << ExpositionFormat::OpenMetrics;
    QTest::newRow("openmetrics case")
        << " Application/OpenMetrics-Text ;version=0.0.1" << ExpositionFormat::OpenMetrics;
    QTest::newRow("text 0.0.4") << "text/plain; version=0.0.4; charset=utf-8"
                                << ExpositionFormat::Text004;
    QTest::newRow("empty") << "" << ExpositionFormat::Text004;
    QTest::newRow("json") << "application/json" << ExpositionFormat::Text004;
}

void TestExposition::detectsFormat() {
    QFETCH(QString, contentType);
    QFETCH(ExpositionFormat, expected);
    QCOMPARE(detectFormat(contentType.toStdString()), expected);
}

void TestExposition::visitorSeesFamilyBeforeSamples() {
    const std::string text = "# TYPE a histogram\n"
                             "a_bucket{le=\"1\"} 1\n"
                             "a_bucket{le=\"+Inf\"} 2\n"
                             "a_count 2\n"
                             "a_sum 3\n"
                             "# TYPE b gauge\n" // no samples: announced when the family ends
                             "c{x=\"y\"} 4\n";
    Recorder recorder;
    const ParseSummary summary = parseExposition(text, ExpositionFormat::Text004, recorder);
    const std::vector<std::string> expected = {
        "family a histogram", "sample a a_bucket le=1", "sample a a_bucket le=+Inf",
        "sample a a_count",   "sample a a_sum",         "family b gauge",
        "family c untyped",   "sample c c x=y",
    };
    QCOMPARE(recorder.events.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(recorder.events[i], expected[i]);
    QCOMPARE(summary.families, std::size_t{3});
    QCOMPARE(summary.samples, std::size_t{5});
    QCOMPARE(summary.errors, std::size_t{0});
    QCOMPARE(summary.lines, std::size_t{7});
}

void TestExposition::escapedValuesStayValidForTheWholeLine() {
    // Several escaped values on one line share the parser's buffer: none may overwrite another.
    const std::string text = "m{a=\"x\\\\y\",b=\"plain\",c=\"q\\\"r\",d=\"l1\\nl2\"} 1\n";
    const ExpositionDocument document = parseExpositionDocument(text, ExpositionFormat::Text004);
    QCOMPARE(document.count(Severity::Error), std::size_t{0});
    QCOMPARE(document.families.size(), std::size_t{1});
    const Sample& sample = document.families[0].samples.at(0);
    QCOMPARE(*sample.label("a"), std::string("x\\y"));
    QCOMPARE(*sample.label("b"), std::string("plain"));
    QCOMPARE(*sample.label("c"), std::string("q\"r"));
    QCOMPARE(*sample.label("d"), std::string("l1\nl2"));
}

void TestExposition::hugeLabelValue_data() {
    QTest::addColumn<bool>("escaped");
    QTest::addColumn<bool>("openMetrics");
    QTest::newRow("plain text") << false << false;
    QTest::newRow("escaped text") << true << false;
    QTest::newRow("plain openmetrics") << false << true;
}

void TestExposition::hugeLabelValue() {
    QFETCH(bool, escaped);
    QFETCH(bool, openMetrics);
    constexpr std::size_t kSize = 1 << 20; // 1 MiB
    std::string value(kSize, 'v');
    std::string expected = value;
    if (escaped) {
        value.append("\\\"end");
        expected.append("\"end");
    }
    std::string text = "# TYPE big gauge\n# HELP big Big.\nbig{huge=\"" + value + "\"} 1\n";
    text += "small 2\n";
    if (openMetrics)
        text += "# EOF\n";
    const ExpositionDocument document = parseExpositionDocument(
        text, openMetrics ? ExpositionFormat::OpenMetrics : ExpositionFormat::Text004);
    QCOMPARE(document.count(Severity::Error), std::size_t{0});
    const Family* big = document.find("big");
    QVERIFY(big);
    QCOMPARE(big->samples.size(), std::size_t{1});
    QCOMPARE(big->samples[0].label("huge")->size(), expected.size());
    QVERIFY(*big->samples[0].label("huge") == expected);
    QVERIFY(document.find("small"));
}

void TestExposition::everyBadLineIsReportedAndSkipped() {
    // 1 000 families, every third sample line broken in a different way: the good ones survive.
    const char* const broken[] = {"{a=\"1\" 1", "{a=\"\\x\"} 1", " NaNx", "{a=\"1\",a=\"2\"} 1"};
    std::string text;
    int expectedGood = 0;
    int expectedBad = 0;
    for (int i = 0; i < 1000; ++i) {
        const std::string name = "m" + std::to_string(i);
        text += "# HELP " + name + " H.\n# TYPE " + name + " gauge\n";
        if (i % 3 == 0) {
            text += name + broken[i % 4] + "\n";
            ++expectedBad;
        } else {
            text += name + "{a=\"1\"} " + std::to_string(i) + "\n";
            ++expectedGood;
        }
    }
    const ExpositionDocument document = parseExpositionDocument(text, ExpositionFormat::Text004);
    QCOMPARE(document.families.size(), std::size_t{1000}); // metadata alone keeps the family
    QCOMPARE(document.summary.samples, static_cast<std::size_t>(expectedGood));
    QCOMPARE(document.count(Severity::Error), static_cast<std::size_t>(expectedBad));
    for (const ParseProblem& problem : document.problems) {
        QCOMPARE(problem.severity, Severity::Error);
        QVERIFY(!problem.skipped.empty());
        QVERIFY(problem.family.starts_with("m"));
        QCOMPARE((problem.line - 3) % 9, 0); // the sample line of every third family
    }
}

void TestExposition::garbageNeverCrashes_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nul bytes") << QByteArray("a\0b 1\n\0\0", 8);
    QTest::newRow("only braces") << QByteArray("{{{{}}}}\n}");
    QTest::newRow("lone hash") << QByteArray("#");
    QTest::newRow("hash space") << QByteArray("# ");
    QTest::newRow("backslash at end") << QByteArray("a{b=\"\\");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x80\n\x01\x02 3");
    QTest::newRow("exemplar cut") << QByteArray("a_total 1 # {");
    QTest::newRow("crlf") << QByteArray("a 1\r\nb 2\r\n");
}

void TestExposition::garbageNeverCrashes() {
    QFETCH(QByteArray, input);
    const std::string_view text(input.constData(), static_cast<std::size_t>(input.size()));
    for (ExpositionFormat format : {ExpositionFormat::Text004, ExpositionFormat::OpenMetrics}) {
        const ExpositionDocument document = parseExpositionDocument(text, format);
        // "#" is a comment in 0.0.4; OpenMetrics rejects every one of these inputs.
        if (format == ExpositionFormat::OpenMetrics)
            QVERIFY(!document.problems.empty());
        for (const ParseProblem& problem : document.problems) {
            QVERIFY(problem.line >= 1);
            QVERIFY(problem.column >= 1);
            QVERIFY(!problem.message.empty());
        }
    }
}

void TestExposition::openMetricsTimestampsBecomeMilliseconds() {
    const std::string om = "# TYPE a gauge\n# HELP a A.\na 1 1700000000.25\na 2 -1.5\n# EOF\n";
    const ExpositionDocument document = parseExpositionDocument(om, ExpositionFormat::OpenMetrics);
    QCOMPARE(document.count(Severity::Error), std::size_t{0});
    QCOMPARE(document.families.at(0).samples.at(0).timestampMs,
             std::optional<std::int64_t>(1700000000250));
    QCOMPARE(document.families.at(0).samples.at(1).timestampMs, std::optional<std::int64_t>(-1500));
    // The same float timestamp is an error in 0.0.4, where timestamps are integer milliseconds.
    const ExpositionDocument text =
        parseExpositionDocument("a 1 1700000000.25\n", ExpositionFormat::Text004);
    QCOMPARE(text.count(Severity::Error), std::size_t{1});
}

void TestExposition::emptyInput() {
    QCOMPARE(parseExpositionDocument("", ExpositionFormat::Text004).problems.size(),
             std::size_t{0});
    const ExpositionDocument om = parseExpositionDocument("", ExpositionFormat::OpenMetrics);
    QCOMPARE(om.count(Severity::Error), std::size_t{1}); // missing # EOF
    QCOMPARE(parseExpositionDocument("# EOF", ExpositionFormat::OpenMetrics).problems.size(),
             std::size_t{0});
}

QTEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
