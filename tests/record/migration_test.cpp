// Opening a database of the current release (schema version 1, written from the sample
// yearly cycle) migrates it in place to version 2: the history reads as that release
// showed it, the compared columns become compared values, and a failing migration changes
// nothing.
#include "record_test_support.h"
#include "support/files.h"

using namespace record_test;
using kokuho::error_kind;
using strings = std::vector<std::string>;

namespace {

const std::string annual_id = "A20260710-ec7583c8";
const std::string replacement_id = "R20260715-d6cee466";

// A copy of the version 1 fixture in a fresh folder.
std::string v1_copy(const std::string& name) {
    auto path = fresh_db(name);
    std::filesystem::copy_file(std::string(KOKUHO_TEST_DATA) + "/record/history-v1.sqlite", path);
    return path;
}

// A history row as the release's `history show --format csv` printed it.
kokuho::test::record as_csv(const history_row& row) {
    return {{"seq", std::to_string(row.seq)}, {"batch_id", row.batch_id},
            {"batch_kind", row.batch_kind},   {"person_id", row.person_id},
            {"household_id", row.household_id}, {"form", row.form},
            {"variant", row.variant},         {"valid_from", row.valid_from},
            {"valid_until", row.valid_until}, {"status", row.status},
            {"generated_on", row.generated_on}, {"pulled_on", row.pulled_on},
            {"delivered_on", row.delivered_on}, {"pull_reasons", row.pull_reasons},
            {"replaced_by", row.replaced_by}};
}

strings names_of(const document_row& row) {
    strings names;
    for (const auto& value : row.compared) names.push_back(value.name);
    return names;
}

// Every row of a table, every column quoted, in key order.
std::string table_rows(sql::connection& db, const std::string& table) {
    auto columns = db.query_text("SELECT group_concat('quote(' || name || ')', ' || '','' || ') "
                                 "FROM pragma_table_info('" + table + "')");
    return db.query_text("SELECT coalesce(group_concat(" + columns + ", char(10)), '') FROM "
                         "(SELECT * FROM " + table + " ORDER BY 1, 2)");
}

// The whole content of a version 1 database: its schema, its marks and its rows.
std::string v1_content(const std::string& path) {
    auto db = raw(path);
    return db.query_text("SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), "
                         "char(10)) FROM (SELECT * FROM sqlite_schema ORDER BY name)") +
           "\nversion " + db.query_text("PRAGMA user_version") + " application " +
           db.query_text("PRAGMA application_id") + "\n" + table_rows(db, "batches") + "\n" +
           table_rows(db, "documents") + "\n" + table_rows(db, "registrations");
}

std::string schema_of(const std::string& path) {
    return raw(path).query_text("SELECT group_concat(type || ' ' || name || ' ' || "
                                "coalesce(sql, ''), char(10)) FROM (SELECT * FROM sqlite_schema "
                                "ORDER BY name)");
}

}  // namespace

TEST_CASE("a version 1 database reads after migration as the release showed it",
          "[record][migration]") {
    auto path = v1_copy("migrate-history");
    REQUIRE(raw(path).query_integer("PRAGMA user_version") == 1);
    auto db = open_history_store(path);

    auto expected = kokuho::test::read_csv(std::string(KOKUHO_TEST_DATA) +
                                           "/record/history-v1-batch.csv");
    REQUIRE(expected.size() == 116);
    auto rows = db->history_of_batch(annual_id);
    REQUIRE(rows.size() == expected.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO("row " << i + 1);
        CHECK(as_csv(rows[i]) == expected[i]);
        CHECK(rows[i].family == "eligibility");
    }
    CHECK(rows[2].replaced_by == replacement_id + ":2");
    for (const auto& row : db->history_of_batch(replacement_id)) CHECK(row.family == "eligibility");
}

TEST_CASE("a version 1 database gets families, cycle starts and compared values",
          "[record][migration]") {
    auto path = v1_copy("migrate-values");
    auto db = open_history_store(path);

    auto annual_batch = db->find_batch(annual_id);
    REQUIRE(annual_batch.has_value());
    CHECK(annual_batch->family == "eligibility");
    CHECK(annual_batch->kind == "annual");
    CHECK(annual_batch->cycle_start == "2026-08-01");
    CHECK(annual_batch->reference_date == "2026-07-10");
    auto replacement_batch = db->find_batch(replacement_id);
    REQUIRE(replacement_batch.has_value());
    CHECK(replacement_batch->parent_batch_id == annual_id);
    CHECK(replacement_batch->cycle_start == "2026-08-01");

    auto docs = db->documents(annual_id);
    REQUIRE(docs.size() == 116);
    strings order = {"name", "address", "mail_address", "head", "ratio", "form", "variant",
                     "validity"};
    for (const auto& row : docs) CHECK(names_of(row) == order);
    // As sqlite3 prints the version 1 row of seq 1, and of seq 49 (mailed to a facility).
    CHECK(docs[0].compared == std::vector<named_value>{
                                  {"name", "佐野　フミ"},
                                  {"address", "419-0601|静岡県みどり市中央三丁目6番15号|"},
                                  {"mail_address", ""},
                                  {"head", "佐野　誠"},
                                  {"ratio", "statutory"},
                                  {"form", "certificate"},
                                  {"variant", "standard"},
                                  {"validity", "2026-08-01|2027-07-31"}});
    CHECK(docs[48].seq == 49);
    CHECK(value_of(docs[48], "mail_address") ==
          "障害者支援施設みどり園　園長|419-0608|静岡県みどり市若葉台五丁目1番1号|みどり園　相談室");
    CHECK(value_of(docs[36], "validity") == "2026-08-01|2026-12-04");
    CHECK(value_of(docs[5], "ratio") == "judged_2");
    CHECK(db->documents(replacement_id).size() == 8);
}

