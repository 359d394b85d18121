#pragma once
// Consistency checks of one histogram family's buckets, as promtool and the OpenMetrics spec ask:
// per series (labels without `le`) the `le` bounds increase, cumulative counts never decrease,
// there is a +Inf bucket and `_count` equals it. Internal to the exposition parser.
// State lives for one family only (reset() between families) and grows with its series, not with
// its samples: the key buffer is reused and the last series is checked before the map.

#include "sources/exposition/Exposition.h"

#include <deque>
#include <span>
#include <string>
#include <string_view>
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
        std::string key; // labels without le: name \xff value \xff ...
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

    std::string m_key; // reused: building a key allocates only when a line is longer than before
    Series* m_last = nullptr;
    std::deque<Series> m_series; // input order, stable addresses for the index's views
    std::unordered_map<std::string_view, Series*> m_index;
    std::vector<Finding> m_findings;
};

} // namespace headroom::exposition
