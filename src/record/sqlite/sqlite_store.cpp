// Opening the SQLite store and recording batches of generated documents (5.1.2, 5.1.4).
#include "record/sqlite/sqlite_store.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/error.h"
#include "record/checks.h"
#include "record/sqlite/schema.h"

namespace kokuho::record::sqlite {

namespace {

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

std::unique_ptr<sqlite_store> sqlite_store::open(const std::string& path,
                                                 std::chrono::milliseconds busy_timeout) {
    create_folder_of(path);
    sql::connection db(path, busy_timeout);
    std::string mode = db.query_text_retrying("PRAGMA journal_mode = WAL");
    if (mode != "wal") fail_internal(path + ": SQLite kept journal mode '" + mode + "', not WAL");
    migrate(db);
    return std::unique_ptr<sqlite_store>(new sqlite_store(std::move(db)));
}

std::optional<batch_info> sqlite_store::find_batch(const std::string& batch_id) {
    sql::statement s(db_,
                     "SELECT batch_id, family, kind, reference_date, config_fingerprint, "
                     "parent_batch_id, cycle_start FROM batches WHERE batch_id = ?");
    s.bind(1, batch_id);
    if (!s.step()) return std::nullopt;
    return batch_info{s.text(0), s.text(1), s.text(2), s.text(3),
                      s.text(4), s.text(5), s.text(6)};
}

batch_info sqlite_store::existing_batch(const std::string& batch_id) {
    auto batch = find_batch(batch_id);
    if (!batch) fail_input({db_.path()}, "no batch " + batch_id + " in the issue history");
    return *batch;
}

// A batch with a parent issues for the parent's family, before the parent is registered.
void sqlite_store::check_parent(const batch_info& batch) {
    auto parent = existing_batch(batch.parent_batch_id);
    if (parent.family != batch.family)
        fail_input({db_.path()}, "batch " + batch.batch_id + " of family " + batch.family +
                                     " cannot have batch " + parent.batch_id + " of family " +
                                     parent.family + " as its parent");
    refuse_if_registered(parent.batch_id, "record batch " + batch.batch_id);
}

void sqlite_store::insert_batch(const batch_info& batch) {
    sql::statement s(db_, "INSERT INTO batches (batch_id, family, kind, reference_date, "
                          "config_fingerprint, cycle_start, parent_batch_id) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind_all(batch.batch_id, batch.family, batch.kind, batch.reference_date,
               batch.config_fingerprint, batch.cycle_start);
    s.bind_or_null(7, batch.parent_batch_id);
    s.run();
}

}  // namespace kokuho::record::sqlite
