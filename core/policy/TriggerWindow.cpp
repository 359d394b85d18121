// Seed 004's triggers over an incrementally kept lookback window (see TriggerWindow.h).
#include "TriggerWindow.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace headroom {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

template <typename Points>
bool holdsInstant(const Points& points, Timestamp at) {
    if (points.empty() || at > points.back().at) {
        return false;
    }
    if (at == points.back().at) {
        return true;
    }
    return std::ranges::binary_search(points, at, {}, [](const auto& p) { return p.at; });
}

} // namespace

namespace {

constexpr std::size_t kMaxHalfWidth = 2048;

} // namespace

void TriggerWindow::RankBand::insert(double value) {
    if (!m_built) {
        return; // built from the points when first read
    }
    if (value < m_from) {
        ++m_below;
    } else if (value > m_to) {
        ++m_above;
    } else {
        m_band.insert(std::ranges::upper_bound(m_band, value), value);
    }
}

void TriggerWindow::RankBand::erase(double value) {
    if (!m_built) {
        return;
    }
    if (value < m_from) {
        --m_below;
    } else if (value > m_to) {
        --m_above;
    } else {
        // The last of the equal values: the shorter shift when many are equal. Equal values
        // are interchangeable: the percentile reads values, not points.
        const auto it = std::ranges::upper_bound(m_band, value);
        assert(it != m_band.begin() && *std::prev(it) == value);
        if (it != m_band.begin()) {
            m_band.erase(std::prev(it));
        }
    }
}

std::array<double, 3> TriggerWindow::RankBand::around(std::size_t rank,
                                                      const std::deque<TimedValue>& points) {
    std::array<double, 3> out{-kInfinity, kInfinity, kInfinity};
    const std::size_t size = points.size();
    if (size == 0) {
        return out;
    }
    // The ranks read that exist: rank - 1 .. rank + 1 within [0, size).
    const std::size_t first = rank == 0 ? 0 : rank - 1;
    const std::size_t last = std::min(rank + 1, size - 1);
    ++m_reads;
    if (!m_built || first < m_below || last >= m_below + m_band.size()) {
        rebuild(rank, points);
    }
    assert(m_below + m_band.size() + m_above == size);
    for (std::size_t r = first; r <= last; ++r) {
        out[r + 1 - rank] = m_band[r - m_below];
    }
    return out;
}

void TriggerWindow::RankBand::rebuild(std::size_t rank, const std::deque<TimedValue>& points) {
    if (m_built && m_reads < m_halfWidth) {
        m_halfWidth = std::min(2 * m_halfWidth, kMaxHalfWidth); // the rank drifts fast
    }
    m_scratch.clear();
    for (const auto& p : points) {
        m_scratch.push_back(p.value);
    }
    const std::size_t size = m_scratch.size();
    const std::size_t lo = rank > m_halfWidth ? rank - m_halfWidth : 0;
    const std::size_t hi = std::min(rank + m_halfWidth, size - 1);
    const auto at = [&](std::size_t r) {
        return m_scratch.begin() + std::ptrdiff_t(r);
    };
    std::nth_element(m_scratch.begin(), at(lo), m_scratch.end());
    m_from = *at(lo);
    std::nth_element(at(lo), at(hi), m_scratch.end());
    m_to = *at(hi);
    // Counted by value, so values equal to either bound are all in the band and a value's side
    // is decided by comparison alone.
    m_below = 0;
    m_above = 0;
    m_band.clear();
    for (double v : m_scratch) {
        if (v < m_from) {
            ++m_below;
        } else if (v > m_to) {
            ++m_above;
        } else {
            m_band.push_back(v);
        }
    }
    std::ranges::sort(m_band);
    m_built = true;
    m_reads = 0;
}

void TriggerWindow::dropBefore(Timestamp oldest) {
    const auto live = points();
    const auto it =
        std::ranges::find_if(live, [&](const MetricPoint& p) { return p.at >= oldest; });
    if (m_state) {
        for (auto p = live.begin(); p != it; ++p) {
            pop(*m_state, *p);
        }
    }
    m_first += std::size_t(it - live.begin());
    // Compact once the dead prefix outweighs the live points: amortised O(1) per point.
    if (m_first > 1024 && m_first * 2 > m_points.size()) {
        m_points.erase(m_points.begin(), m_points.begin() + std::ptrdiff_t(m_first));
        m_first = 0;
    }
}

