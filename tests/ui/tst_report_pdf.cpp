// The investor report's PDF, read back as a reader would: poppler's pdftotext for the text,
// pdfinfo for the pages and metadata, pdffonts for embedded fonts.

#include "catalog/CatalogLoader.h"
#include "core/support/TempDatabases.h"
#include "demo/DemoGenerator.h"
#include "report/ReportBuilder.h"
#include "report/ReportCsv.h"
#include "report/ReportDocument.h"
#include "report/ReportJson.h"
#include "report/ReportPdf.h"
#include "report/ReportWording.h"

#include <array>

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::ui;
using namespace std::chrono_literals;

namespace {

const Timestamp kNow = std::chrono::sys_days{std::chrono::year{2026} / 6 / 1} + 9h;
const QLocale kLocale(QLocale::English, QLocale::UnitedKingdom);

QString run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext's text with every run of white space made one space, so a phrase wrapped over two
// lines still matches.
QString pdfText(const QString& pdf, int page = 0) {
    QStringList args;
    if (page > 0) {
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    }
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args).simplified();
}

int pdfPages(const QString& pdf) {
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString writePdf(const ReportDocument& document, const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    const auto problem = writeReportPdfFile(document, path);
    if (problem) {
        qWarning("%s", qPrintable(*problem));
        return {};
    }
    return path;
}

// A KeyFigure as the JSON document states it, to word it independently of ReportData.
KeyFigure figureFromJson(const nlohmann::json& j) {
    KeyFigure f;
    f.id = j.at("id").get<std::string>();
    f.unit = j.at("unit").get<std::string>();
    if (f.unit == kUnitText) {
        if (j.at("value").is_string()) {
            f.text = j.at("value").get<std::string>();
        }
    } else if (j.at("value").is_number()) {
        f.value = j.at("value").get<double>();
    }
    return f;
}

} // namespace

class TestReportPdf : public QObject {
    Q_OBJECT

private:
    Catalog m_catalog;
    test::TempDatabases m_dbs{QStringLiteral("report")};
    std::unique_ptr<Store> m_store;
    Workspace m_demo;
    QTemporaryDir m_out;

    ReportData build(Timestamp from, Timestamp to) {
        auto data = buildReport(*m_store, m_demo, m_catalog,
                                ReportRequest{m_demo.name, from, to, {}}, kNow);
        if (!data) {
            qWarning("%s", data.error().message.c_str());
            return {};
        }
        return std::move(*data);
    }

private slots:
    void initTestCase() {
        // HEADROOM_KEEP_REPORTS=1 keeps the PDFs for a look (pdftoppm).
        m_out.setAutoRemove(!qEnvironmentVariableIsSet("HEADROOM_KEEP_REPORTS"));
        qInfo("reports in %s", qPrintable(m_out.path()));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils (packaging/install-deps.sh --tests) is needed");
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        m_catalog = std::move(*catalog);
        m_store = m_dbs.open(m_dbs.freshPath());
        QVERIFY(m_store != nullptr);
        auto populated = populateDemoWorkspace(*m_store, m_catalog, kNow);
        QVERIFY2(populated.has_value(), populated ? "" : populated.error().message.c_str());
        auto ws = m_store->workspace(kDemoWorkspaceName);
        QVERIFY(ws.has_value());
        m_demo = *ws;
    }

