#include "model/Text.h"
#include "sources/exposition/Exposition.h"
#include "sources/exposition/ParserState.h"

#include <cmath>
#include <cstring>

namespace headroom::exposition::detail {

void Parser::report(Severity severity, const char* at, std::string message, std::string_view family,
                    bool skipLine) {
    ParseProblem problem;
    problem.line = m_lineNo;
    const char* lineBegin = m_fullLine.data();
    problem.column = at && lineBegin && at >= lineBegin ? static_cast<int>(at - lineBegin) + 1 : 1;
    problem.severity = severity;
    problem.message = std::move(message);
    problem.family = std::string(family);
    if (skipLine)
        problem.skipped = std::string(m_fullLine.substr(0, kSkippedExcerpt));
    if (severity == Severity::Error)
        ++m_summary.errors;
    else
        ++m_summary.warnings;
    m_visitor.problem(problem);
}

ParseSummary Parser::run() {
    const char* data = m_text.data();
    const std::size_t size = m_text.size();
    std::size_t pos = 0;
    while (pos < size) {
        const void* newline = std::memchr(data + pos, '\n', size - pos);
        const std::size_t end =
            newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - data) : size;
        m_line = std::string_view(data + pos, end - pos);
        m_fullLine = m_line;
        pos = end + 1;
        ++m_lineNo;
        if (m_summary.sawEof) {
            report(Severity::Error, m_line.data(), "content after # EOF (ignored to the end)", {},
                   true);
            break;
        }
        if (m_line.empty()) {
            if (m_om)
                report(Severity::Error, m_line.data(), "blank line (not allowed in OpenMetrics)",
                       {}, true);
            continue;
        }
        const char first = m_line[0];
        if (first == '#') {
            handleComment();
        } else if (!m_om && (first == ' ' || first == '\t')) {
            // The text format allows indentation; strip it and parse the rest as a line.
            const std::size_t start = m_line.find_first_not_of(" \t");
            if (start == std::string_view::npos)
                continue;
            m_line.remove_prefix(start);
            if (m_line[0] == '#')
                handleComment();
            else
                handleSample();
        } else {
            handleSample();
        }
    }
    m_summary.lines = static_cast<std::size_t>(m_lineNo);
    finishFamily();
    if (m_om && !m_summary.sawEof) {
        // Point at the line where # EOF was expected.
        if (m_lineNo == 0 || data[size - 1] == '\n')
            ++m_lineNo;
        m_line = m_fullLine = std::string_view(data + size, 0);
        report(Severity::Error, m_line.data(),
               "missing # EOF at the end of an OpenMetrics document", {}, false);
    }
    return m_summary;
}

void Parser::startFamily(std::string_view name) {
    finishFamily();
    m_family.name.assign(name);
    m_family.type = MetricType::Untyped;
    m_family.help.clear();
    m_family.unit.clear();
    m_family.active = true;
    m_family.typeSet = m_family.helpSet = m_family.unitSet = m_family.announced = false;
    m_family.repeated = false;
    m_family.line = m_family.lastLine = m_lineNo;
    m_seen.emplace(name);
}

void Parser::announce() {
    m_family.announced = true;
    m_familyView =
        FamilyView{m_family.name, m_family.type, m_family.help, m_family.unit, m_family.line};
    ++m_summary.families;
    m_visitor.family(m_familyView);
    // promtool's lints; they point at the family's first line.
    const std::string_view name = m_family.name;
    const bool endsTotal = name.ends_with("_total");
    const std::string_view saved = m_fullLine;
    const int savedLine = m_lineNo;
    m_lineNo = m_family.line;
    m_fullLine = {};
    if (m_family.repeated) {
        m_fullLine = saved;
        m_lineNo = savedLine;
        return;
    }
    if (!m_family.helpSet)
        report(Severity::Warning, nullptr, cat(name, " no help text"), name, false);
    if (!m_om && m_family.type == MetricType::Counter && !endsTotal)
        report(Severity::Warning, nullptr,
               cat(name, " counter metrics should have \"_total\" suffix"), name, false);
    if (m_family.type != MetricType::Counter && m_family.type != MetricType::Untyped && endsTotal)
        report(Severity::Warning, nullptr,
               cat(name, " non-counter metrics should not have \"_total\" suffix"), name, false);
    m_fullLine = saved;
    m_lineNo = savedLine;
}

