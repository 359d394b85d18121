// Table-driven tests of the exposition parser: every tests/fixtures/exposition/NAME.prom (text
// format 0.0.4) or NAME.om (OpenMetrics) is parsed and compared with NAME.expect, written by hand
// from the format specifications. Expectation lines (label values use \s for a space, \n for a
// newline and \\ for a backslash, so that they do not reuse the format's own escapes):
//   errors N | warnings N | families N          exact counts
//   family NAME TYPE NSAMPLES                   a family of the document
//   help NAME TEXT... | unit NAME UNIT|-        metadata
//   sample LINE NAME VALUE [ts=MS] [k=v ...]    the sample parsed from LINE, labels in order
//   exemplar LINE VALUE [ts=SECONDS] [k=v ...]  the exemplar of the sample on LINE
//   error|warning LINE:COL TEXT...              a problem there whose message contains TEXT
//   skipped LINE                                an error on LINE dropped the line
#include "sources/exposition/ExpositionDocument.h"
#include "support/CorePrinters.h"

#include <cmath>
#include <sstream>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace headroom::exposition;

namespace {

QString fixtureDir() {
    return qEnvironmentVariable("HEADROOM_SOURCE_DIR") + "/tests/fixtures/exposition";
}

std::string readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

std::string decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            const char next = text[++i];
            out.push_back(next == 's' ? ' ' : next == 'n' ? '\n' : next);
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

double number(const std::string& text) {
    if (text == "NaN")
        return std::nan("");
    if (text == "+Inf")
        return INFINITY;
    if (text == "-Inf")
        return -INFINITY;
    return std::stod(text);
}

bool sameNumber(double a, double b) {
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b || std::fabs(a - b) <= 1e-9 * std::fabs(b);
}

const Sample* sampleAt(const ExpositionDocument& document, int line) {
    for (const Family& family : document.families)
        for (const Sample& sample : family.samples)
            if (sample.line == line)
                return &sample;
    return nullptr;
}

// Splits "k=v" tokens into labels; returns false on the first token that is not ts=.
std::vector<Label> parseLabels(const std::vector<std::string>& tokens, std::size_t from,
                               std::optional<std::string>& timestamp) {
    std::vector<Label> labels;
    for (std::size_t i = from; i < tokens.size(); ++i) {
        const std::size_t eq = tokens[i].find('=');
        const std::string name = tokens[i].substr(0, eq);
        const std::string value = decode(tokens[i].substr(eq + 1));
        if (name == "ts" && labels.empty() && !timestamp)
            timestamp = value;
        else
            labels.push_back(Label{name, value});
    }
    return labels;
}

QString describe(const std::vector<Label>& labels) {
    QStringList parts;
    for (const Label& label : labels)
        parts << QString::fromStdString(label.name + "=" + label.value);
    return parts.join(',');
}

} // namespace

class TestExpositionFixtures : public QObject {
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
};

void TestExpositionFixtures::fixture_data() {
    QTest::addColumn<QString>("input");
    const QDir dir(fixtureDir());
    const QStringList inputs = dir.entryList({"*.prom", "*.om"}, QDir::Files, QDir::Name);
    QVERIFY2(inputs.size() >= 20, qPrintable("too few fixtures in " + fixtureDir()));
    for (const QString& input : inputs)
        QTest::newRow(qPrintable(input)) << dir.filePath(input);
}

