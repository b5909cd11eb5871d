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

TEST_CASE("expressions: text filters for columns and the 郵便番号枠") {
    values v;
    v.set("address", std::string("静岡県みどり市中央一丁目20番1号"));
    v.set("banchi", std::string("本町１２－３ ４階 B-2"));
    v.set("postal", std::string("419-0601"));
    bind::lookup_tables tables;
    era_formatter eras;
    auto eval = [&](const std::string& text) { return bind::expression::parse(text, {"test"}, tables).evaluate(v, tables, eras); };
    // Digit by digit; a hyphen between two digits turns into ー; one that is not stays.
    CHECK(eval("{address|kanji_numerals}") == "静岡県みどり市中央一丁目二〇番一号");
    CHECK(eval("{banchi|kanji_numerals}") == "本町一二ー三 四階 B-二");
    CHECK(eval("{postal|fullwidth_digits}") == "４１９-０６０１");
    CHECK(eval("{postal|digit:1}") == "4");
    CHECK(eval("{postal|digit:4}") == "0");  // the hyphen is skipped
    CHECK(eval("{postal|digit:7}") == "1");
    CHECK(eval("{postal|digit:8}").empty());
    CHECK(eval("{banchi|digit:2}") == "2");  // full-width digits count, given as ASCII
    CHECK_THROWS_WITH(bind::expression::parse("{postal|digit:0}", {"test"}, tables),
                      Catch::Contains("digit: expected a position from 1, got \"0\""));
    CHECK_THROWS_WITH(bind::expression::parse("{postal|pad:x}", {"test"}, tables),
                      Catch::Contains("pad: expected a width, got \"x\""));
}
