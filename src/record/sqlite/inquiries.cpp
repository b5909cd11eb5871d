// The inquiries sent to other municipalities (資格照会, 5.5.1), every run's kept.
#include "core/error.h"
#include "record/checks.h"
#include "record/sqlite/run_rows.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

constexpr const char* inquiry_columns =
    "SELECT person_id, household_id, cycle_start, municipality_code, sent_on, letter, run_id FROM inquiries ";

inquiry_row inquiry_of(const sql::statement& s) {
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)};
}

void check_inquiry(const std::string& db_path, const std::string& run_id, const inquiry_row& row) {
    std::string where = "inquiry run " + run_id + " person " + row.person_id;
    if (row.run_id != run_id) fail_input({db_path}, where + ": recorded under run " + row.run_id);
    check_date(db_path, row.cycle_start, where + " cycle start");
    check_date(db_path, row.sent_on, where + " sent on");
    bool code = row.municipality_code.size() == 6 &&
                row.municipality_code.find_first_not_of("0123456789") == std::string::npos;
    if (!code) fail_input({db_path}, where + ": municipality code '" + row.municipality_code + "' is not 6 digits");
}

}  // namespace

record_result sqlite_store::record_inquiries(const std::string& run_id, const std::vector<inquiry_row>& rows) {
    for (const auto& row : rows) check_inquiry(db_.path(), run_id, row);
    sql::statement insert(db_, "INSERT INTO inquiries (run_id, person_id, household_id, cycle_start, "
                               "municipality_code, sent_on, letter) VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto write = [&](const inquiry_row& row) {
        insert.bind_all(run_id, row.person_id, row.household_id, row.cycle_start, row.municipality_code,
                        row.sent_on, row.letter)
            .run();
        insert.reset();
    };
    return record_run_rows(db_, std::string(inquiry_columns) + "WHERE run_id = ? ORDER BY generation", run_id, rows,
                           inquiry_of, write, "inquiry run", "inquiries");
}

std::vector<inquiry_row> sqlite_store::inquiries_of_cycle(const std::string& cycle_start) {
    sql::statement s(db_, std::string(inquiry_columns) + "WHERE cycle_start = ? ORDER BY person_id, generation");
    s.bind(1, cycle_start);
    return sql::all_rows(s, inquiry_of);
}

}  // namespace kokuho::record::sqlite
