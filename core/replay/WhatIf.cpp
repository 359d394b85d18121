// What-if pipelines and their driver (see WhatIf.h).
#include "WhatIf.h"

#include "model/Text.h"
#include "policy/ScalingConfigCheck.h"
#include "replay/ScalingTimeline.h"
#include "replay/WhatIfDiff.h"

#include <algorithm>
#include <future>
#include <set>
#include <system_error>

namespace headroom {

namespace {

bool isScalingEvent(EventKind kind) {
    return kind == EventKind::ModeSet || kind == EventKind::ScalingFrozen ||
           kind == EventKind::ScalingUnfrozen || kind == EventKind::AutoModeChanged ||
           kind == EventKind::ScalingConfigChanged;
}

bool contains(const std::vector<std::string>& list, std::string_view item) {
    return std::ranges::find(list, item) != list.end();
}

int rank(Status s) {
    switch (s) {
    case Status::Critical:
        return 3;
    case Status::Warning:
        return 2;
    case Status::Healthy:
        return 1;
    case Status::Unknown:
        return 0;
    }
    return 0;
}

} // namespace

ReplayPipeline::ReplayPipeline(ReplayPipelineOptions options)
    : m_options(std::move(options)) {
    if (!m_options.scaling) {
        m_options.scaling = std::make_shared<ScalingHistory>();
    }
    for (const Event& e : m_options.scaling->events) {
        if (isScalingEvent(e.kind)) {
            m_scalingEvents.push_back(e);
        }
    }
    std::ranges::stable_sort(m_scalingEvents, [](const Event& a, const Event& b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    std::ranges::stable_sort(m_options.decisions, [](const Decision& a, const Decision& b) {
        return a.decidedAt != b.decidedAt ? a.decidedAt < b.decidedAt : a.id < b.id;
    });
}

Result<void> ReplayPipeline::updateCatalog(Timestamp at) {
    std::size_t before = m_eventsApplied;
    while (before < m_scalingEvents.size() && m_scalingEvents[before].at < at) {
        ++before;
    }
    if (m_catalogReady && before == m_eventsApplied) {
        return {}; // no scaling event crossed: the cached catalog holds
    }
    m_eventsApplied = before;
    m_catalogReady = true;
    const ScalingHistory& scaling = *m_options.scaling;
    if (!scaling.current) {
        // Never configured: the engine evaluates with its catalog and the workspace's mode.
        m_inForce = m_options.catalog;
        m_modeId = scaling.workspaceModeId;
        return {};
    }
    auto config = scalingConfigAt(*scaling.current, m_scalingEvents, at - std::chrono::seconds(1));
    if (!config) {
        return std::unexpected(config.error());
    }
    m_inForce = applyScalingConfig(m_options.catalog, *config);
    if (contains(m_options.keepSections, "modes")) {
        m_inForce.modes = m_options.catalog.modes;
    }
    if (contains(m_options.keepSections, "guardrails")) {
        m_inForce.guardrails = m_options.catalog.guardrails;
    }
    m_modeId = config->modeId;
    return {};
}

void ReplayPipeline::applyDecisions(Timestamp upTo) {
    auto& decisions = m_options.decisions;
    for (; m_nextDecision < decisions.size() && decisions[m_nextDecision].decidedAt <= upTo;
         ++m_nextDecision) {
        const Decision& d = decisions[m_nextDecision];
        TrackedRecommendation* target = nullptr;
        for (auto& t : m_tracked) {
            const auto state = t.recommendation.state;
            if (t.recommendation.type == d.recommendationType &&
                (state == RecommendationState::Open || state == RecommendationState::Deferred) &&
                (!target || t.recommendation.id > target->recommendation.id)) {
                target = &t;
            }
        }
        if (!target) {
            ++m_trace.decisionsUnmatched;
            continue;
        }
        switch (d.verdict) {
        case Verdict::Accept:
            target->recommendation.state = RecommendationState::Accepted;
            break;
        case Verdict::Reject:
            target->recommendation.state = RecommendationState::Rejected;
            break;
        case Verdict::Defer:
            target->recommendation.state = RecommendationState::Deferred;
            break;
        }
        target->recommendation.revisitAt = d.revisitAt;
        ++m_trace.decisionsApplied;
    }
}

void ReplayPipeline::reconcile(const Evaluation& evaluation, Timestamp at) {
    const auto changes = reconcileRecommendations(m_tracked, evaluation.recommendations, 0, at);
    for (const auto& change : changes) {
        if (change.action == ReconcileAction::Open) {
            TrackedRecommendation row = change.after;
            row.recommendation.id = m_nextId++;
            m_openEpisode[row.recommendation.id] = m_trace.episodes.size();
            m_trace.episodes.push_back(
                {row.recommendation.type, at, std::nullopt, row.recommendation.severity});
            m_tracked.push_back(std::move(row));
            continue;
        }
        const RowId id = change.after.recommendation.id;
        auto it = std::ranges::find_if(
            m_tracked, [&](const TrackedRecommendation& t) { return t.recommendation.id == id; });
        if (it == m_tracked.end()) {
            continue; // cannot happen: changes name rows of m_tracked
        }
        *it = change.after;
        auto episode = m_openEpisode.find(id);
        switch (change.action) {
        case ReconcileAction::Resolve:
        case ReconcileAction::Close:
            if (episode != m_openEpisode.end()) {
                m_trace.episodes[episode->second].closedAt = at;
                m_openEpisode.erase(episode);
            }
            break;
        case ReconcileAction::Reopen:
            if (episode == m_openEpisode.end()) {
                m_openEpisode[id] = m_trace.episodes.size();
                m_trace.episodes.push_back(
                    {it->recommendation.type, at, std::nullopt, it->recommendation.severity});
                break;
            }
            [[fallthrough]];
        case ReconcileAction::Refresh:
        case ReconcileAction::Touch:
            if (episode != m_openEpisode.end()) {
                auto& e = m_trace.episodes[episode->second];
                if (rank(it->recommendation.severity) > rank(e.severity)) {
                    e.severity = it->recommendation.severity;
                }
            }
            break;
        case ReconcileAction::Open:
            break;
        }
    }
    // Keep what the store's selectTracked would read: open rows, rows whose condition is
    // active, and the newest row of each type. The rest can never change again.
    std::map<std::string, RowId, std::less<>> newest;
    for (const auto& t : m_tracked) {
        auto& n = newest[t.recommendation.type];
        n = std::max(n, t.recommendation.id);
    }
    std::erase_if(m_tracked, [&](const TrackedRecommendation& t) {
        return t.recommendation.state != RecommendationState::Open && !t.conditionActive &&
               newest[t.recommendation.type] != t.recommendation.id;
    });
}

void ReplayPipeline::track(const Evaluation& evaluation, Timestamp at) {
    if (m_trace.snapshots > 0) {
        if (m_last.capacity.tierId != evaluation.capacity.tierId) {
            m_trace.tiers.push_back({at, m_last.capacity.tierId, evaluation.capacity.tierId});
        }
        if (m_last.mode.action != evaluation.mode.action) {
            m_trace.advice.push_back(
                {at, m_last.mode.action, evaluation.mode.action, evaluation.mode.nextModeId});
        }
    }
    if (!m_trace.first) {
        m_trace.first = at;
    }
    m_trace.last = at;
    ++m_trace.snapshots;
}

Result<const Evaluation*> ReplayPipeline::feed(const Snapshot& snapshot) {
    const Timestamp at = snapshot.takenAt();
    applyDecisions(at);
    if (auto ok = updateCatalog(at); !ok) {
        return std::unexpected(ok.error());
    }
    Evaluation evaluation =
        evaluateStep(snapshot, m_inForce, m_inForce.policies, {at, m_modeId}, m_step);
    reconcile(evaluation, at);
    track(evaluation, at);
    m_last = std::move(evaluation);
    return &m_last;
}

ReplayTrace ReplayPipeline::finish() {
    return m_trace;
}

namespace {

std::string typesOf(const Evaluation& e) {
    std::set<std::string> types;
    for (const auto& r : e.recommendations) {
        types.insert(r.type);
    }
    std::string out;
    for (const auto& t : types) {
        out += (out.empty() ? "" : ",") + t;
    }
    return out;
}

void compare(const Evaluation& stored, const Evaluation& replayed, Timestamp at,
             WhatIfFidelity& f) {
    ++f.compared;
    const auto note = [&](std::string field, std::string was, std::string now) {
        if (f.firstMismatches.size() < kMaxFidelityExamples) {
            f.firstMismatches.push_back({at, std::move(field), std::move(was), std::move(now)});
        }
    };
    const bool tier = stored.capacity.tierId == replayed.capacity.tierId;
    const bool mode = stored.mode.action == replayed.mode.action;
    const std::string storedTypes = typesOf(stored);
    const std::string replayedTypes = typesOf(replayed);
    const bool recs = storedTypes == replayedTypes;
    f.tierMatched += tier ? 1 : 0;
    f.modeMatched += mode ? 1 : 0;
    f.recommendationsMatched += recs ? 1 : 0;
    f.matched += tier && mode && recs ? 1 : 0;
    if (!tier) {
        note("tier", stored.capacity.tierId, replayed.capacity.tierId);
    }
    if (!mode) {
        note("mode_action", std::string(keyOf(stored.mode.action)),
             std::string(keyOf(replayed.mode.action)));
    }
    if (!recs) {
        note("recommendations", storedTypes, replayedTypes);
    }
}

} // namespace

Result<void> feedBoth(ReplayPipeline& baseline, ReplayPipeline& edited, std::size_t count,
                      const std::function<const Snapshot&(std::size_t)>& snapshotAt,
                      const std::function<void(std::size_t, const Evaluation&)>& onBaseline) {
    auto feedEdited = [&]() -> Result<void> {
        for (std::size_t i = 0; i < count; ++i) {
            if (auto ok = edited.feed(snapshotAt(i)); !ok) {
                return std::unexpected(ok.error());
            }
        }
        return {};
    };
    std::future<Result<void>> other;
    try {
        other = std::async(std::launch::async, feedEdited);
    } catch (const std::system_error&) {
        // No thread to be had: the same work, one pipeline after the other.
    }
    Result<void> result{};
    for (std::size_t i = 0; i < count; ++i) {
        auto replayed = baseline.feed(snapshotAt(i));
        if (!replayed) {
            result = std::unexpected(replayed.error());
            break;
        }
        onBaseline(i, **replayed);
    }
    Result<void> editedResult = other.valid() ? other.get() : feedEdited();
    return result ? editedResult : result;
}

Result<WhatIfReport> runWhatIf(Store& store, const Workspace& workspace, const WhatIfInput& input,
                               const JobControl& control) {
    auto scaling = std::make_shared<ScalingHistory>();
    scaling->workspaceModeId = workspace.currentModeId;
    auto config = store.scalingConfig(workspace.id);
    if (!config) {
        return std::unexpected(config.error());
    }
    scaling->current = *config;
    HistoryFilter all;
    all.limit = std::numeric_limits<std::int32_t>::max();
    all.kinds = {EventKind::ModeSet, EventKind::ScalingFrozen, EventKind::ScalingUnfrozen,
                 EventKind::AutoModeChanged, EventKind::ScalingConfigChanged};
    auto events = store.events(workspace.id, all);
    if (!events) {
        return std::unexpected(events.error());
    }
    scaling->events = std::move(*events);
    HistoryFilter decisionFilter;
    decisionFilter.limit = all.limit;
    auto decisions = store.decisions(workspace.id, decisionFilter);
    if (!decisions) {
        return std::unexpected(decisions.error());
    }

    // The range actually stored, cut to the one asked for.
    auto first = store.snapshots(workspace.id, input.range, 1);
    if (!first) {
        return std::unexpected(first.error());
    }
    Timestamp from{};
    Timestamp to{};
    if (!first->empty()) {
        from = first->front().snapshot.takenAt();
        auto last = store.latestSnapshot(workspace.id);
        if (!last) {
            return std::unexpected(last.error());
        }
        to = *last ? std::max(from, (*last)->snapshot.takenAt()) : from;
        if (input.range.to) {
            to = std::min(to, *input.range.to);
        }
    }
    // Decisions outside the replayed range have nothing to act on there.
    std::erase_if(*decisions,
                  [&](const Decision& d) { return d.decidedAt < from || d.decidedAt > to; });
    ReplayPipeline baseline({input.baseline, input.editedSections, scaling, *decisions});
    ReplayPipeline edited({input.edited, input.editedSections, scaling, *decisions});
    WhatIfFidelity fidelity;
    if (!first->empty()) {
        const auto day = std::chrono::days(1);
        const auto firstDay = std::chrono::floor<std::chrono::days>(from);
        const auto total =
            std::uint64_t((std::chrono::floor<std::chrono::days>(to) - firstDay) / day) + 1;
        std::uint64_t done = 0;
        control.report({"evaluating", 0, total});
        for (Timestamp dayStart = firstDay; dayStart <= to; dayStart += day) {
            if (control.cancelled()) {
                return fail(ErrorCode::Cancelled,
                            cat("what-if on '", workspace.name, "' cancelled after ", done, " of ",
                                total, " days"));
            }
            const Timestamp chunkFrom = std::max(dayStart, from);
            const Timestamp chunkTo = std::min(dayStart + day - std::chrono::seconds(1), to);
            auto chunk = store.snapshots(workspace.id, {chunkFrom, chunkTo},
                                         std::numeric_limits<std::int32_t>::max());
            if (!chunk) {
                return std::unexpected(chunk.error());
            }
            const auto& rows = *chunk;
            auto fed = feedBoth(
                baseline, edited, rows.size(),
                [&](std::size_t i) -> const Snapshot& { return rows[i].snapshot; },
                [&](std::size_t i, const Evaluation& replayed) {
                    compare(rows[i].evaluation, replayed, rows[i].snapshot.takenAt(), fidelity);
                });
            if (!fed) {
                return std::unexpected(fed.error());
            }
            control.report({"evaluating", ++done, total});
        }
    }
    WhatIfReport report = diffTraces(baseline.finish(), edited.finish());
    report.fidelity = std::move(fidelity);
    return report;
}

} // namespace headroom
