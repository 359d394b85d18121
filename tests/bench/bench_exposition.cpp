// Throughput of the exposition parser on a ~50 MB generated exposition (ExpositionGenerator.h):
// the streaming parse (a visitor that reads every value and label, as a mapping would) and the
// document build (owned strings). Figures are bytes of input per second on one core.
// Run: bench_exposition [--benchmark_filter=...]; HEADROOM_BENCH_HOSTS changes the size.
#include "ExpositionGenerator.h"
#include "sources/exposition/ExpositionDocument.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

using namespace headroom::exposition;

namespace {

int hosts() {
    const char* text = std::getenv("HEADROOM_BENCH_HOSTS");
    return text ? std::atoi(text) : 1600;
}

const std::string& input(headroom::bench::GeneratedFormat format) {
    static const std::string text = headroom::bench::ExpositionGenerator(hosts()).generate();
    static const std::string om =
        headroom::bench::ExpositionGenerator(hosts(), headroom::bench::GeneratedFormat::OpenMetrics)
            .generate();
    return format == headroom::bench::GeneratedFormat::OpenMetrics ? om : text;
}

// Touches what a consumer would: each value, each label's size. Keeps the work observable.
class Consumer final : public ExpositionVisitor {
public:
    double sum = 0;
    std::size_t labelBytes = 0;
    std::size_t families = 0;
    std::size_t problems = 0;

    void family(const FamilyView&) override { ++families; }
    void sample(const FamilyView&, const SampleView& sample) override {
        sum += sample.value == sample.value ? sample.value : 0;
        for (const LabelView& label : sample.labels)
            labelBytes += label.value.size();
    }
    void problem(const ParseProblem&) override { ++problems; }
};

void streaming(benchmark::State& state, headroom::bench::GeneratedFormat generated,
               ExpositionFormat format) {
    const std::string& text = input(generated);
    for (auto _ : state) {
        Consumer consumer;
        const ParseSummary summary = parseExposition(text, format, consumer);
        benchmark::DoNotOptimize(consumer.sum);
        benchmark::DoNotOptimize(consumer.labelBytes);
        if (summary.errors != 0)
            state.SkipWithError("the generated exposition has errors");
        state.counters["samples"] = static_cast<double>(summary.samples);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
    state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
}

void BM_StreamingParseText(benchmark::State& state) {
    streaming(state, headroom::bench::GeneratedFormat::Text004, ExpositionFormat::Text004);
}

void BM_StreamingParseOpenMetrics(benchmark::State& state) {
    streaming(state, headroom::bench::GeneratedFormat::OpenMetrics, ExpositionFormat::OpenMetrics);
}

void BM_DocumentBuildText(benchmark::State& state) {
    const std::string& text = input(headroom::bench::GeneratedFormat::Text004);
    for (auto _ : state) {
        ExpositionDocument document = parseExpositionDocument(text, ExpositionFormat::Text004);
        benchmark::DoNotOptimize(document.families.data());
        if (document.summary.errors != 0)
            state.SkipWithError("the generated exposition has errors");
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
}

// HEADROOM_BENCH_FILE=path: the streaming parse of a real scrape (e.g. node_exporter's /metrics)
// or of the file make_exposition wrote, format from HEADROOM_BENCH_FORMAT=openmetrics|text.
void BM_StreamingParseFile(benchmark::State& state) {
    static const std::string text = [] {
        std::string content;
        if (const char* path = std::getenv("HEADROOM_BENCH_FILE")) {
            if (std::FILE* file = std::fopen(path, "rb")) {
                char buffer[1 << 16];
                for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
                    content.append(buffer, n);
                std::fclose(file);
            }
        }
        return content;
    }();
    if (text.empty()) {
        state.SkipWithError("set HEADROOM_BENCH_FILE to an exposition file");
        return;
    }
    const char* formatName = std::getenv("HEADROOM_BENCH_FORMAT");
    const ExpositionFormat format = formatName && std::string_view(formatName) == "openmetrics"
                                        ? ExpositionFormat::OpenMetrics
                                        : ExpositionFormat::Text004;
    for (auto _ : state) {
        Consumer consumer;
        const ParseSummary summary = parseExposition(text, format, consumer);
        benchmark::DoNotOptimize(consumer.sum);
        state.counters["samples"] = static_cast<double>(summary.samples);
        state.counters["errors"] = static_cast<double>(summary.errors);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
}

} // namespace

BENCHMARK(BM_StreamingParseFile)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StreamingParseText)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_StreamingParseOpenMetrics)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_DocumentBuildText)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_MAIN();
