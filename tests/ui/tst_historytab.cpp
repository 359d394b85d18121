// The History tab's trust features: the verification banner (intact with counts and head;
// tampered naming the first broken entry; a failure to verify), the verify button's request,
// the text search hiding rows, the CSV export of the rows shown (RFC 4180 quoting), and the mode
// timeline built from ModeSet / ModeAdviceChanged events and decisions.
#include "HistoryCsv.h"
#include "HistoryModel.h"
#include "HistoryTab.h"
#include "HistoryTimelineChart.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QScatterSeries>

using namespace headroom;
using namespace headroom::ui;

namespace {

Timestamp at(int hours) {
    // 2026-03-02T00:00:00Z plus hours.
    return Timestamp{std::chrono::seconds{1'772'409'600 + std::int64_t{hours} * 3600}};
}

Catalog catalog() {
    Catalog c;
    for (const char* id : {"lab", "pilot", "growth"}) {
        Mode m;
        m.id = id;
        m.name = std::string(1, static_cast<char>(std::toupper(id[0]))) + (id + 1);
        c.modes.push_back(m);
    }
    RecommendationTemplate t;
    t.type = "increase_mode";
    t.title = "Move to the next mode";
    c.recommendations.push_back(t);
    return c;
}

Event modeSet(RowId id, int hours, const char* from, const char* to) {
    return Event{id,           1,
                 at(hours),    EventKind::ModeSet,
                 "production", std::string(R"({"old":")") + from + R"(","new":")" + to + R"("})"};
}

HistoryPage page() {
    HistoryPage p;
    p.workspace = "demo";
    p.events = {
        modeSet(1, 10, "lab", "pilot"),
        Event{2, 1, at(20), EventKind::ModeAdviceChanged, "increase",
              R"({"from":"hold","to":"increase","next_mode_id":"growth"})"},
        modeSet(3, 30, "pilot", "growth"),
        Event{4, 1, at(40), EventKind::TierChanged, "hard_launch",
              R"({"from":"soft_launch","to":"hard_launch"})"},
    };
    p.decisions = {
        Decision{11, 1, 7, "increase_mode", Verdict::Accept, "", "founder", at(25), std::nullopt},
        Decision{12, 1, 8, "increase_mode", Verdict::Reject, "approved by the board, \"later\"",
                 "cfo", at(35), std::nullopt},
        Decision{13, 1, 9, "increase_mode", Verdict::Defer, "after launch", "founder", at(36),
                 at(100)},
    };
    return p;
}

HistoryVerification intact() {
    HistoryVerification v;
    v.workspaceId = 1;
    v.workspaceName = "demo";
    v.events.chain = HistoryChainKind::Events;
    v.events.checked = 42;
    v.events.headCount = 42;
    v.events.headHash = std::string(64, 'a');
    v.decisions.chain = HistoryChainKind::Decisions;
    v.decisions.checked = 7;
    v.decisions.headCount = 7;
    v.decisions.headHash = std::string(64, 'b');
    return v;
}

} // namespace

class TestHistoryTab : public QObject {
    Q_OBJECT

    Catalog m_catalog = catalog();

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bannerShowsIntactResult() {
        HistoryTab tab(m_catalog);
        tab.setPage(page());
        QVERIFY(!tab.verificationShown());
        QSignalSpy requested(&tab, &HistoryTab::verifyRequested);
        auto* button = tab.findChild<QPushButton*>(QStringLiteral("historyVerify"));
        QVERIFY(button);
        button->click();
        QCOMPARE(requested.count(), 1);
        QVERIFY(tab.verificationShown());
        tab.setVerification(intact());
        QVERIFY(tab.verificationIntact());
        const QString text = tab.verificationText();
        QVERIFY2(text.contains(QStringLiteral("42 events")) &&
                     text.contains(QStringLiteral("7 decisions")) &&
                     text.contains(QString(64, QLatin1Char('a'))),
                 qPrintable(text));
    }

    void bannerNamesTheFirstBrokenEntry() {
        HistoryTab tab(m_catalog);
        tab.setPage(page());
        HistoryVerification v = intact();
        HistoryBreak b;
        b.kind = HistoryBreakKind::Altered;
        b.chain = HistoryChainKind::Events;
        b.row = HistoryRowRef{1234, "decision_recorded", "increase_mode", at(5)};
        v.events.firstBreak = b;
        v.missingTriggers = {"events_append_only_update"};
        tab.setVerification(v);
        QVERIFY(!tab.verificationIntact());
        const QString text = tab.verificationText();
        QVERIFY2(text.contains(QStringLiteral("1234")) &&
                     text.contains(QStringLiteral("altered")) &&
                     text.contains(QStringLiteral("increase_mode")) &&
                     text.contains(QStringLiteral("events_append_only_update")),
                 qPrintable(text));

        HistoryVerification removed = intact();
        HistoryBreak gap;
        gap.kind = HistoryBreakKind::NewestRemoved;
        gap.chain = HistoryChainKind::Decisions;
        gap.previousId = 77;
        gap.missingRows = 2;
        removed.decisions.firstBreak = gap;
        tab.setVerification(removed);
        QVERIFY2(tab.verificationText().contains(QStringLiteral("77")) &&
                     tab.verificationText().contains(QStringLiteral("removed")),
                 qPrintable(tab.verificationText()));

        tab.setVerificationFailed(QStringLiteral("disk I/O error"));
        QVERIFY(tab.verificationText().contains(QStringLiteral("disk I/O error")));
        QVERIFY(!tab.verificationIntact());
        // Another workspace's page hides a banner about this one.
        tab.setVerification(intact());
        HistoryPage other = page();
        other.workspace = "local";
        tab.setPage(other);
        QVERIFY(!tab.verificationShown());
    }

    void searchHidesRowsThatDoNotMatch() {
        HistoryTab tab(m_catalog);
        tab.showAllKinds();
        tab.setPage(page());
        const int all = tab.model()->rowCount();
        QVERIFY(all >= 6);
        QCOMPARE(tab.shownRowCount(), all);
        tab.setSearchText(QStringLiteral("BOARD")); // the rejection's reason, any case
        QCOMPARE(tab.shownRowCount(), 1);
        int shown = -1;
        for (int r = 0; r < all; ++r) {
            if (tab.isRowShown(r)) {
                shown = r;
            }
        }
        QVERIFY(tab.model()->decisionAt(shown));
        QCOMPARE(tab.model()->decisionAt(shown)->id, RowId{12});
        tab.setSearchText(QStringLiteral("no such text anywhere"));
        QCOMPARE(tab.shownRowCount(), 0);
        // A new page keeps the search applied.
        tab.setPage(page());
        QCOMPARE(tab.shownRowCount(), 0);
        tab.setSearchText(QString());
        QCOMPARE(tab.shownRowCount(), all);
    }

    void csvField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "hold"
                               << "hold";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"no\""
                               << "\"say \"\"no\"\"\"";
        QTest::newRow("newline") << "two\nlines"
                                 << "\"two\nlines\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("unicode") << QString::fromUtf8("Décision → ok")
                                 << QString::fromUtf8("Décision → ok");
    }

    void csvField() {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(headroom::ui::csvField(text), field);
    }

    void csvOfAModel() {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Time"), QStringLiteral("Detail")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("1")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("a, \"b\"")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("2")));
        model.setItem(1, 1, new QStandardItem(QString::fromUtf8("ü")));
        QCOMPARE(tableToCsv(model),
                 QByteArray("Time,Detail\r\n1,\"a, \"\"b\"\"\"\r\n2,\xc3\xbc\r\n"));
        QCOMPARE(tableToCsv(model, [](int row) { return row == 1; }),
                 QByteArray("Time,Detail\r\n2,\xc3\xbc\r\n"));
    }

    void exportWritesTheRowsShown() {
        HistoryTab tab(m_catalog);
        tab.showAllKinds();
        tab.setPage(page());
        tab.setSearchText(QStringLiteral("board"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.csv"));
        QString error;
        QVERIFY2(tab.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv, tab.shownRowsCsv());
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, the empty piece after the last CRLF
        QVERIFY(lines[0].endsWith('\r'));
        QVERIFY(lines[1].contains("\"\"later\"\"")); // the reason's quotes doubled
        QVERIFY(!tab.exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void timelineShowsModesAdviceAndDecisions() {
        HistoryTimelineChart chart(m_catalog);
        chart.setPage(page());
        const auto configured = chart.configuredPoints();
        // lab from the first time, step to pilot at 10h, to growth at 30h, held to the end.
        QVERIFY(configured.size() >= 5);
        QCOMPARE(configured.front().y(), 0.0);
        QCOMPARE(configured.back().y(), 2.0);
        QList<double> levels;
        for (const QPointF& p : configured) {
            if (levels.isEmpty() || levels.back() != p.y()) {
                levels << p.y();
            }
        }
        QCOMPARE(levels, (QList<double>{0.0, 1.0, 2.0}));
        const double stepAt10 = static_cast<double>(at(10).time_since_epoch().count()) * 1000;
        QVERIFY(std::ranges::any_of(
            configured, [&](const QPointF& p) { return p.x() == stepAt10 && p.y() == 1.0; }));
        // The advice pointed at growth from 20h.
        QVERIFY(!chart.advisedPoints().isEmpty());
        QCOMPARE(chart.advisedPoints().front().y(), 2.0);
        // Decisions sit on the configured mode of their time: accept at 25h on pilot.
        QCOMPARE(chart.decisionPoints(Verdict::Accept).size(), 1);
        QCOMPARE(chart.decisionPoints(Verdict::Accept).front().y(), 1.0);
        QCOMPARE(chart.decisionPoints(Verdict::Reject).size(), 1);
        QCOMPARE(chart.decisionPoints(Verdict::Defer).size(), 1);
        QCOMPARE(chart.decisionPoints(Verdict::Defer).front().y(), 2.0);
        QVERIFY(chart.decisionSeries(Verdict::Accept)->markerShape() !=
                chart.decisionSeries(Verdict::Reject)->markerShape());
        const QString tip = chart.toolTipAt(chart.decisionSeries(Verdict::Reject), 0);
        QVERIFY2(tip.contains(QStringLiteral("board")) && tip.contains(QStringLiteral("cfo")),
                 qPrintable(tip));
        // The tier change is another key event on the track below the modes.
        QCOMPARE(chart.eventPoints().size(), 1);
        // An empty page clears everything.
        chart.setPage(HistoryPage{});
        QVERIFY(chart.configuredPoints().isEmpty());
        QVERIFY(chart.decisionPoints(Verdict::Accept).isEmpty());
    }
};

QTEST_MAIN(TestHistoryTab)
#include "tst_historytab.moc"
