#pragma once
// Puts the parsed rows together into a snapshot, checking what spans rows: person_id is
// unique, and the household columns agree across a household's rows.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "snapshot/reader.h"
#include "snapshot/rows.h"

namespace kokuho {

class snapshot_builder {
public:
    // The record texts given to add() must stay alive until finish(). `expected_rows`, an
    // upper bound, sizes the storage up front.
    snapshot_builder(const std::string& file, const header_map& header, bool skip_invalid_rows,
                     std::size_t expected_rows);

    // Checks the row against the rows before it, then keeps its person (moved out) if it
    // has no problem, or else collects its problems.
    void add(const csv_record& record, parsed_row& row);

    // Throws kokuho::error (input) with the file's problems followed by the rows' problems,
    // unless there are only rows' problems and invalid rows are to be skipped.
    read_result finish(std::vector<diagnostic> file_problems);

private:
    std::string_view cell(const csv_record& record, column_id id) const;
    void check_unique_person(const csv_record& record, parsed_row& row);
    void check_household(const csv_record& record, parsed_row& row);
    void compare_household(const household& reference, const csv_record& record,
                           parsed_row& row) const;
    void add_problem(parsed_row& row, const csv_record& record, column_id id,
                     std::string message) const;
    void keep_households_in_use();
    template <class Owner>
    Owner kept(const Owner& parsed);

    const std::string& file_;
    const header_map& header_;
    bool skip_invalid_rows_;
    std::unordered_map<std::string_view, int> person_rows_;  // person_id -> first row
    // household_id -> index into data_.households. Until finish(), a household's first_row
    // is the row that set its columns: the first whose household columns were all valid.
    std::unordered_map<std::string_view, std::size_t> households_;
    snapshot data_;
    std::vector<diagnostic> problems_;
};

}  // namespace kokuho
