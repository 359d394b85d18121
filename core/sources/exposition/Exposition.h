#pragma once
// Streaming parser of the Prometheus exposition formats: text format 0.0.4 and OpenMetrics 1.0.
//
// parseExposition() walks the input once, left to right, and calls an ExpositionVisitor:
//   family(f)            once per metric family, before its first sample, with every HELP / TYPE /
//                        UNIT that preceded that sample (families without samples are reported at
//                        their end);
//   sample(f, s)         once per valid sample line;
//   problem(p)           for every error or lint warning (line and 1-based byte column).
// The views handed to the visitor (names, label names and values, HELP text) point into the input
// or into small buffers the parser reuses: they are valid only during the call; copy what you keep.
// Label values and HELP text arrive unescaped. No heap allocation happens per sample in the hot
// path; the parser keeps state proportional to the number of families (the set of family names
// seen, and for histograms the series of the current family), never to the size of the input.
//
// What is an error in 0.0.4 follows Go's reference parser (what `promtool check metrics` uses):
// the first error is reported on the same line promtool reports it (tests cross-check this),
// including its strict spots (blanks after a timestamp or a TYPE keyword, label values that are
// not UTF-8, HELP escapes other than \\ and \n). Unlike Go, the parse goes on after an error.
//
// Errors never stop the parse: a malformed line is skipped (ParseProblem::skipped holds its text)
// and parsing resumes on the next line, so one bad family never hides the others. Lint warnings
// drop nothing: promtool's ("x no help text", counters without _total, _total on other types) and
// histogram consistency (le increasing, cumulative counts, a +Inf bucket, _count equal to it),
// which OpenMetrics makes rules of the format and so reports as errors there.
//
// Where the formats differ: 0.0.4 timestamps are integer milliseconds, OpenMetrics timestamps are
// float seconds (both are delivered as milliseconds); OpenMetrics counters are a family `x` with
// samples `x_total` / `x_created`, 0.0.4 counters are one sample named like the family (lint:
// should end in _total); OpenMetrics needs single spaces, no comments or blank lines, and a final
// `# EOF` line with nothing after it; UNIT, exemplars and the info / stateset / gaugehistogram
// types exist only there.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace headroom::exposition {

enum class ExpositionFormat { Text004, OpenMetrics };

// Reads an HTTP Content-Type: `application/openmetrics-text; version=1.0.0` is OpenMetrics,
// anything else (text/plain; version=0.0.4, missing header) is the text format.
ExpositionFormat detectFormat(std::string_view contentType);
std::string_view keyOf(ExpositionFormat format);

// Untyped is the 0.0.4 name of OpenMetrics' "unknown"; both map here.
enum class MetricType {
    Untyped,
    Counter,
    Gauge,
    Histogram,
    Summary,
    Info,
    StateSet,
    GaugeHistogram
};
std::string_view keyOf(MetricType type); // the TYPE keyword ("untyped", "gaugehistogram", ...)

enum class Severity { Error, Warning };
std::string_view keyOf(Severity severity);

struct ParseProblem {
    int line = 0;   // 1-based
    int column = 0; // 1-based byte column
    Severity severity = Severity::Error;
    std::string message;
    std::string family;  // the family the line belonged to (or would have started), may be empty
    std::string skipped; // the dropped line (truncated to 200 bytes); empty if nothing was dropped
};

struct LabelView {
    std::string_view name;
    std::string_view value; // unescaped
};

struct ExemplarView {
    std::span<const LabelView> labels;
    double value = 0;
    std::optional<double> timestampSeconds;
};

struct FamilyView {
    std::string_view name;
    MetricType type = MetricType::Untyped;
    std::string_view help; // unescaped, empty if none
    std::string_view unit; // OpenMetrics UNIT, empty if none
    int line = 0;          // first line of the family
};

struct SampleView {
    std::string_view name; // full sample name, e.g. http_request_duration_seconds_bucket
    std::span<const LabelView> labels;
    double value = 0;
    std::optional<std::int64_t> timestampMs;
    const ExemplarView* exemplar = nullptr; // OpenMetrics only
    int line = 0;
};

class ExpositionVisitor {
public:
    virtual ~ExpositionVisitor() = default;
    virtual void family(const FamilyView& family) { static_cast<void>(family); }
    virtual void sample(const FamilyView& family, const SampleView& sample) {
        static_cast<void>(family);
        static_cast<void>(sample);
    }
    virtual void problem(const ParseProblem& problem) { static_cast<void>(problem); }
};

struct ParseSummary {
    std::size_t lines = 0;
    std::size_t families = 0;
    std::size_t samples = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    bool sawEof = false; // OpenMetrics `# EOF`
};

ParseSummary parseExposition(std::string_view text, ExpositionFormat format,
                             ExpositionVisitor& visitor);

} // namespace headroom::exposition
