// The streaming parser's memory promise, measured: heap allocations during parseExposition() grow
// with the number of families (their names, the set of names seen), not with the number of
// samples or the size of the input. The test replaces the global operator new to count them.
#include "sources/exposition/Exposition.h"

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>

#include <QTest>

namespace {
std::atomic<long> g_allocations{0};
}

void* operator new(std::size_t size) {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* memory = std::malloc(size ? size : 1))
        return memory;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    return operator new(size);
}
void operator delete(void* memory) noexcept {
    std::free(memory);
}
void operator delete[](void* memory) noexcept {
    std::free(memory);
}
void operator delete(void* memory, std::size_t) noexcept {
    std::free(memory);
}
void operator delete[](void* memory, std::size_t) noexcept {
    std::free(memory);
}

using namespace headroom::exposition;

namespace {

class Counter final : public ExpositionVisitor {
public:
    std::size_t samples = 0;
    std::size_t problems = 0;
    void sample(const FamilyView&, const SampleView& sample) override {
        samples += sample.labels.empty() ? 0 : 1;
    }
    void problem(const ParseProblem&) override { ++problems; }
};

// `families` gauge/counter/histogram families of `series` series each; every tenth label value
// carries escapes so that the unescaping buffer is exercised too.
std::string exposition(int families, int series, ExpositionFormat format) {
    const bool om = format == ExpositionFormat::OpenMetrics;
    std::string text;
    for (int f = 0; f < families; ++f) {
        const std::string name = "family_" + std::to_string(f);
        const int kind = f % 3;
        const std::string type = kind == 0 ? "gauge" : kind == 1 ? "counter" : "histogram";
        const std::string familyName = kind == 1 && !om ? name + "_total" : name;
        text += "# HELP " + familyName + " Help.\n# TYPE " + familyName + " " + type + "\n";
        for (int s = 0; s < series; ++s) {
            const std::string labels = "{instance=\"host-" + std::to_string(s) +
                                       "\",job=\"node\",path=\"" +
                                       (s % 10 == 0 ? "C:\\\\x\\\"y\\\"" : "/var/lib") + "\"";
            if (kind == 0)
                text += name + labels + "} " + std::to_string(s) + ".5\n";
            else if (kind == 1)
                text += name + "_total" + labels + "} " + std::to_string(s) + "\n";
            else
                text += name + "_bucket" + labels + ",le=\"1\"} 1\n" + name + "_bucket" + labels +
                        ",le=\"+Inf\"} 2\n" + name + "_sum" + labels + "} 3\n" + name + "_count" +
                        labels + "} 2\n";
        }
    }
    if (om)
        text += "# EOF\n";
    return text;
}

long allocationsWhileParsing(const std::string& text, ExpositionFormat format,
                             std::size_t expectedSamples) {
    Counter counter;
    const long before = g_allocations.load();
    const ParseSummary summary = parseExposition(text, format, counter);
    const long during = g_allocations.load() - before;
    if (summary.errors != 0 || summary.warnings != 0 || counter.samples != expectedSamples)
        return -1;
    return during;
}

} // namespace

class TestExpositionAlloc : public QObject {
    Q_OBJECT

private slots:
    void samplesDoNotAllocate_data();
    void samplesDoNotAllocate();
    void familiesAllocateAFewTimesEach();
};

void TestExpositionAlloc::samplesDoNotAllocate_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("text") << static_cast<int>(ExpositionFormat::Text004);
    QTest::newRow("openmetrics") << static_cast<int>(ExpositionFormat::OpenMetrics);
}

void TestExpositionAlloc::samplesDoNotAllocate() {
    QFETCH(int, format);
    const auto fmt = static_cast<ExpositionFormat>(format);
    // Gauges and counters: 100 times the samples, the same allocations.
    const std::string small = exposition(2, 100, fmt);
    const std::string large = exposition(2, 10000, fmt);
    const long a = allocationsWhileParsing(small, fmt, 200);
    const long b = allocationsWhileParsing(large, fmt, 20000);
    QVERIFY2(a >= 0 && b >= 0, "the generated input must parse cleanly");
    QVERIFY2(b <= a + 4,
             qPrintable(QString("%1 allocations for 200 samples, %2 for 20 000").arg(a).arg(b)));
    QVERIFY2(b < 40, qPrintable(QString("%1 allocations").arg(b)));
}

void TestExpositionAlloc::familiesAllocateAFewTimesEach() {
    // 3 000 families (a third of them histograms, whose consistency checks keep each series of
    // the current family): allocations per family stay a small constant.
    const auto fmt = ExpositionFormat::Text004;
    const std::string text = exposition(3000, 5, fmt);
    const long n = allocationsWhileParsing(text, fmt, 1000 * 5 * 2 + 1000 * 5 * 4);
    QVERIFY2(n >= 0, "the generated input must parse cleanly");
    // Per family: its name in the seen-set; per histogram series: key, deque block, index node.
    const long bound = 3000 * 2 + 1000 * 5 * 3 + 64;
    QVERIFY2(n <= bound, qPrintable(QString("%1 allocations, bound %2").arg(n).arg(bound)));
}

QTEST_GUILESS_MAIN(TestExpositionAlloc)
#include "tst_exposition_alloc.moc"
