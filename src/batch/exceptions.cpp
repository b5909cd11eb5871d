#include "batch/exceptions.h"

#include "core/csv_text.h"

namespace kokuho::batch {

void write_exceptions_csv(const std::vector<exception_row>& rows, std::ostream& out) {
    out << "\xEF\xBB\xBF" << "seq,person_id,output,field,original,action,replacement\r\n";
    for (const auto& r : rows)
        out << (r.seq ? std::to_string(r.seq) : "") << ',' << csv_field(r.person_id) << ','
            << csv_field(r.output) << ',' << csv_field(r.field) << ',' << csv_field(r.original)
            << ',' << csv_field(r.action) << ',' << csv_field(r.replacement) << "\r\n";
}

}  // namespace kokuho::batch