TEST_CASE("a migrated database has the new schema and is not migrated again",
          "[record][migration]") {
    auto path = v1_copy("migrate-schema");
    open_history_store(path);
    auto db = raw(path);
    CHECK(db.query_integer("PRAGMA user_version") == 8);
    CHECK(db.query_integer("PRAGMA application_id") == 0x4B4F4B55);
    CHECK(db.query_integer("SELECT count(*) FROM document_values") == (116 + 8) * 8);
    CHECK(db.query_integer("SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(db.query_text("PRAGMA integrity_check") == "ok");
    CHECK(db.query_integer("SELECT count(*) FROM registrations") == 1);
    // Version 3: no runs before it; earlier pulls name no run (their files were written).
    CHECK(db.query_integer("SELECT count(*) FROM runs") == 0);
    CHECK(db.query_integer("SELECT count(*) FROM documents WHERE status = 'pulled'") > 0);
    CHECK(db.query_integer("SELECT count(*) FROM documents WHERE pulled_by IS NOT NULL") == 0);

    auto fresh = fresh_db("migrate-schema-new");
    open_history_store(fresh);
    CHECK(schema_of(path) == schema_of(fresh));

    long cookie = db.query_integer("PRAGMA schema_version");
    long values = db.query_integer("SELECT count(*) FROM document_values");
    auto again = open_history_store(path);
    CHECK(db.query_integer("PRAGMA schema_version") == cookie);
    CHECK(db.query_integer("SELECT count(*) FROM document_values") == values);
    CHECK(again->documents(annual_id).size() == 116);
}

TEST_CASE("a migrated database keeps working: its cycle is registered once per family",
          "[record][migration][family]") {
    auto db = open_history_store(v1_copy("migrate-use"));
    auto rerun = batch_of("A20260712-rerun", "annual");
    db->record_batch(rerun, {doc(1, "H0037", "10003701")});
    require_error([&] { db->register_delivery(rerun.batch_id, "2026-07-21"); }, error_kind::input,
                  "batch " + annual_id + " of the same family and cycle (eligibility, starting "
                  "2026-08-01) was registered on 2026-07-20");
    auto elderly = rerun;
    elderly.batch_id = "K20260712-elderly";
    elderly.family = "elderly";
    db->record_batch(elderly, {doc(1, "H0037", "10003701")});
    CHECK(db->register_delivery(elderly.batch_id, "2026-07-21").delivered == 1);
    CHECK(db->history_of_person("10003701").size() == 3);
}

TEST_CASE("a migration that fails midway leaves the version 1 database as it was",
          "[record][migration][atomic]") {
    auto path = v1_copy("migrate-atomic");
    std::string failure, undo;

    SECTION("a view the rebuild breaks: fails after the old tables were dropped") {
        raw(path).exec("CREATE VIEW names AS SELECT person_id, name FROM documents");
        failure = "error in view names";
        undo = "DROP VIEW names";
    }
    SECTION("a reference to a missing document: found by the key check before commit") {
        raw(path).exec("UPDATE documents SET replaces_seq = 999 WHERE batch_id = '" +
                       replacement_id + "' AND seq = 1");
        failure = "the migration to schema version 2 stopped: rows of table documents refer "
                  "to rows missing from table documents (1 found); nothing was changed";
        undo = "UPDATE documents SET replaces_seq = 70 WHERE batch_id = '" + replacement_id +
               "' AND seq = 1";
    }
    auto before = v1_content(path);
    require_error([&] { open_history_store(path); }, error_kind::internal, failure);
    CHECK(v1_content(path) == before);
    CHECK(raw(path).query_integer("PRAGMA user_version") == 1);
    CHECK(raw(path).query_integer("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                  "('batches_v2', 'documents_v2', 'document_values')") == 0);

    raw(path).exec(undo);
    auto db = open_history_store(path);
    CHECK(raw(path).query_integer("PRAGMA user_version") == 8);
    CHECK(db->history_of_batch(annual_id).size() == 116);
}
