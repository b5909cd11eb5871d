// Opening the store: creating and migrating a new file, reopening, refusing newer and
// foreign files, and what a writer sees when another one keeps the database locked.
#include <fstream>

#include "record/sqlite/schema.h"
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;

TEST_CASE("a new file is created in a new folder and migrated to the current schema",
          "[record][schema]") {
    auto path = (std::filesystem::path(fresh_db("new")).parent_path() / "a" / "b" / "history.db")
                    .string();
    open_history_store(path);
    REQUIRE(std::filesystem::exists(path));
    auto db = raw(path);
    CHECK(kokuho::record::sqlite::schema_version() == 8);
    CHECK(db.query_integer("PRAGMA user_version") == 8);
    CHECK(db.query_integer("PRAGMA application_id") == 0x4B4F4B55);
    CHECK(db.query_text("PRAGMA journal_mode") == "wal");
    CHECK(db.query_text("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema "
                        "WHERE type = 'table' ORDER BY name)") ==
          "applications batches document_values documents inquiries inquiry_answers judgments minors_counts "
          "registrations returns runs");
    CHECK(db.query_text("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema "
                        "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)") ==
          "answers_person applications_person batches_cycle batches_parent documents_household documents_person "
          "documents_pulled_by documents_replaces inquiries_cycle judgments_cycle minors_household returns_open runs_batch");
    CHECK(db.query_text("SELECT group_concat(name, ' ') FROM pragma_table_info('documents')") ==
          "batch_id seq household_id person_id form variant valid_from valid_until "
          "valid_until_reason status pulled_on pull_reasons delivered_on replaces_batch "
          "replaces_seq pulled_by collected_on envelope mail_to");
}

TEST_CASE("an existing empty file is migrated", "[record][schema]") {
    auto path = fresh_db("empty-file");
    std::ofstream{path};
    REQUIRE(std::filesystem::file_size(path) == 0);
    auto db = open_history_store(path);
    CHECK(raw(path).query_integer("PRAGMA user_version") == 8);
    CHECK(db->record_batch(annual(), annual_rows()).documents == 4);
}

TEST_CASE("reopening keeps the data and does not migrate again", "[record][schema]") {
    auto path = fresh_db("reopen");
    {
        auto db = open_history_store(path);
        db->record_batch(annual(), annual_rows());
    }
    auto db = open_history_store(path);
    CHECK(raw(path).query_integer("PRAGMA user_version") == 8);
    REQUIRE(db->find_batch("2026-annual").has_value());
    CHECK(db->documents("2026-annual").size() == 4);
}

TEST_CASE("a database of a newer program is refused as an input error", "[record][schema]") {
    auto path = fresh_db("newer");
    open_history_store(path);
    raw(path).exec("PRAGMA user_version = 9");
    require_error([&] { open_history_store(path); }, error_kind::input,
                  "database schema version 9 is newer than this program's 8");
    CHECK(raw(path).query_integer("PRAGMA user_version") == 9);
}

TEST_CASE("another program's SQLite database is refused, not migrated", "[record][schema]") {
    auto path = fresh_db("foreign");
    raw(path).exec("CREATE TABLE customers (id INTEGER)");
    require_error([&] { open_history_store(path); }, error_kind::input,
                  "not a kokuho issue-history database");
    CHECK(raw(path).query_integer("SELECT count(*) FROM sqlite_schema") == 1);
}

TEST_CASE("a file that is not a database is an input error", "[record][schema]") {
    auto path = fresh_db("text");
    std::ofstream(path) << "this is a text file, long enough to fill the SQLite header area "
                           "with something that is clearly not the magic string.\n";
    require_error([&] { open_history_store(path); }, error_kind::input,
                  "not an issue-history database (SQLite: file is not a database)");
}

TEST_CASE("a writer that cannot get the lock in time says the database is locked",
          "[record][schema]") {
    auto path = fresh_db("locked");
    auto db = open_history_store(path, std::chrono::milliseconds(300));
    db->record_batch(annual(), annual_rows());
    auto holder = raw(path);
    holder.exec("BEGIN IMMEDIATE");

    // Readers are not blocked by a writer (WAL).
    CHECK(db->documents("2026-annual").size() == 4);

    auto start = std::chrono::steady_clock::now();
    require_error([&] { db->record_batch(annual("2026-other"), annual_rows()); },
                  error_kind::busy,
                  "the issue-history database is locked: another process kept it busy for "
                  "longer than the 300 ms wait");
    CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(250));

    holder.exec("ROLLBACK");
    CHECK(db->record_batch(annual("2026-other"), annual_rows()).already_recorded == false);
    CHECK(db->find_batch("2026-other").has_value());
}
