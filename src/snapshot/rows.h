#pragma once
// Reads one data record of the snapshot into a household and a person, checking each cell
// and the row's own dates. Checks across rows are the snapshot_builder's.
#include <bitset>
#include <span>
#include <string>
#include <vector>

#include "core/error.h"
#include "snapshot/encoding.h"
#include "snapshot/header.h"
#include "snapshot/reader.h"

namespace kokuho {

struct parsed_row {
    household home;
    person member;
    text_store texts;  // of home and member, until the next row: the builder keeps what it keeps
    std::bitset<column_count> valid;  // columns in the file whose cell was read without a problem
    std::vector<diagnostic> problems;

    bool valid_cell(column_id id) const { return valid[std::size_t(id)]; }

    // Records a problem with a cell, which then no longer counts as valid.
    void reject(column_id id, source_location where, std::string message) {
        valid.reset(std::size_t(id));
        problems.push_back({std::move(where), std::move(message)});
    }
};

// Hands out the encoding faults record by record, in file order.
class fault_cursor {
public:
    explicit fault_cursor(std::span<const encoding_fault> faults) : faults_(faults) {}
    std::span<const encoding_fault> take(const csv_record& record);

private:
    std::span<const encoding_fault> faults_;
};

// Adds a record's encoding faults (at most one per field) and malformed quoting to
// `problems`. `columns` gives each field's column, so that a fault names its key; it is
// empty for the header row.
void check_record_text(const std::string& file, const csv_record& record,
                       std::span<const encoding_fault> faults, text_encoding encoding,
                       std::span<const column_def* const> columns,
                       std::vector<diagnostic>& problems);

class row_reader {
public:
    row_reader(const std::string& file, const read_options& options, const header_map& header);

    // Fills `row` (reusing its storage) from `record`.
    void read(const csv_record& record, std::span<const encoding_fault> faults,
              parsed_row& row) const;

private:
    std::bitset<column_count> faulty_cells(const csv_record& record,
                                           std::span<const encoding_fault> faults) const;
    void read_cell(const column_def& column, const csv_record& record, parsed_row& row) const;
    void check_row(const csv_record& record, parsed_row& row) const;
    void reject(parsed_row& row, const csv_record& record, column_id id,
                std::string message) const;

    const std::string& file_;
    const read_options& options_;
    const header_map& header_;
};

}  // namespace kokuho
