#include "model/Text.h"
#include "sources/exposition/ParserState.h"

#include <cmath>
#include <cstring>

namespace headroom::exposition::detail {

bool Parser::parseLabels(const char*& p, const char* end, std::vector<LabelView>& labels) {
    const std::string_view family = m_family.active ? std::string_view(m_family.name) : "";
    ++p; // '{'
    if (!m_om)
        skipBlank(p, end);
    if (p < end && *p == '}') {
        ++p;
        return true;
    }
    while (true) {
        const char* nameAt = p;
        if (p == end || !is(*p, kLabelStart)) {
            report(Severity::Error, p,
                   p == end ? std::string("line ends inside the label set")
                            : std::string("invalid label name"),
                   family, true);
            return false;
        }
        ++p;
        while (p < end && is(*p, kLabelChar))
            ++p;
        const std::string_view name(nameAt, static_cast<std::size_t>(p - nameAt));
        if (!m_om)
            skipBlank(p, end);
        if (p == end || *p != '=') {
            report(Severity::Error, p, cat("expected '=' after label name ", name), family, true);
            return false;
        }
        ++p;
        if (!m_om)
            skipBlank(p, end);
        if (p == end || *p != '"') {
            report(Severity::Error, p, cat("expected '\"' to open the value of label ", name),
                   family, true);
            return false;
        }
        const char* openQuote = p;
        ++p;
        // Values are short: a byte loop beats two memchr calls. Stops at the quote or at the
        // first backslash, which sends the value to the unescaping path below.
        // `high` collects the bytes' top bits: only non-ASCII values pay for UTF-8 validation.
        const char* q = p;
        unsigned high = 0;
        while (q < end && *q != '"' && *q != '\\') {
            high |= static_cast<unsigned char>(*q);
            ++q;
        }
        std::string_view value;
        if (q < end && *q == '"') {
            value = std::string_view(p, static_cast<std::size_t>(q - p));
            p = q + 1;
        } else {
            char* out = m_unescaped.data() + m_unescapedUsed;
            const auto plain = static_cast<std::size_t>(q - p);
            std::memcpy(out, p, plain);
            char* o = out + plain;
            for (;; ++q) {
                if (q == end) {
                    report(Severity::Error, openQuote, cat("unterminated value of label ", name),
                           family, true);
                    return false;
                }
                const char c = *q;
                if (c == '"')
                    break;
                if (c != '\\') {
                    high |= static_cast<unsigned char>(c);
                    *o++ = c;
                    continue;
                }
                if (q + 1 == end) {
                    report(Severity::Error, openQuote, cat("unterminated value of label ", name),
                           family, true);
                    return false;
                }
                const char next = q[1];
                if (next == '\\')
                    *o++ = '\\';
                else if (next == '"')
                    *o++ = '"';
                else if (next == 'n')
                    *o++ = '\n';
                else {
                    report(Severity::Error, q,
                           cat("invalid escape sequence '\\", std::string_view(&q[1], 1),
                               "' in the value of label ", name, " (allowed: \\\\, \\\" and \\n)"),
                           family, true);
                    return false;
                }
                ++q;
            }
            value = std::string_view(out, static_cast<std::size_t>(o - out));
            m_unescapedUsed += value.size();
            p = q + 1;
        }
        if ((high & 0x80) != 0 && !isValidUtf8(value)) {
            report(Severity::Error, openQuote + 1, cat("value of label ", name, " is not UTF-8"),
                   family, true);
            return false;
        }
        labels.push_back(LabelView{name, value});
        if (!m_om)
            skipBlank(p, end);
        if (p < end && *p == ',') {
            ++p;
            if (!m_om)
                skipBlank(p, end);
            if (p < end && *p == '}') {
                if (m_om) {
                    report(Severity::Error, p,
                           "trailing comma in label set (not allowed in "
                           "OpenMetrics)",
                           family, true);
                    return false;
                }
                ++p;
                return true;
            }
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            return true;
        }
        report(Severity::Error, p,
               p == end ? std::string("line ends inside the label set")
                        : std::string("expected ',' or '}' after a label value"),
               family, true);
        return false;
    }
}

const LabelView* Parser::findLabel(std::string_view name) const {
    for (const LabelView& label : m_labels)
        if (label.name == name)
            return &label;
    return nullptr;
}

void Parser::handleSample() {
    const char* begin = m_line.data();
    const char* end = begin + m_line.size();
    const char* p = begin;
    const std::string_view currentFamily =
        m_family.active ? std::string_view(m_family.name) : std::string_view();

    if (!is(*p, kMetricStart)) {
        report(Severity::Error, p, "expected a metric name at the start of the line", currentFamily,
               true);
        return;
    }
    ++p;
    while (p < end && is(*p, kMetricChar))
        ++p;
    const std::string_view name(begin, static_cast<std::size_t>(p - begin));

    m_labels.clear();
    m_unescapedUsed = 0;
    if (m_unescaped.size() < m_line.size())
        m_unescaped.resize(m_line.size());
    if (!m_om)
        skipBlank(p, end);
    if (p < end && *p == '{') {
        if (!parseLabels(p, end, m_labels))
            return;
    } else if (p < end && p == begin + name.size() && *p != ' ' && *p != '\t') {
        report(Severity::Error, p, cat("invalid character in metric name ", name), name, true);
        return;
    }

    // Value
    if (m_om) {
        if (p == end || *p != ' ') {
            report(Severity::Error, p, "expected a single space and the value", name, true);
            return;
        }
        ++p;
    } else {
        skipBlank(p, end);
    }
    const char* valueAt = p;
    while (p < end && *p != ' ' && *p != '\t')
        ++p;
    const std::string_view valueText(valueAt, static_cast<std::size_t>(p - valueAt));
    double value = 0;
    if (valueText.empty()) {
        report(Severity::Error, valueAt, cat("missing value for ", name), name, true);
        return;
    }
    if (!parseFloat(valueText, value)) {
        report(Severity::Error, valueAt, cat("invalid value '", valueText, "' for ", name), name,
               true);
        return;
    }

    // Timestamp and exemplar
    std::optional<std::int64_t> timestampMs;
    ExemplarView exemplar;
    bool hasExemplar = false;
    if (m_om) {
        if (p < end) { // *p == ' '
            ++p;
            if (p == end) {
                report(Severity::Error, p, "trailing space after the value", name, true);
                return;
            }
            if (*p != '#') {
                const char* tsAt = p;
                while (p < end && *p != ' ')
                    ++p;
                const std::string_view tsText(tsAt, static_cast<std::size_t>(p - tsAt));
                double seconds = 0;
                if (!parseFloat(tsText, seconds) || !std::isfinite(seconds)) {
                    report(Severity::Error, tsAt,
                           cat("invalid timestamp '", tsText,
                               "' (OpenMetrics timestamps are seconds, e.g. 1520879607.789)"),
                           name, true);
                    return;
                }
                timestampMs = std::llround(seconds * 1000.0);
                if (p < end) {
                    ++p;
                    if (p == end || *p != '#') {
                        report(Severity::Error, p, "unexpected text after the timestamp", name,
                               true);
                        return;
                    }
                }
            }
            if (p < end) { // '#': an exemplar
                const char* hashAt = p;
                if (end - p < 3 || p[1] != ' ' || p[2] != '{') {
                    report(Severity::Error, hashAt, "expected ' # {' to start an exemplar", name,
                           true);
                    return;
                }
                p += 2;
                m_exemplarLabels.clear();
                if (!parseLabels(p, end, m_exemplarLabels))
                    return;
                std::size_t runes = 0;
                for (const LabelView& label : m_exemplarLabels) {
                    runes += label.name.size(); // names are ASCII
                    for (char c : label.value)  // count UTF-8 lead bytes
                        runes += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
                }
                if (runes > kMaxExemplarRunes) {
                    report(Severity::Error, hashAt,
                           cat("exemplar labels have ", runes, " characters (limit 128)"), name,
                           true);
                    return;
                }
                if (p == end || *p != ' ') {
                    report(Severity::Error, p, "expected a single space and the exemplar value",
                           name, true);
                    return;
                }
                ++p;
                const char* exAt = p;
                while (p < end && *p != ' ')
                    ++p;
                const std::string_view exText(exAt, static_cast<std::size_t>(p - exAt));
                if (!parseFloat(exText, exemplar.value)) {
                    report(Severity::Error, exAt, cat("invalid exemplar value '", exText, "'"),
                           name, true);
                    return;
                }
                if (p < end) {
                    ++p;
                    const std::string_view exTs(p, static_cast<std::size_t>(end - p));
                    double seconds = 0;
                    if (!parseFloat(exTs, seconds) || !std::isfinite(seconds)) {
                        report(Severity::Error, p, cat("invalid exemplar timestamp '", exTs, "'"),
                               name, true);
                        return;
                    }
                    exemplar.timestampSeconds = seconds;
                }
                exemplar.labels = m_exemplarLabels;
                hasExemplar = true;
            }
        }
    } else if (p < end) {
        const char* blankAt = p;
        skipBlank(p, end);
        if (p == end) { // Go's parser reads trailing blanks as an empty timestamp
            report(Severity::Error, blankAt, "trailing blanks after the value", name, true);
            return;
        }
        const char* tsAt = p;
        while (p < end && *p != ' ' && *p != '\t')
            ++p;
        const std::string_view tsText(tsAt, static_cast<std::size_t>(p - tsAt));
        std::int64_t ms = 0;
        if (!parseInt64(tsText, ms)) {
            report(Severity::Error, tsAt,
                   cat("invalid timestamp '", tsText,
                       "' (text format timestamps are integer milliseconds)"),
                   name, true);
            return;
        }
        timestampMs = ms;
        if (p < end) { // Go's parser rejects even blanks here, so promtool does too
            report(Severity::Error, p, "unexpected text after the timestamp", name, true);
            return;
        }
    }

    // Duplicate label names make the series ambiguous.
    for (std::size_t i = 1; i < m_labels.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (m_labels[i].name == m_labels[j].name) {
                report(Severity::Error, m_labels[i].name.data(),
                       cat("duplicate label name ", m_labels[i].name), name, true);
                return;
            }

    // Which family the sample belongs to.
    Suffix suffix = Suffix::Other;
    if (m_family.active && name.size() >= m_family.name.size() && name.starts_with(m_family.name)) {
        suffix = classify(name.substr(m_family.name.size()));
        if (!allowed(m_format, m_family.type, suffix)) {
            if (suffix == Suffix::None) {
                report(Severity::Error, begin,
                       cat("sample ", name, " of ", keyOf(m_family.type), " family ", m_family.name,
                           " needs ", suffixHint(m_format, m_family.type)),
                       m_family.name, true);
                return;
            }
            suffix = Suffix::Other;
        }
    }
    if (suffix == Suffix::Other) {
        const bool repeated = m_seen.contains(std::string(name));
        if (repeated) {
            if (m_om) {
                report(Severity::Error, begin,
                       cat("samples of ", name,
                           " after other families (OpenMetrics families must not be interleaved)"),
                       name, true);
                return;
            }
            report(Severity::Warning, begin,
                   cat("samples of ", name, " are not grouped together with its earlier samples"),
                   name, false);
        }
        startFamily(name);
        m_family.repeated = repeated;
        suffix = Suffix::None;
    }
    if (!m_family.announced)
        announce();
    const MetricType type = m_family.type;

    // Type rules.
    double le = 0;
    if (suffix == Suffix::Bucket) {
        const LabelView* label = findLabel("le");
        if (!label) {
            report(Severity::Error, begin, cat("histogram bucket ", name, " has no le label"),
                   m_family.name, true);
            return;
        }
        if (!parseFloat(label->value, le) || std::isnan(le)) {
            report(Severity::Error, label->name.data(),
                   cat("invalid le=\"", label->value, "\" in ", name), m_family.name, true);
            return;
        }
    } else if (type == MetricType::Summary && suffix == Suffix::None) {
        const LabelView* label = findLabel("quantile");
        double quantile = 0;
        if (!label) {
            report(Severity::Error, begin, cat("summary sample ", name, " has no quantile label"),
                   m_family.name, true);
            return;
        }
        if (!parseFloat(label->value, quantile) || (m_om && !(quantile >= 0 && quantile <= 1))) {
            report(Severity::Error, label->name.data(),
                   cat("invalid quantile=\"", label->value, "\" in ", name), m_family.name, true);
            return;
        }
    } else if (m_om && type == MetricType::Info && value != 1) {
        report(Severity::Error, valueAt, cat("info sample ", name, " must have the value 1"),
               m_family.name, true);
        return;
    } else if (m_om && type == MetricType::StateSet) {
        if (value != 0 && value != 1) {
            report(Severity::Error, valueAt, cat("stateset sample ", name, " must be 0 or 1"),
                   m_family.name, true);
            return;
        }
        if (!findLabel(m_family.name)) {
            report(Severity::Error, begin,
                   cat("stateset sample ", name, " has no label named ", m_family.name),
                   m_family.name, true);
            return;
        }
    }
    const bool isCount = (type == MetricType::Counter &&
                          (suffix == Suffix::Total || (!m_om && suffix == Suffix::None))) ||
                         suffix == Suffix::Bucket || suffix == Suffix::Count ||
                         suffix == Suffix::GCount;
    if (isCount && value < 0) {
        report(m_om ? Severity::Error : Severity::Warning, valueAt,
               cat(name, " is a count and cannot be negative (", value, ")"), m_family.name, m_om);
        if (m_om)
            return;
    }
    if (hasExemplar && suffix != Suffix::Total && suffix != Suffix::Bucket) {
        report(Severity::Error, begin,
               cat("exemplar on ", name,
                   " (only counter _total and histogram _bucket samples "
                   "may carry one)"),
               m_family.name, true);
        return;
    }

    m_family.lastLine = m_lineNo;
    ++m_summary.samples;
    m_visitor.sample(m_familyView, SampleView{name, m_labels, value, timestampMs,
                                              hasExemplar ? &exemplar : nullptr, m_lineNo});

    if (type == MetricType::Histogram || type == MetricType::GaugeHistogram) {
        if (suffix == Suffix::Bucket)
            m_histogram.bucket(m_labels, le, value, m_lineNo);
        else if (suffix == Suffix::Count || suffix == Suffix::GCount)
            m_histogram.count(m_labels, value, m_lineNo);
        if (m_histogram.hasFindings())
            drainHistogramFindings();
    }
}

} // namespace headroom::exposition::detail
