#include "engine/ReplayQuery.h"

#include "engine/ScalingControl.h"
#include "model/Text.h"
#include "replay/RecommendationHistory.h"
#include "replay/ScalingTimeline.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

constexpr std::size_t kAllRows = std::numeric_limits<int>::max();

std::string detailText(const Event& e, const char* key) {
    const auto detail = nlohmann::json::parse(e.detailJson, nullptr, false);
    const auto it = detail.is_object() ? detail.find(key) : detail.end();
    return it != detail.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<TimelineMark> markOf(const Event& e) {
    switch (e.kind) {
    case EventKind::TierChanged:
        return TimelineMark{e.at, TimelineMarkKind::TierChange,
                            cat(detailText(e, "from"), " -> ", detailText(e, "to"))};
    case EventKind::ModeAdviceChanged:
        return TimelineMark{e.at, TimelineMarkKind::AdviceChange,
                            cat(detailText(e, "from"), " -> ", detailText(e, "to"))};
    case EventKind::DecisionRecorded:
        return TimelineMark{e.at, TimelineMarkKind::Decision,
                            cat(detailText(e, "verdict"), " ", e.subject)};
    case EventKind::ModeSet:
        return TimelineMark{e.at, TimelineMarkKind::ModeSet,
                            cat(detailText(e, "old"), " -> ", detailText(e, "new"))};
    default:
        return std::nullopt;
    }
}

Result<std::vector<Event>> allEvents(Store& store, RowId workspaceId, TimeRange range) {
    HistoryFilter filter;
    filter.range = range;
    filter.limit = kAllRows;
    auto events = store.events(workspaceId, filter);
    if (events) {
        std::ranges::reverse(*events); // oldest first
    }
    return events;
}

} // namespace

Result<ReplaySpan> queryReplaySpan(Store& store, const Workspace& workspace) {
    ReplaySpan span;
    span.workspace = workspace.name;
    auto times = store.snapshotTimes(workspace.id, {});
    if (!times) {
        return std::unexpected(times.error());
    }
    span.stepTimes = std::move(*times);
    if (span.stepTimes.empty()) {
        return span;
    }
    span.from = span.stepTimes.front();
    span.to = span.stepTimes.back();
    auto sampled = store.snapshotsSampled(workspace.id, {}, kReplayOverviewPoints);
    auto stretches = store.resolutionStretches(workspace.id, {});
    auto events = allEvents(store, workspace.id, {});
    if (!sampled || !stretches || !events) {
        return std::unexpected(!sampled     ? sampled.error()
                               : !stretches ? stretches.error()
                                            : events.error());
    }
    for (const auto& s : *sampled) {
        // No score (no data to judge) is a gap on the strip, never a zero.
        const auto health = s.evaluation.health.overall;
        span.overview.push_back(
            {static_cast<double>(s.snapshot.takenAt().time_since_epoch().count()),
             health && std::isfinite(*health) ? *health
                                              : std::numeric_limits<double>::quiet_NaN()});
    }
    span.stretches = std::move(*stretches);
    for (const auto& e : *events) {
        if (auto mark = markOf(e)) {
            span.marks.push_back(std::move(*mark));
        }
    }
    return span;
}

Result<ReplayView> queryReplayView(Store& store, const Catalog& catalog, const Workspace& workspace,
                                   Timestamp at, TimeRange chart) {
    ReplayView result;
    result.at = at;
    WorkspaceView& view = result.view;
    view.workspace = workspace;

    auto snapshot = store.snapshotAt(workspace.id, at);
    if (!snapshot) {
        return std::unexpected(snapshot.error());
    }
    if (*snapshot) {
        result.resolution = (*snapshot)->resolution;
        view.latest = static_cast<const StoredSnapshot&>(**snapshot);
    }
    if (!chart.to || *chart.to > at) {
        chart.to = at;
    }
    if (!chart.from || *chart.from <= *chart.to) {
        auto history = store.snapshotsSampled(workspace.id, chart, kReplayChartSnapshots);
        if (!history) {
            return std::unexpected(history.error());
        }
        for (auto& s : *history) {
            view.history.push_back(static_cast<StoredSnapshot&&>(std::move(s)));
        }
    }

    auto recommendations = store.recommendations(workspace.id);
    auto events = allEvents(store, workspace.id, {});
    HistoryFilter decided;
    decided.range.to = at;
    decided.limit = kAllRows;
    auto decisions = store.decisions(workspace.id, decided);
    if (!recommendations || !events || !decisions) {
        return std::unexpected(!recommendations ? recommendations.error()
                               : !events        ? events.error()
                                                : decisions.error());
    }
    auto past = recommendationsAt(*recommendations, *events, *decisions, at);
    if (!past) {
        return std::unexpected(past.error());
    }
    view.recommendations = std::move(*past);
    // As the live view lists them: newest first.
    std::ranges::reverse(view.recommendations);

    auto current = loadScalingConfig(store, catalog, workspace);
    if (!current) {
        return std::unexpected(current.error());
    }
    auto then = scalingConfigAt(*current, *events, at);
    if (!then) {
        return std::unexpected(then.error());
    }
    // The mode the founder had set then, not today's.
    view.workspace.currentModeId = then->modeId;
    result.scaling = std::move(*then);
    return result;
}

} // namespace headroom