void TriggerWindow::add(const Snapshot& snapshot, std::span<const MetricId> metrics) {
    const Timestamp at = snapshot.takenAt();
    if (m_ordered && !points().empty() && at < m_points.back().at) {
        // Out of order: the running state would no longer mirror the window; the batch
        // computation judges from now on (until clear()).
        m_ordered = false;
        m_state.reset();
    }
    for (MetricId m : metrics) {
        if (const auto& sample = snapshot.get(m)) {
            const MetricPoint point{at, m, sample->value};
            m_points.push_back(point);
            if (m_state) {
                push(*m_state, point);
            }
        }
    }
}

void TriggerWindow::clear() {
    m_points.clear();
    m_first = 0;
    m_ordered = true;
    m_state.reset();
}

bool TriggerWindow::builtFor(const State& state, const PolicyTriggerSettings& settings) {
    return state.cpuAbove == settings.cpuSustainedAbove && state.maxGap == settings.maxSampleGap &&
           state.underUtilisationMetrics == settings.underUtilisationMetrics;
}

void TriggerWindow::build(const PolicyTriggerSettings& settings) {
    State state;
    state.cpuAbove = settings.cpuSustainedAbove;
    state.maxGap = settings.maxSampleGap;
    state.underUtilisationMetrics = settings.underUtilisationMetrics;
    state.tracks.push_back(Track{MetricId::CpuUtilization, {}, false, {}});
    for (MetricId m : settings.underUtilisationMetrics) {
        if (Track* track = trackOf(state, m)) {
            track->ranked = true;
        } else {
            state.tracks.push_back(Track{m, {}, true, {}});
        }
    }
    for (const auto& p : points()) {
        push(state, p);
    }
    m_state = std::move(state);
}

TriggerWindow::Track* TriggerWindow::trackOf(State& state, MetricId metric) {
    for (auto& t : state.tracks) {
        if (t.metric == metric) {
            return &t;
        }
    }
    return nullptr;
}

void TriggerWindow::push(State& state, const MetricPoint& point) {
    Track* track = trackOf(state, point.metric);
    if (!track) {
        return;
    }
    if (point.metric == MetricId::CpuUtilization) {
        // runAbove walks back from the newest point while the values stay above and no two
        // consecutive points are further apart than maxGap; forward, that run grows or restarts.
        CpuRun& run = state.run;
        const std::uint64_t sequence = run.added++;
        if (!(point.value > state.cpuAbove)) {
            run.samples = 0;
            run.minima.clear();
        } else {
            if (run.samples == 0 || point.at - track->points.back().at > state.maxGap) {
                run.samples = 0;
                run.minima.clear();
            }
            ++run.samples;
            while (!run.minima.empty() && run.minima.back().second >= point.value) {
                run.minima.pop_back();
            }
            run.minima.emplace_back(sequence, point.value);
        }
    }
    track->points.push_back({point.at, point.value});
    if (track->ranked) {
        track->values.insert(point.value);
    }
}

void TriggerWindow::pop(State& state, const MetricPoint& point) {
    Track* track = trackOf(state, point.metric);
    if (!track) {
        return;
    }
    // Points leave in the order they came, so this is the track's oldest.
    assert(!track->points.empty() && track->points.front().at == point.at);
    if (point.metric == MetricId::CpuUtilization) {
        CpuRun& run = state.run;
        if (run.samples == track->points.size()) {
            --run.samples; // the run reached back to the oldest point: it now starts later
        }
        if (!run.minima.empty() && run.minima.front().first == run.dropped) {
            run.minima.pop_front();
        }
        ++run.dropped;
    }
    if (track->ranked) {
        track->values.erase(track->points.front().value);
    }
    track->points.pop_front();
}

