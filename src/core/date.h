#pragma once
// A Gregorian calendar date and the arithmetic the rules need.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kokuho {

class date {
public:
    date() = default;
    date(int year, unsigned month, unsigned day);
    explicit date(std::chrono::year_month_day ymd) : ymd_(ymd) {}

    // Parses YYYY-MM-DD; nullopt when malformed or not a calendar date.
    static std::optional<date> parse_iso(std::string_view text);

    int year() const { return int(ymd_.year()); }
    unsigned month() const { return unsigned(ymd_.month()); }
    unsigned day() const { return unsigned(ymd_.day()); }

    std::string iso() const;        // 2026-07-31
    std::string compact() const;    // 20260731

    date plus_days(int days) const;
    date plus_years(int years) const;  // 29 Feb -> 28 Feb in common years
    date first_of_next_month() const;
    date end_of_month() const;
    long serial() const;  // days since 1970-01-01

    friend auto operator<=>(const date&, const date&) = default;

private:
    std::chrono::year_month_day ymd_{std::chrono::year{1970}, std::chrono::January,
                                     std::chrono::day{1}};
};

}  // namespace kokuho