void TestExpositionFixtures::fixture() {
    QFETCH(QString, input);
    const ExpositionFormat format =
        input.endsWith(".om") ? ExpositionFormat::OpenMetrics : ExpositionFormat::Text004;
    const std::string text = readAll(input);
    const QString expectPath = input.left(input.lastIndexOf('.')) + ".expect";
    const std::string expect = readAll(expectPath);
    QVERIFY2(!text.empty(), qPrintable(input));
    QVERIFY2(!expect.empty(), qPrintable(expectPath));

    const ExpositionDocument document = parseExpositionDocument(text, format);
    QString dump;
    for (const ParseProblem& p : document.problems)
        dump += QString("  %1 %2:%3 %4\n")
                    .arg(QString::fromStdString(std::string(keyOf(p.severity))))
                    .arg(p.line)
                    .arg(p.column)
                    .arg(QString::fromStdString(p.message));

    std::istringstream lines(expect);
    std::string raw;
    while (std::getline(lines, raw)) {
        if (raw.empty() || raw[0] == '#')
            continue;
        std::istringstream words(raw);
        std::vector<std::string> tokens;
        for (std::string word; words >> word;)
            tokens.push_back(word);
        const std::string& kind = tokens[0];
        const QString where = QString::fromStdString(raw) + "\nproblems:\n" + dump;
        if (kind == "errors") {
            QVERIFY2(document.count(Severity::Error) == std::stoul(tokens[1]), qPrintable(where));
        } else if (kind == "warnings") {
            QVERIFY2(document.count(Severity::Warning) == std::stoul(tokens[1]), qPrintable(where));
        } else if (kind == "families") {
            QCOMPARE(document.families.size(), std::stoul(tokens[1]));
        } else if (kind == "family") {
            const Family* family = document.find(tokens[1]);
            if (!family)
                QFAIL(qPrintable("no family: " + where));
            QCOMPARE(std::string(keyOf(family->type)), tokens[2]);
            QCOMPARE(family->samples.size(), std::stoul(tokens[3]));
        } else if (kind == "help") {
            const Family* family = document.find(tokens[1]);
            if (!family)
                QFAIL(qPrintable("no family: " + where));
            const std::size_t at = raw.find(tokens[1]) + tokens[1].size() + 1;
            QCOMPARE(family->help, decode(raw.substr(at)));
        } else if (kind == "unit") {
            const Family* family = document.find(tokens[1]);
            if (!family)
                QFAIL(qPrintable("no family: " + where));
            QCOMPARE(family->unit, tokens[2] == "-" ? std::string() : tokens[2]);
        } else if (kind == "sample") {
            const Sample* sample = sampleAt(document, std::stoi(tokens[1]));
            if (!sample)
                QFAIL(qPrintable("no sample: " + where));
            QCOMPARE(sample->name, tokens[2]);
            QVERIFY2(sameNumber(sample->value, number(tokens[3])), qPrintable(where));
            std::optional<std::string> ts;
            const std::vector<Label> labels = parseLabels(tokens, 4, ts);
            QCOMPARE(describe(sample->labels), describe(labels));
            QCOMPARE(sample->timestampMs,
                     ts ? std::optional<std::int64_t>(std::stoll(*ts)) : std::nullopt);
        } else if (kind == "exemplar") {
            const Sample* sample = sampleAt(document, std::stoi(tokens[1]));
            if (!sample || !sample->exemplar)
                QFAIL(qPrintable("no exemplar: " + where));
            QVERIFY2(sameNumber(sample->exemplar->value, number(tokens[2])), qPrintable(where));
            std::optional<std::string> ts;
            const std::vector<Label> labels = parseLabels(tokens, 3, ts);
            QCOMPARE(describe(sample->exemplar->labels), describe(labels));
            QCOMPARE(sample->exemplar->timestampSeconds.has_value(), ts.has_value());
            if (ts)
                QVERIFY2(sameNumber(*sample->exemplar->timestampSeconds, std::stod(*ts)),
                         qPrintable(where));
        } else if (kind == "error" || kind == "warning") {
            const Severity severity = kind == "error" ? Severity::Error : Severity::Warning;
            const std::size_t colon = tokens[1].find(':');
            const int line = std::stoi(tokens[1].substr(0, colon));
            const std::string col = tokens[1].substr(colon + 1);
            const std::size_t at = raw.find(tokens[1]) + tokens[1].size() + 1;
            const QString needle = QString::fromStdString(raw.substr(at));
            bool found = false;
            for (const ParseProblem& p : document.problems)
                found = found ||
                        (p.severity == severity && p.line == line &&
                         (col == "*" || p.column == std::stoi(col)) &&
                         QString::fromStdString(p.message).contains(needle, Qt::CaseInsensitive));
            QVERIFY2(found, qPrintable(where));
        } else if (kind == "skipped") {
            bool found = false;
            for (const ParseProblem& p : document.problems)
                found = found || (p.line == std::stoi(tokens[1]) && !p.skipped.empty());
            QVERIFY2(found, qPrintable(where));
        } else {
            QFAIL(qPrintable("unknown expectation: " + where));
        }
    }
}

QTEST_GUILESS_MAIN(TestExpositionFixtures)
#include "tst_exposition_fixtures.moc"
