#include "report/ReportBuilder.h"

#include "model/Text.h"
#include "report/ReportParts.h"

#include <algorithm>
#include <array>
#include <limits>

namespace headroom {

namespace {

using namespace report;

constexpr std::array kSections{
    ReportSection::KeyFigures, ReportSection::HealthTrend,     ReportSection::Utilisation,
    ReportSection::Spend,      ReportSection::Clients,         ReportSection::ScalingTimeline,
    ReportSection::Decisions,  ReportSection::StrainReadiness, ReportSection::DataQuality};

bool wanted(const ReportRequest& request, ReportSection section) {
    return request.sections.empty() ||
           std::ranges::find(request.sections, section) != request.sections.end();
}

// Why a series read from the evaluations is empty.
std::string_view emptyEvaluationReason(const PeriodReadings& period) {
    return period.samples.empty() ? kReasonNoSnapshots : kReasonNotEvaluated;
}

ReportLabels labelsOf(const Catalog& catalog) {
    ReportLabels labels;
    for (const Tier& t : catalog.tiers) {
        labels.tiers.emplace(t.id, t.name);
    }
    for (const Mode& m : catalog.modes) {
        labels.modes.emplace(m.id, m.name);
    }
    for (const RecommendationTemplate& r : catalog.recommendations) {
        labels.recommendations.emplace(r.type, r.title);
    }
    for (const AiProvider& p : catalog.aiProviders) {
        labels.providers.emplace(p.id, p.name);
    }
    return labels;
}

SectionState stateOf(ReportSection section, const ReportData& data, const PeriodReadings& period) {
    SectionState s{std::string(keyOf(section)), true, false, {}};
    auto emptyIf = [&s](bool empty, std::string_view reason) {
        s.empty = empty;
        s.reason = empty ? std::string(reason) : std::string();
    };
    switch (section) {
    case ReportSection::KeyFigures:
        emptyIf(std::ranges::none_of(data.keyFigures,
                                     [](const KeyFigure& f) { return f.value || f.text; }),
                period.samples.empty() ? kReasonNoSnapshots : kReasonNoLedgerRows);
        break;
    case ReportSection::HealthTrend:
        emptyIf(std::ranges::none_of(data.healthTrend,
                                     [](const HealthPoint& p) { return p.overall.has_value(); }),
                emptyEvaluationReason(period));
        break;
    case ReportSection::Utilisation:
        emptyIf(data.utilisation.empty(), emptyEvaluationReason(period));
        break;
    case ReportSection::Spend:
        emptyIf(std::ranges::none_of(data.spend.points,
                                     [](const ProviderSpend& p) { return p.cost.has_value(); }),
                kReasonNoLedgerRows);
        break;
    case ReportSection::Clients:
        emptyIf(data.clients.empty(),
                period.samples.empty() ? kReasonNoSnapshots : kReasonMetricMissing);
        break;
    case ReportSection::ScalingTimeline:
        emptyIf(data.timeline.empty(), kReasonNoEvents);
        break;
    case ReportSection::Decisions:
        emptyIf(data.decisions.decided == 0 && data.decisions.outcomes.empty(), kReasonNoDecisions);
        break;
    case ReportSection::StrainReadiness:
        emptyIf(!data.strain.available, data.strain.reason);
        break;
    case ReportSection::DataQuality:
        break; // always states what it found, "no gaps" included
    }
    return s;
}

Result<void> checkRequest(const Workspace& workspace, const ReportRequest& request) {
    if (request.to < request.from) {
        return fail(ErrorCode::InvalidArgument,
                    cat("report period is reversed: from ", formatIso(request.from),
                        " is after to ", formatIso(request.to)));
    }
    if (request.to == request.from) {
        return fail(ErrorCode::InvalidArgument,
                    cat("report period is empty: from and to are both ", formatIso(request.from)));
    }
    if (!request.workspace.empty() && request.workspace != workspace.name) {
        return fail(ErrorCode::InvalidArgument,
                    cat("report request names workspace '", request.workspace,
                        "' but was given workspace '", workspace.name, "'"));
    }
    return {};
}

Result<LedgerIndex> readLedger(Store& store, const Workspace& workspace, const Catalog& catalog,
                               DayRange days) {
    auto usage = store.usageRows(workspace.id, days);
    if (!usage) {
        return std::unexpected(usage.error());
    }
    auto services = store.serviceCostRows(workspace.id, days);
    if (!services) {
        return std::unexpected(services.error());
    }
    return LedgerIndex::build(*usage, *services, catalog.costs);
}

} // namespace

namespace report {

TimeRange storeRange(Timestamp from, Timestamp to) {
    return TimeRange{from, to - std::chrono::seconds{1}};
}

DayRange ledgerDays(Timestamp from, Timestamp to) {
    return DayRange{dayOf(from), dayOf(to - std::chrono::seconds{1})};
}

std::optional<double> timeWeightedMean(std::span<const SeriesPoint> points, MetricId metric,
                                       Timestamp end) {
    constexpr std::chrono::seconds kMaxWeight{3600};
    double sum = 0.0;
    double weights = 0.0;
    const SeriesPoint* previous = nullptr;
    auto add = [&](const SeriesPoint& p, std::chrono::seconds span) {
        const auto w = p.resolution.count() > 0
                           ? p.resolution
                           : std::clamp(span, std::chrono::seconds{1}, kMaxWeight);
        sum += p.value * static_cast<double>(w.count());
        weights += static_cast<double>(w.count());
    };
    for (const SeriesPoint& p : points) {
        if (p.metric != metric) {
            continue;
        }
        if (previous != nullptr) {
            add(*previous, p.at - previous->at);
        }
        previous = &p;
    }
    if (previous == nullptr) {
        return std::nullopt;
    }
    add(*previous, std::max(end - previous->at, std::chrono::seconds{1}));
    return sum / weights;
}

Result<PeriodReadings> readPeriod(Store& store, RowId workspaceId, Timestamp from, Timestamp to,
                                  const LedgerIndex& ledger) {
    PeriodReadings period;
    period.from = from;
    period.to = to;
    period.days = ledgerDays(from, to);
    const TimeRange range = storeRange(from, to);
    auto samples = store.snapshotsSampled(workspaceId, range, kTrendSamples);
    if (!samples) {
        return std::unexpected(samples.error());
    }
    period.samples = std::move(*samples);
    constexpr std::array kMeanMetrics{MetricId::ActiveClients, MetricId::ErrorRate};
    auto means =
        store.series(workspaceId, kMeanMetrics, range, SeriesOptions{RollupStatistic::Mean});
    if (!means) {
        return std::unexpected(means.error());
    }
    period.means = std::move(*means);
    auto times = store.snapshotTimes(workspaceId, range);
    if (!times) {
        return std::unexpected(times.error());
    }
    period.instants = std::move(*times);
    period.cost = ledger.totals(period.days);
    return period;
}

} // namespace report

std::string_view keyOf(ReportSection section) {
    switch (section) {
    case ReportSection::KeyFigures:
        return "key_figures";
    case ReportSection::HealthTrend:
        return "health_trend";
    case ReportSection::Utilisation:
        return "utilisation";
    case ReportSection::Spend:
        return "spend";
    case ReportSection::Clients:
        return "clients";
    case ReportSection::ScalingTimeline:
        return "scaling_timeline";
    case ReportSection::Decisions:
        return "decisions";
    case ReportSection::StrainReadiness:
        return "strain_readiness";
    case ReportSection::DataQuality:
        return "data_quality";
    }
    return "key_figures";
}

std::optional<ReportSection> reportSectionFromString(std::string_view text) {
    for (ReportSection s : kSections) {
        if (keyOf(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

std::vector<ReportSection> allReportSections() {
    return {kSections.begin(), kSections.end()};
}

const KeyFigure* ReportData::figure(std::string_view id) const {
    const auto it = std::ranges::find(keyFigures, id, &KeyFigure::id);
    return it == keyFigures.end() ? nullptr : &*it;
}

const SectionState* ReportData::section(ReportSection which) const {
    const auto it = std::ranges::find(sections, keyOf(which), &SectionState::section);
    return it == sections.end() ? nullptr : &*it;
}

Result<ReportData> buildReport(Store& store, const Workspace& workspace, const Catalog& catalog,
                               const ReportRequest& request, Timestamp now) {
    if (auto ok = checkRequest(workspace, request); !ok) {
        return std::unexpected(ok.error());
    }
    ReportData data;
    data.workspace = workspace.name;
    data.title = workspace.title;
    data.demo = workspace.kind == WorkspaceKind::Demo;
    data.labels = labelsOf(catalog);
    data.from = request.from;
    data.to = request.to;
    data.previousFrom = request.from - (request.to - request.from);
    data.generatedAt = now;

    // One ledger index of every row up to the period's end: both periods' totals come from the
    // same rows, and the spend projection from the whole history, as the cost report makes it.
    const DayRange upToEnd{Day{}, ledgerDays(data.from, data.to).to};
    auto ledger = readLedger(store, workspace, catalog, upToEnd);
    if (!ledger) {
        return std::unexpected(ledger.error());
    }
    auto current = readPeriod(store, workspace.id, data.from, data.to, *ledger);
    if (!current) {
        return std::unexpected(current.error());
    }
    auto previous = readPeriod(store, workspace.id, data.previousFrom, data.from, *ledger);
    if (!previous) {
        return std::unexpected(previous.error());
    }

    if (wanted(request, ReportSection::KeyFigures)) {
        data.keyFigures = keyFigures(*current, *previous);
    }
    if (wanted(request, ReportSection::HealthTrend)) {
        data.healthTrend = healthTrend(current->samples);
    }
    if (wanted(request, ReportSection::Utilisation)) {
        data.utilisation = utilisationSeries(current->samples);
    }
    if (wanted(request, ReportSection::Clients)) {
        constexpr std::array kClients{MetricId::ActiveClients};
        auto maxima = store.series(workspace.id, kClients, storeRange(data.from, data.to),
                                   SeriesOptions{RollupStatistic::Max});
        if (!maxima) {
            return std::unexpected(maxima.error());
        }
        data.clients = clientsSeries(*maxima, data.from, clientsBucket(data.to - data.from));
    }
    if (wanted(request, ReportSection::Spend)) {
        auto spend = spendSeries(*ledger, current->days, catalog);
        if (!spend) {
            return std::unexpected(spend.error());
        }
        data.spend = std::move(*spend);
    }
    if (wanted(request, ReportSection::ScalingTimeline)) {
        auto timeline = scalingTimeline(store, workspace.id, data.from, data.to);
        if (!timeline) {
            return std::unexpected(timeline.error());
        }
        data.timeline = std::move(*timeline);
    }
    if (wanted(request, ReportSection::Decisions)) {
        auto decisions = decisionSummary(store, catalog, workspace, data.from, data.to);
        if (!decisions) {
            return std::unexpected(decisions.error());
        }
        data.decisions = std::move(*decisions);
    }
    if (wanted(request, ReportSection::StrainReadiness)) {
        auto strain = strainReadiness(store, catalog, workspace, data.from, data.to);
        if (!strain) {
            return std::unexpected(strain.error());
        }
        data.strain = std::move(*strain);
    }
    if (wanted(request, ReportSection::DataQuality)) {
        auto quality = dataQuality(store, workspace.id, *current, *ledger, now);
        if (!quality) {
            return std::unexpected(quality.error());
        }
        data.quality = std::move(*quality);
    }

    for (ReportSection section : kSections) {
        if (wanted(request, section)) {
            data.sections.push_back(stateOf(section, data, *current));
        } else {
            data.sections.push_back(
                {std::string(keyOf(section)), false, true, std::string(kReasonNotRequested)});
        }
    }
    return data;
}

} // namespace headroom
