#pragma once
// The header row of a snapshot: which field holds which column.
#include <array>
#include <string>
#include <vector>

#include "core/error.h"
#include "snapshot/columns.h"
#include "snapshot/csv.h"

namespace kokuho {

struct header_map {
    std::array<int, column_count> field;       // 0-based field of each column; -1 when absent
    std::vector<const column_def*> columns;    // the column of each field; nullptr when ignored

    int field_of(column_id id) const { return field[std::size_t(id)]; }

    // Where the cell of a column stands: the record's row and the column's field.
    source_location locate(const std::string& file, const csv_record& record, column_id id) const {
        return {file, record.line, field_of(id) + 1};
    }
};

// Maps the header's names (keys or Japanese labels) to columns. Unknown names (unless
// ignored), repeated columns and missing required columns are added to `problems`.
header_map map_header(const csv_record& header, bool ignore_unknown_columns,
                      const std::string& file, std::vector<diagnostic>& problems);

}  // namespace kokuho
