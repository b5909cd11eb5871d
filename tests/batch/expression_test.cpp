// Field expressions over typed values: a date stays a date until a filter formats it.
#include <catch2/catch.hpp>

#include "bind/expression.h"

using namespace kokuho;

TEST_CASE("expressions: date filters format dates, and default: keeps a date that is there") {
    values v;
    v.set("d", date(2026, 8, 1));
    v.set("none", std::optional<date>());
    bind::lookup_tables tables;
    era_formatter eras;
    auto eval = [&](const std::string& text) { return bind::expression::parse(text, {"test"}, tables).evaluate(v, tables, eras); };
    CHECK(eval("{d|era}") == "令和8年8月1日");
    CHECK(eval("{d|era_short}") == "R8.8.1");
    CHECK(eval("{d|era_year}") == "令和8年");
    v.set("first_year", date(2019, 12, 31));
    CHECK(eval("{first_year|era_year}") == "令和元年");
    CHECK(eval("{d|compact}") == "20260801");
    CHECK(eval("{d}") == "2026-08-01");
    CHECK(eval("{d|default:―|era}") == "令和8年8月1日");
    CHECK(eval("{none|default:―|era}") == "―");
    CHECK(eval("{none|era}").empty());
}
