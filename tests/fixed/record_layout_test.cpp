// Loading record layouts: the test layout's shape, and errors with file:line:column.
#include <catch2/catch.hpp>

#include "fixed_test_support.h"

using namespace fixed_test;
using namespace kokuho::fixed;

namespace {

// A valid layout of 4-byte records into which a test splices its own fields.
std::string layout_with(std::string_view top, std::string_view header_fields) {
    return std::string(top) +
           "record_length: 4\n"
           "separator: none\n"
           "records:\n"
           "  header:\n"
           "    - {name: kind, kind: \"9\", length: 1, value: \"1\"}\n" +
           std::string(header_fields) +
           "  data: [{name: kind, kind: \"9\", length: 1, value: \"2\"},"
           " {name: seq, kind: \"9\", length: 3}]\n"
           "  trailer: [{name: kind, kind: \"9\", length: 1, value: \"8\"},"
           " {name: count, kind: \"9\", length: 3}]\n"
           "  end: [{name: kind, kind: \"9\", length: 1, value: \"9\"}, {filler: 3}]\n";
}

std::string error_of(const std::string& yaml) {
    try {
        parse_record_layout(yaml, "t.yaml");
    } catch (const kokuho::error& e) {
        CHECK(e.kind() == kokuho::error_kind::input);
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("the test layout loads with offsets and reserved fields", "[layout]") {
    auto layout = test_layout();
    CHECK(layout.file_id == "KOKUHO-ISSUE");
    CHECK(layout.target == encoding::cp932);
    CHECK(layout.record_length == 72);
    CHECK(layout.crlf);
    CHECK(layout.hash_total == "insured_number");
    REQUIRE(layout.data.fields.size() == 11);
    const auto* name = layout.data.find("name");
    REQUIRE(name);
    CHECK(name->kind == field_kind::double_byte);
    CHECK(name->offset == 15);
    CHECK(name->overflow == overflow_policy::truncate);
    const auto* birth = layout.data.find("birth_date");
    REQUIRE(birth);
    CHECK(birth->length == 7);  // from its format
    CHECK(birth->format == date_format::gyymmdd);
    CHECK(layout.data.find("seq")->source == field_source::seq);
    CHECK(layout.data.find("amount")->source == field_source::value);
    CHECK(layout.data.find("amount")->overflow == overflow_policy::error);
    CHECK(layout.trailer.find("count")->source == field_source::count);
    CHECK(layout.trailer.find("hash_total")->source == field_source::hash_total);
    CHECK(layout.trailer.find("file_id")->source == field_source::file_id);
    CHECK(layout.end.fields.back().source == field_source::constant);
    CHECK(layout.data.where.line == 16);  // the list of fields under data:
}

TEST_CASE("an unknown kind names the file, line and column", "[layout][errors]") {
    auto path = data_path("bad_kind.yaml");
    CHECK_THROWS_WITH(load_record_layout(path),
                      path + ":7:26: unknown kind \"Z\" (X, 9, N, M or date)");
}

TEST_CASE("layout mistakes are errors at their place", "[layout][errors]") {
    CHECK(error_of(layout_with("", "    - {name: a, kind: X, length: 3}\n")) == "no error");
    CHECK(error_of(layout_with("", "    - {name: a, kind: N, length: 3}\n")) ==
          "t.yaml:6:34: N field \"a\" needs an even length");
    CHECK(error_of(layout_with("", "    - {name: a, kind: X, length: 2}\n")) ==
          "t.yaml:5:5: the header record's fields add up to 3 bytes but record_length is 4 "
          "(add {filler: 1})");
    CHECK(error_of(layout_with("", "    - {name: a, kind: X, length: 5}\n")) ==
          "t.yaml:5:5: the header record's fields add up to 6 bytes but record_length is 4");
    CHECK(error_of(layout_with("", "    - {name: a, kind: X}\n")) ==
          "t.yaml:6:7: field \"a\" needs a length in bytes");
    CHECK(error_of(layout_with("", "    - {name: a, kind: X, lenght: 3}\n")) ==
          "t.yaml:6:26: unknown key \"lenght\"");
    CHECK(error_of(layout_with("", "    - {name: a, kind: X, length: 0}\n")) ==
          "t.yaml:6:34: length must be a whole number of bytes above 0, not \"0\"");
    CHECK(error_of(layout_with("", "    - {name: d, kind: date, format: yyyymmdd, length: 3}\n")) ==
          "t.yaml:6:55: a yyyymmdd date is 8 bytes long");
    CHECK(error_of(layout_with("", "    - {name: d, kind: date, length: 3}\n")) ==
          "t.yaml:6:7: date field \"d\" needs format: yyyymmdd or gyymmdd");
    CHECK(error_of(layout_with("", "    - {name: kind, kind: X, length: 3}\n")) ==
          "t.yaml:6:7: the header record already has a field \"kind\"");
    CHECK(error_of(layout_with("encoding: utf-8\n", "    - {filler: 3}\n")) ==
          "t.yaml:1:11: unknown encoding \"utf-8\" (cp932, shift_jis, ibm-930 or ibm-939)");
    CHECK(error_of(layout_with("hash_total: seq\n", "    - {filler: 3}\n")) ==
          "t.yaml:9:12: the trailer record needs a hash_total field");
    CHECK(error_of(layout_with("hash_total: nothing\n", "    - {filler: 3}\n")) ==
          "t.yaml:1:13: hash_total must name a kind 9 field of the data record");
    CHECK(error_of(layout_with("", "    - {name: file_id, kind: X, length: 3}\n")) ==
          "t.yaml:1:1: the header record has a file_id field: the layout needs file_id:");
    CHECK(error_of(layout_with("", "    - {name: a, kind: X, length: 3, value: [1]}\n")) ==
          "t.yaml:6:44: value must be a single value");
    CHECK(error_of(layout_with("", "    - {name: a, kind: X, length: 3\n")).find("t.yaml:7:") == 0);
}

TEST_CASE("each record starts with its record kind", "[layout][errors]") {
    auto yaml = layout_with("", "    - {filler: 3}\n");
    yaml.replace(yaml.find("value: \"2\""), 10, "value: \"3\"");
    CHECK(error_of(yaml) ==
          "t.yaml:7:10: the data record must start with its record kind: {name: kind, kind: "
          "\"9\", length: 1, value: \"2\"}");
}

TEST_CASE("a replacement table maps one character to text", "[layout][replacements]") {
    auto table = test_replacements();
    CHECK(table.size() == 3);
    REQUIRE(table.find(U"𠮷"));
    CHECK(*table.find(U"𠮷") == U"吉");
    CHECK_THROWS_WITH(parse_replacements("\"ab\": \"c\"\n", "r.yaml"),
                      "r.yaml:1:1: \"ab\" is not one character");
    CHECK_THROWS_WITH(parse_replacements("\"a\": \"\"\n", "r.yaml"),
                      "r.yaml:1:6: the replacement is empty");
    CHECK_THROWS_WITH(parse_replacements("\"a\": \"b\"\n\"a\": \"c\"\n", "r.yaml"),
                      "r.yaml:2:1: \"a\" is listed twice");
    CHECK(parse_replacements("\"葛\\U000E0100\": \"葛\"\n", "r.yaml").size() == 1);
}
