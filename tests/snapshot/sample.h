#pragma once
// Helpers for the snapshot tests: small CSV files written to a temporary folder, and the
// diagnostics of a read as "row:column: message" strings.
#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "snapshot/reader.h"

namespace kokuho::test {

// Writes `bytes` to `name` in this test program's temporary folder and returns the path.
std::string write_temp_file(const std::string& name, const std::string& bytes);

// "row:column: message"
std::string where_what(const diagnostic& problem);

// The problems read_snapshot throws for the file, as where_what() strings; empty when it
// throws nothing.
std::vector<std::string> read_problems(const std::string& path, const read_options& options = {});

// A snapshot CSV in the making: the required columns plus any others, and rows of valid
// values of which a test changes a few. Values are written as given, without quoting.
class sample_csv {
public:
    explicit sample_csv(std::vector<std::string> extra_columns = {});

    // Adds a row; a column not in `values` gets a valid value (person_id and insured_number
    // numbered by row, every row in household H0001).
    sample_csv& row(const std::map<std::string, std::string>& values = {});

    std::string text() const;
    std::string write(const std::string& name) const { return write_temp_file(name, text()); }

    // 1-based column number of a key in the header.
    int column_of(const std::string& key) const;

private:
    std::vector<std::string> columns_;
    std::vector<std::string> lines_;
};

}  // namespace kokuho::test