std::optional<SustainedRun> TriggerWindow::cpuRun(const Snapshot& latest, Timestamp now) const {
    const State& state = *m_state;
    const auto& points = state.tracks.front().points;
    const double threshold = state.cpuAbove;
    const auto maxGap = state.maxGap;
    // The run of the held points alone, ending at the newest one.
    const auto heldRun = [&]() -> std::optional<SustainedRun> {
        if (state.run.samples == 0) {
            return std::nullopt;
        }
        return SustainedRun{points[points.size() - state.run.samples].at, points.back().at,
                            state.run.minima.front().second, int(state.run.samples)};
    };
    // As withLatest: the latest sample joins unless its instant is already held.
    const auto& sample = latest.get(MetricId::CpuUtilization);
    if (!sample || holdsInstant(points, sample->observedAt)) {
        if (points.empty()) {
            return std::nullopt;
        }
        const auto& last = points.back();
        if (!(last.value > threshold) || now - last.at > maxGap) {
            return std::nullopt;
        }
        return heldRun();
    }
    const TimedValue joined{sample->observedAt, sample->value};
    if (points.empty() || joined.at > points.back().at) {
        // The latest sample is the newest point: its run continues the held one if that ends
        // close enough before it.
        if (!(joined.value > threshold) || now - joined.at > maxGap) {
            return std::nullopt;
        }
        SustainedRun run{joined.at, joined.at, joined.value, 1};
        if (const auto held = heldRun(); held && joined.at - held->until <= maxGap) {
            run.since = held->since;
            // runAbove keeps the newest of equal minima.
            run.minimum = held->minimum < run.minimum ? held->minimum : run.minimum;
            run.samples += held->samples;
        }
        return run;
    }
    // A sample observed before the newest point (a source lagging behind the snapshots): it
    // sorts in among the held points, so walk the run as runAbove does. Rare, O(run).
    const auto joinAt = std::size_t(
        std::ranges::upper_bound(points, joined.at, {}, &TimedValue::at) - points.begin());
    const auto pointAt = [&](std::size_t i) {
        return i < joinAt ? points[i] : i == joinAt ? joined : points[i - 1];
    };
    const std::size_t count = points.size() + 1;
    const TimedValue last = pointAt(count - 1);
    if (!(last.value > threshold) || now - last.at > maxGap) {
        return std::nullopt;
    }
    SustainedRun run{last.at, last.at, last.value, 1};
    for (std::size_t i = count - 1; i-- > 0;) {
        const TimedValue p = pointAt(i);
        if (!(p.value > threshold) || run.since - p.at > maxGap) {
            break;
        }
        run.since = p.at;
        run.minimum = std::min(run.minimum, p.value);
        ++run.samples;
    }
    return run;
}

WindowPercentile TriggerWindow::windowOf(const PolicyTriggerSettings& settings, Track& track,
                                         const Snapshot& latest, Timestamp now) {
    // The held points all lie within [now - lookback, now] (evaluate() checked); the latest
    // sample joins as in withLatest, then counts if it lies within too.
    const Timestamp from = now - settings.lookback;
    const auto& sample = latest.get(track.metric);
    const bool joins = sample && !holdsInstant(track.points, sample->observedAt) &&
                       sample->observedAt >= from && sample->observedAt <= now;
    const std::size_t count = track.points.size() + (joins ? 1 : 0);
    WindowPercentile window{int(count), 0.0};
    if (window.samples < settings.minLookbackSamples || count == 0) {
        return window;
    }
    // percentileOf's interpolation (model/Percentile.h) on the values at ranks lower and upper.
    const double h = double(count - 1) * std::clamp(settings.rightSizePercentile, 0.0, 1.0);
    const auto lower = std::size_t(std::floor(h));
    const std::size_t upper = std::min(lower + 1, count - 1);
    const auto [below, at, above] = track.values.around(lower, track.points);
    double atLower = 0.0;
    double atUpper = 0.0;
    if (joins) {
        // Rank i of the held values with v added: max(held[i - 1], min(held[i], v)).
        const double v = sample->value;
        atLower = std::max(below, std::min(at, v));
        atUpper = upper == lower ? atLower : std::max(at, std::min(above, v));
    } else {
        atLower = at;
        atUpper = upper == lower ? atLower : above;
    }
    window.percentile = atLower + (h - double(lower)) * (atUpper - atLower);
    return window;
}

std::vector<PolicyTriggerFinding> TriggerWindow::evaluate(const PolicyTriggerSettings& settings,
                                                          const Snapshot& latest, Timestamp now) {
    if (m_ordered && (!m_state || !builtFor(*m_state, settings))) {
        build(settings);
    }
    const Timestamp from = now - settings.lookback;
    const auto judged = [&](const Track& t) {
        return !t.ranked || t.points.empty() ||
               (t.points.front().at >= from && t.points.back().at <= now);
    };
    if (!m_state || !std::ranges::all_of(m_state->tracks, judged)) {
        return evaluatePolicyTriggers(settings, latest, points(), now);
    }
    struct Query {
        const PolicyTriggerSettings& settings;
        const Snapshot& latest;
        Timestamp now;
    };
    const Query query{settings, latest, now};
    // Two pointers: std::function keeps them without allocating.
    return assemblePolicyTriggerFindings(
        settings, latest, cpuRun(latest, now), [this, &query](MetricId metric) {
            Track* track = trackOf(*m_state, metric);
            return track ? windowOf(query.settings, *track, query.latest, query.now)
                         : WindowPercentile{};
        });
}

} // namespace headroom
