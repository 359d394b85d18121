#include "replay/Lttb.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom {

namespace {

// LTTB over a run of finite points, appended to out.
void downsampleRun(std::span<const PlotPoint> run, std::size_t target,
                   std::vector<PlotPoint>& out) {
    const std::size_t n = run.size();
    if (target >= n || target < 3) {
        if (target < 3 && n > 2) {
            out.push_back(run.front());
            out.push_back(run.back());
        } else {
            out.insert(out.end(), run.begin(), run.end());
        }
        return;
    }
    // Buckets between the fixed first and last points, `every` points wide.
    const double every = double(n - 2) / double(target - 2);
    std::size_t a = 0;
    out.push_back(run[0]);
    for (std::size_t i = 0; i + 2 < target; ++i) {
        // The mean of the next bucket (the last point for the last bucket).
        const auto nextStart = std::size_t(std::floor(double(i + 1) * every)) + 1;
        const auto nextEnd = std::min(std::size_t(std::floor(double(i + 2) * every)) + 1, n);
        double meanX = 0.0;
        double meanY = 0.0;
        const std::size_t span = nextEnd > nextStart ? nextEnd - nextStart : 0;
        if (span == 0) {
            meanX = run[n - 1].x;
            meanY = run[n - 1].y;
        } else {
            for (std::size_t j = nextStart; j < nextEnd; ++j) {
                meanX += run[j].x;
                meanY += run[j].y;
            }
            meanX /= double(span);
            meanY /= double(span);
        }
        const auto from = std::size_t(std::floor(double(i) * every)) + 1;
        const auto to = std::min(std::size_t(std::floor(double(i + 1) * every)) + 1, n - 1);
        double bestArea = -1.0;
        std::size_t best = from;
        for (std::size_t j = from; j < to; ++j) {
            // Twice the triangle's area; the factor does not change which is largest.
            const double area = std::abs((run[a].x - meanX) * (run[j].y - run[a].y) -
                                         (run[a].x - run[j].x) * (meanY - run[a].y));
            if (area > bestArea) {
                bestArea = area;
                best = j;
            }
        }
        out.push_back(run[best]);
        a = best;
    }
    out.push_back(run[n - 1]);
}

} // namespace

std::vector<PlotPoint> lttb(std::span<const PlotPoint> points, std::size_t target) {
    std::vector<PlotPoint> out;
    if (points.size() <= target || target < 3) {
        out.assign(points.begin(), points.end());
        return out;
    }
    // Runs of finite points between gaps.
    struct Run {
        std::size_t begin, end; // [begin, end) of points
    };
    std::vector<Run> runs;
    std::size_t finite = 0;
    for (std::size_t i = 0; i < points.size();) {
        if (!std::isfinite(points[i].y)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < points.size() && std::isfinite(points[j].y)) {
            ++j;
        }
        runs.push_back({i, j});
        finite += j - i;
        i = j;
    }
    out.reserve(target + 2 * runs.size());
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const Run& run = runs[r];
        if (r > 0) {
            // The first point of the gap before this run, so the chart breaks the line there.
            out.push_back({points[runs[r - 1].end].x, std::numeric_limits<double>::quiet_NaN()});
        }
        const std::size_t length = run.end - run.begin;
        const auto share =
            std::size_t(std::llround(double(target) * double(length) / double(finite)));
        downsampleRun(points.subspan(run.begin, length), std::max<std::size_t>(share, 2), out);
    }
    return out;
}

} // namespace headroom
