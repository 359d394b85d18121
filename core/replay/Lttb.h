#pragma once
// Downsampling a series for the screen: Largest-Triangle-Three-Buckets (Steinarsson, 2013). It
// keeps the first and last points and, from each of target - 2 buckets between them, the point
// that spans the largest triangle with the point kept before it and the mean of the next bucket,
// so peaks and dips survive where averaging would flatten them. A chart of a million points is
// drawn from a few thousand; every point drawn is a real one, never an invented average.
//
// A point whose y is not finite is a gap (no data there): each run between gaps is downsampled
// on its own, with a share of the target proportional to its length (at least its two ends), and
// one gap point (the first of the gap, y NaN) stays between runs so a chart leaves the gap open.

#include <cstddef>
#include <span>
#include <vector>

namespace headroom {

struct PlotPoint {
    double x = 0.0; // ascending (seconds since the epoch, for the timeline)
    double y = 0.0;
};

// The points to draw, in x order: all of them when there are no more than `target` (or target is
// below 3, which cannot hold a bucket); otherwise about `target` (exactly `target` without gaps).
std::vector<PlotPoint> lttb(std::span<const PlotPoint> points, std::size_t target);

} // namespace headroom
