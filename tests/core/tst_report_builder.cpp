#include "catalog/CatalogLoader.h"
#include "core/support/TempDatabases.h"
#include "demo/DemoGenerator.h"
#include "report/ReportBuilder.h"
#include "report/ReportCsv.h"
#include "report/ReportJson.h"
#include "store/Store.h"

#include <array>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <QElapsedTimer>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

// The fixture: two days [kFrom, kTo) after two days [kPrevFrom, kFrom), one snapshot an hour.
const Timestamp kFrom = std::chrono::sys_days{std::chrono::year{2026} / 5 / 1};
const Timestamp kTo = kFrom + 48h;
const Timestamp kPrevFrom = kFrom - 48h;
const Timestamp kNow = kTo + 1h;
const Day kDay1 = dayOf(kFrom);
const Day kDay2 = kDay1 + std::chrono::days{1};

struct Hour {
    double clients = 0;
    double errorRate = 0;
    std::optional<double> health;
    double headroom = 0;
    std::string tier;
    std::string mode;
    bool recommendations = false;
};

Snapshot snapshotOf(Timestamp at, const Hour& h) {
    Snapshot s(at);
    (void)s.set(MetricId::ActiveClients, {h.clients, at, "test"});
    (void)s.set(MetricId::ErrorRate, {h.errorRate, at, "test"});
    return s;
}

Evaluation evaluationOf(Timestamp at, const Hour& h) {
    Evaluation ev;
    ev.evaluatedAt = at;
    ev.quality.completeness = 1.0;
    ev.quality.freshness = 1.0;
    ev.quality.confidence = 1.0;
    ev.capacity.tierId = h.tier;
    ev.capacity.overall = Status::Healthy;
    ev.capacity.headroomPercent = h.headroom;
    ev.capacity.utilisation.push_back(
        {MetricId::ErrorRate, h.errorRate, 0.05, h.errorRate / 0.05, Status::Healthy});
    ev.health.overall = h.health;
    ev.mode.currentModeId = h.mode;
    if (h.recommendations) {
        const Evidence evidence{MetricId::ErrorRate, h.errorRate, 0.015, Comparison::AtLeast};
        for (const char* type :
             {"add_redis_cache", "enable_cdn_for_assets", "tighten_rate_limits"}) {
            ev.recommendations.push_back({type, {evidence}, Status::Warning, 60});
        }
    }
    return ev;
}

RowId makeWorkspace(Store& store, const std::string& name) {
    Workspace w;
    w.name = name;
    w.title = name + " title";
    w.currentModeId = "starter";
    w.createdAt = kPrevFrom - 24h;
    auto created = store.createWorkspace(w);
    return created ? created->id : 0;
}

UsageRow usage(Day day, const char* provider, double dollars) {
    UsageRow r;
    r.day = day;
    r.providerId = provider;
    r.tags.client = "acme";
    r.inputTokens = 1000;
    r.outputTokens = 500;
    r.requests = 10;
    r.billed = MicroUsd::fromDollars(dollars);
    r.source = "test";
    return r;
}

const KeyFigure& figureOf(const ReportData& data, std::string_view id) {
    static const KeyFigure none;
    const KeyFigure* f = data.figure(id);
    return f != nullptr ? *f : none;
}

bool near(std::optional<double> value, double expected) {
    return value && std::abs(*value - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

// RFC 4180 reader for the tables the report writes.
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// Rows of a table as maps from its header's names.
std::vector<std::map<std::string, std::string>> tableOf(const std::string& text) {
    const auto rows = parseCsv(text);
    std::vector<std::map<std::string, std::string>> out;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        std::map<std::string, std::string> m;
        for (std::size_t c = 0; c < rows[0].size() && c < rows[r].size(); ++c) {
            m[rows[0][c]] = rows[r][c];
        }
        out.push_back(std::move(m));
    }
    return out;
}

std::optional<double> csvValue(const std::string& field) {
    if (field.empty()) {
        return std::nullopt;
    }
    return std::stod(field);
}

std::optional<double> jsonValue(const nlohmann::json& j) {
    return j.is_number() ? std::optional(j.get<double>()) : std::nullopt;
}

} // namespace

