// The documents of a batch and the values their family compares (document_values).
#include <algorithm>
#include <map>
#include <set>

#include "core/error.h"
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

// A replacement document replaces the parent's pulled-out document of the same person that
// no other replacement has replaced yet. Only replacements replace; other kinds of batch
// with a parent are linked to it, not to its documents.
void sqlite_store::insert_documents(const batch_info& batch,
                                    const std::vector<document_row>& rows) {
    sql::statement insert(db_, std::string("INSERT INTO documents (batch_id, ") +
                                   document_columns + ", replaces_batch, replaces_seq) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql::statement replaced(db_, "SELECT seq FROM documents AS d WHERE batch_id = ?1 AND "
                                 "person_id = ?2 AND status = 'pulled' AND NOT EXISTS (SELECT 1 "
                                 "FROM documents AS r WHERE r.replaces_batch = d.batch_id AND "
                                 "r.replaces_seq = d.seq) ORDER BY form = ?3 DESC, seq LIMIT 1");
    sql::statement values(db_, "INSERT INTO document_values (batch_id, seq, name, value, "
                               "position) VALUES (?, ?, ?, ?, ?)");
    sql::statement superseded(db_, "UPDATE documents SET status = ? WHERE batch_id = ? AND seq = ? "
                                   "AND person_id = ? AND status IN ('generated', 'delivered', 'returned')");
    bool replaces = batch.kind == "replacement";
    std::map<std::string, std::set<std::string>> forms_given;  // person -> forms in this batch
    for (const auto& row : rows) {
        insert.bind_all(batch.batch_id, row.seq, row.household_id, row.person_id, row.form, row.variant,
                        row.valid_from, row.valid_until, row.valid_until_reason, row.envelope, row.mail_to);
        auto& given = forms_given[row.person_id];
        auto seq = replaces ? replaced_seq(replaced, batch, row, given) : std::optional<long>();
        given.insert(row.form);
        document_ref link = seq ? document_ref{batch.parent_batch_id, *seq} : row.supersedes;
        insert.bind_or_null(12, link.batch_id);
        insert.bind_or_null(13, "");
        if (!link.batch_id.empty()) insert.bind(13, link.seq);
        insert.run();
        insert.reset();
        if (!replaces && !row.supersedes.batch_id.empty()) supersede(superseded, batch, row);
        insert_values(values, batch.batch_id, row);
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
