#include "snapshot/header.h"

#include "snapshot/cells.h"

namespace kokuho {

namespace {

void map_field(header_map& map, int index, std::string_view name, bool ignore_unknown_columns,
               source_location where, std::vector<diagnostic>& problems) {
    const column_def* column = find_column(name);
    if (!column) {
        std::string message = "unknown column " + quoted(name);
        if (!ignore_unknown_columns) problems.push_back({std::move(where), std::move(message)});
        return;
    }
    int& field = map.field[std::size_t(column->id)];
    if (field >= 0) {
        std::string message = "duplicate column " + quoted(name) + ": " +
                              std::string(column->key) + " is already column " +
                              std::to_string(field + 1);
        problems.push_back({std::move(where), std::move(message)});
        return;
    }
    field = index;
    map.columns[std::size_t(index)] = column;
}

}  // namespace

header_map map_header(const csv_record& header, bool ignore_unknown_columns,
                      const std::string& file, std::vector<diagnostic>& problems) {
    header_map map;
    map.field.fill(-1);
    map.columns.assign(header.fields.size(), nullptr);
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        map_field(map, int(i), header.fields[i].text, ignore_unknown_columns,
                  {file, header.line, int(i) + 1}, problems);
    for (const column_def& column : snapshot_columns()) {
        if (!column.required || map.field_of(column.id) >= 0) continue;
        std::string message = "missing required column " + std::string(column.key) + " (" +
                              std::string(column.label) + ")";
        problems.push_back({{file, header.line, 0}, std::move(message)});
    }
    return map;
}

}  // namespace kokuho
