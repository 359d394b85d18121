#pragma once
// Calendar days in UTC. The cost ledger, budgets and forecasts work per day; a Day is a
// std::chrono::sys_days so that arithmetic (day + 1, day difference) is exact and no time zone
// can shift a cost onto another day.

#include "Time.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace headroom {

using Day = std::chrono::sys_days;

// An inclusive range of days, from <= to.
struct DayRange {
    Day from{};
    Day to{};

    bool contains(Day day) const { return day >= from && day <= to; }
    int length() const { return static_cast<int>((to - from).count()) + 1; }
    friend bool operator==(const DayRange&, const DayRange&) = default;
};

inline Day dayOf(Timestamp t) {
    return std::chrono::floor<std::chrono::days>(t);
}
inline Day firstOfMonth(Day day) {
    const std::chrono::year_month_day ymd{day};
    return Day{ymd.year() / ymd.month() / std::chrono::day{1}};
}
inline Day lastOfMonth(Day day) {
    const std::chrono::year_month_day ymd{day};
    return Day{
        std::chrono::year_month_day_last{ymd.year(), std::chrono::month_day_last{ymd.month()}}};
}

// "2026-11-29".
std::string formatDay(Day day);
// Accepts exactly "YYYY-MM-DD" (a valid calendar date).
std::optional<Day> parseDay(std::string_view text);

} // namespace headroom
