#pragma once
// An RFC 4180 CSV parser over a text held in memory: comma separators, double-quote
// quoting with doubled quotes inside, quoted line breaks, CRLF or LF line ends.
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace kokuho {

struct csv_field {
    std::string_view text;  // without the enclosing quotes, doubled quotes made single
    std::size_t offset;     // where the field starts in the input
};

// What is wrong with a record's quoting or line ends; the record is still read to its end.
enum class csv_problem {
    none,
    quote_in_unquoted_field,  // ab"c
    text_after_closing_quote, // "ab"c
    lone_carriage_return,     // a CR not followed by LF outside quotes
    unclosed_quote,           // the input ends inside a quoted field
};

struct csv_record {
    int line = 0;         // 1-based line where the record starts
    std::size_t end = 0;  // offset just past the record and its line end
    std::vector<csv_field> fields;
    csv_problem problem = csv_problem::none;  // the first one found
    int problem_column = 0;                   // 1-based field of that problem
};

std::string_view describe(csv_problem problem);

// Reads records one by one. Quoted fields are unescaped in place, so the input must stay
// alive and unchanged while the fields are used. Blank lines between records are skipped.
class csv_parser {
public:
    explicit csv_parser(std::span<char> input);

    // Fills `record` (reusing its storage) with the next record; false at the end.
    bool next(csv_record& record);

private:
    void skip_blank_lines();
    std::string_view read_unquoted(csv_record& record);
    std::string_view read_quoted(csv_record& record);
    bool at_line_end() const;
    void note(csv_record& record, csv_problem problem) const;

    char* begin_;
    char* end_;
    char* pos_;
    int line_ = 1;
};

}  // namespace kokuho
