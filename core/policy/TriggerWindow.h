#pragma once
// The triggers' lookback window kept incrementally, for streaming a history through seed 004's
// triggers (replay and what-if feed a year of snapshots one at a time). It holds the same points
// as the window the engine reads from Store::series() (the policy metrics' present values of the
// snapshots added so far, stamped with their snapshot's time, none older than the last
// dropBefore) and evaluate() answers exactly what evaluatePolicyTriggers answers over them, bit
// for bit, in amortised O(log n) a step (mostly O(1)) instead of a sort of the window:
//   - each trigger metric's points in time order (a deque: add at the back, expire at the front);
//   - the CPU run above the threshold ending at the newest point as running state (its length
//     and a monotonic queue of its minima), so the run is read, not rescanned;
//   - each under-utilisation metric's values sorted only in a band around the percentile's
//     rank and counted outside it, so the interpolated percentile reads the values at its ranks
//     and most points come and go in O(1).
// The latest snapshot's sample joins each metric for the one evaluation, as in the batch path.
//
// Invariant: snapshots are added oldest first (their times never decrease). Where the state
// cannot judge a case (that invariant broken, points newer than `now` or older than
// the lookback), evaluate() falls back to the batch computation over points(); a latest CPU
// sample observed before the newest point walks the run as runAbove does. Either way the answer
// is the batch one.

#include "model/ScalingPolicy.h"
#include "model/Snapshot.h"
#include "policy/PolicyTriggers.h"

#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <vector>

namespace headroom {

class TriggerWindow {
public:
    // The window's points, oldest first.
    std::span<const MetricPoint> points() const {
        return std::span<const MetricPoint>(m_points).subspan(m_first);
    }
    // Drops the points older than `oldest`, amortised O(1) a point.
    void dropBefore(Timestamp oldest);
    // Appends the snapshot's present values of `metrics` at its time.
    void add(const Snapshot& snapshot, std::span<const MetricId> metrics);
    void clear();

    // Exactly evaluatePolicyTriggers(settings, latest, points(), now). Not const: the running
    // state is (re)built for `settings` on first use and when they change.
    std::vector<PolicyTriggerFinding> evaluate(const PolicyTriggerSettings& settings,
                                               const Snapshot& latest, Timestamp now);

private:
    struct TimedValue {
        Timestamp at{};
        double value = 0.0;
    };

    // The values of a track, sorted only within a band around the ranks the percentile reads;
    // below and above the band they are only counted. Insert and erase are O(1) outside the
    // band and a short shift within it; when a rank read leaves the band, the band is rebuilt
    // around it from the track's points, O(n) amortised over the steps the band lasted (its
    // width doubles when it lasted less than that width, up to a limit).
    class RankBand {
    public:
        void insert(double value);
        void erase(double value); // one value equal to `value`, which is held
        // The held values at rank - 1, rank and rank + 1 in sorted order, -/+ infinity beyond
        // either end; `points` are the held points (to rebuild the band from).
        std::array<double, 3> around(std::size_t rank, const std::deque<TimedValue>& points);

    private:
        void rebuild(std::size_t rank, const std::deque<TimedValue>& points);

        bool m_built = false;
        double m_from = 0.0; // the band holds the values within [m_from, m_to]
        double m_to = 0.0;
        std::size_t m_below = 0;    // held values < m_from
        std::size_t m_above = 0;    // held values > m_to
        std::vector<double> m_band; // sorted
        std::size_t m_halfWidth = 64;
        std::size_t m_reads = 0; // since the band was built
        std::vector<double> m_scratch;
    };

    struct Track {
        MetricId metric = MetricId::CpuUtilization;
        std::deque<TimedValue> points; // oldest first
        bool ranked = false;           // an under-utilisation metric: `values` is kept
        RankBand values;
    };

    // The CPU run strictly above the threshold ending at the CPU track's newest point.
    struct CpuRun {
        std::size_t samples = 0; // the newest `samples` points of the track
        // The run's candidates for its minimum, values increasing from the front: (sequence
        // number of the point, value); the front is the minimum, the latest of equal ones as
        // runAbove picks.
        std::deque<std::pair<std::uint64_t, double>> minima;
        std::uint64_t added = 0;   // sequence number of the next CPU point
        std::uint64_t dropped = 0; // sequence number of the oldest CPU point still held
    };

    // The running state, valid for the settings it was built with.
    struct State {
        double cpuAbove = 0.0;
        std::chrono::seconds maxGap{};
        std::vector<MetricId> underUtilisationMetrics;
        std::vector<Track> tracks; // the CPU track first
        CpuRun run;
    };

    static bool builtFor(const State& state, const PolicyTriggerSettings& settings);
    void build(const PolicyTriggerSettings& settings);
    static void push(State& state, const MetricPoint& point);
    static void pop(State& state, const MetricPoint& point);
    static Track* trackOf(State& state, MetricId metric);
    std::optional<SustainedRun> cpuRun(const Snapshot& latest, Timestamp now) const;
    static WindowPercentile windowOf(const PolicyTriggerSettings& settings, Track& track,
                                     const Snapshot& latest, Timestamp now);

    std::vector<MetricPoint> m_points;
    std::size_t m_first = 0;
    bool m_ordered = true; // every point added no older than the one before
    std::optional<State> m_state;
};

} // namespace headroom
