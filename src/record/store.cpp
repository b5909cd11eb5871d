// Opening the store and recording batches of generated documents (5.1.2, 5.1.4).
#include "record/store.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/error.h"
#include "record/checks.h"
#include "record/schema.h"

namespace kokuho::record {

namespace {

constexpr const char* document_columns =
    "seq, household_id, person_id, form, variant, valid_from, valid_until, valid_until_reason, "
    "name, address, mail_address, head_name, ratio";

document_row read_document(const sql::statement& s) {
    return {s.integer(0), s.text(1),  s.text(2),  s.text(3),  s.text(4),  s.text(5), s.text(6),
            s.text(7),    s.text(8),  s.text(9),  s.text(10), s.text(11), s.text(12)};
}

std::vector<document_row> by_seq(std::vector<document_row> rows) {
    std::sort(rows.begin(), rows.end(),
              [](const document_row& a, const document_row& b) { return a.seq < b.seq; });
    return rows;
}

void create_folder_of(const std::string& path) {
    auto folder = std::filesystem::path(path).parent_path();
    if (folder.empty()) return;
    std::error_code failed;
    std::filesystem::create_directories(folder, failed);
    if (failed)
        fail_input({path}, "cannot create the folder of the issue-history database: " +
                               failed.message());
}

}  // namespace

store store::open(const std::string& path, std::chrono::milliseconds busy_timeout) {
    create_folder_of(path);
    sql::connection db(path, busy_timeout);
    db.exec("PRAGMA foreign_keys = ON");
    std::string mode = db.query_text_retrying("PRAGMA journal_mode = WAL");
    if (mode != "wal") fail_internal(path + ": SQLite kept journal mode '" + mode + "', not WAL");
    migrate(db);
    return store(std::move(db));
}

std::optional<batch_info> store::find_batch(const std::string& batch_id) {
    sql::statement s(db_,
                     "SELECT batch_id, kind, reference_date, config_fingerprint, parent_batch_id "
                     "FROM batches WHERE batch_id = ?");
    s.bind(1, batch_id);
    if (!s.step()) return std::nullopt;
    return batch_info{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)};
}

batch_info store::existing_batch(const std::string& batch_id) {
    auto batch = find_batch(batch_id);
    if (!batch) fail_input({db_.path()}, "no batch " + batch_id + " in the issue history");
    return *batch;
}

std::vector<document_row> store::documents(const std::string& batch_id) {
    sql::statement s(db_, std::string("SELECT ") + document_columns +
                              " FROM documents WHERE batch_id = ? ORDER BY seq");
    s.bind(1, batch_id);
    std::vector<document_row> rows;
    while (s.step()) rows.push_back(read_document(s));
    return rows;
}

std::vector<std::string> store::replacement_batches(const std::string& parent_id) {
    sql::statement s(db_, "SELECT batch_id FROM batches WHERE parent_batch_id = ? "
                          "ORDER BY generation");
    s.bind(1, parent_id);
    std::vector<std::string> ids;
    while (s.step()) ids.push_back(s.text(0));
    return ids;
}

record_result store::record_batch(const batch_info& batch, const std::vector<document_row>& rows) {
    check_batch(db_.path(), batch, rows);
    // Rows come in seq order from the batch runs; sort a copy only when they do not.
    auto seq_less = [](const document_row& a, const document_row& b) { return a.seq < b.seq; };
    std::vector<document_row> copy;
    if (!std::is_sorted(rows.begin(), rows.end(), seq_less)) copy = by_seq(rows);
    const auto& sorted = copy.empty() ? rows : copy;
    sql::write_transaction transaction(db_);
    if (auto recorded = find_batch(batch.batch_id)) {
        auto change = difference(*recorded, documents(batch.batch_id), batch, sorted);
        if (!change.empty())
            fail_input({db_.path()}, "batch " + batch.batch_id +
                                         " is already recorded with other content: " + change);
        return {true, long(sorted.size())};
    }
    if (!batch.parent_batch_id.empty()) {
        existing_batch(batch.parent_batch_id);
        refuse_if_registered(batch.parent_batch_id, "record the replacement " + batch.batch_id);
    }
    insert_batch(batch);
    insert_documents(batch, sorted);
    transaction.commit();
    return {false, long(sorted.size())};
}

void store::insert_batch(const batch_info& batch) {
    sql::statement s(db_, "INSERT INTO batches (batch_id, kind, reference_date, "
                          "config_fingerprint, parent_batch_id) VALUES (?, ?, ?, ?, ?)");
    s.bind_all(batch.batch_id, batch.kind, batch.reference_date, batch.config_fingerprint);
    s.bind_or_null(5, batch.parent_batch_id);
    s.run();
}

// A replacement document replaces the parent's pulled-out document of the same person that
// no other replacement has replaced yet.
void store::insert_documents(const batch_info& batch, const std::vector<document_row>& rows) {
    sql::statement insert(db_, std::string("INSERT INTO documents (batch_id, ") +
                                   document_columns + ", replaces_batch, replaces_seq) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql::statement replaced(db_, "SELECT seq FROM documents AS d WHERE batch_id = ? AND "
                                 "person_id = ? AND status = 'pulled' AND NOT EXISTS (SELECT 1 "
                                 "FROM documents AS r WHERE r.replaces_batch = d.batch_id AND "
                                 "r.replaces_seq = d.seq) ORDER BY seq LIMIT 1");
    const std::string& parent = batch.parent_batch_id;
    for (const auto& row : rows) {
        insert.bind_all(batch.batch_id, row.seq, row.household_id, row.person_id, row.form,
                        row.variant, row.valid_from, row.valid_until, row.valid_until_reason,
                        row.name, row.address, row.mail_address, row.head_name, row.ratio);
        insert.bind_or_null(15, parent);
        if (!parent.empty()) {
            replaced.bind_all(parent, row.person_id);
            if (!replaced.step())
                fail_input({db_.path()}, "replacement " + batch.batch_id + " document " +
                                             std::to_string(row.seq) + ": person " +
                                             row.person_id + " has no pulled-out document "
                                             "left to replace in batch " + parent);
            insert.bind(16, replaced.integer(0));
            replaced.reset();
        }
        insert.run();
        insert.reset();
    }
}

}  // namespace kokuho::record
