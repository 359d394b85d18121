// The investor report (issue 7: a two-year report of the demo workspace renders in under 3 s).
// Each iteration does what `headroom report --out --csv --json` does after opening the database:
// build ReportData from the store, lay the PDF out and paint every page (Qt Charts included)
// into memory, and format the CSV tables and the JSON document.
//   DemoTwoYears     the demo workspace (90 days of hourly snapshots, ledger, decisions) over a
//                    two-year period, most of it before the demo began;
//   HourlyTwoYears   two full years of hourly snapshots (17 520, each evaluated with the default
//                    catalog): the report's readings spread over the whole period.
// The phases are also timed alone (Build, Pdf). Runs offscreen unless QT_QPA_PLATFORM says
// otherwise.
#include "catalog/CatalogLoader.h"
#include "demo/DemoGenerator.h"
#include "policy/Evaluator.h"
#include "report/ReportBuilder.h"
#include "report/ReportCsv.h"
#include "report/ReportDocument.h"
#include "report/ReportJson.h"
#include "report/ReportPdf.h"
#include "store/Store.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <filesystem>
#include <memory>

#include <QApplication>
#include <QBuffer>
#include <QTemporaryDir>

namespace {

using namespace headroom;
using namespace std::chrono_literals;

const Timestamp kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 30};

struct Fixture {
    QTemporaryDir dir;
    Catalog catalog;
    std::unique_ptr<Store> store;
    Workspace workspace;
};

Catalog defaultCatalog() {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        std::fprintf(stderr, "catalog: %s\n", catalog.error().message.c_str());
        std::exit(1);
    }
    return std::move(*catalog);
}

std::unique_ptr<Store> openStore(const QTemporaryDir& dir) {
    auto store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")).toStdString());
    if (!store) {
        std::fprintf(stderr, "store: %s\n", store.error().message.c_str());
        std::exit(1);
    }
    return std::move(*store);
}

Fixture& demoFixture() {
    static Fixture f = [] {
        Fixture fixture;
        fixture.catalog = defaultCatalog();
        fixture.store = openStore(fixture.dir);
        if (auto ok = populateDemoWorkspace(*fixture.store, fixture.catalog, kNow); !ok) {
            std::fprintf(stderr, "demo: %s\n", ok.error().message.c_str());
            std::exit(1);
        }
        fixture.workspace = *fixture.store->workspace(kDemoWorkspaceName);
        return fixture;
    }();
    return f;
}

Fixture& hourlyFixture() {
    static Fixture f = [] {
        Fixture fixture;
        fixture.catalog = defaultCatalog();
        fixture.store = openStore(fixture.dir);
        Workspace w;
        w.name = "two-years";
        w.title = "Two years, hourly";
        w.currentModeId = "growth";
        w.createdAt = kNow - std::chrono::days{731};
        fixture.workspace = *fixture.store->createWorkspace(w);
        DemoOptions options;
        options.start = kNow - std::chrono::days{730};
        options.days = 730;
        options.endClients = 180;
        for (const Snapshot& s : generateDemoSnapshots(options)) {
            const Evaluation ev = evaluate(s, fixture.catalog, {s.takenAt(), "growth"});
            if (auto stored = fixture.store->ingest(fixture.workspace.id, s, ev); !stored) {
                std::fprintf(stderr, "ingest: %s\n", stored.error().message.c_str());
                std::exit(1);
            }
        }
        return fixture;
    }();
    return f;
}

ReportData build(Fixture& f) {
    auto data =
        buildReport(*f.store, f.workspace, f.catalog,
                    ReportRequest{f.workspace.name, kNow - std::chrono::days{730}, kNow, {}}, kNow);
    if (!data) {
        std::fprintf(stderr, "report: %s\n", data.error().message.c_str());
        std::exit(1);
    }
    return std::move(*data);
}

std::size_t renderPdf(const ReportData& data) {
    ui::ReportPdfOptions options;
    options.companyName = QStringLiteral("Acme Analytics");
    const ui::ReportDocument document(data, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto problem = ui::writeReportPdf(document, buffer)) {
        std::fprintf(stderr, "pdf: %s\n", qPrintable(*problem));
        std::exit(1);
    }
    return std::size_t(buffer.size());
}

void whole(benchmark::State& state, Fixture& f) {
    std::size_t bytes = 0;
    for (auto _ : state) {
        const ReportData data = build(f);
        bytes = renderPdf(data);
        const auto csv = reportToCsv(data);
        const auto json = reportToJsonText(data);
        benchmark::DoNotOptimize(csv.size() + json.size());
    }
    state.counters["pdf_kB"] = double(bytes) / 1024.0;
}

void BM_DemoTwoYears(benchmark::State& state) {
    whole(state, demoFixture());
}

void BM_HourlyTwoYears(benchmark::State& state) {
    whole(state, hourlyFixture());
}

void BM_HourlyTwoYearsBuild(benchmark::State& state) {
    Fixture& f = hourlyFixture();
    for (auto _ : state) {
        benchmark::DoNotOptimize(build(f).healthTrend.size());
    }
}

void BM_HourlyTwoYearsPdf(benchmark::State& state) {
    const ReportData data = build(hourlyFixture());
    std::size_t pages = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(renderPdf(data));
        pages = std::size_t(ui::ReportDocument(data, {}).pageCount());
    }
    state.counters["pages"] = double(pages);
}

BENCHMARK(BM_DemoTwoYears)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_HourlyTwoYears)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_HourlyTwoYearsBuild)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_HourlyTwoYearsPdf)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv); // Qt Charts draws through QGraphicsWidget
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
