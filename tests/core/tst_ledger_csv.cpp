// CSV import of billing exports (core/cost/LedgerCsv.h): RFC 4180 details, exact dollars, every
// problem reported with line, column and value, and nothing imported from a file with a problem.
#include "cost/LedgerCsv.h"

#include <QTest>

using namespace headroom;
using namespace std::chrono;

namespace {

Day d(int y, unsigned m, unsigned day) {
    return Day{year{y} / month{m} / std::chrono::day{day}};
}

QString describe(const LedgerCsvImport& result) {
    QStringList parts;
    for (const CsvProblem& p : result.problems) {
        parts << QStringLiteral("%1:%2:%3")
                     .arg(p.line)
                     .arg(QString::fromStdString(p.column), QString::fromStdString(p.value));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestLedgerCsv : public QObject {
    Q_OBJECT

private slots:
    // BOM, CRLF, columns in another order and case, quoted fields with commas, doubled quotes
    // and a line break, an empty cost (computed later from the rates), trailing blank lines.
    void usageFile() {
        const std::string text = "\xEF\xBB\xBF"
                                 "Date, PROVIDER ,client,input_tokens,output_tokens,cost_usd,"
                                 "feature,team,characters,requests\r\n"
                                 "2026-01-15,claude,\"Acme, Inc.\",1000000,1000000,,reports,"
                                 "growth,,\r\n"
                                 "2026-01-15,openai,\"Say \"\"hi\"\"\",10,20,45.67,\"multi\r\n"
                                 "line\",core,0,3\r\n"
                                 "2026-01-16,elevenlabs,acme,,,0.6,voice,,2000,\r\n"
                                 "\r\n\r\n";
        const LedgerCsvImport result = parseLedgerCsv(text, {.sourceName = "january.csv"});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.kind, LedgerCsvKind::Usage);
        QCOMPARE(result.recordsRead, 3U);
        QCOMPARE(result.usage.size(), 3U);
        const UsageRow& claude = result.usage[0];
        QCOMPARE(claude.day, d(2026, 1, 15));
        QCOMPARE(claude.providerId, std::string("claude"));
        QCOMPARE(claude.tags.client, std::string("Acme, Inc."));
        QCOMPARE(claude.inputTokens, 1'000'000);
        QCOMPARE(claude.outputTokens, 1'000'000);
        QVERIFY(!claude.billed);
        QCOMPARE(claude.tags.feature, std::string("reports"));
        QCOMPARE(claude.source, std::string("csv:january.csv"));
        const UsageRow& openai = result.usage[1];
        QCOMPARE(openai.tags.client, std::string("Say \"hi\""));
        QCOMPARE(openai.tags.feature, std::string("multi\r\nline"));
        QCOMPARE(openai.billed, std::optional<MicroUsd>(MicroUsd{45'670'000}));
        QCOMPARE(openai.requests, 3);
        QCOMPARE(result.usage[2].characters, 2000);
        QCOMPARE(result.usage[2].billed, std::optional<MicroUsd>(MicroUsd{600'000}));
    }

    // Seed 004's example as a service cost export: 45.67 + 23.45, exact.
    void serviceFile() {
        const std::string text = "date,service,category,tier,resource_type,cost_usd,usage_amount,"
                                 "usage_unit,client,feature,team\n"
                                 "2026-01-15,supabase,database,pro,compute,45.67,12.5,"
                                 "cpu_hours,,,platform\n"
                                 "2026-01-15,vercel,Hosting,team,bandwidth,23.45,,,acme,,\n"
                                 "2026-01-15,twilio,,,,0.000001,,,,,";
        const LedgerCsvImport result = parseLedgerCsv(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.kind, LedgerCsvKind::ServiceCosts);
        QCOMPARE(result.services.size(), 3U);
        QCOMPARE(result.services[0].cost.value + result.services[1].cost.value, 69'120'000);
        QCOMPARE(result.services[0].category, ServiceCategory::Database);
        QCOMPARE(result.services[0].serviceTier, std::string("pro"));
        QCOMPARE(result.services[0].usageAmount, 12.5);
        QCOMPARE(result.services[0].tags.team, std::string("platform"));
        QCOMPARE(result.services[1].category, ServiceCategory::Hosting);
        QCOMPARE(result.services[1].tags.client, std::string("acme"));
        QCOMPARE(result.services[2].category, ServiceCategory::Other);
        QCOMPARE(result.services[2].cost.value, 1);
    }

    void dollars_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micro"); // -1: refused
        QTest::newRow("seed 004") << "45.67" << 45'670'000LL;
        QTest::newRow("one micro-dollar") << "0.000001" << 1LL;
        QTest::newRow("whole") << "1" << 1'000'000LL;
        QTest::newRow("leading point") << ".5" << 500'000LL;
        QTest::newRow("trailing point") << "10." << 10'000'000LL;
        QTest::newRow("leading zeros") << "00045.67" << 45'670'000LL;
        QTest::newRow("the per-row maximum") << "1000000000" << 1'000'000'000'000'000LL;
        QTest::newRow("above the maximum") << "1000000000.000001" << -1LL;
        QTest::newRow("far above") << "99999999999999999999" << -1LL;
        QTest::newRow("seven decimals") << "0.0000001" << -1LL;
        QTest::newRow("negative") << "-1.00" << -1LL;
        QTest::newRow("exponent") << "1e3" << -1LL;
        QTest::newRow("currency sign") << "$5" << -1LL;
        QTest::newRow("thousands separator") << "1,000.00" << -1LL;
        QTest::newRow("empty") << "" << -1LL;
        QTest::newRow("point only") << "." << -1LL;
        QTest::newRow("two points") << "1.2.3" << -1LL;
    }

    void dollars() {
        QFETCH(QString, text);
        QFETCH(qint64, micro);
        std::string why;
        const auto value = parseDollars(text.toStdString(), &why);
        if (micro < 0) {
            QVERIFY(!value);
            QVERIFY(!why.empty());
        } else {
            QVERIFY2(value, why.c_str());
            QCOMPARE(value->value, micro);
        }
    }

    void problems_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // line:column:value of each problem
        const QString usage = "date,provider,client,input_tokens,cost_usd\n";
        QTest::newRow("negative count") << usage + "2026-01-15,claude,acme,-5,\n"
                                        << "2:input_tokens:-5";
        QTest::newRow("count above 1e15") << usage + "2026-01-15,claude,acme,1000000000000001,\n"
                                          << "2:input_tokens:1000000000000001";
        QTest::newRow("count beyond int64") << usage + "2026-01-15,claude,a,99999999999999999999,\n"
                                            << "2:input_tokens:99999999999999999999";
        QTest::newRow("fractional count") << usage + "2026-01-15,claude,acme,1.5,\n"
                                          << "2:input_tokens:1.5";
        QTest::newRow("seven decimals") << usage + "2026-01-15,claude,acme,1,0.0000001\n"
                                        << "2:cost_usd:0.0000001";
        QTest::newRow("date that does not exist") << usage + "2026-02-30,claude,acme,1,\n"
                                                  << "2:date:2026-02-30";
        QTest::newRow("date in another format") << usage + "15/01/2026,claude,acme,1,\n"
                                                << "2:date:15/01/2026";
        QTest::newRow("empty provider") << usage + "2026-01-15,,acme,1,\n"
                                        << "2:provider:";
        QTest::newRow("too few fields") << usage + "2026-01-15,claude\n"
                                        << "2::";
        QTest::newRow("unterminated quote") << usage + "2026-01-15,claude,\"acme,1,\n"
                                            << "2::";
        QTest::newRow("text after closing quote") << usage + "2026-01-15,claude,\"acme\"x,1,\n"
                                                  << "2::";
        QTest::newRow("quote in unquoted field") << usage + "2026-01-15,claude,ac\"me,1,\n"
                                                 << "2::";
        QTest::newRow("misspelt column") << "date,provider,cost_uds\n2026-01-15,claude,1\n"
                                         << "1:cost_uds:cost_uds";
        QTest::newRow("service column in a usage file")
            << "date,provider,category\n2026-01-15,claude,ai\n"
            << "1:category:category";
        QTest::newRow("repeated column") << "date,provider,date\n2026-01-15,claude,2026-01-15\n"
                                         << "1:date:date";
        QTest::newRow("both provider and service") << "date,provider,service\n"
                                                   << "1::";
        QTest::newRow("neither provider nor service") << "date,cost_usd\n"
                                                      << "1::";
        QTest::newRow("service file without cost column") << "date,service\n2026-01-15,vercel\n"
                                                          << "1:cost_usd:";
        QTest::newRow("empty service cost") << "date,service,cost_usd\n2026-01-15,vercel,\n"
                                            << "2:cost_usd:";
        QTest::newRow("unknown category")
            << "date,service,category,cost_usd\n2026-01-15,vercel,cdn,1\n"
            << "2:category:cdn";
        QTest::newRow("negative usage amount")
            << "date,service,cost_usd,usage_amount\n2026-01-15,vercel,1,-2\n"
            << "2:usage_amount:-2";
        QTest::newRow("empty file") << ""
                                    << "1::";
        // A quoted line break: the record after it starts on line 4.
        QTest::newRow("line numbers after a quoted line break")
            << usage + "2026-01-15,claude,\"two\nlines\",1,\n2026-01-15,claude,acme,x,\n"
            << "4:input_tokens:x";
    }

    void problems() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const LedgerCsvImport result = parseLedgerCsv(text.toStdString());
        QCOMPARE(describe(result), expected);
        QVERIFY(!result.ok());
        QVERIFY(result.usage.empty() && result.services.empty());
        QVERIFY(!result.problems.front().message.empty());
    }

    // Every bad line is listed at once, and the good lines are not imported.
    void allProblemsTogetherNothingImported() {
        const std::string text = "date,provider,client,input_tokens,requests,cost_usd\n"
                                 "2026-01-15,claude,acme,100,0,\n"
                                 "2026-13-01,claude,acme,100,0,\n"
                                 "2026-01-16,claude,acme,-1,0,1.2345678\n"
                                 "2026-01-17,perplexity,acme,0,3,0.015\n"
                                 "2026-01-18,claude\n";
        const LedgerCsvImport result = parseLedgerCsv(text);
        QCOMPARE(describe(result), "3:date:2026-13-01 4:input_tokens:-1 4:cost_usd:1.2345678 6::");
        QCOMPARE(result.recordsRead, 5U);
        QVERIFY(result.usage.empty());
        QCOMPARE(result.moreProblems, 0U);
    }

    void problemListIsCapped() {
        std::string text = "date,provider,input_tokens\n";
        for (int i = 0; i < 5; ++i) {
            text += "2026-01-15,claude,-1\n";
        }
        const LedgerCsvImport result = parseLedgerCsv(text, {.maxProblems = 2});
        QCOMPARE(describe(result), "2:input_tokens:-1 3:input_tokens:-1");
        QCOMPARE(result.moreProblems, 3U);
    }

    void longValuesAreCut() {
        const std::string text =
            "date,provider,input_tokens\n2026-01-15,claude," + std::string(200, '9') + "\n";
        const LedgerCsvImport result = parseLedgerCsv(text);
        QCOMPARE(result.problems.size(), 1U);
        QCOMPARE(result.problems[0].value, std::string(80, '9') + "...");
    }
};

QTEST_GUILESS_MAIN(TestLedgerCsv)
#include "tst_ledger_csv.moc"
