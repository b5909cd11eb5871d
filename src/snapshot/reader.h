#pragma once
// Reads and validates a snapshot CSV (spec/snapshot.md): every problem of the file is
// collected and reported at once.
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "snapshot/snapshot.h"

namespace kokuho {

enum class text_encoding { utf8, cp932 };

struct read_options {
    text_encoding encoding = text_encoding::utf8;
    bool ignore_unknown_columns = false;
    bool skip_invalid_rows = false;   // rejected rows go to read_result::rejected
    std::optional<date> reference_date;  // 基準日: no birth after it
};

struct read_result {
    snapshot data;
    std::vector<diagnostic> rejected;  // only with skip_invalid_rows
    std::string sha256;  // of the file's bytes as read once: what a batch id covers
};

// Throws kokuho::error (error_kind::input) carrying every diagnostic when the file has
// problems and skip_invalid_rows is off.
read_result read_snapshot(const std::string& path, const read_options& options);

}  // namespace kokuho
