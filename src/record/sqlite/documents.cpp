// The documents of a batch and the values their family compares (document_values).
#include <algorithm>
#include <map>
#include <set>

#include "core/error.h"
#include "record/checks.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

constexpr const char* document_columns =
    "seq, household_id, person_id, form, variant, valid_from, valid_until, valid_until_reason, envelope, mail_to";

document_row read_document(const sql::statement& s) {
    return {s.integer(0), s.text(1), s.text(2),  s.text(3),   s.text(4),           s.text(5), s.text(6),
            s.text(7),    {},        {s.text(10), s.integer(11)}, s.integer(8), s.text(9)};
}

// Writes the values in the order given: their position.
void insert_values(sql::statement& insert, const std::string& batch_id, const document_row& row) {
    for (std::size_t i = 0; i < row.compared.size(); ++i) {
        insert.bind_all(batch_id, row.seq, row.compared[i].name, row.compared[i].value, long(i));
        insert.run();
        insert.reset();
    }
}

}  // namespace

// The batch's documents go in as they come, in one write transaction. A batch recorded before
// is compared instead, whole, at commit: only a rerun of the same batch holds its rows.
class sqlite_store::writer final : public batch_writer {
public:
    writer(sqlite_store& store, const batch_info& batch)
        : store_(store), batch_(batch), transaction_(store.db_), recorded_(store.find_batch(batch.batch_id)),
          insert_(store.db_, std::string("INSERT INTO documents (batch_id, ") + document_columns +
                                 ", replaces_batch, replaces_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          replaced_(store.db_, "SELECT seq FROM documents AS d WHERE batch_id = ?1 AND person_id = ?2 AND "
                               "status = 'pulled' AND NOT EXISTS (SELECT 1 FROM documents AS r WHERE "
                               "r.replaces_batch = d.batch_id AND r.replaces_seq = d.seq) "
                               "ORDER BY form = ?3 DESC, seq LIMIT 1"),
          values_(store.db_, "INSERT INTO document_values (batch_id, seq, name, value, position) VALUES (?, ?, ?, ?, ?)"),
          superseded_(store.db_, "UPDATE documents SET status = ? WHERE batch_id = ? AND seq = ? AND person_id = ? "
                                 "AND status IN ('generated', 'delivered', 'returned')") {
        if (recorded_) return;
        if (!batch_.parent_batch_id.empty()) store_.check_parent(batch_);
        store_.insert_batch(batch_);
    }

    void add(const document_row& row) override {
        check_document(store_.db_.path(), batch_.batch_id, row, last_seq_);
        last_seq_ = row.seq;
        ++count_;
        if (recorded_) {
            again_.push_back(row);
            return;
        }
        insert_document(row);
    }

    record_result commit() override {
        if (recorded_) {
            auto change = difference(*recorded_, store_.documents(batch_.batch_id), batch_, again_);
            if (!change.empty())
                fail_input({store_.db_.path()},
                           "batch " + batch_.batch_id + " is already recorded with other content: " + change);
        }
        transaction_.commit();  // nothing written when the batch was recorded before
        return {recorded_.has_value(), count_};
    }

private:
    // A replacement document replaces the parent's pulled-out document of the same person that
    // no other replacement has replaced yet. Only replacements replace; other kinds of batch
    // with a parent are linked to it, not to its documents.
    void insert_document(const document_row& row) {
        insert_.bind_all(batch_.batch_id, row.seq, row.household_id, row.person_id, row.form, row.variant,
                         row.valid_from, row.valid_until, row.valid_until_reason, row.envelope, row.mail_to);
        std::optional<long> seq;
        if (batch_.kind == "replacement") {
            auto& given = forms_given_[row.person_id];
            seq = store_.replaced_seq(replaced_, batch_, row, given);
            given.insert(row.form);
        }
        document_ref link = seq ? document_ref{batch_.parent_batch_id, *seq} : row.supersedes;
        insert_.bind_or_null(12, link.batch_id);
        insert_.bind_or_null(13, "");
        if (!link.batch_id.empty()) insert_.bind(13, link.seq);
        insert_.run();
        insert_.reset();
        if (batch_.kind != "replacement" && !row.supersedes.batch_id.empty()) store_.supersede(superseded_, batch_, row);
        insert_values(values_, batch_.batch_id, row);
    }

    sqlite_store& store_;
    batch_info batch_;
    sql::write_transaction transaction_;
    std::optional<batch_info> recorded_;  // the batch as recorded before, if it was
    std::vector<document_row> again_;     // then its documents this time
    sql::statement insert_, replaced_, values_, superseded_;
    std::map<std::string, std::set<std::string>> forms_given_;  // a replacement's: person -> forms
    long count_ = 0, last_seq_ = 0;
};

std::unique_ptr<batch_writer> sqlite_store::start_batch(const batch_info& batch) {
    check_batch_info(db_.path(), batch);
    return std::make_unique<writer>(*this, batch);
}

