// Applications registered in this tool (kokuho limit apply), and what people held last: the
// two things the store fills into empty snapshot cells (a family's store_inputs:).
#include <regex>

#include "core/error.h"
#include "record/checks.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

constexpr const char* application_columns =
    "SELECT person_id, column_key, applied_on, registration_id FROM applications ";

application_row application_of(const sql::statement& s) { return {s.text(0), s.text(1), s.text(2), s.text(3)}; }

void check_application(const std::string& db_path, const std::string& registration_id, const application_row& row) {
    std::string where = "application registration " + registration_id + " person " + row.person_id;
    if (row.person_id.empty()) fail_input({db_path}, "application registration " + registration_id + ": a person_id is empty");
    if (!std::regex_match(row.column, std::regex("[a-z_0-9]+"))) fail_input({db_path}, where + ": not a column key");
    check_date(db_path, row.applied_on, where + " applied_on");
}

}  // namespace

answers_result sqlite_store::record_applications(const std::string& registration_id,
                                                 const std::vector<application_row>& rows) {
    for (const auto& row : rows) check_application(db_.path(), registration_id, row);
    sql::write_transaction transaction(db_);
    sql::statement in_force(db_, std::string(application_columns) +
                                     "WHERE column_key = ? AND person_id = ? ORDER BY generation DESC LIMIT 1");
    sql::statement insert(db_, "INSERT INTO applications (registration_id, person_id, column_key, applied_on) "
                               "VALUES (?, ?, ?, ?)");
    answers_result result;
    for (const auto& row : rows) {
        in_force.bind_all(row.column, row.person_id);
        bool unchanged = in_force.step() && application_of(in_force).applied_on == row.applied_on;
        in_force.reset();
        if (unchanged) {
            ++result.unchanged;
            continue;
        }
        insert.bind_all(registration_id, row.person_id, row.column, row.applied_on).run();
        insert.reset();
        ++result.registered;
    }
    transaction.commit();
    return result;
}

std::vector<application_row> sqlite_store::applications_in_force(const std::string& column) {
    sql::statement s(db_, std::string(application_columns) +
                              "WHERE generation IN (SELECT max(generation) FROM applications "
                              "WHERE column_key = ? GROUP BY person_id) ORDER BY person_id");
    s.bind(1, column);
    return sql::all_rows(s, application_of);
}

std::vector<held_until> sqlite_store::latest_valid_until(const std::string& family) {
    sql::statement s(db_, "SELECT d.person_id, max(d.valid_until) FROM documents AS d JOIN batches AS b "
                          "USING (batch_id) WHERE b.family = ? AND d.status IN ('delivered', 'collected') "
                          "AND d.valid_until <> '' GROUP BY d.person_id ORDER BY d.person_id");
    s.bind(1, family);
    return sql::all_rows(s, [](const sql::statement& row) { return held_until{row.text(0), row.text(1)}; });
}

}  // namespace kokuho::record::sqlite