    // The must-show's substance: the demo's report is a real PDF whose text holds the figures,
    // and those are the very numbers of the JSON and CSV files.
    void demoReportHoldsTheFigures() {
        const ReportData data = build(kNow - std::chrono::days{90}, kNow);
        QVERIFY(data.demo);
        ReportPdfOptions options;
        options.companyName = QStringLiteral("Acme Analytics");
        options.locale = kLocale;
        const ReportDocument document(data, options);
        QVERIFY(document.pageCount() >= 4);
        const QString pdf = writePdf(document, m_out, QStringLiteral("demo.pdf"));
        QVERIFY(!pdf.isEmpty());

        QCOMPARE(pdfPages(pdf), document.pageCount());
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("Acme Analytics — Scaling report")),
                 qPrintable(info));
        // Every font is embedded (pdffonts' "emb" column).
        const QStringList fonts =
            run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            const QStringList columns = line.split(QRegularExpression(QStringLiteral("\\s+")));
            QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QStringLiteral("yes"),
                     qPrintable(line));
        }

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Acme Analytics")));
        QVERIFY(text.contains(QStringLiteral("Demo data.")));
        QVERIFY(text.contains(QStringLiteral("DEMO DATA")));
        for (ReportSection s : allReportSections()) {
            QVERIFY2(text.contains(ReportWording::sectionTitle(s)),
                     qPrintable(ReportWording::sectionTitle(s)));
        }
        for (int page = 1; page <= document.pageCount(); ++page) {
            QVERIFY2(pdfText(pdf, page).contains(
                         QStringLiteral("Page %1 of %2").arg(page).arg(document.pageCount())),
                     qPrintable(QString::number(page)));
        }

        // The key figures as the JSON states them, worded, are in the PDF; the CSV holds the
        // same values.
        const auto json = nlohmann::json::parse(reportToJsonText(data));
        const ReportWording wording(data.labels, kLocale);
        const auto csv = reportToCsv(data);
        const std::string& figuresCsv = csv.at("key_figures.csv");
        int checked = 0;
        for (const auto& j : json.at("key_figures")) {
            const KeyFigure f = figureFromJson(j);
            if (!f.value && !f.text) {
                continue;
            }
            const QString shown = wording.figureValue(f);
            QVERIFY2(text.contains(shown), qPrintable(QString::fromStdString(f.id) + ": " + shown));
            if (f.value) {
                QVERIFY2(figuresCsv.find(f.id + "," + f.unit + "," + csvNumber(*f.value)) !=
                             std::string::npos,
                         f.id.c_str());
            }
            ++checked;
        }
        QVERIFY(checked >= 7);
        for (const auto& p : json.at("spend").at("providers")) {
            const auto usd = MicroUsd::fromDollars(p.at("usd").get<double>());
            QVERIFY2(text.contains(wording.money(usd)), qPrintable(wording.money(usd)));
        }
        const auto& decisions = json.at("decisions");
        QVERIFY(decisions.at("decided").get<int>() >= 1);
        QVERIFY(
            text.contains(QStringLiteral("Decided %1").arg(decisions.at("decided").get<int>())));
        for (const auto& row : decisions.at("rows")) {
            QVERIFY(text.contains(
                wording.recommendationTitle(row.at("recommendation").get<std::string>())));
        }
    }

    // An empty period (before the demo began) says so section by section.
    void emptyPeriodIsWorded() {
        const Timestamp from = kNow - std::chrono::days{400};
        const ReportData data = build(from, from + std::chrono::days{30});
        ReportPdfOptions options;
        options.locale = kLocale;
        const ReportDocument document(data, options);
        const QString pdf = writePdf(document, m_out, QStringLiteral("empty.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        for (const char* phrase :
             {"No decisions in this period.", "No tier or mode changes in this period.",
              "No health scores in this period: no data was stored in this period.",
              "No data was stored in this period.", "No strain test was run in this period"}) {
            QVERIFY2(text.contains(QLatin1String(phrase)), phrase);
        }
        QVERIFY(text.contains(ReportWording::reason(kReasonNoSnapshots)));
    }

    // A period with a stretch without data names the stretch in the data-quality section.
    void gapIsNamed() {
        test::TempDatabases dbs(QStringLiteral("gap"));
        auto store = dbs.open(dbs.freshPath());
        QVERIFY(store != nullptr);
        Workspace w;
        w.name = "gappy";
        w.title = "Gappy";
        w.currentModeId = "starter";
        w.createdAt = kNow - std::chrono::days{10};
        auto created = store->createWorkspace(w);
        QVERIFY(created.has_value());
        const Timestamp day = std::chrono::floor<std::chrono::days>(kNow) - std::chrono::days{2};
        for (int hour = 0; hour < 24; ++hour) {
            if (hour >= 6 && hour < 16) {
                continue; // ten hours without data
            }
            const Timestamp at = day + std::chrono::hours{hour};
            Snapshot s(at);
            (void)s.set(MetricId::ActiveClients, {12, at, "test"});
            Evaluation ev;
            ev.evaluatedAt = at;
            ev.quality.confidence = 1.0;
            ev.health.overall = 80.0;
            QVERIFY(store->ingest(created->id, s, ev).has_value());
        }
        auto data = buildReport(*store, *created, m_catalog,
                                ReportRequest{"gappy", day, day + std::chrono::days{1}, {}}, kNow);
        QVERIFY2(data.has_value(), data ? "" : data.error().message.c_str());
        QVERIFY(!data->quality.gaps.empty());
        ReportPdfOptions options;
        options.locale = kLocale;
        const ReportDocument document(*data, options);
        const QString pdf = writePdf(document, m_out, QStringLiteral("gap.pdf"));
        const QString text = pdfText(pdf);
        const ReportWording wording(data->labels, kLocale);
        QVERIFY(text.contains(QStringLiteral("Stretches without stored data")));
        const DataGap& gap = data->quality.gaps.front();
        QVERIFY2(text.contains(wording.dateTime(gap.from)), qPrintable(wording.dateTime(gap.from)));
        QVERIFY(text.contains(wording.dateTime(gap.to)));
        QVERIFY(text.contains(wording.duration(gap.length)));
        QVERIFY(text.contains(QStringLiteral("stretch without any stored data")) ||
                text.contains(QStringLiteral("stretches without any stored data")));
    }

    // The layout holds from one day to two years: every page numbered, the company on every
    // running header, no page without content.
    void layoutHoldsFromADayToTwoYears_data() {
        QTest::addColumn<int>("days");
        QTest::newRow("1 day") << 1;
        QTest::newRow("90 days") << 90;
        QTest::newRow("2 years") << 730;
    }

    void layoutHoldsFromADayToTwoYears() {
        QFETCH(int, days);
        const ReportData data = build(kNow - std::chrono::days{days}, kNow);
        ReportPdfOptions options;
        options.locale = kLocale;
        const ReportDocument document(data, options);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        int painted = 0;
        QVERIFY(!writeReportPdf(document, buffer, [&painted](int page, int) {
            painted = page;
            return true;
        }));
        QCOMPARE(painted, document.pageCount());
        QVERIFY(buffer.data().startsWith("%PDF-"));
        QVERIFY(document.pageCount() >= 3 && document.pageCount() <= 20);
    }

    void cancelWritesNothing() {
        const ReportData data = build(kNow - std::chrono::days{30}, kNow);
        const ReportDocument document(data, {});
        const QString path = m_out.filePath(QStringLiteral("kept.pdf"));
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("an older report");
        }
        const auto problem =
            writeReportPdfFile(document, path, [](int page, int) { return page < 1; });
        QVERIFY(problem.has_value());
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("an older report"));
    }

    void previewShowsTheCover() {
        const ReportData data = build(kNow - std::chrono::days{30}, kNow);
        const ReportDocument document(data, {});
        const QImage page = document.pageImage(0, 600);
        QCOMPARE(page.width(), 600);
        QVERIFY(page.height() > 800);
        // The cover band is dark, the page below it white.
        QVERIFY(qGray(page.pixel(300, 20)) < 100);
        QCOMPARE(page.pixelColor(5, page.height() - 5), QColor(Qt::white));
    }

    void unreadableLogoIsReported() {
        ReportPdfOptions options;
        options.logoPath = m_out.filePath(QStringLiteral("missing.png"));
        const ReportDocument document(build(kNow - std::chrono::days{7}, kNow), options);
        QVERIFY(!document.logoProblem().isEmpty());
        QVERIFY(document.pageCount() >= 1);
    }

    // Runs last: it records an outcome in the shared demo store. An implemented recommendation
    // shows its predicted monthly cost beside the actual one and the verdict.
    void outcomeShowsPredictedAgainstActual() {
        auto accepted =
            m_store->recommendations(m_demo.id, std::array{RecommendationState::Accepted});
        QVERIFY2(accepted.has_value() && !accepted->empty(), "the demo accepted a recommendation");
        OutcomeRequest outcome;
        outcome.workspaceId = m_demo.id;
        outcome.recommendationId = accepted->front().id;
        outcome.status = OutcomeStatus::Implemented;
        outcome.actualMonthlyCost = MicroUsd::fromDollars(20);
        outcome.at = kNow - 2h;
        auto recorded = m_store->recordOutcome(outcome);
        QVERIFY2(recorded.has_value(), recorded ? "" : recorded.error().message.c_str());

        const ReportData data = build(kNow - std::chrono::days{7}, kNow);
        QCOMPARE(data.decisions.outcomes.size(), std::size_t{1});
        const OutcomeRow& row = data.decisions.outcomes.front();
        ReportPdfOptions options;
        options.locale = kLocale;
        const ReportDocument document(data, options);
        const QString pdf = writePdf(document, m_out, QStringLiteral("outcome.pdf"));
        const QString text = pdfText(pdf);
        const ReportWording wording(data.labels, kLocale);
        QVERIFY(text.contains(QStringLiteral("Implemented")));
        QVERIFY(text.contains(wording.recommendationTitle(row.recommendationType)));
        QVERIFY(text.contains(QStringLiteral("$20.00")));
        QVERIFY(text.contains(ReportWording::outcomeVerdict(row.verdict)));
        if (row.predictedMin && row.predictedMax) {
            QVERIFY2(text.contains(wording.moneyRange(*row.predictedMin, *row.predictedMax)),
                     qPrintable(wording.moneyRange(*row.predictedMin, *row.predictedMax)));
        }
        QVERIFY(!text.contains(QStringLiteral("No outcomes were recorded in this period.")));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
