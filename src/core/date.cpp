#include "core/date.h"

#include <charconv>
#include <cstdio>

namespace kokuho {

namespace ch = std::chrono;

date::date(int y, unsigned m, unsigned d) : ymd_(ch::year{y}, ch::month{m}, ch::day{d}) {}

std::optional<date> date::parse_iso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    auto digits = [&](std::size_t from, std::size_t len, auto& out) {
        auto [p, ec] = std::from_chars(text.data() + from, text.data() + from + len, out);
        return ec == std::errc{} && p == text.data() + from + len;
    };
    if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
    ch::year_month_day ymd{ch::year{y}, ch::month{m}, ch::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return date{ymd};
}

std::string date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
    return buf;
}

std::string date::compact() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u", year(), month(), day());
    return buf;
}

date date::plus_days(int days) const {
    return date{ch::year_month_day{ch::sys_days{ymd_} + ch::days{days}}};
}

date date::plus_years(int years) const {
    auto moved = ymd_ + ch::years{years};
    if (!moved.ok()) moved = moved.year() / moved.month() / ch::last;
    return date{moved};
}

date date::first_of_next_month() const {
    auto next = ymd_.year() / ymd_.month() / ch::day{1} + ch::months{1};
    return date{ch::year_month_day{next}};
}

date date::end_of_month() const {
    return date{ch::year_month_day{ymd_.year() / ymd_.month() / ch::last}};
}

long date::serial() const { return ch::sys_days{ymd_}.time_since_epoch().count(); }

}  // namespace kokuho
