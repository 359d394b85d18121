#include "sources/exposition/HistogramChecks.h"

#include "model/Text.h"

#include <cmath>

namespace headroom::exposition {

void HistogramChecks::reset() {
    m_series.clear();
    m_index.clear();
    m_last = nullptr;
    m_findings.clear();
}

std::vector<HistogramChecks::Finding> HistogramChecks::takeFindings() {
    std::vector<Finding> out;
    out.swap(m_findings);
    return out;
}

// Whether `labels` without le serialise to `key`, compared in place (no copy per bucket).
static bool sameKey(std::span<const LabelView> labels, std::string_view key) {
    std::size_t at = 0;
    for (const LabelView& label : labels) {
        if (label.name == "le")
            continue;
        for (std::string_view part : {label.name, label.value}) {
            if (key.size() < at + part.size() + 1 || key.compare(at, part.size(), part) != 0 ||
                key[at + part.size()] != '\xff')
                return false;
            at += part.size() + 1;
        }
    }
    return at == key.size();
}

HistogramChecks::Series& HistogramChecks::seriesFor(std::span<const LabelView> labels) {
    // Buckets of one series are contiguous in practice: the last series answers most lookups.
    if (m_last && sameKey(labels, m_last->key))
        return *m_last;
    m_key.clear();
    for (const LabelView& label : labels) {
        if (label.name == "le")
            continue;
        m_key.append(label.name);
        m_key.push_back('\xff');
        m_key.append(label.value);
        m_key.push_back('\xff');
    }
    if (auto it = m_index.find(m_key); it != m_index.end()) {
        m_last = it->second;
        return *m_last;
    }
    Series& series = m_series.emplace_back();
    series.key = m_key;
    m_index.emplace(series.key, &series);
    m_last = &series;
    return series;
}

static std::string describe(std::span<const LabelView> labels) {
    std::string out = "{";
    for (const LabelView& label : labels) {
        if (label.name == "le")
            continue;
        if (out.size() > 1)
            out.push_back(',');
        out += cat(label.name, "=\"", label.value, "\"");
    }
    out.push_back('}');
    return out;
}

void HistogramChecks::bucket(std::span<const LabelView> labels, double le, double count, int line) {
    Series& series = seriesFor(labels);
    if (series.anyBucket) {
        if (!(le > series.lastLe))
            m_findings.push_back({line, cat("histogram buckets of series ", describe(labels),
                                            " are not sorted by increasing le (", le, " after ",
                                            series.lastLe, ")")});
        else if (count < series.lastCount)
            m_findings.push_back(
                {line, cat("histogram bucket le=", le, " of series ", describe(labels), " counts ",
                           count, ", less than the previous bucket's ", series.lastCount,
                           " (buckets are cumulative)")});
    }
    series.anyBucket = true;
    series.lastLe = le;
    series.lastCount = count;
    series.lastLine = line;
    if (std::isinf(le) && le > 0) {
        series.hasInf = true;
        series.infCount = count;
        if (series.hasCount && series.count != count)
            m_findings.push_back({line, cat("histogram series ", describe(labels), " has _count ",
                                            series.count, " but its +Inf bucket counts ", count)});
    }
}

void HistogramChecks::count(std::span<const LabelView> labels, double count, int line) {
    Series& series = seriesFor(labels);
    series.hasCount = true;
    series.count = count;
    series.countLine = line;
    if (series.hasInf && series.infCount != count)
        m_findings.push_back({line, cat("histogram series ", describe(labels), " has _count ",
                                        count, " but its +Inf bucket counts ", series.infCount)});
}

void HistogramChecks::finish(int line) {
    for (const Series& series : m_series) {
        const std::string& key = series.key;
        if (series.hasInf || (!series.anyBucket && !series.hasCount))
            continue;
        // Rebuild a readable label set from the key: name\xffvalue\xff pairs.
        std::string shown = "{";
        bool isName = true;
        std::size_t start = 0;
        for (std::size_t i = 0; i < key.size(); ++i) {
            if (key[i] != '\xff')
                continue;
            const std::string_view part(key.data() + start, i - start);
            if (isName)
                shown += cat(shown.size() > 1 ? "," : "", part, "=\"");
            else
                shown += cat(part, "\"");
            isName = !isName;
            start = i + 1;
        }
        shown.push_back('}');
        const int at =
            series.anyBucket ? series.lastLine : (series.countLine ? series.countLine : line);
        m_findings.push_back({at, cat("histogram series ", shown, " has no le=\"+Inf\" bucket")});
    }
    m_series.clear();
    m_index.clear();
    m_last = nullptr;
}

} // namespace headroom::exposition
