#pragma once
// Rows that one run records once (judgments, inquiries): in one transaction, after the
// earlier runs' rows, which are kept.
#include <string>
#include <vector>

#include "core/error.h"
#include "record/records.h"
#include "record/sqlite/sql.h"

namespace kokuho::record::sqlite {

// `rows_of_run` selects the run's rows (its one parameter the run id) in recorded order, read
// by `read`. When the run has rows already, the same rows change nothing (already_recorded)
// and other rows are an input error naming `what` (e.g. "judgment run") and `items`;
// otherwise `insert` writes each row.
template <class Row, class Read, class Insert>
record_result record_run_rows(sql::connection& db, const std::string& rows_of_run, const std::string& run_id,
                              const std::vector<Row>& rows, Read read, Insert insert, const std::string& what,
                              const std::string& items) {
    sql::write_transaction transaction(db);
    sql::statement recorded(db, rows_of_run);
    recorded.bind(1, run_id);
    auto before = sql::all_rows(recorded, read);
    if (!before.empty()) {
        if (before != rows)
            fail_input({db.path()}, what + " " + run_id + " is recorded already with other " + items);
        return {true, static_cast<long>(rows.size())};
    }
    for (const auto& row : rows) insert(row);
    transaction.commit();
    return {false, static_cast<long>(rows.size())};
}

}  // namespace kokuho::record::sqlite