void Parser::drainHistogramFindings() {
    for (HistogramChecks::Finding& finding : m_histogram.takeFindings()) {
        const std::string_view saved = m_fullLine;
        const int savedLine = m_lineNo;
        m_lineNo = finding.line;
        m_fullLine = {};
        // OpenMetrics makes these rules of the format; for 0.0.4 they are promtool-style lints.
        report(m_om ? Severity::Error : Severity::Warning, nullptr, std::move(finding.message),
               m_family.name, false);
        m_fullLine = saved;
        m_lineNo = savedLine;
    }
}

void Parser::finishFamily() {
    if (!m_family.active)
        return;
    if (!m_family.announced)
        announce();
    if (m_family.type == MetricType::Histogram || m_family.type == MetricType::GaugeHistogram) {
        m_histogram.finish(m_family.lastLine);
        drainHistogramFindings();
    }
    m_family.active = false;
}

bool Parser::unescape(const char* begin, const char* end, std::string& out, bool allowQuote,
                      const char*& badAt) {
    for (const char* p = begin; p < end; ++p) {
        if (*p != '\\') {
            out.push_back(*p);
            continue;
        }
        if (p + 1 == end) {
            badAt = p;
            return false;
        }
        const char next = p[1];
        if (next == '\\')
            out.push_back('\\');
        else if (next == 'n')
            out.push_back('\n');
        else if (next == '"' && allowQuote)
            out.push_back('"');
        else {
            badAt = p;
            return false;
        }
        ++p;
    }
    return true;
}

void Parser::handleComment() {
    const char* begin = m_line.data();
    const char* end = begin + m_line.size();
    const char* p = begin + 1;
    if (m_om) {
        if (m_line == "# EOF") {
            finishFamily();
            m_summary.sawEof = true;
            return;
        }
        if (p == end || *p != ' ') {
            report(Severity::Error, p,
                   "comment lines are not allowed in OpenMetrics (only # HELP, # TYPE, # UNIT, "
                   "# EOF)",
                   m_family.name, true);
            return;
        }
        ++p;
    } else {
        skipBlank(p, end);
    }
    const char* keywordAt = p;
    while (p < end && *p != ' ' && *p != '\t')
        ++p;
    const std::string_view keyword(keywordAt, static_cast<std::size_t>(p - keywordAt));
    const bool isHelp = keyword == "HELP";
    const bool isType = keyword == "TYPE";
    const bool isUnit = m_om && keyword == "UNIT";
    if (!isHelp && !isType && !isUnit) {
        if (m_om)
            report(Severity::Error, keywordAt,
                   keyword == "EOF" ? std::string("# EOF must stand alone on its line")
                                    : cat("unknown metadata '# ", keyword,
                                          "' (OpenMetrics allows HELP, TYPE, UNIT and EOF)"),
                   m_family.name, true);
        return; // 0.0.4: an ordinary comment
    }
    if (m_om) {
        if (p == end || *p != ' ') {
            report(Severity::Error, p,
                   cat("expected a single space and a metric name after ", keyword), m_family.name,
                   true);
            return;
        }
        ++p;
    } else {
        skipBlank(p, end);
        if (p == end)
            return; // Go's parser reads "# HELP" alone as a comment
    }
    const char* nameAt = p;
    while (p < end && is(*p, kMetricChar))
        ++p;
    const std::string_view name(nameAt, static_cast<std::size_t>(p - nameAt));
    if (name.empty() || !is(name[0], kMetricStart) ||
        (p < end && *p != ' ' && (m_om || *p != '\t'))) {
        report(Severity::Error, p < end && !name.empty() ? p : nameAt,
               cat("invalid metric name in ", keyword, " line"), name, true);
        return;
    }
    // What follows the name: the help text, the type or the unit.
    std::string_view rest;
    if (p < end) {
        if (m_om) {
            ++p;
        } else {
            skipBlank(p, end);
        }
        rest = std::string_view(p, static_cast<std::size_t>(end - p));
    }
    const char* restAt = p;

    if (!m_family.active || m_family.name != name) {
        if (m_seen.contains(std::string(name))) {
            report(Severity::Error, nameAt,
                   cat(keyword, " for ", name,
                       " after that family's samples or metadata were already given (families "
                       "must be contiguous)"),
                   name, true);
            return;
        }
        startFamily(name);
    } else if (m_family.announced) {
        report(Severity::Error, keywordAt,
               cat(keyword, " for ", name, " after its samples (metadata must come first)"), name,
               true);
        return;
    }

    if (isHelp) {
        if (m_family.helpSet) {
            report(Severity::Error, keywordAt, cat("second HELP line for ", name), name, true);
            return;
        }
        m_family.help.clear();
        const char* badAt = nullptr;
        if (!unescape(rest.data(), rest.data() + rest.size(), m_family.help, m_om, badAt)) {
            m_family.help.clear();
            report(Severity::Error, badAt,
                   m_om
                       ? std::string("invalid escape in HELP (only \\\\, \\n and \\\" are allowed)")
                       : std::string("invalid escape in HELP (only \\\\ and \\n are allowed)"),
                   name, true);
            return;
        }
        m_family.helpSet = true;
        return;
    }
    if (isType) {
        if (m_family.typeSet) {
            report(Severity::Error, keywordAt, cat("second TYPE line for ", name), name, true);
            return;
        }
        // No trimming: Go's parser (so promtool) rejects "gauge " as an unknown type too.
        const std::string_view word = rest;
        MetricType type{};
        if (!typeFromKeyword(m_format, word, type)) {
            report(Severity::Error, restAt,
                   cat("unknown metric type '", word, "' for ", name,
                       m_om ? " (counter, gauge, histogram, gaugehistogram, stateset, info, "
                              "summary, unknown)"
                            : " (counter, gauge, histogram, summary, untyped)"),
                   name, true);
            return;
        }
        m_family.type = type;
        m_family.typeSet = true;
        if (m_om && type == MetricType::Counter && name.ends_with("_total"))
            report(Severity::Warning, nameAt,
                   cat("OpenMetrics counter family ", name,
                       " ends in _total: its samples must be named ", name, "_total"),
                   name, false);
        if (m_family.unitSet && (type == MetricType::Info || type == MetricType::StateSet))
            report(Severity::Error, keywordAt, cat(keyOf(type), " families cannot have a unit"),
                   name, false);
        return;
    }
    // UNIT (OpenMetrics only)
    if (m_family.unitSet) {
        report(Severity::Error, keywordAt, cat("second UNIT line for ", name), name, true);
        return;
    }
    for (char c : rest)
        if (!is(c, kMetricChar)) {
            report(Severity::Error, restAt, cat("invalid unit '", rest, "' for ", name), name,
                   true);
            return;
        }
    if (!rest.empty() && !name.ends_with(cat("_", rest))) {
        report(Severity::Error, restAt,
               cat("unit '", rest, "' is not a suffix of the family name ", name), name, true);
        return;
    }
    m_family.unit.assign(rest);
    m_family.unitSet = true;
}