class TestReportBuilder : public QObject {
    Q_OBJECT

    test::TempDatabases m_dbs;
    std::unique_ptr<Store> m_store;
    Catalog m_catalog;
    Workspace m_fixture;

    Result<ReportData> build(const Workspace& ws, Timestamp from, Timestamp to,
                             std::vector<ReportSection> sections = {}) {
        return buildReport(*m_store, ws, m_catalog, ReportRequest{ws.name, from, to, sections},
                           kNow);
    }

private slots:
    void initTestCase() {
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        m_catalog = std::move(*catalog);
        m_store = m_dbs.open(m_dbs.freshPath());
        QVERIFY(m_store != nullptr);
        const RowId id = makeWorkspace(*m_store, "fixture");
        QVERIFY(id != 0);
        // Previous period: 10 clients, error rate 1 %, health 70, headroom 40, soft launch.
        for (int i = 0; i < 48; ++i) {
            const Timestamp at = kPrevFrom + i * 1h;
            const Hour h{10, 0.01, 70.0, 40, "soft_launch", "starter", false};
            QVERIFY(m_store->ingest(id, snapshotOf(at, h), evaluationOf(at, h)).has_value());
        }
        // This period: 12 then 14 clients, error rate 2 %, health 80 (hour 3 unscored),
        // headroom 35, hard launch from the second day, three recommendations open.
        for (int i = 0; i < 48; ++i) {
            const Timestamp at = kFrom + i * 1h;
            Hour h{i < 24 ? 12.0 : 14.0,
                   0.02,
                   80.0,
                   35,
                   i < 24 ? "soft_launch" : "hard_launch",
                   "growth",
                   true};
            if (i == 3) {
                h.health.reset();
            }
            QVERIFY(m_store->ingest(id, snapshotOf(at, h), evaluationOf(at, h)).has_value());
        }
        Event modeSet;
        modeSet.workspaceId = id;
        modeSet.at = kFrom + 30min;
        modeSet.kind = EventKind::ModeSet;
        modeSet.subject = "environment";
        modeSet.detailJson =
            R"({"old":"starter","new":"growth","actor":"founder","reason":"clients grew"})";
        QVERIFY(m_store->appendEvent(modeSet).has_value());

        auto recs = m_store->recommendations(id);
        QVERIFY(recs.has_value());
        std::map<std::string, RowId> recId;
        for (const auto& r : *recs) {
            recId[r.type] = r.id;
        }
        QCOMPARE(recId.size(), std::size_t{3});
        auto decide = [&](const char* type, Verdict verdict, Timestamp at,
                          std::optional<Timestamp> revisit = std::nullopt) {
            DecisionRequest d;
            d.workspaceId = id;
            d.recommendationId = recId[type];
            d.verdict = verdict;
            d.reason = "because";
            d.decidedAt = at;
            d.revisitAt = revisit;
            auto ok = m_store->recordDecision(d);
            if (!ok) {
                qWarning("%s", ok.error().message.c_str());
            }
            return ok.has_value();
        };
        QVERIFY(decide("add_redis_cache", Verdict::Accept, kFrom + 5h));
        QVERIFY(decide("enable_cdn_for_assets", Verdict::Defer, kFrom + 6h, kTo + 7 * 24h));
        QVERIFY(decide("tighten_rate_limits", Verdict::Reject, kFrom + 7h));
        OutcomeRequest outcome;
        outcome.workspaceId = id;
        outcome.recommendationId = recId["add_redis_cache"];
        outcome.status = OutcomeStatus::Implemented;
        outcome.actualMonthlyCost = MicroUsd::fromDollars(20);
        outcome.at = kFrom + 30h;
        auto recorded = m_store->recordOutcome(outcome);
        QVERIFY2(recorded.has_value(), recorded ? "" : recorded.error().message.c_str());

        // Ledger: this period AI 25 (claude 10 + 10, openai 5) and services 20; the previous
        // period AI 16 (claude 8 + 8).
        const std::vector<UsageRow> rows{usage(kDay1 - std::chrono::days{2}, "claude", 8),
                                         usage(kDay1 - std::chrono::days{1}, "claude", 8),
                                         usage(kDay1, "claude", 10), usage(kDay1, "openai", 5),
                                         usage(kDay2, "claude", 10)};
        ServiceCostRow service;
        service.day = kDay1;
        service.service = "supabase";
        service.category = ServiceCategory::Database;
        service.serviceTier = "pro";
        service.resourceType = "compute";
        service.cost = MicroUsd::fromDollars(20);
        service.usageAmount = 24;
        service.usageUnit = "hours";
        service.source = "test";
        const std::vector<ServiceCostRow> services{service};
        LedgerImportRequest import;
        import.workspaceId = id;
        import.origin = "test";
        import.usage = rows;
        import.serviceCosts = services;
        import.at = kFrom;
        auto imported = m_store->importLedger(import);
        QVERIFY2(imported.has_value(), imported ? "" : imported.error().message.c_str());
        m_fixture = *m_store->workspace("fixture");
    }

