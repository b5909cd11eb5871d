// Returned mail (返送, 5.7): the returns registered, envelope by envelope, and what the
// reissue run decided for them.
#include <set>

#include "core/error.h"
#include "record/checks.h"
#include "record/sqlite/history_rows.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

std::string where_of(const return_row& row) { return "batch " + row.batch_id + " 通番 " + std::to_string(row.seq); }

}  // namespace

returns_result sqlite_store::register_returns(const std::string& registration_id, const std::vector<return_row>& rows) {
    for (const auto& row : rows) check_date(db_.path(), row.returned_on, where_of(row) + " returned_on");
    sql::write_transaction transaction(db_);
    sql::statement document(db_, "SELECT d.status, d.envelope, b.reference_date FROM documents AS d JOIN batches AS b "
                                 "USING (batch_id) WHERE d.batch_id = ? AND d.seq = ?");
    sql::statement mates(db_, "SELECT seq FROM documents WHERE batch_id = ?1 AND envelope = ?2 AND ?2 > 0 AND seq <> ?3 "
                              "AND status <> 'pulled' ORDER BY seq");
    sql::statement returned(db_, "SELECT 1 FROM returns WHERE batch_id = ? AND seq = ?");
    sql::statement insert(db_, "INSERT INTO returns (batch_id, seq, returned_on, reason, registration_id) "
                               "VALUES (?, ?, ?, ?, ?)");
    sql::statement mark(db_, "UPDATE documents SET status = 'returned' WHERE batch_id = ? AND seq = ?");
    returns_result result;
    std::set<std::pair<std::string, long>> done;
    auto register_one = [&](const return_row& row, bool mate) {
        if (!done.insert({row.batch_id, row.seq}).second) return;
        returned.bind_all(row.batch_id, row.seq);
        bool before = returned.step();
        returned.reset();
        if (before) {
            ++result.already;
            return;
        }
        insert.bind_all(row.batch_id, row.seq, row.returned_on, row.reason, registration_id).run();
        insert.reset();
        mark.bind_all(row.batch_id, row.seq).run();
        mark.reset();
        ++result.registered;
        if (mate) result.mates.push_back({row.batch_id, row.seq});
    };
    for (const auto& row : rows) {
        document.bind_all(row.batch_id, row.seq);
        if (!document.step()) fail_input({db_.path()}, where_of(row) + ": no such document");
        auto status = document.text(0);
        long envelope = document.integer(1);
        auto batch_day = document.text(2);
        document.reset();
        if (status == "pulled") fail_input({db_.path()}, where_of(row) + " was pulled out: it was never mailed");
        if (row.returned_on < batch_day)
            fail_input({db_.path()}, where_of(row) + ": returned on " + row.returned_on + ", before the batch's day " + batch_day);
        register_one(row, false);
        mates.bind_all(row.batch_id, envelope, row.seq);
        for (long seq : sql::all_rows(mates, [](const sql::statement& s) { return s.integer(0); }))
            register_one({row.batch_id, seq, row.returned_on, row.reason}, true);
        mates.reset();
    }
    transaction.commit();
    return result;
}

std::vector<returned_document> sqlite_store::returned_documents() {
    sql::statement returns(db_, "SELECT t.batch_id, t.seq, t.returned_on, t.reason, coalesce(t.outcome, ''), "
                                "coalesce(t.dealt_on, ''), coalesce(t.reissue_batch, ''), coalesce(t.reissue_seq, 0), "
                                "t.new_address, d.mail_to FROM returns AS t JOIN documents AS d USING (batch_id, seq) "
                                "ORDER BY t.returned_on, t.batch_id, t.seq");
    sql::statement document(db_, std::string(history_columns) + "WHERE d.batch_id = ? AND d.seq = ?");
    std::vector<returned_document> out;
    while (returns.step()) {
        returned_document r;
        r.returned_on = returns.text(2);
        r.reason = returns.text(3);
        r.outcome = returns.text(4);
        r.dealt_on = returns.text(5);
        r.reissued_as = {returns.text(6), returns.integer(7)};
        r.new_address = returns.text(8);
        r.mail_to = returns.text(9);
        document.bind_all(returns.text(0), returns.integer(1));
        if (!document.step()) fail_internal(db_.path() + ": a return of a missing document");
        r.document = read_history(document);
        document.reset();
        out.push_back(std::move(r));
    }
    return out;
}

void sqlite_store::settle_returns(const std::vector<return_outcome>& outcomes, const std::string& on_date) {
    check_date(db_.path(), on_date, "settled on");
    sql::write_transaction transaction(db_);
    sql::statement settle(db_, "UPDATE returns SET outcome = ?, dealt_on = ? WHERE batch_id = ? AND seq = ? "
                               "AND outcome IS NULL");
    sql::statement status(db_, "UPDATE documents SET status = ? WHERE batch_id = ? AND seq = ? AND status = 'returned'");
    for (const auto& o : outcomes) {
        if (o.outcome != "held" && o.outcome != "closed")
            fail_internal("a return is settled as held or closed, not " + o.outcome);
        settle.bind_all(o.outcome, on_date, o.document.batch_id, o.document.seq).run();
        settle.reset();
        if (db_.changes() == 0) continue;
        status.bind_all(o.outcome, o.document.batch_id, o.document.seq).run();
        status.reset();
    }
    transaction.commit();
}

}  // namespace kokuho::record::sqlite
