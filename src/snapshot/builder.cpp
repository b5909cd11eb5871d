#include "snapshot/builder.h"

#include <algorithm>
#include <iterator>
#include <limits>

#include "snapshot/cells.h"

namespace kokuho {

snapshot_builder::snapshot_builder(const std::string& file, const header_map& header,
                                   bool skip_invalid_rows, std::size_t expected_rows)
    : file_(file), header_(header), skip_invalid_rows_(skip_invalid_rows) {
    data_.file = file;
    for (const auto& column : snapshot_columns())
        if (int field = header.field_of(column.id); field >= 0) data_.column_of.emplace(column.key, field + 1);
    data_.persons.reserve(expected_rows);
    person_rows_.reserve(expected_rows);
}

void snapshot_builder::add(const csv_record& record, parsed_row& row) {
    check_unique_person(record, row);
    check_household(record, row);
    if (row.problems.empty()) {
        data_.persons.push_back(kept(row.member));
        return;
    }
    std::stable_sort(row.problems.begin(), row.problems.end(),
                     [](const diagnostic& a, const diagnostic& b) {
                         return a.where.column < b.where.column;
                     });
    problems_.insert(problems_.end(), std::make_move_iterator(row.problems.begin()),
                     std::make_move_iterator(row.problems.end()));
}

read_result snapshot_builder::finish(std::vector<diagnostic> file_problems) {
    if (!file_problems.empty() || (!problems_.empty() && !skip_invalid_rows_)) {
        file_problems.insert(file_problems.end(), std::make_move_iterator(problems_.begin()),
                             std::make_move_iterator(problems_.end()));
        throw error(error_kind::input, std::move(file_problems));
    }
    keep_households_in_use();
    return {std::move(data_), std::move(problems_), {}};
}

// A copy of a parsed row's person or household whose text the snapshot holds.
template <class Owner>
Owner snapshot_builder::kept(const Owner& parsed) {
    Owner copy = parsed;
    for (const column_def& column : snapshot_columns())
        if (auto* text = std::get_if<stored_text Owner::*>(&column.target))
            copy.**text = data_.texts->keep(parsed.**text);
    return copy;
}

std::string_view snapshot_builder::cell(const csv_record& record, column_id id) const {
    return record.fields[std::size_t(header_.field_of(id))].text;
}

// 宛名番号 is unique: a later row with the same one names the first.
void snapshot_builder::check_unique_person(const csv_record& record, parsed_row& row) {
    if (!row.valid_cell(column_id::person_id)) return;
    std::string_view id = cell(record, column_id::person_id);
    auto [first, inserted] = person_rows_.try_emplace(id, record.line);
    if (inserted) return;
    add_problem(row, record, column_id::person_id,
                cell_message(column_of(column_id::person_id), id,
                             "already on row " + std::to_string(first->second)));
}

// The first row of a household whose household columns are all valid sets them; later
// rows must agree with it.
void snapshot_builder::check_household(const csv_record& record, parsed_row& row) {
    if (!row.valid_cell(column_id::household_id)) return;
    std::string_view id = cell(record, column_id::household_id);
    if (auto found = households_.find(id); found != households_.end()) {
        row.member.household = found->second;
        compare_household(data_.households[found->second], record, row);
        return;
    }
    for (const column_def& column : snapshot_columns())
        if (column.level() == column_level::household && header_.field_of(column.id) >= 0 &&
            !row.valid_cell(column.id))
            return;
    row.member.household = data_.households.size();
    households_.emplace(id, data_.households.size());
    data_.households.push_back(kept(row.home));
    data_.households.back().first_row = record.line;
}

void snapshot_builder::compare_household(const household& reference, const csv_record& record,
                                         parsed_row& row) const {
    for (const column_def& column : snapshot_columns()) {
        if (column.level() != column_level::household || !row.valid_cell(column.id)) continue;
        std::string_view expected = household_text(column, reference);
        std::string_view actual = household_text(column, row.home);
        if (expected == actual) continue;
        std::string values = shows_value(column) ? " (" + quoted(expected) + " / " + quoted(actual) + ")" : "";
        add_problem(row, record, column.id,
                    "household " + reference.household_id + ": " + std::string(column.key) +
                        " differs from row " + std::to_string(reference.first_row) + values);
    }
}

void snapshot_builder::add_problem(parsed_row& row, const csv_record& record, column_id id,
                                   std::string message) const {
    row.reject(id, header_.locate(file_, record, id), std::move(message));
}

// Drops the households none of whose rows was kept (only when skipping invalid rows), and
// numbers the rest in the order of their first kept member. Without such rows the order is
// already that one, and the households are not copied.
void snapshot_builder::keep_households_in_use() {
    constexpr auto unused = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> renumbered(data_.households.size(), unused);
    std::vector<std::size_t> old_of;  // new index -> old index
    for (person& member : data_.persons) {
        std::size_t& index = renumbered[member.household];
        if (index == unused) {
            index = old_of.size();
            old_of.push_back(member.household);
            data_.households[member.household].first_row = member.row;
        }
        member.household = index;
    }
    bool same_order = old_of.size() == data_.households.size();
    for (std::size_t i = 0; same_order && i < old_of.size(); ++i) same_order = old_of[i] == i;
    if (same_order) return;
    std::vector<household> kept;
    kept.reserve(old_of.size());
    for (std::size_t old : old_of) kept.push_back(std::move(data_.households[old]));
    data_.households = std::move(kept);
}

}  // namespace kokuho
