#include "snapshot/reader.h"

#include <algorithm>
#include <span>

#include "snapshot/builder.h"
#include "snapshot/csv.h"
#include "snapshot/encoding.h"
#include "snapshot/header.h"
#include "snapshot/rows.h"

namespace kokuho {

// One pass over the file: decode, then each record is parsed, checked and handed to the
// builder, which checks across rows and decides what is thrown and what is rejected.
read_result read_snapshot(const std::string& path, const read_options& options) {
    decoded_text text = read_text_file(path, options.encoding);
    std::span<char> input = text.text();
    csv_parser parser(input);
    csv_record record;
    if (!parser.next(record)) fail_input({path}, "empty file: no header row");

    fault_cursor faults(text.faults);
    std::vector<diagnostic> file_problems;
    check_record_text(path, record, faults.take(record), options.encoding, {}, file_problems);
    header_map header =
        map_header(record, options.ignore_unknown_columns, path, file_problems);

    row_reader rows(path, options, header);
    // The lines with text bound the number of rows: the builder sizes its storage by them,
    // so that blank lines cost nothing.
    std::size_t lines = 0;
    for (std::size_t i = 0; i < input.size(); ++i)
        if (input[i] != '\n' && input[i] != '\r' && (i + 1 == input.size() || input[i + 1] == '\n' || input[i + 1] == '\r')) ++lines;
    snapshot_builder builder(path, header, options.skip_invalid_rows, lines);
    parsed_row row;
    while (parser.next(record)) {
        rows.read(record, faults.take(record), row);
        builder.add(record, row);
    }
    auto result = builder.finish(std::move(file_problems));
    result.sha256 = std::move(text.sha256);
    return result;
}

}  // namespace kokuho