    void fixtureKeyFigures() {
        auto data = build(m_fixture, kFrom, kTo);
        QVERIFY2(data.has_value(), data ? "" : data.error().message.c_str());
        QCOMPARE(data->previousFrom, kPrevFrom);
        QCOMPARE(data->keyFigures.size(), std::size_t{10});

        const auto& clients = figureOf(*data, kFigureClients);
        QCOMPARE(clients.unit, std::string(kUnitCount));
        QVERIFY(near(clients.value, 14));
        QVERIFY(near(clients.previous, 10));
        QVERIFY(near(clients.change, 4));
        QVERIFY(near(clients.changeRatio, 0.4));

        const auto& tier = figureOf(*data, kFigureTier);
        QCOMPARE(tier.text.value_or(""), std::string("hard_launch"));
        QCOMPARE(tier.previousText.value_or(""), std::string("soft_launch"));
        QVERIFY(!tier.value && !tier.change);
        const auto& mode = figureOf(*data, kFigureMode);
        QCOMPARE(mode.text.value_or(""), std::string("growth"));
        QCOMPARE(mode.previousText.value_or(""), std::string("starter"));

        const auto& health = figureOf(*data, kFigureHealth);
        QVERIFY(near(health.value, 80)); // the unscored hour is left out, not counted as 0
        QVERIFY(near(health.previous, 70));
        QVERIFY(near(health.change, 10));

        const auto& headroom = figureOf(*data, kFigureHeadroom);
        QVERIFY(near(headroom.value, 35));
        QVERIFY(near(headroom.previous, 40));
        QVERIFY(near(headroom.changeRatio, -0.125));

        const auto& uptime = figureOf(*data, kFigureUptime);
        QVERIFY(!uptime.value && !uptime.previous);
        QCOMPARE(uptime.reason, std::string(kReasonNotMeasured));

        const auto& errors = figureOf(*data, kFigureErrorRate);
        QVERIFY(near(errors.value, 0.02));
        QVERIFY(near(errors.previous, 0.01));

        const auto& ai = figureOf(*data, kFigureAiSpend);
        QCOMPARE(ai.unit, std::string(kUnitUsd));
        QVERIFY(near(ai.value, 25));
        QVERIFY(near(ai.previous, 16));
        const auto& total = figureOf(*data, kFigureTotalSpend);
        QVERIFY(near(total.value, 45));
        QVERIFY(near(total.previous, 16));
        // Total cost over the time-weighted mean of clients: 45 / 13 and 16 / 10.
        const auto& perClient = figureOf(*data, kFigureCostPerClient);
        QVERIFY(near(perClient.value, 45.0 / 13.0));
        QVERIFY(near(perClient.previous, 1.6));
    }

