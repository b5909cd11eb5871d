#include "batch/csv_input.h"

#include <charconv>

#include "snapshot/csv.h"
#include "snapshot/encoding.h"

namespace kokuho::batch {

void add_problem(std::vector<diagnostic>& problems, const std::string& file, int line, int column,
                 std::string message) {
    diagnostic d;
    d.where = {file, line, column};
    d.message = std::move(message);
    problems.push_back(std::move(d));
}

std::optional<long long> whole_number(const std::string& text, long long most) {
    long long value = -1;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() || value < 0 || value > most)
        return std::nullopt;
    return value;
}

input_table read_input_table(const std::string& file, const std::vector<std::string>& header,
                             std::vector<diagnostic>& problems) {
    auto decoded = read_text_file(file, text_encoding::utf8);
    input_table table{decoded.sha256, {}};
    for (const auto& fault : decoded.faults) add_problem(problems, file, 0, 0, describe(fault, text_encoding::utf8));
    std::string expected;
    for (const auto& name : header) expected += (expected.empty() ? "" : ",") + name;
    csv_parser parser(decoded.text());
    csv_record record;
    bool first = true;
    while (parser.next(record)) {
        if (record.problem != csv_problem::none)
            add_problem(problems, file, record.line, record.problem_column, std::string(describe(record.problem)));
        if (first) {
            first = false;
            bool same = record.fields.size() == header.size();
            for (std::size_t i = 0; same && i < header.size(); ++i) same = record.fields[i].text == header[i];
            if (!same) add_problem(problems, file, record.line, 1, "the header must be " + expected);
            continue;
        }
        if (record.fields.size() != header.size()) {
            add_problem(problems, file, record.line, 0,
                        "expected " + std::to_string(header.size()) + " fields, found " +
                            std::to_string(record.fields.size()));
            continue;
        }
        input_row row{record.line, {}};
        for (const auto& field : record.fields) row.fields.emplace_back(field.text);
        table.rows.push_back(std::move(row));
    }
    if (first) add_problem(problems, file, 1, 0, "no header: expected " + expected);
    return table;
}

}  // namespace kokuho::batch
