// The CSV parser on its own: fields, quoting, line numbers and malformed input.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "snapshot/csv.h"

namespace {

using kokuho::csv_parser;
using kokuho::csv_problem;
using kokuho::csv_record;

struct parsed_record {
    int line;
    std::vector<std::string> fields;
    csv_problem problem;
    int problem_column;
};

std::vector<parsed_record> parse(std::string text) {
    csv_parser parser(text);
    csv_record record;
    std::vector<parsed_record> records;
    while (parser.next(record)) {
        parsed_record copy{record.line, {}, record.problem, record.problem_column};
        for (const auto& field : record.fields) copy.fields.emplace_back(field.text);
        records.push_back(copy);
    }
    return records;
}

using fields = std::vector<std::string>;

}  // namespace

TEST_CASE("csv: plain fields, LF and CRLF line ends, a missing last line end") {
    auto records = parse("a,b,c\r\nd,,f\ng,h,");
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == fields{"a", "b", "c"});
    CHECK(records[1].fields == fields{"d", "", "f"});
    CHECK(records[2].fields == fields{"g", "h", ""});
    CHECK(records[2].line == 3);
    CHECK(records[2].problem == csv_problem::none);
}

TEST_CASE("csv: quoted fields keep commas, doubled quotes and line breaks") {
    auto records = parse("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n\"\",x\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == fields{"a,b", "say \"hi\"", "two\r\nlines"});
    CHECK(records[0].line == 1);
    CHECK(records[1].fields == fields{"", "x"});
    CHECK(records[1].line == 3);  // the record before spans lines 1 and 2
}

TEST_CASE("csv: a record's starting line counts every line break before it") {
    auto records = parse("h1,h2\n\"1\n2\n3\",x\n\nlast,y\n");
    REQUIRE(records.size() == 3);
    CHECK(records[1].line == 2);
    CHECK(records[1].fields == fields{"1\n2\n3", "x"});
    CHECK(records[2].line == 6);  // blank line 5 skipped
    CHECK(records[2].fields == fields{"last", "y"});
}

TEST_CASE("csv: field offsets point at the field's first byte in the input") {
    std::string text = "ab,\"c\"\"d\",e\n";
    csv_parser parser(text);
    csv_record record;
    REQUIRE(parser.next(record));
    REQUIRE(record.fields.size() == 3);
    CHECK(record.fields[0].offset == 0);
    CHECK(record.fields[1].offset == 3);
    CHECK(record.fields[2].offset == 10);
    CHECK(record.fields[1].text == "c\"d");
    CHECK(record.end == text.size());
}

TEST_CASE("csv: malformed records name the problem and its field") {
    struct example {
        std::string text;
        csv_problem problem;
        int column;
        fields expected;
    };
    auto [text, problem, column, expected] = GENERATE(Catch::Generators::values<example>({
        {"a,b\"c,d\n", csv_problem::quote_in_unquoted_field, 2, {"a", "b\"c", "d"}},
        {"a,\"bc\"d,e\n", csv_problem::text_after_closing_quote, 2, {"a", "bc", "e"}},
        {"a,b\rc\n", csv_problem::lone_carriage_return, 2, {"a", "b\rc"}},
        {"a,\"b\nc\n", csv_problem::unclosed_quote, 2, {"a", "b\nc\n"}},
    }));
    auto records = parse(text);
    REQUIRE(records.size() == 1);
    CHECK(records[0].problem == problem);
    CHECK(records[0].problem_column == column);
    CHECK(records[0].fields == expected);
}

TEST_CASE("csv: empty input and blank lines only give no record") {
    CHECK(parse("").empty());
    CHECK(parse("\n\r\n\n").empty());
}