    void fixtureSeriesAndHistory() {
        auto data = build(m_fixture, kFrom, kTo);
        QVERIFY(data.has_value());
        QCOMPARE(data->healthTrend.size(), std::size_t{48});
        QVERIFY(!data->healthTrend[3].overall); // a gap, not a zero
        QVERIFY(near(data->healthTrend[4].overall, 80));
        QCOMPARE(data->utilisation.size(), std::size_t{48});
        QCOMPARE(data->utilisation.front().metric, std::string("error_rate"));
        QVERIFY(near(data->utilisation.front().utilisation, 0.4));
        QCOMPARE(data->clients.size(), std::size_t{48}); // hourly buckets for a 2-day period
        QCOMPARE(data->clients.back().clients, 14.0);

        const SpendSeries& spend = data->spend;
        QCOMPARE(spend.bucket, std::string("day"));
        QCOMPARE(spend.providers, (std::vector<std::string>{"claude", "openai"}));
        QCOMPARE(spend.points.size(), std::size_t{4});
        QCOMPARE(spend.points[0].cost, std::optional(MicroUsd::fromDollars(10)));
        QCOMPARE(spend.points[1].cost, std::optional(MicroUsd::fromDollars(5)));
        QCOMPARE(spend.points[2].cost, std::optional(MicroUsd::fromDollars(10)));
        QVERIFY(!spend.points[3].cost); // openai had no row on day 2: no data, not $0
        QVERIFY(!spend.projection.empty() || !spend.projectionReason.empty());

        QCOMPARE(data->timeline.size(), std::size_t{2});
        QCOMPARE(data->timeline[0].kind, std::string(kTimelineModeSet));
        QCOMPARE(data->timeline[0].from, std::string("starter"));
        QCOMPARE(data->timeline[0].to, std::string("growth"));
        QCOMPARE(data->timeline[0].reason, std::string("clients grew"));
        QCOMPARE(data->timeline[1].kind, std::string(kTimelineTierChanged));
        QCOMPARE(data->timeline[1].at, kFrom + 24h);
        QCOMPARE(data->timeline[1].to, std::string("hard_launch"));

        const DecisionSummary& d = data->decisions;
        QCOMPARE(d.decided, std::size_t{3});
        QCOMPARE(d.accepted, std::size_t{1});
        QCOMPARE(d.deferred, std::size_t{1});
        QCOMPARE(d.rejected, std::size_t{1});
        QVERIFY(near(d.acceptanceRate, 1.0 / 3.0));
        QCOMPARE(d.implemented, std::size_t{1});
        QCOMPARE(d.decisions.size(), std::size_t{3});
        QCOMPARE(d.decisions[0].verdict, std::string("accept"));
        QCOMPARE(d.outcomes.size(), std::size_t{1});
        QCOMPARE(d.outcomes[0].recommendationType, std::string("add_redis_cache"));
        QCOMPARE(d.outcomes[0].predictedMin, std::optional(MicroUsd::fromDollars(10)));
        QCOMPARE(d.outcomes[0].predictedMax, std::optional(MicroUsd::fromDollars(30)));
        QCOMPARE(d.outcomes[0].actualMonthlyCost, std::optional(MicroUsd::fromDollars(20)));
        QCOMPARE(d.outcomes[0].verdict, std::string("within_prediction"));

        QVERIFY(!data->strain.available);
        QCOMPARE(data->section(ReportSection::StrainReadiness)->reason,
                 std::string(kReasonNoStrainResults));
        QVERIFY(data->quality.gaps.empty());
        QCOMPARE(data->quality.ledgerDaysMissing, std::size_t{0});
        QVERIFY(near(data->quality.meanConfidence, 1.0));
        for (ReportSection s :
             {ReportSection::KeyFigures, ReportSection::HealthTrend, ReportSection::Spend,
              ReportSection::Decisions, ReportSection::ScalingTimeline}) {
            QVERIFY2(!data->section(s)->empty, keyOf(s).data());
        }

        // The previous period has no decisions, no timeline: both say so.
        auto before = build(m_fixture, kPrevFrom, kFrom);
        QVERIFY(before.has_value());
        QVERIFY(before->section(ReportSection::Decisions)->empty);
        QCOMPARE(before->section(ReportSection::Decisions)->reason,
                 std::string(kReasonNoDecisions));
        QVERIFY(!before->decisions.acceptanceRate); // no rate, never 0 %
        QCOMPARE(before->section(ReportSection::ScalingTimeline)->reason,
                 std::string(kReasonNoEvents));
    }

