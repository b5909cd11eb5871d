#pragma once
// The small CSV files an office hands to a command (minors counts, inquiry answers): UTF-8
// with a fixed header. Problems are collected as diagnostics with file:row:column, so that a
// whole file is checked before anything is registered.
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace kokuho::batch {

struct input_row {
    int line = 0;  // 1-based, the header being line 1
    std::vector<std::string> fields;
};

struct input_table {
    std::string sha256;  // of the file's bytes
    std::vector<input_row> rows;  // the data rows with as many fields as the header
};

// Reads the file; a wrong header or a row with another number of fields is a problem.
input_table read_input_table(const std::string& file, const std::vector<std::string>& header,
                             std::vector<diagnostic>& problems);

void add_problem(std::vector<diagnostic>& problems, const std::string& file, int line, int column,
                 std::string message);

// A whole number from 0 to `most` with digits only, or nothing.
std::optional<long long> whole_number(const std::string& text, long long most);

}  // namespace kokuho::batch
