// The replay timeline's redraw (issue 6: a chart of a million points redrawn in under 50 ms):
// a ReplayStrip holding 1 051 200 points (a year of 30-second snapshots), rendered into a
// 1200 × 80 image. "Data" is the worst case, a new series each time: LTTB to 2 × width, the
// min/max band, the shading and the polyline into the cached layer, then the cursor. "Resize"
// downsamples the same series again for a new width. "Cursor" is what playing and scrubbing
// cost: the cached layer and one line. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "ReplayStrip.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include <QApplication>
#include <QImage>

namespace {

using namespace headroom;
using namespace headroom::ui;

constexpr std::size_t kYearOf30s = 1'051'200;
constexpr double kStart = 1.764e9;

std::vector<PlotPoint> yearSeries() {
    std::mt19937_64 random(42);
    std::normal_distribution<double> noise(0.0, 3.0);
    std::vector<PlotPoint> points(kYearOf30s);
    for (std::size_t i = 0; i < kYearOf30s; ++i) {
        const double day = double(i) / 2880.0;
        points[i] = {kStart + 30.0 * double(i),
                     70.0 + 15.0 * std::sin(day * 2.0 * M_PI) - 10.0 * day / 365.0 + noise(random)};
        if ((i % 28'800) < 120) { // a missing hour every ten days
            points[i].y = std::numeric_limits<double>::quiet_NaN();
        }
    }
    return points;
}

Timestamp at(double seconds) {
    return Timestamp(std::chrono::seconds(std::llround(seconds)));
}

void setUp(ReplayStrip& strip, const std::vector<PlotPoint>& points) {
    strip.resize(1200, 80);
    strip.setSeries(points);
    strip.setSpan(at(points.front().x), at(points.back().x));
    std::vector<ReplayMark> marks;
    for (int day = 3; day < 365; day += 9) {
        marks.push_back({at(kStart + day * 86400.0), ReplayMarkKind(day % 4), {}});
    }
    strip.setMarks(std::move(marks));
    strip.setStretches(
        {{at(kStart), at(kStart + 275 * 86400.0), std::chrono::hours(1)},
         {at(kStart + 275 * 86400.0), at(kStart + 355 * 86400.0), std::chrono::minutes(5)},
         {at(kStart + 355 * 86400.0), at(points.back().x), std::chrono::seconds(30)}});
}

void BM_RedrawNewData(benchmark::State& state) {
    const auto points = yearSeries();
    ReplayStrip strip;
    setUp(strip, points);
    QImage image(1200, 80, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        state.PauseTiming(); // the copy stands for the series arriving by move
        std::vector<PlotPoint> copy = points;
        state.ResumeTiming();
        strip.setSeries(std::move(copy));
        strip.setCursorTime(at(kStart + 200 * 86400.0));
        strip.render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["drawn"] = double(strip.drawnPointCount());
    state.counters["points"] = double(points.size());
}
BENCHMARK(BM_RedrawNewData)->Unit(benchmark::kMillisecond);

void BM_RedrawResize(benchmark::State& state) {
    const auto points = yearSeries();
    ReplayStrip strip;
    setUp(strip, points);
    QImage image(1200, 80, QImage::Format_ARGB32_Premultiplied);
    int width = 1200;
    for (auto _ : state) {
        width = width == 1200 ? 1199 : 1200;
        strip.resize(width, 80);
        strip.render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["drawn"] = double(strip.drawnPointCount());
}
BENCHMARK(BM_RedrawResize)->Unit(benchmark::kMillisecond);

void BM_RedrawCursor(benchmark::State& state) {
    const auto points = yearSeries();
    ReplayStrip strip;
    setUp(strip, points);
    QImage image(1200, 80, QImage::Format_ARGB32_Premultiplied);
    strip.render(&image);
    double t = kStart;
    for (auto _ : state) {
        t += 3600.0;
        strip.setCursorTime(at(t));
        strip.render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["downsamples"] = double(strip.downsampleCount());
}
BENCHMARK(BM_RedrawCursor)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