    void sectionsLeftOut() {
        auto data = build(m_fixture, kFrom, kTo, {ReportSection::KeyFigures});
        QVERIFY(data.has_value());
        QVERIFY(data->healthTrend.empty());
        QVERIFY(!data->section(ReportSection::HealthTrend)->included);
        QCOMPARE(data->section(ReportSection::HealthTrend)->reason,
                 std::string(kReasonNotRequested));
        QVERIFY(data->section(ReportSection::KeyFigures)->included);
    }

    void emptyPeriod() {
        const RowId id = makeWorkspace(*m_store, "empty");
        QVERIFY(id != 0);
        auto ws = m_store->workspace("empty");
        QVERIFY(ws.has_value());
        auto data = build(*ws, kFrom, kFrom + 24h);
        QVERIFY2(data.has_value(), data ? "" : data.error().message.c_str());
        for (const KeyFigure& f : data->keyFigures) {
            QVERIFY2(!f.value && !f.text && !f.previous && !f.previousText, f.id.c_str());
            QVERIFY2(!f.reason.empty() && !f.previousReason.empty(), f.id.c_str());
        }
        QCOMPARE(figureOf(*data, kFigureClients).reason, std::string(kReasonNoSnapshots));
        QCOMPARE(figureOf(*data, kFigureAiSpend).reason, std::string(kReasonNoLedgerRows));
        QCOMPARE(figureOf(*data, kFigureUptime).reason, std::string(kReasonNotMeasured));
        for (const SectionState& s : data->sections) {
            if (s.section == keyOf(ReportSection::DataQuality)) {
                QVERIFY(!s.empty);
                continue;
            }
            QVERIFY2(s.empty && !s.reason.empty(), s.section.c_str());
        }
        QCOMPARE(data->section(ReportSection::HealthTrend)->reason,
                 std::string(kReasonNoSnapshots));
        QCOMPARE(data->section(ReportSection::Spend)->reason, std::string(kReasonNoLedgerRows));
        // The whole period is one gap, and the notes say there is no data at all.
        QCOMPARE(data->quality.gaps.size(), std::size_t{1});
        QCOMPARE(data->quality.gaps[0].from, kFrom);
        QCOMPARE(data->quality.gaps[0].to, kFrom + 24h);
        QCOMPARE(data->quality.ledgerDaysMissing, std::size_t{1});
        QVERIFY(!data->quality.meanConfidence);
        QVERIFY(std::ranges::any_of(
            data->quality.notes, [](const QualityNote& n) { return n.code == "no_stored_data"; }));
    }

    void periodWithGap() {
        const RowId id = makeWorkspace(*m_store, "gappy");
        QVERIFY(id != 0);
        for (int i = 0; i < 24; ++i) {
            if (i >= 10 && i <= 14) {
                continue; // the source was down 10:00 - 14:59
            }
            const Timestamp at = kFrom + i * 1h;
            const Hour h{5, 0.01, 75.0, 50, "soft_launch", "starter", false};
            QVERIFY(m_store->ingest(id, snapshotOf(at, h), evaluationOf(at, h)).has_value());
        }
        auto data = build(*m_store->workspace("gappy"), kFrom, kFrom + 24h);
        QVERIFY(data.has_value());
        QCOMPARE(data->quality.gaps.size(), std::size_t{1});
        QCOMPARE(data->quality.gaps[0].from, kFrom + 9h);
        QCOMPARE(data->quality.gaps[0].to, kFrom + 15h);
        QCOMPARE(data->quality.gaps[0].length, std::chrono::seconds{6h});
        QCOMPARE(data->quality.storedInstants, std::size_t{19});
        // The trend keeps only stored points: nothing is drawn across the gap.
        QCOMPARE(data->healthTrend.size(), std::size_t{19});
        const auto csv = reportToCsv(*data);
        const auto rows = tableOf(csv.at("data_quality.csv"));
        QVERIFY(std::ranges::any_of(rows, [](const auto& r) {
            return r.at("item") == "gap" && r.at("from") == "2026-05-01T09:00:00Z" &&
                   r.at("to") == "2026-05-01T15:00:00Z" && r.at("seconds") == "21600";
        }));
    }