// Parses `{name="value",...}` starting at '{'; leaves p after '}'. Values without escapes are

} // namespace headroom::exposition::detail

namespace headroom::exposition {

ExpositionFormat detectFormat(std::string_view contentType) {
    const std::size_t semicolon = contentType.find(';');
    std::string_view media = contentType.substr(0, semicolon);
    while (!media.empty() && (media.front() == ' ' || media.front() == '\t'))
        media.remove_prefix(1);
    while (!media.empty() && (media.back() == ' ' || media.back() == '\t'))
        media.remove_suffix(1);
    constexpr std::string_view kOpenMetrics = "application/openmetrics-text";
    if (media.size() != kOpenMetrics.size())
        return ExpositionFormat::Text004;
    for (std::size_t i = 0; i < media.size(); ++i) {
        char c = media[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != kOpenMetrics[i])
            return ExpositionFormat::Text004;
    }
    return ExpositionFormat::OpenMetrics;
}

std::string_view keyOf(ExpositionFormat format) {
    return format == ExpositionFormat::OpenMetrics ? "openmetrics" : "text-0.0.4";
}

std::string_view keyOf(MetricType type) {
    switch (type) {
    case MetricType::Untyped:
        return "untyped";
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    case MetricType::Summary:
        return "summary";
    case MetricType::Info:
        return "info";
    case MetricType::StateSet:
        return "stateset";
    case MetricType::GaugeHistogram:
        return "gaugehistogram";
    }
    return "untyped";
}

std::string_view keyOf(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

ParseSummary parseExposition(std::string_view text, ExpositionFormat format,
                             ExpositionVisitor& visitor) {
    detail::Parser parser(text, format, visitor);
    return parser.run();
}

} // namespace headroom::exposition
