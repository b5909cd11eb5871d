// The co-payment ratio judgments (負担割合判定, 5.6.1): every run's kept, the latest used.
#include "core/error.h"
#include "record/checks.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

constexpr const char* judgment_columns =
    "SELECT person_id, household_id, cycle_start, judgment_day, ratio, rule, figures, run_id FROM judgments ";

judgment_row judgment_of(const sql::statement& s) {
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)};
}

void check_judgment(const std::string& db_path, const std::string& run_id, const judgment_row& row) {
    std::string where = "judgment run " + run_id + " person " + row.person_id;
    if (row.run_id != run_id) fail_input({db_path}, where + ": recorded under run " + row.run_id);
    check_date(db_path, row.cycle_start, where + " cycle start");
    check_date(db_path, row.judgment_day, where + " judgment day");
    if (row.ratio != "2" && row.ratio != "3" && row.ratio != "pending")
        fail_input({db_path}, where + ": ratio '" + row.ratio + "' is not 2, 3 or pending");
}

}  // namespace

record_result sqlite_store::record_judgments(const std::string& run_id, const std::vector<judgment_row>& rows) {
    for (const auto& row : rows) check_judgment(db_.path(), run_id, row);
    sql::write_transaction transaction(db_);
    sql::statement recorded(db_, std::string(judgment_columns) + "WHERE run_id = ? ORDER BY generation");
    recorded.bind(1, run_id);
    std::vector<judgment_row> before;
    while (recorded.step()) before.push_back(judgment_of(recorded));
    if (!before.empty()) {
        if (before != rows)
            fail_input({db_.path()}, "judgment run " + run_id + " is recorded already with other judgments");
        return {true, static_cast<long>(rows.size())};
    }
    sql::statement insert(db_, "INSERT INTO judgments (run_id, person_id, household_id, cycle_start, "
                               "judgment_day, ratio, rule, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& row : rows) {
        insert.bind_all(run_id, row.person_id, row.household_id, row.cycle_start, row.judgment_day, row.ratio,
                        row.rule, row.figures)
            .run();
        insert.reset();
    }
    transaction.commit();
    return {false, static_cast<long>(rows.size())};
}

std::vector<judgment_row> sqlite_store::latest_judgments(const std::string& cycle_start) {
    sql::statement s(db_, std::string(judgment_columns) +
                              "WHERE generation IN (SELECT max(generation) FROM judgments "
                              "WHERE cycle_start = ? GROUP BY person_id) ORDER BY person_id");
    s.bind(1, cycle_start);
    std::vector<judgment_row> rows;
    while (s.step()) rows.push_back(judgment_of(s));
    return rows;
}

}  // namespace kokuho::record::sqlite
