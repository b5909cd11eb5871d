#pragma once
// Writes one vendor file by its record layout: the header record, one data record per
// document, then the trailer (data record count and hash total) and the end record.
//
//   file_writer writer(layout, replacements, temp_file);
//   writer.write_header(file_values);        // file_id, insurer number, creation date...
//   for (...) writer.write_data(seq, values);
//   writer.finish();                          // throws when any record had an error
//
// Errors in a record (a non-digit in a 9 field, a value too long for its field, a
// character X cannot hold, a missing value) are collected, naming the record's 通番, the
// field and the value; that record is not written and writing goes on, so one run reports
// every bad record. finish() then throws kokuho::error (input) with all of them and writes
// no trailer: the caller discards the temporary file. Every replaced character and every
// truncation is listed in exceptions().
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/values.h"
#include "core/error.h"
#include "render/fixed/field_encoder.h"
#include "render/fixed/record_layout.h"
#include "render/fixed/replacements.h"

namespace kokuho::fixed {

struct exception_entry {
    std::string seq;       // the data record's 通番; header, trailer or end for the others
    std::string field;
    std::string original;  // the character replaced, or the whole value truncated
    std::string replaced;  // what was written instead
    std::string action;    // "replaced" (縮退 or 〓) or "truncated"
};

class file_writer {
public:
    // Copies the layout and the table. Constants of the layout that the target cannot
    // write throw kokuho::error (input) at their place in the layout file.
    file_writer(const record_layout& layout, const replacement_table& replacements,
                std::ostream& out);
    file_writer(const file_writer&) = delete;
    file_writer& operator=(const file_writer&) = delete;

    // Once, first. The values also fill the trailer and end records' fields.
    void write_header(const kokuho::values& file_values);
    void write_data(std::string_view seq, const kokuho::values& values);
    // Writes the trailer and end records and flushes; throws if any record had an error.
    void finish();

    std::size_t data_count() const { return data_count_; }
    std::size_t record_count() const { return record_count_; }
    std::uintmax_t bytes_written() const { return bytes_written_; }
    const std::vector<exception_entry>& exceptions() const { return exceptions_; }
    const std::vector<diagnostic>& errors() const { return errors_; }

private:
    struct record {
        std::string bytes;                        // constants in place, separator at the end
        std::vector<const field_spec*> variable;  // the fields filled for each record
    };

    record prepare(const record_spec& spec);
    bool fill(record& target, std::string_view seq, const kokuho::values& values);
    const value* value_for(const field_spec& field, const kokuho::values& values) const;
    void add_error(std::string_view seq, const field_spec& field, const std::string& problem);
    void note(std::string_view seq, const field_spec& field, const value& written);
    void emit(const record& done);

    record_layout layout_;
    replacement_table replacements_;
    field_encoder encoder_;
    std::ostream& out_;
    field_report report_;  // before the records: prepare() uses it
    record header_, data_, trailer_, end_;
    const field_spec* summed_ = nullptr;  // the data field of the hash total
    kokuho::values file_values_;
    value seq_, count_text_, hash_text_;  // the reserved fields' values
    std::string summed_digits_;  // the hash total field of the record being written
    std::string hash_reversed_;  // the hash total, least significant digit first
    std::vector<exception_entry> exceptions_;
    std::vector<diagnostic> errors_;
    bool header_written_ = false, finished_ = false;
    std::size_t data_count_ = 0, record_count_ = 0;
    std::uintmax_t bytes_written_ = 0;
};

}  // namespace kokuho::fixed
