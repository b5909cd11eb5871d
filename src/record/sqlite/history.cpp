// The issue-history look-ups (発行履歴確認, 5.1.6) and the collection of documents (回収, 5.2.4).
#include "core/error.h"
#include "record/checks.h"
#include "record/sqlite/history_rows.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

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
    row.collected_on = s.text(17);
    return row;
}

const char* const history_columns =
    "SELECT b.batch_id, b.family, b.kind, d.seq, d.person_id, d.household_id, "
    "d.form, d.variant, d.valid_from, d.valid_until, d.status, b.reference_date, "
    "d.pulled_on, d.delivered_on, d.pull_reasons, r.batch_id, r.seq, d.collected_on "
    "FROM documents AS d JOIN batches AS b ON b.batch_id = d.batch_id "
    "LEFT JOIN documents AS r ON r.replaces_batch = d.batch_id AND r.replaces_seq = d.seq ";

// `column` is one of the fixed names below, never caller text.
std::vector<history_row> sqlite_store::history(const std::string& column,
                                               const std::string& value) {
    sql::statement s(db_, std::string(history_columns) + "WHERE d." + column + " = ? ORDER BY b.generation, d.seq");
    s.bind(1, value);
    return sql::all_rows(s, read_history);
}

std::vector<history_row> sqlite_store::expired_documents(const std::string& family, const std::string& day) {
    check_date(db_.path(), day, "expired by");
    sql::statement s(db_, std::string(history_columns) +
                              "WHERE b.family = ? AND d.status IN ('delivered', 'collected') AND d.valid_until <> '' "
                              "AND d.valid_until < ? ORDER BY b.generation, d.seq");
    s.bind_all(family, day);
    return sql::all_rows(s, read_history);
}

collect_result sqlite_store::collect(const std::vector<document_ref>& documents, const std::string& on_date) {
    check_date(db_.path(), on_date, "collection date");
    sql::write_transaction transaction(db_);
    sql::statement status(db_, "SELECT status FROM documents WHERE batch_id = ? AND seq = ?");
    sql::statement update(db_, "UPDATE documents SET status = 'collected', collected_on = ? WHERE batch_id = ? AND seq = ?");
    collect_result result;
    for (const auto& doc : documents) {
        auto where = "batch " + doc.batch_id + " 通番 " + std::to_string(doc.seq);
        status.bind_all(doc.batch_id, doc.seq);
        if (!status.step()) fail_input({db_.path()}, where + ": no such document");
        auto now = status.text(0);
        status.reset();
        if (now == "collected") {
            ++result.already;
            continue;
        }
        if (now != "delivered") fail_input({db_.path()}, where + " is " + now + ", not delivered: it cannot be collected");
        update.bind_all(on_date, doc.batch_id, doc.seq).run();
        update.reset();
        ++result.collected;
    }
    transaction.commit();
    return result;
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

std::vector<history_row> sqlite_store::history_of_all() {
    sql::statement s(db_, std::string(history_columns) + "ORDER BY b.generation, d.seq");
    return sql::all_rows(s, read_history);
}

}  // namespace kokuho::record::sqlite