    void reversedOrEmptyPeriodIsAnError() {
        auto reversed = build(m_fixture, kTo, kFrom);
        QVERIFY(!reversed.has_value());
        QCOMPARE(reversed.error().code, ErrorCode::InvalidArgument);
        QVERIFY(reversed.error().message.find("reversed") != std::string::npos);
        auto empty = build(m_fixture, kFrom, kFrom);
        QVERIFY(!empty.has_value());
        QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
        QVERIFY(empty.error().message.find("empty") != std::string::npos);
        auto other = buildReport(*m_store, m_fixture, m_catalog,
                                 ReportRequest{"someone-else", kFrom, kTo, {}}, kNow);
        QVERIFY(!other.has_value());
        QCOMPARE(other.error().code, ErrorCode::InvalidArgument);
    }

    void jsonAndCsvHoldTheSameNumbers() {
        auto data = build(m_fixture, kFrom, kTo);
        QVERIFY(data.has_value());
        const auto json = nlohmann::json::parse(reportToJsonText(*data));
        QCOMPARE(json["format"].get<std::string>(), std::string(kReportJsonFormat));
        QCOMPARE(json["period"]["from"].get<std::string>(), std::string("2026-05-01T00:00:00Z"));
        const auto csv = reportToCsv(*data);
        for (const char* name : {"key_figures.csv", "health_trend.csv", "clients.csv",
                                 "utilisation.csv", "spend_by_provider.csv", "scaling_timeline.csv",
                                 "decisions.csv", "data_quality.csv"}) {
            QVERIFY2(csv.contains(name), name);
        }

        // Key figures: the same value, previous value and change, to the last bit.
        const auto csvFigures = tableOf(csv.at("key_figures.csv"));
        QCOMPARE(csvFigures.size(), data->keyFigures.size());
        QCOMPARE(json["key_figures"].size(), data->keyFigures.size());
        for (std::size_t i = 0; i < data->keyFigures.size(); ++i) {
            const KeyFigure& f = data->keyFigures[i];
            const auto& j = json["key_figures"][i];
            const auto& c = csvFigures[i];
            QCOMPARE(j["id"].get<std::string>(), f.id);
            QCOMPARE(c.at("id"), f.id);
            if (f.text) {
                QCOMPARE(j["value"].get<std::string>(), *f.text);
                QCOMPARE(c.at("value"), *f.text);
                continue;
            }
            QVERIFY2(jsonValue(j["value"]) == f.value, f.id.c_str());
            QVERIFY2(jsonValue(j["previous"]) == f.previous, f.id.c_str());
            QVERIFY2(jsonValue(j["change"]) == f.change, f.id.c_str());
            QVERIFY2(csvValue(c.at("value")) == f.value, f.id.c_str());
            QVERIFY2(csvValue(c.at("previous")) == f.previous, f.id.c_str());
            QVERIFY2(csvValue(c.at("change_ratio")) == f.changeRatio, f.id.c_str());
            QCOMPARE(c.at("reason"), f.reason);
            QCOMPARE(j["reason"].is_null(), f.reason.empty());
        }

        // Spend per provider and day.
        const auto csvSpend = tableOf(csv.at("spend_by_provider.csv"));
        QCOMPARE(csvSpend.size(), data->spend.points.size());
        for (std::size_t i = 0; i < data->spend.points.size(); ++i) {
            const ProviderSpend& p = data->spend.points[i];
            if (p.cost) {
                QCOMPARE(json["spend"]["points"][i]["usd"].get<double>(), p.cost->dollars());
                QCOMPARE(std::stod(csvSpend[i].at("usd")), p.cost->dollars());
            } else {
                QVERIFY(json["spend"]["points"][i]["usd"].is_null());
                QCOMPARE(csvSpend[i].at("usd"), std::string());
            }
            QCOMPARE(csvSpend[i].at("provider"), p.provider);
            QCOMPARE(csvSpend[i].at("from"), formatDay(p.from));
        }

        // Health trend: the unscored hour is empty in CSV and null in JSON.
        const auto csvHealth = tableOf(csv.at("health_trend.csv"));
        QCOMPARE(csvHealth.size(), data->healthTrend.size());
        QCOMPARE(csvHealth[3].at("overall"), std::string());
        QVERIFY(json["health_trend"][3]["overall"].is_null());
        QVERIFY(csvValue(csvHealth[4].at("overall")) == data->healthTrend[4].overall);

        // Decisions: the acceptance rate and each row.
        const auto summary = tableOf(csv.at("decision_summary.csv"));
        const auto rate = std::ranges::find_if(
            summary, [](const auto& r) { return r.at("figure") == "acceptance_rate"; });
        QVERIFY(rate != summary.end());
        QVERIFY(csvValue(rate->at("value")) == data->decisions.acceptanceRate);
        QVERIFY(jsonValue(json["decisions"]["acceptance_rate"]) == data->decisions.acceptanceRate);
        QCOMPARE(tableOf(csv.at("decisions.csv")).size(), data->decisions.decisions.size());
        const auto outcomes = tableOf(csv.at("outcomes.csv"));
        QCOMPARE(outcomes.size(), std::size_t{1});
        QCOMPARE(outcomes[0].at("predicted_min_usd"), std::string("10"));
        QCOMPARE(outcomes[0].at("actual_monthly_usd"), std::string("20"));
        QCOMPARE(tableOf(csv.at("scaling_timeline.csv")).size(), data->timeline.size());
        QCOMPARE(tableOf(csv.at("clients.csv")).size(), data->clients.size());
        QCOMPARE(tableOf(csv.at("utilisation.csv")).size(), data->utilisation.size());
    }

