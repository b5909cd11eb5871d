#include "snapshot/rows.h"

#include <algorithm>
#include <cstdio>

#include "snapshot/cells.h"

namespace kokuho {

namespace {

// The 0-based field of `record` that holds the byte at `offset`.
std::size_t field_at(const csv_record& record, std::size_t offset) {
    auto after = std::upper_bound(
        record.fields.begin(), record.fields.end(), offset,
        [](std::size_t value, const csv_field& field) { return value < field.offset; });
    return std::size_t(after - record.fields.begin()) - 1;
}

// No cell of the snapshot is longer: names, addresses and codes are far shorter, and a
// longer value is a broken export that the PDF writer could not print.
constexpr std::size_t largest_cell = 1000;

// ESC, BEL, NUL, TAB and the like: no column of the snapshot holds them, and they would
// reach the documents, the vendor file or a terminal. A line break in a quoted cell stays
// allowed (a 送付先 written on two lines). The message names the code and the place, never
// the value.
void check_control_characters(const std::string& file, const csv_record& record,
                              std::span<const column_def* const> columns,
                              std::vector<diagnostic>& problems) {
    for (std::size_t field = 0; field < record.fields.size(); ++field) {
        const auto& text = record.fields[field].text;
        auto bad = std::find_if(text.begin(), text.end(), [](char c) {
            auto byte = static_cast<unsigned char>(c);
            return (byte < 0x20 && c != '\r' && c != '\n') || byte == 0x7F;
        });
        const column_def* column = field < columns.size() ? columns[field] : nullptr;
        auto prefix = column ? std::string(column->key) + ": " : std::string();
        if (text.size() > largest_cell) {
            problems.push_back({{file, record.line, int(field) + 1},
                                prefix + "longer than " + std::to_string(largest_cell) + " bytes"});
            continue;
        }
        if (bad == text.end()) continue;
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", unsigned(static_cast<unsigned char>(*bad)));
        problems.push_back({{file, record.line, int(field) + 1}, prefix + "control character " + code + " in the cell"});
    }
}

}  // namespace

std::span<const encoding_fault> fault_cursor::take(const csv_record& record) {
    std::size_t count = 0;
    while (count < faults_.size() && faults_[count].text_offset < record.end) ++count;
    auto taken = faults_.first(count);
    faults_ = faults_.subspan(count);
    return taken;
}

void check_record_text(const std::string& file, const csv_record& record,
                       std::span<const encoding_fault> faults, text_encoding encoding,
                       std::span<const column_def* const> columns,
                       std::vector<diagnostic>& problems) {
    std::size_t last_field = record.fields.size();
    for (const encoding_fault& fault : faults) {
        std::size_t field = field_at(record, fault.text_offset);
        if (field == last_field) continue;
        last_field = field;
        const column_def* column = field < columns.size() ? columns[field] : nullptr;
        std::string message = (column ? std::string(column->key) + ": " : "") +
                              describe(fault, encoding);
        problems.push_back({{file, record.line, int(field) + 1}, std::move(message)});
    }
    check_control_characters(file, record, columns, problems);
    if (record.problem == csv_problem::none) return;
    std::string message = "malformed CSV: " + std::string(describe(record.problem));
    problems.push_back({{file, record.line, record.problem_column}, std::move(message)});
}

row_reader::row_reader(const std::string& file, const read_options& options,
                       const header_map& header)
    : file_(file), options_(options), header_(header) {}

void row_reader::read(const csv_record& record, std::span<const encoding_fault> faults,
                      parsed_row& row) const {
    row.home = household{};
    row.member = person{};
    row.texts.clear();
    row.member.row = record.line;
    row.valid.reset();
    row.problems.clear();
    check_record_text(file_, record, faults, options_.encoding, header_.columns, row.problems);
    if (record.problem != csv_problem::none) return;
    if (record.fields.size() != header_.columns.size()) {
        std::string message = "row has " + std::to_string(record.fields.size()) +
                              " fields; the header has " + std::to_string(header_.columns.size());
        row.problems.push_back({{file_, record.line, 0}, std::move(message)});
        return;
    }
    auto faulty = faulty_cells(record, faults);
    for (const column_def& column : snapshot_columns())
        if (!faulty[std::size_t(column.id)]) read_cell(column, record, row);
    check_row(record, row);
}

// A cell with bytes that could not be decoded is not checked further: its fault says it all.
std::bitset<column_count> row_reader::faulty_cells(const csv_record& record,
                                                   std::span<const encoding_fault> faults) const {
    std::bitset<column_count> faulty;
    for (const encoding_fault& fault : faults)
        if (const column_def* column = header_.columns[field_at(record, fault.text_offset)])
            faulty.set(std::size_t(column->id));
    return faulty;
}

void row_reader::read_cell(const column_def& column, const csv_record& record,
                           parsed_row& row) const {
    int field = header_.field_of(column.id);
    if (field < 0) return;
    std::string_view text = record.fields[std::size_t(field)].text;
    std::optional<std::string> problem;
    if (text.empty() && column.required)
        problem = std::string(column.key) + ": required value missing";
    else if (!text.empty())
        if (auto reason = store_cell(column, text, row.home, row.member, row.texts))
            problem = cell_message(column, text, *reason);
    if (problem)
        reject(row, record, column.id, std::move(*problem));
    else
        row.valid.set(std::size_t(column.id));
}

// Checks across the cells of the row: the order of its dates, and plausible values.
void row_reader::check_row(const csv_record& record, parsed_row& row) const {
    const person& member = row.member;
    auto message = [&](column_id id, std::string_view reason) {
        std::string_view text = record.fields[std::size_t(header_.field_of(id))].text;
        return cell_message(column_of(id), text, reason);
    };
    if (member.lost_on && row.valid_cell(column_id::acquired_on) &&
        *member.lost_on < member.acquired_on)
        reject(row, record, column_id::lost_on,
               message(column_id::lost_on, "before acquired_on"));
    // A former member (特定同一世帯所属者) has left NHI for 後期高齢者医療: the row says when.
    bool lost_on_read = header_.field_of(column_id::lost_on) < 0 || row.valid_cell(column_id::lost_on);
    if (member.former_member && !member.lost_on && lost_on_read)
        reject(row, record, column_id::former_member,
               message(column_id::former_member, "a former member needs lost_on"));
    const auto& reference = options_.reference_date;
    if (reference && row.valid_cell(column_id::birth_date) && member.birth_date > *reference)
        reject(row, record, column_id::birth_date,
               message(column_id::birth_date, "after the reference date " + reference->iso()));
    const auto& limit = member.specified_disease_limit;
    if (limit && *limit != 10000 && *limit != 20000)
        reject(row, record, column_id::specified_disease_limit,
               message(column_id::specified_disease_limit, "not 10000 or 20000"));
}

void row_reader::reject(parsed_row& row, const csv_record& record, column_id id,
                        std::string message) const {
    row.reject(id, header_.locate(file_, record, id), std::move(message));
}

}  // namespace kokuho
