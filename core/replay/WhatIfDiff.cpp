// The what-if difference (see WhatIfDiff.h).
#include "WhatIfDiff.h"

#include "model/Records.h"

#include <algorithm>
#include <map>

namespace headroom {

std::string_view keyOf(WhatIfSubject subject) {
    switch (subject) {
    case WhatIfSubject::Recommendation:
        return "recommendation";
    case WhatIfSubject::Advice:
        return "advice";
    case WhatIfSubject::Tier:
        return "tier";
    }
    return "recommendation";
}

std::string_view keyOf(WhatIfChange change) {
    switch (change) {
    case WhatIfChange::Earlier:
        return "earlier";
    case WhatIfChange::Later:
        return "later";
    case WhatIfChange::Same:
        return "same";
    case WhatIfChange::NotAtAll:
        return "not_at_all";
    case WhatIfChange::New:
        return "new";
    }
    return "same";
}

namespace {

// [start, end): an open stretch ends just after the range, so it overlaps what starts at its end.
struct Stretch {
    std::string key;
    Timestamp start{};
    Timestamp end{};
};

Timestamp rangeEnd(const ReplayTrace& a, const ReplayTrace& b) {
    Timestamp end{};
    for (const auto* t : {&a, &b}) {
        if (t->last) {
            end = std::max(end, *t->last);
        }
    }
    return end + std::chrono::seconds(1);
}

std::vector<Stretch> episodeStretches(const ReplayTrace& t, Timestamp end) {
    std::vector<Stretch> out;
    for (const auto& e : t.episodes) {
        out.push_back({e.type, e.openedAt, e.closedAt.value_or(end)});
    }
    return out;
}

std::string adviceKey(const AdviceChange& c) {
    std::string key(keyOf(c.action));
    if (c.nextModeId) {
        key += ":" + *c.nextModeId;
    }
    return key;
}

template <class Change, class KeyOf>
std::vector<Stretch> changeStretches(const std::vector<Change>& changes, Timestamp end, KeyOf key) {
    std::vector<Stretch> out;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        out.push_back(
            {key(changes[i]), changes[i].at, i + 1 < changes.size() ? changes[i + 1].at : end});
    }
    return out;
}

void match(WhatIfSubject subject, std::vector<Stretch> base, std::vector<Stretch> edited,
           WhatIfReport& report) {
    const auto byStart = [](const Stretch& a, const Stretch& b) {
        return a.start != b.start ? a.start < b.start : a.key < b.key;
    };
    std::ranges::stable_sort(base, byStart);
    std::ranges::stable_sort(edited, byStart);
    std::vector<bool> taken(edited.size(), false);
    std::map<std::string, std::vector<std::size_t>, std::less<>> editedByKey; // in time order
    for (std::size_t i = 0; i < edited.size(); ++i) {
        editedByKey[edited[i].key].push_back(i);
    }
    std::vector<WhatIfRow> rows;
    for (const auto& b : base) {
        std::optional<std::size_t> found;
        if (auto it = editedByKey.find(b.key); it != editedByKey.end()) {
            for (std::size_t i : it->second) {
                const auto& e = edited[i];
                if (e.start >= b.end) {
                    break; // later ones start later still
                }
                if (!taken[i] && b.start < e.end) {
                    found = i;
                    break;
                }
            }
        }
        WhatIfRow row;
        row.subject = subject;
        row.key = b.key;
        row.was = b.start;
        if (!found) {
            row.change = WhatIfChange::NotAtAll;
            ++report.counts.notAtAll;
            rows.push_back(std::move(row));
            continue;
        }
        taken[*found] = true;
        row.wouldBe = edited[*found].start;
        row.shift = std::chrono::duration_cast<std::chrono::seconds>(*row.wouldBe - b.start);
        if (row.shift < std::chrono::seconds(0)) {
            row.change = WhatIfChange::Earlier;
            ++report.counts.earlier;
        } else if (row.shift > std::chrono::seconds(0)) {
            row.change = WhatIfChange::Later;
            ++report.counts.later;
        } else {
            ++report.counts.same;
            continue; // counted, not listed
        }
        rows.push_back(std::move(row));
    }
    for (std::size_t i = 0; i < edited.size(); ++i) {
        if (!taken[i]) {
            WhatIfRow row;
            row.subject = subject;
            row.key = edited[i].key;
            row.change = WhatIfChange::New;
            row.wouldBe = edited[i].start;
            ++report.counts.added;
            rows.push_back(std::move(row));
        }
    }
    std::ranges::stable_sort(rows, [](const WhatIfRow& a, const WhatIfRow& b) {
        const Timestamp ta = a.was ? std::min(*a.was, a.wouldBe.value_or(*a.was)) : *a.wouldBe;
        const Timestamp tb = b.was ? std::min(*b.was, b.wouldBe.value_or(*b.was)) : *b.wouldBe;
        return ta != tb ? ta < tb : a.key < b.key;
    });
    report.rows.insert(report.rows.end(), std::make_move_iterator(rows.begin()),
                       std::make_move_iterator(rows.end()));
}

std::map<std::string, Timestamp, std::less<>> firstOpenings(const ReplayTrace& t) {
    std::map<std::string, Timestamp, std::less<>> out;
    for (const auto& e : t.episodes) {
        auto [it, inserted] = out.try_emplace(e.type, e.openedAt);
        if (!inserted) {
            it->second = std::min(it->second, e.openedAt);
        }
    }
    return out;
}

std::vector<WhatIfRow> compareFirstOpenings(const ReplayTrace& baseline,
                                            const ReplayTrace& edited) {
    const auto base = firstOpenings(baseline);
    const auto other = firstOpenings(edited);
    std::vector<WhatIfRow> out;
    const auto row = [](const std::string& key) {
        WhatIfRow r;
        r.subject = WhatIfSubject::Recommendation;
        r.key = key;
        return r;
    };
    for (const auto& [type, was] : base) {
        WhatIfRow r = row(type);
        r.was = was;
        if (auto it = other.find(type); it != other.end()) {
            r.wouldBe = it->second;
            r.shift = std::chrono::duration_cast<std::chrono::seconds>(it->second - was);
            if (r.shift == std::chrono::seconds(0)) {
                continue;
            }
            r.change =
                r.shift < std::chrono::seconds(0) ? WhatIfChange::Earlier : WhatIfChange::Later;
        } else {
            r.change = WhatIfChange::NotAtAll;
        }
        out.push_back(std::move(r));
    }
    for (const auto& [type, at] : other) {
        if (!base.contains(type)) {
            WhatIfRow r = row(type);
            r.wouldBe = at;
            r.change = WhatIfChange::New;
            out.push_back(std::move(r));
        }
    }
    return out;
}

} // namespace

WhatIfReport diffTraces(const ReplayTrace& baseline, const ReplayTrace& edited) {
    WhatIfReport report;
    const Timestamp end = rangeEnd(baseline, edited);
    match(WhatIfSubject::Recommendation, episodeStretches(baseline, end),
          episodeStretches(edited, end), report);
    match(WhatIfSubject::Advice, changeStretches(baseline.advice, end, adviceKey),
          changeStretches(edited.advice, end, adviceKey), report);
    const auto tierKey = [](const TierChange& c) {
        return c.to;
    };
    match(WhatIfSubject::Tier, changeStretches(baseline.tiers, end, tierKey),
          changeStretches(edited.tiers, end, tierKey), report);
    report.firstOpenings = compareFirstOpenings(baseline, edited);
    report.baseline = baseline;
    report.edited = edited;
    return report;
}

} // namespace headroom
