// WhatIfDiff, pure: a baseline episode matches the first unmatched edited episode of its type
// whose interval overlaps it (open episodes run to the end of the range); the shift decides
// earlier, later or same; leftovers are "not at all" and "new". Advice and tier changes pair the
// same way.

#include "replay/WhatIfDiff.h"

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 3 / 1}};

RecommendationEpisode episode(std::string type, std::chrono::minutes open,
                              std::optional<std::chrono::minutes> close) {
    RecommendationEpisode e;
    e.type = std::move(type);
    e.openedAt = kT0 + open;
    if (close) {
        e.closedAt = kT0 + *close;
    }
    return e;
}

ReplayTrace trace(std::vector<RecommendationEpisode> episodes, std::chrono::minutes last = 600min) {
    ReplayTrace t;
    t.episodes = std::move(episodes);
    t.first = kT0;
    t.last = kT0 + last;
    t.snapshots = std::size_t(last.count() / 5 + 1);
    return t;
}

std::vector<const WhatIfRow*> rowsOf(const WhatIfReport& r, WhatIfChange change) {
    std::vector<const WhatIfRow*> out;
    for (const auto& row : r.rows) {
        if (row.change == change) {
            out.push_back(&row);
        }
    }
    return out;
}

} // namespace

class TestWhatIfDiff : public QObject {
    Q_OBJECT

private slots:
    void identicalTracesHaveNoRows() {
        const auto t = trace({episode("a", 60min, 120min), episode("b", 30min, std::nullopt)});
        const auto r = diffTraces(t, t);
        QVERIFY(r.rows.empty());
        QCOMPARE(r.counts.same, std::size_t(2));
        QCOMPARE(r.counts.earlier + r.counts.later + r.counts.notAtAll + r.counts.added,
                 std::size_t(0));
    }

    void overlappingEpisodeShiftsEarlierOrLater() {
        QFETCH(int, editedOpen);
        QFETCH(int, editedClose);
        QFETCH(QString, expected);
        QFETCH(int, shiftMinutes);
        const auto base = trace({episode("pool", 100min, 200min)});
        const auto edited = trace(
            {episode("pool", std::chrono::minutes(editedOpen), std::chrono::minutes(editedClose))});
        const auto r = diffTraces(base, edited);
        QCOMPARE(r.rows.size(), std::size_t(1));
        const auto& row = r.rows.front();
        QCOMPARE(QString::fromStdString(std::string(keyOf(row.change))), expected);
        QCOMPARE(row.subject, WhatIfSubject::Recommendation);
        QCOMPARE(row.key, std::string("pool"));
        QCOMPARE(row.was, std::optional<Timestamp>(kT0 + 100min));
        QCOMPARE(row.shift, std::chrono::seconds(std::chrono::minutes(shiftMinutes)));
    }
    void overlappingEpisodeShiftsEarlierOrLater_data() {
        QTest::addColumn<int>("editedOpen");
        QTest::addColumn<int>("editedClose");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("shiftMinutes");
        QTest::newRow("earlier, covering") << 60 << 200 << "earlier" << -40;
        QTest::newRow("earlier, ends inside") << 40 << 110 << "earlier" << -60;
        QTest::newRow("later, inside") << 150 << 190 << "later" << 50;
        QTest::newRow("later, runs past") << 195 << 400 << "later" << 95;
    }

    void touchingIntervalsDoNotOverlap() {
        // The baseline closed at 200 (the condition cleared there); an edited one opening at
        // 200 is another occurrence, not the same one moved.
        const auto r = diffTraces(trace({episode("pool", 100min, 200min)}),
                                  trace({episode("pool", 200min, 300min)}));
        QCOMPARE(r.counts.notAtAll, std::size_t(1));
        QCOMPARE(r.counts.added, std::size_t(1));
        QCOMPARE(r.rows.size(), std::size_t(2));
    }

    void severalEpisodesOfOneTypeMatchInOrder() {
        // Baseline: three episodes; edited: the first two each 10 minutes earlier, the third
        // gone, and one more late in the day.
        const auto base = trace({episode("cpu", 60min, 90min), episode("cpu", 120min, 150min),
                                 episode("cpu", 300min, 320min)});
        const auto edited = trace({episode("cpu", 50min, 90min), episode("cpu", 110min, 150min),
                                   episode("cpu", 500min, 520min)});
        const auto r = diffTraces(base, edited);
        const auto earlier = rowsOf(r, WhatIfChange::Earlier);
        QCOMPARE(earlier.size(), std::size_t(2));
        QCOMPARE(earlier[0]->was, std::optional<Timestamp>(kT0 + 60min));
        QCOMPARE(earlier[0]->wouldBe, std::optional<Timestamp>(kT0 + 50min));
        QCOMPARE(earlier[1]->was, std::optional<Timestamp>(kT0 + 120min));
        QCOMPARE(earlier[1]->wouldBe, std::optional<Timestamp>(kT0 + 110min));
        const auto gone = rowsOf(r, WhatIfChange::NotAtAll);
        QCOMPARE(gone.size(), std::size_t(1));
        QCOMPARE(gone[0]->was, std::optional<Timestamp>(kT0 + 300min));
        QVERIFY(!gone[0]->wouldBe);
        const auto added = rowsOf(r, WhatIfChange::New);
        QCOMPARE(added.size(), std::size_t(1));
        QCOMPARE(added[0]->wouldBe, std::optional<Timestamp>(kT0 + 500min));
        QVERIFY(!added[0]->was);
    }

