#include "Time.h"

#include "Day.h"

#include <cstdio>

namespace headroom {

Clock systemClock() {
    return [] {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    };
}

std::string formatIso(Timestamp t) {
    const auto days = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss hms{t - days};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ",
                  static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
    return buffer;
}

std::optional<Timestamp> parseIso(std::string_view text) {
    int y = 0;
    unsigned mo = 0;
    unsigned d = 0;
    int h = 0;
    int mi = 0;
    int s = 0;
    const std::string str(text);
    char sep = 0;
    char zone = 0;
    int fields = std::sscanf(str.c_str(), "%4d-%2u-%2u%c%2d:%2d:%2d%c", &y, &mo, &d, &sep, &h, &mi,
                             &s, &zone);
    if (fields == 3) {
        if (str.size() != 10) {
            return std::nullopt;
        }
        h = mi = s = 0;
    } else if (fields >= 7) {
        if (sep != 'T' && sep != ' ') {
            return std::nullopt;
        }
        if (fields == 8 && zone != 'Z') {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{mo},
                                          std::chrono::day{d}};
    if (!ymd.ok() || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60) {
        return std::nullopt;
    }
    return std::chrono::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi} +
           std::chrono::seconds{s};
}

} // namespace headroom

namespace headroom {

std::string formatDay(Day day) {
    const std::chrono::year_month_day ymd{day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

std::optional<Day> parseDay(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto parsed = parseIso(text);
    if (!parsed) {
        return std::nullopt;
    }
    return dayOf(*parsed);
}

} // namespace headroom
