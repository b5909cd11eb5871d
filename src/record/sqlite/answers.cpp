// The answers to inquiries to other municipalities (資格照会, 5.5.1): every one kept, the
// latest of a person and cycle in force.
#include "core/error.h"
#include "record/checks.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

constexpr const char* answer_columns =
    "SELECT person_id, cycle_start, answered_on, taxable_income, income, old_proviso_income, total_income, "
    "head_on_dec31, under_16, age_16_to_18, registration_id FROM inquiry_answers ";

answer_row answer_of(const sql::statement& s) {
    return {s.text(0),
            s.text(1),
            s.text(2),
            s.optional_integer(3),
            s.optional_integer(4),
            s.optional_integer(5),
            s.optional_integer(6),
            s.integer(7) != 0,
            s.integer(8),
            s.integer(9),
            s.text(10)};
}

// The same answer, wherever it was registered.
bool same_answer(answer_row a, answer_row b) {
    a.registration_id = b.registration_id = "";
    return a == b;
}

void check_answer(const std::string& db_path, const std::string& registration_id, const answer_row& row) {
    std::string where = "answer registration " + registration_id + " person " + row.person_id;
    check_date(db_path, row.cycle_start, where + " cycle start");
    check_date(db_path, row.answered_on, where + " answered_on");
    for (const auto& amount : {row.taxable_income, row.income, row.old_proviso_income, row.total_income})
        if (amount && *amount < 0) fail_input({db_path}, where + ": an amount is negative");
    if (row.under_16 < 0 || row.under_16 > 99 || row.age_16_to_18 < 0 || row.age_16_to_18 > 99)
        fail_input({db_path}, where + ": counts must be 0 to 99");
}

}  // namespace

answers_result sqlite_store::record_answers(const std::string& registration_id, const std::vector<answer_row>& rows) {
    for (const auto& row : rows) check_answer(db_.path(), registration_id, row);
    sql::write_transaction transaction(db_);
    answers_result result;
    sql::statement in_force(db_, std::string(answer_columns) +
                                     "WHERE person_id = ? AND cycle_start = ? ORDER BY generation DESC LIMIT 1");
    sql::statement insert(db_, "INSERT INTO inquiry_answers (registration_id, person_id, cycle_start, answered_on, "
                               "taxable_income, income, old_proviso_income, total_income, head_on_dec31, under_16, "
                               "age_16_to_18) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& row : rows) {
        in_force.bind_all(row.person_id, row.cycle_start);
        bool unchanged = in_force.step() && same_answer(answer_of(in_force), row);
        in_force.reset();
        if (unchanged) {
            ++result.unchanged;
            continue;
        }
        insert.bind_all(registration_id, row.person_id, row.cycle_start, row.answered_on, row.taxable_income,
                        row.income, row.old_proviso_income, row.total_income, long(row.head_on_dec31), row.under_16,
                        row.age_16_to_18)
            .run();
        insert.reset();
        ++result.registered;
    }
    transaction.commit();
    return result;
}

std::vector<answer_row> sqlite_store::answers_in_force(const std::string& cycle_start) {
    sql::statement s(db_, std::string(answer_columns) +
                              "WHERE generation IN (SELECT max(generation) FROM inquiry_answers "
                              "WHERE cycle_start = ? GROUP BY person_id) ORDER BY person_id");
    s.bind(1, cycle_start);
    return sql::all_rows(s, answer_of);
}

}  // namespace kokuho::record::sqlite
