#pragma once
// The record layout of a vendor file (委託用ファイル), loaded from YAML.
//
//   file_id: KOKUHO-ISSUE      # written into the header field named file_id
//   encoding: cp932            # cp932 (default) | shift_jis | ibm-930 | ibm-939
//   record_length: 120         # bytes of every record, not counting the separator
//   separator: crlf            # crlf (bytes 0D 0A after each record) | none
//   hash_total: insured_number # optional: the data field (kind 9) summed into the trailer
//   records:
//     header:
//       - {name: kind, kind: "9", length: 1, value: "1"}
//       - {name: file_id, kind: X, length: 16}
//       - {name: created, kind: date, format: yyyymmdd}
//       - {filler: 95}
//     data:
//       - {name: kind, kind: "9", length: 1, value: "2"}
//       - {name: seq, kind: "9", length: 7}
//       - {name: name, kind: N, length: 40, overflow: truncate}
//       - {name: birth_date, kind: date, format: gyymmdd}
//       ...
//     trailer: [{name: kind, ...value: "8"}, {name: count, kind: "9", length: 7}, ...]
//     end:     [{name: kind, kind: "9", length: 1, value: "9"}, {filler: 119}]
//
// Fields: name (the value looked up in kokuho::values), kind X | 9 | N | M | date, length in
// bytes (a date's length follows from its format: yyyymmdd 8, gyymmdd 7), value: a constant,
// overflow: error (default) | truncate. {filler: n} is n bytes of spaces.
// Reserved names, filled by the writer: seq in data records (通番); count and hash_total in
// the trailer; file_id in header, trailer and end records (the layout's file_id).
// Rules checked at load: every record's fields add up exactly to record_length (no implicit
// padding: write a filler), N lengths are even, the first field of each record is the
// one-byte record kind constant (1 header, 2 data, 8 trailer, 9 end), data has seq, the
// trailer has count, and hash_total names a kind 9 data field and has a trailer field.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace kokuho::fixed {

enum class encoding { cp932, shift_jis, ibm930, ibm939 };

enum class field_kind {
    single_byte,  // X: ASCII and half-width katakana, space padded
    digits,       // 9: right-aligned, zero padded
    double_byte,  // N: 全角 only, padded with the full-width space
    mixed,        // M: any target text, space padded
    date,         // yyyymmdd or gyymmdd (era code, era year, month, day)
};

enum class date_format { yyyymmdd, gyymmdd };
enum class overflow_policy { error, truncate };

// Where a field's text comes from.
enum class field_source {
    value,       // kokuho::values, by the field's name
    constant,    // value: in the layout, or a filler
    seq,         // the data record's sequence number
    count,       // the trailer's data record count
    hash_total,  // the trailer's sum of the hash_total field
    file_id,     // the layout's file_id
};

struct field_spec {
    std::string name;
    field_kind kind = field_kind::single_byte;
    std::size_t length = 0;  // bytes
    std::size_t offset = 0;  // bytes from the start of the record
    date_format format = date_format::yyyymmdd;
    overflow_policy overflow = overflow_policy::error;
    field_source source = field_source::value;
    std::string constant;   // the text of a constant field
    source_location where;  // the field in the layout file
};

struct record_spec {
    std::string name;  // header, data, trailer or end
    std::vector<field_spec> fields;
    source_location where;

    const field_spec* find(std::string_view field_name) const;
};

struct record_layout {
    std::string source;  // the layout file, for messages
    std::string file_id;
    encoding target = encoding::cp932;
    std::size_t record_length = 0;
    bool crlf = true;
    std::string hash_total;  // data field summed into the trailer; empty when none
    record_spec header, data, trailer, end;
};

// Both throw kokuho::error (input) naming file:line:column of the offending YAML node.
record_layout load_record_layout(const std::filesystem::path& path);
record_layout parse_record_layout(std::string_view yaml, const std::string& source);

std::string_view encoding_name(encoding target);

}  // namespace kokuho::fixed
