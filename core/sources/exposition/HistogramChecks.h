#pragma once
// Consistency checks of one histogram family's buckets, as promtool and the OpenMetrics spec ask:
// per series (labels without `le`) the `le` bounds increase, cumulative counts never decrease,
// there is a +Inf bucket and `_count` equals it. Internal to the exposition parser.
// State lives for one family only (reset() between families) and grows with its series, not with
// its samples: the key buffer is reused and the last series is checked before the map.

#include "sources/exposition/Exposition.h"

#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace headroom::exposition {

class HistogramChecks {
public:
    struct Finding {
        int line = 0;
        std::string message;
    };

    void reset();
    void bucket(std::span<const LabelView> labels, double le, double count, int line);
    void count(std::span<const LabelView> labels, double count, int line);
    // Reports series without a +Inf bucket; call at the end of the family.
    void finish(int line);

    bool hasFindings() const { return !m_findings.empty(); }
    std::vector<Finding> takeFindings();

private:
    struct Series {
        double lastLe = 0;
        double lastCount = 0;
        bool anyBucket = false;
        bool hasInf = false;
        double infCount = 0;
        bool hasCount = false;
        double count = 0;
        int countLine = 0;
        int lastLine = 0;
    };
    Series& seriesFor(std::span<const LabelView> labels);

    std::string m_key;
    std::string m_lastKey;
    Series* m_last = nullptr;
    std::unordered_map<std::string, Series> m_series;
    std::vector<std::string> m_order; // report in input order
    std::vector<Finding> m_findings;
};

} // namespace headroom::exposition
