#include "snapshot/csv.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace kokuho {

namespace {

// Bytes that end an unquoted field or need a closer look inside one.
constexpr std::array<bool, 256> stop_bytes = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {',', '\n', '\r', '"'}) table[c] = true;
    return table;
}();

}  // namespace

std::string_view describe(csv_problem problem) {
    switch (problem) {
    case csv_problem::none: return "no problem";
    case csv_problem::quote_in_unquoted_field: return "a quote inside an unquoted field";
    case csv_problem::text_after_closing_quote: return "text after the closing quote of a field";
    case csv_problem::lone_carriage_return: return "a carriage return without a line feed";
    case csv_problem::unclosed_quote:
        return "a quoted field is not closed before the end of the file";
    }
    return "unknown problem";
}

csv_parser::csv_parser(std::span<char> input)
    : begin_(input.data()), end_(input.data() + input.size()), pos_(input.data()) {}

bool csv_parser::next(csv_record& record) {
    skip_blank_lines();
    if (pos_ == end_) return false;
    record.line = line_;
    record.fields.clear();
    record.problem = csv_problem::none;
    record.problem_column = 0;
    while (true) {
        auto offset = std::size_t(pos_ - begin_);
        auto text = pos_ < end_ && *pos_ == '"' ? read_quoted(record) : read_unquoted(record);
        record.fields.push_back({text, offset});
        if (pos_ == end_ || *pos_ != ',') break;
        ++pos_;
    }
    if (pos_ < end_) {
        pos_ += *pos_ == '\r' ? 2 : 1;
        ++line_;
    }
    record.end = std::size_t(pos_ - begin_);
    return true;
}

void csv_parser::skip_blank_lines() {
    while (pos_ < end_ && at_line_end()) {
        pos_ += *pos_ == '\r' ? 2 : 1;
        ++line_;
    }
}

// True at LF, at CRLF and at the end of the input.
bool csv_parser::at_line_end() const {
    if (pos_ == end_ || *pos_ == '\n') return true;
    return *pos_ == '\r' && pos_ + 1 < end_ && pos_[1] == '\n';
}

void csv_parser::note(csv_record& record, csv_problem problem) const {
    if (record.problem != csv_problem::none) return;
    record.problem = problem;
    record.problem_column = int(record.fields.size()) + 1;
}

std::string_view csv_parser::read_unquoted(csv_record& record) {
    char* start = pos_;
    for (; pos_ < end_; ++pos_) {
        auto c = static_cast<unsigned char>(*pos_);
        if (!stop_bytes[c]) continue;
        if (c == '"')
            note(record, csv_problem::quote_in_unquoted_field);
        else if (c == '\r' && !at_line_end())
            note(record, csv_problem::lone_carriage_return);
        else
            break;
    }
    return {start, pos_};
}

// Reads from the opening quote to the closing one, moving the text left over each doubled
// quote so that the field reads as one piece.
std::string_view csv_parser::read_quoted(csv_record& record) {
    char* start = ++pos_;
    char* out = start;
    while (true) {
        auto* quote = static_cast<char*>(std::memchr(pos_, '"', std::size_t(end_ - pos_)));
        char* stop = quote ? quote : end_;
        line_ += int(std::count(pos_, stop, '\n'));
        if (out != pos_) std::memmove(out, pos_, std::size_t(stop - pos_));
        out += stop - pos_;
        pos_ = stop;
        if (!quote) {
            note(record, csv_problem::unclosed_quote);
            return {start, out};
        }
        ++pos_;
        if (pos_ == end_ || *pos_ != '"') break;
        *out++ = '"';
        ++pos_;
    }
    if (!at_line_end() && *pos_ != ',') {
        note(record, csv_problem::text_after_closing_quote);
        read_unquoted(record);
    }
    return {start, out};
}

}  // namespace kokuho
