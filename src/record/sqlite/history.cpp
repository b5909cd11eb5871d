// The issue-history look-ups (発行履歴確認, 5.1.6).
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

history_row read_history(const sql::statement& s) {
    history_row row;
    row.batch_id = s.text(0);
    row.family = s.text(1);
    row.batch_kind = s.text(2);
    row.seq = s.integer(3);
    row.person_id = s.text(4);
    row.household_id = s.text(5);
    row.form = s.text(6);
    row.variant = s.text(7);
    row.valid_from = s.text(8);
    row.valid_until = s.text(9);
    row.status = s.text(10);
    row.generated_on = s.text(11);
    row.pulled_on = s.text(12);
    row.delivered_on = s.text(13);
    row.pull_reasons = s.text(14);
    if (!s.text(15).empty()) row.replaced_by = s.text(15) + ":" + s.text(16);
    return row;
}

}  // namespace

// `column` is one of the fixed names below, never caller text.
std::vector<history_row> sqlite_store::history(const std::string& column,
                                               const std::string& value) {
    sql::statement s(db_,
                     "SELECT b.batch_id, b.family, b.kind, d.seq, d.person_id, d.household_id, "
                     "d.form, d.variant, d.valid_from, d.valid_until, d.status, b.reference_date, "
                     "d.pulled_on, d.delivered_on, d.pull_reasons, r.batch_id, r.seq "
                     "FROM documents AS d JOIN batches AS b ON b.batch_id = d.batch_id "
                     "LEFT JOIN documents AS r "
                     "ON r.replaces_batch = d.batch_id AND r.replaces_seq = d.seq "
                     "WHERE d." + column + " = ? ORDER BY b.generation, d.seq");
    s.bind(1, value);
    std::vector<history_row> rows;
    while (s.step()) rows.push_back(read_history(s));
    return rows;
}

std::vector<history_row> sqlite_store::history_of_person(const std::string& person_id) {
    return history("person_id", person_id);
}

std::vector<history_row> sqlite_store::history_of_household(const std::string& household_id) {
    return history("household_id", household_id);
}

std::vector<history_row> sqlite_store::history_of_batch(const std::string& batch_id) {
    return history("batch_id", batch_id);
}

}  // namespace kokuho::record::sqlite