    void csvQuotingAndNumbers() {
        QCOMPARE(csvField("plain"), std::string("plain"));
        QCOMPARE(csvField("a,b"), std::string("\"a,b\""));
        QCOMPARE(csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField("two\nlines"), std::string("\"two\nlines\""));
        QCOMPARE(csvNumber(0.0000001), std::string("0.0000001"));
        QCOMPARE(csvNumber(1800), std::string("1800"));
        QCOMPARE(csvNumber(-0.25), std::string("-0.25"));
        QCOMPARE(csvDollars(MicroUsd{12'500'000}), std::string("12.5"));
        QCOMPARE(csvDollars(MicroUsd{-1}), std::string("-0.000001"));
        QCOMPARE(csvDollars(MicroUsd{3'000'000}), std::string("3"));
    }

    void demoWorkspace() {
        test::TempDatabases dbs(QStringLiteral("demo"));
        auto store = dbs.open(dbs.freshPath());
        QVERIFY(store != nullptr);
        const Timestamp now = std::chrono::sys_days{std::chrono::year{2026} / 6 / 1};
        auto populated = populateDemoWorkspace(*store, m_catalog, now);
        QVERIFY2(populated.has_value(), populated ? "" : populated.error().message.c_str());
        auto ws = store->workspace(kDemoWorkspaceName);
        QVERIFY(ws.has_value());

        QElapsedTimer timer;
        timer.start();
        auto whole = buildReport(*store, *ws, m_catalog,
                                 ReportRequest{ws->name, now - std::chrono::days{90}, now + 1h, {}},
                                 now + 1h);
        const auto ninetyDaysMs = timer.elapsed();
        QVERIFY2(whole.has_value(), whole ? "" : whole.error().message.c_str());
        QVERIFY(whole->demo);
        QVERIFY(near(figureOf(*whole, kFigureClients).value, 45));
        QVERIFY(figureOf(*whole, kFigureHealth).value.has_value());
        QVERIFY(figureOf(*whole, kFigureAiSpend).value.has_value());
        QVERIFY(figureOf(*whole, kFigureCostPerClient).value.has_value());
        QVERIFY(!whole->healthTrend.empty());
        QVERIFY(!whole->utilisation.empty());
        QVERIFY(whole->clients.size() >= 80);
        QVERIFY(!whole->spend.points.empty());
        QVERIFY(!whole->spend.projection.empty());
        QVERIFY(whole->decisions.decided >= 1);
        QVERIFY(!whole->timeline.empty());
        QVERIFY(!whole->section(ReportSection::Spend)->empty);

        // Rolled up (hourly raw rows older than a day become buckets), the report reads the
        // buckets and says so; the figures judged by the last evaluation stay as they were.
        for (bool more = true; more;) {
            auto rolled = store->rollUp(RollUpRequest{ws->id, now + 1h, {}, 24 * 120});
            QVERIFY2(rolled.has_value(), rolled ? "" : rolled.error().message.c_str());
            more = rolled->more;
        }
        timer.restart();
        auto rolledUp = buildReport(
            *store, *ws, m_catalog,
            ReportRequest{ws->name, now - std::chrono::days{90}, now + 1h, {}}, now + 1h);
        const auto rolledMs = timer.elapsed();
        QVERIFY2(rolledUp.has_value(), rolledUp ? "" : rolledUp.error().message.c_str());
        QVERIFY(near(figureOf(*rolledUp, kFigureClients).value, 45));
        QVERIFY(!rolledUp->healthTrend.empty());
        QVERIFY(std::ranges::any_of(rolledUp->quality.resolution,
                                    [](const ResolutionStretch& r) { return r.kind != "raw"; }));
        for (const auto* id : {kFigureAiSpend.data(), kFigureTotalSpend.data()}) {
            QCOMPARE(figureOf(*rolledUp, id).value, figureOf(*whole, id).value);
        }
        for (const auto& s : rolledUp->timeline) {
            QVERIFY(s.kind != kTimelineFrozen || s.from.empty());
        }

        timer.restart();
        auto twoYears = buildReport(
            *store, *ws, m_catalog,
            ReportRequest{ws->name, now - std::chrono::days{730}, now + 1h, {}}, now + 1h);
        const auto twoYearsMs = timer.elapsed();
        QVERIFY2(twoYears.has_value(), twoYears ? "" : twoYears.error().message.c_str());
        QCOMPARE(twoYears->spend.bucket, std::string("month"));
        // The years before the demo began are one gap the data-quality section names.
        QVERIFY(!twoYears->quality.gaps.empty());
        QCOMPARE(twoYears->quality.gaps.front().from, now - std::chrono::days{730});
        // The previous two years hold nothing: every previous figure is absent with a reason.
        for (const KeyFigure& f : twoYears->keyFigures) {
            QVERIFY2(!f.previous && !f.previousText && !f.previousReason.empty(), f.id.c_str());
        }
        const auto json = reportToJsonText(*twoYears);
        const auto csv = reportToCsv(*twoYears);
        qInfo("demo report: 90 days %lld ms (rolled up: %lld ms), two years %lld ms; JSON %zu "
              "bytes, %zu CSV tables",
              static_cast<long long>(ninetyDaysMs), static_cast<long long>(rolledMs),
              static_cast<long long>(twoYearsMs), json.size(), csv.size());
        // Speed is measured by tests/bench/bench_report, not asserted here.
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_report_builder.moc"