    void oneLongEditedEpisodeMatchesOnlyOneBaselineEpisode() {
        const auto base = trace({episode("cpu", 60min, 90min), episode("cpu", 120min, 150min)});
        const auto edited = trace({episode("cpu", 30min, 200min)});
        const auto r = diffTraces(base, edited);
        QCOMPARE(r.counts.earlier, std::size_t(1));
        QCOMPARE(r.counts.notAtAll, std::size_t(1));
        QCOMPARE(rowsOf(r, WhatIfChange::NotAtAll)[0]->was, std::optional<Timestamp>(kT0 + 120min));
    }

    void openAtRangeEndRunsToTheEnd() {
        // Both still open at the end: they overlap through the end of the range.
        const auto r1 = diffTraces(trace({episode("pool", 500min, std::nullopt)}),
                                   trace({episode("pool", 580min, std::nullopt)}));
        QCOMPARE(r1.counts.later, std::size_t(1));
        QCOMPARE(r1.rows.front().shift, std::chrono::seconds(80min));
        // Opened at the very last snapshot in the edit only, baseline open since 550.
        const auto r2 = diffTraces(trace({episode("pool", 550min, std::nullopt)}),
                                   trace({episode("pool", 600min, std::nullopt)}));
        QCOMPARE(r2.counts.later, std::size_t(1));
        // A closed edited episode before an open baseline one does not overlap it.
        const auto r3 = diffTraces(trace({episode("pool", 550min, std::nullopt)}),
                                   trace({episode("pool", 100min, 200min)}));
        QCOMPARE(r3.counts.notAtAll, std::size_t(1));
        QCOMPARE(r3.counts.added, std::size_t(1));
    }

    void firstOpeningsComparePerType() {
        // The edit raises "pool" days before the baseline's only episode, without overlapping
        // it, and keeps that episode: rows say New + Same, first openings say Earlier.
        const auto base = trace({episode("pool", 400min, 450min), episode("x", 10min, 20min)});
        const auto edited = trace({episode("pool", 100min, 150min), episode("pool", 400min, 450min),
                                   episode("y", 30min, 40min)});
        const auto r = diffTraces(base, edited);
        QCOMPARE(r.counts.added, std::size_t(2));
        QCOMPARE(r.counts.same, std::size_t(1));
        QCOMPARE(r.firstOpenings.size(), std::size_t(3));
        const auto find = [&](std::string_view key) {
            return std::ranges::find(r.firstOpenings, std::string(key), &WhatIfRow::key);
        };
        QCOMPARE(find("pool")->change, WhatIfChange::Earlier);
        QCOMPARE(find("pool")->shift, std::chrono::seconds(-300min));
        QCOMPARE(find("x")->change, WhatIfChange::NotAtAll);
        QCOMPARE(find("y")->change, WhatIfChange::New);
        QVERIFY(diffTraces(base, base).firstOpenings.empty());
    }

    void typesNeverMatchEachOther() {
        const auto r =
            diffTraces(trace({episode("a", 60min, 120min)}), trace({episode("b", 60min, 120min)}));
        QCOMPARE(r.counts.notAtAll, std::size_t(1));
        QCOMPARE(r.counts.added, std::size_t(1));
        QCOMPARE(rowsOf(r, WhatIfChange::NotAtAll)[0]->key, std::string("a"));
        QCOMPARE(rowsOf(r, WhatIfChange::New)[0]->key, std::string("b"));
    }

    void adviceAndTierChangesPairTheSameWay() {
        ReplayTrace base = trace({});
        ReplayTrace edited = trace({});
        base.advice = {{kT0 + 120min, ModeAction::Hold, ModeAction::IncreaseMode, "growth"},
                       {kT0 + 240min, ModeAction::IncreaseMode, ModeAction::Hold, std::nullopt}};
        edited.advice = {{kT0 + 90min, ModeAction::Hold, ModeAction::IncreaseMode, "growth"},
                         {kT0 + 240min, ModeAction::IncreaseMode, ModeAction::Hold, std::nullopt}};
        base.tiers = {{kT0 + 300min, "soft_launch", "hard_launch"}};
        edited.tiers = {};
        const auto r = diffTraces(base, edited);
        QCOMPARE(r.rows.size(), std::size_t(2));
        const auto& advice = r.rows[0];
        QCOMPARE(advice.subject, WhatIfSubject::Advice);
        QCOMPARE(advice.key, std::string("increase_mode:growth"));
        QCOMPARE(advice.change, WhatIfChange::Earlier);
        QCOMPARE(advice.shift, std::chrono::seconds(-30min));
        const auto& tier = r.rows[1];
        QCOMPARE(tier.subject, WhatIfSubject::Tier);
        QCOMPARE(tier.key, std::string("hard_launch"));
        QCOMPARE(tier.change, WhatIfChange::NotAtAll);
        QCOMPARE(r.counts.same, std::size_t(1)); // the return to hold at 240
    }
};

QTEST_GUILESS_MAIN(TestWhatIfDiff)
#include "tst_what_if_diff.moc"
