#pragma once
// The exceptions report (例外一覧, CSV): characters replaced in the vendor file, values
// shrunk, wrapped or truncated, and snapshot rows skipped, each with the sequence number,
// the field and the original value.
#include <ostream>
#include <string>
#include <vector>

namespace kokuho::batch {

struct exception_row {
    long seq = 0;            // 0 when the row has no document (a skipped snapshot row)
    std::string person_id;
    std::string output;      // issue_file, documents_pdf, snapshot
    std::string field;
    std::string original;
    std::string action;      // replaced, truncated, shrunk ..., wrapped ..., overflow ..., rejected
    std::string replacement;
};

void write_exceptions_csv(const std::vector<exception_row>& rows, std::ostream& out);

}  // namespace kokuho::batch