std::vector<document_row> sqlite_store::documents(const std::string& batch_id) {
    // A replacement's links to what it replaces are the store's own, not its rows'.
    sql::statement s(db_, std::string("SELECT ") + document_columns +
                              ", CASE WHEN kind = 'replacement' THEN '' ELSE coalesce(replaces_batch, '') END, "
                              "CASE WHEN kind = 'replacement' THEN 0 ELSE coalesce(replaces_seq, 0) END "
                              "FROM documents JOIN batches USING (batch_id) WHERE batch_id = ? ORDER BY seq");
    s.bind(1, batch_id);
    std::vector<document_row> rows;
    while (s.step()) rows.push_back(read_document(s));
    read_values(batch_id, rows);
    return rows;
}

std::vector<held_document> sqlite_store::delivered_documents(const std::string& family,
                                                            const std::string& cycle_start) {
    return documents_in(family, cycle_start, "('delivered')");
}

std::vector<held_document> sqlite_store::current_documents(const std::string& family, const std::string& cycle_start) {
    return documents_in(family, cycle_start, "('generated', 'delivered')");
}

// `statuses` is one of the fixed SQL lists above, never caller text.
std::vector<held_document> sqlite_store::documents_in(const std::string& family, const std::string& cycle_start,
                                                      const char* statuses) {
    sql::statement batches(db_, std::string("SELECT DISTINCT b.batch_id, b.generation FROM batches AS b JOIN documents AS d "
                                            "USING (batch_id) WHERE b.family = ? AND b.cycle_start = ? AND d.status IN ") +
                                    statuses + " ORDER BY b.generation");
    batches.bind_all(family, cycle_start);
    sql::statement held_seqs(db_, std::string("SELECT seq FROM documents WHERE batch_id = ? AND status IN ") + statuses +
                                      " ORDER BY seq");
    std::vector<held_document> held;
    for (const auto& batch_id : sql::all_rows(batches, [](const sql::statement& s) { return s.text(0); })) {
        held_seqs.bind(1, batch_id);
        auto seqs = sql::all_rows(held_seqs, [](const sql::statement& s) { return s.integer(0); });
        held_seqs.reset();
        for (auto& row : documents(batch_id))
            if (std::binary_search(seqs.begin(), seqs.end(), row.seq)) held.push_back({batch_id, std::move(row)});
    }
    return held;
}

// Adds each document's compared values in position order; `rows` are in seq order.
void sqlite_store::read_values(const std::string& batch_id, std::vector<document_row>& rows) {
    sql::statement s(db_, "SELECT seq, name, value FROM document_values WHERE batch_id = ? "
                          "ORDER BY seq, position");
    s.bind(1, batch_id);
    auto row = rows.begin();
    while (s.step()) {
        while (row != rows.end() && row->seq < s.integer(0)) ++row;
        if (row == rows.end() || row->seq != s.integer(0))
            fail_internal(db_.path() + ": batch " + batch_id + " has compared values for "
                          "document " + std::to_string(s.integer(0)) + ", which is missing");
        row->compared.push_back({s.text(1), s.text(2)});
    }
}

// A document that supersedes one of the same person (generated, delivered or returned) makes
// it reissued, or superseded when a monthly batch replaces it (5.11); a return it answers is
// settled as reissued (5.7.2).
void sqlite_store::supersede(sql::statement& superseded, const batch_info& batch, const document_row& row) {
    superseded.bind_all(batch.kind == "monthly" ? "superseded" : "reissued", row.supersedes.batch_id, row.supersedes.seq,
                        row.person_id)
        .run();
    superseded.reset();
    if (db_.changes() != 1)
        fail_input({db_.path()}, "batch " + batch.batch_id + " document " + std::to_string(row.seq) + ": batch " +
                                     row.supersedes.batch_id + " 通番 " + std::to_string(row.supersedes.seq) +
                                     " is not a generated, delivered or returned document of person " + row.person_id +
                                     " to supersede");
    sql::statement settled(db_, "UPDATE returns SET outcome = 'reissued', dealt_on = ?, reissue_batch = ?, "
                                "reissue_seq = ?, new_address = ? WHERE batch_id = ? AND seq = ? AND outcome IS NULL");
    settled.bind_all(batch.reference_date, batch.batch_id, row.seq, row.mail_to, row.supersedes.batch_id,
                     row.supersedes.seq)
        .run();
}

// The seq of the parent's document that a replacement document replaces: a pulled-out
// document of the person not yet replaced, of the same form when there is one. When none is
// left, a document of another form than the person's earlier ones in this batch (a letter
// that goes with a new form) replaces none; anything else is an input error.
std::optional<long> sqlite_store::replaced_seq(sql::statement& replaced, const batch_info& batch,
                                               const document_row& row,
                                               const std::set<std::string>& forms_given) {
    replaced.bind_all(batch.parent_batch_id, row.person_id, row.form);
    std::optional<long> seq;
    if (replaced.step()) seq = replaced.integer(0);
    replaced.reset();
    if (seq || (!forms_given.empty() && !forms_given.contains(row.form))) return seq;
    fail_input({db_.path()}, "replacement " + batch.batch_id + " document " + std::to_string(row.seq) +
                                 ": person " + row.person_id +
                                 " has no pulled-out document left to replace in batch " +
                                 batch.parent_batch_id);
}

}  // namespace kokuho::record::sqlite
