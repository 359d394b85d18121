#pragma once
// The exposition parser's state machine (internal to headroom_exposition): one Parser per call of
// parseExposition(). ExpositionParser.cpp walks the lines and handles metadata and families,
// SampleParser.cpp parses sample lines and their labels (the hot path).

#include "sources/exposition/Exposition.h"
#include "sources/exposition/HistogramChecks.h"
#include "sources/exposition/Lexing.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace headroom::exposition::detail {

using namespace lexing;

using namespace lexing;

// What a sample name adds to its family's name.
enum class Suffix : std::uint8_t {
    None,
    Total,
    Created,
    Bucket,
    Sum,
    Count,
    GSum,
    GCount,
    Info,
    Other
};

inline Suffix classify(std::string_view suffix) {
    if (suffix.empty())
        return Suffix::None;
    if (suffix == "_bucket")
        return Suffix::Bucket;
    if (suffix == "_sum")
        return Suffix::Sum;
    if (suffix == "_count")
        return Suffix::Count;
    if (suffix == "_total")
        return Suffix::Total;
    if (suffix == "_created")
        return Suffix::Created;
    if (suffix == "_gsum")
        return Suffix::GSum;
    if (suffix == "_gcount")
        return Suffix::GCount;
    if (suffix == "_info")
        return Suffix::Info;
    return Suffix::Other;
}

inline bool allowed(ExpositionFormat format, MetricType type, Suffix suffix) {
    const bool om = format == ExpositionFormat::OpenMetrics;
    switch (type) {
    case MetricType::Counter:
        return om ? (suffix == Suffix::Total || suffix == Suffix::Created) : suffix == Suffix::None;
    case MetricType::Gauge:
    case MetricType::Untyped:
    case MetricType::StateSet:
        return suffix == Suffix::None;
    case MetricType::Histogram:
        return suffix == Suffix::Bucket || suffix == Suffix::Sum || suffix == Suffix::Count ||
               (om && suffix == Suffix::Created);
    case MetricType::GaugeHistogram:
        return suffix == Suffix::Bucket || suffix == Suffix::GSum || suffix == Suffix::GCount;
    case MetricType::Summary:
        return suffix == Suffix::None || suffix == Suffix::Sum || suffix == Suffix::Count ||
               (om && suffix == Suffix::Created);
    case MetricType::Info:
        return suffix == Suffix::Info;
    }
    return false;
}

inline std::string_view suffixHint(ExpositionFormat format, MetricType type) {
    const bool om = format == ExpositionFormat::OpenMetrics;
    switch (type) {
    case MetricType::Counter:
        return om ? "_total or _created" : "no suffix";
    case MetricType::Histogram:
        return om ? "_bucket, _sum, _count or _created" : "_bucket, _sum or _count";
    case MetricType::GaugeHistogram:
        return "_bucket, _gsum or _gcount";
    case MetricType::Summary:
        return om ? "no suffix, _sum, _count or _created" : "no suffix, _sum or _count";
    case MetricType::Info:
        return "_info";
    default:
        return "no suffix";
    }
}

inline bool typeFromKeyword(ExpositionFormat format, std::string_view word, MetricType& type) {
    const bool om = format == ExpositionFormat::OpenMetrics;
    if (word == "counter")
        type = MetricType::Counter;
    else if (word == "gauge")
        type = MetricType::Gauge;
    else if (word == "histogram")
        type = MetricType::Histogram;
    else if (word == "summary")
        type = MetricType::Summary;
    else if (!om && word == "untyped")
        type = MetricType::Untyped;
    else if (om && word == "unknown")
        type = MetricType::Untyped;
    else if (om && word == "gaugehistogram")
        type = MetricType::GaugeHistogram;
    else if (om && word == "stateset")
        type = MetricType::StateSet;
    else if (om && word == "info")
        type = MetricType::Info;
    else
        return false;
    return true;
}

inline void skipBlank(const char*& p, const char* end) {
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
}

constexpr std::size_t kSkippedExcerpt = 200;
constexpr std::size_t kMaxExemplarRunes = 128;

class Parser {
public:
    Parser(std::string_view text, ExpositionFormat format, ExpositionVisitor& visitor)
        : m_text(text)
        , m_format(format)
        , m_om(format == ExpositionFormat::OpenMetrics)
        , m_visitor(visitor) {}

    ParseSummary run();

private:
    struct Family {
        std::string name;
        MetricType type = MetricType::Untyped;
        std::string help;
        std::string unit;
        bool active = false;
        bool typeSet = false;
        bool helpSet = false;
        bool unitSet = false;
        bool announced = false;
        bool repeated = false; // a 0.0.4 family seen before: its metadata came with the first part
        int line = 0;
        int lastLine = 0;
    };

    void handleComment();
    void handleSample();
    bool parseLabels(const char*& p, const char* end, std::vector<LabelView>& labels);
    bool unescape(const char* begin, const char* end, std::string& out, bool allowQuote,
                  const char*& badAt);
    void startFamily(std::string_view name);
    void finishFamily();
    void announce();
    void drainHistogramFindings();
    void report(Severity severity, const char* at, std::string message, std::string_view family,
                bool skipLine);
    const LabelView* findLabel(std::string_view name) const;

    std::string_view m_text;
    ExpositionFormat m_format;
    bool m_om;
    ExpositionVisitor& m_visitor;
    ParseSummary m_summary;

    std::string_view m_line;
    std::string_view m_fullLine; // m_line before indentation was stripped: columns count from it
    int m_lineNo = 0;
    Family m_family;
    FamilyView m_familyView;
    std::unordered_set<std::string> m_seen;
    std::vector<LabelView> m_labels;
    std::vector<LabelView> m_exemplarLabels;
    std::string m_unescaped; // label values with escapes; sized to the line, never reallocated
    std::size_t m_unescapedUsed = 0;
    HistogramChecks m_histogram;
};

} // namespace headroom::exposition::detail
