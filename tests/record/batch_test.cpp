// Recording batches: reading them back, recording again, conflicts, checks of the input and
// the link of each replacement document (差替分) to the document it replaces.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;

TEST_CASE("a recorded batch reads back as given, documents in seq order", "[record][batch]") {
    auto db = store::open(fresh_db("read-back"));
    auto rows = annual_rows();
    rows[1].mail_address = "東京都港区送付先1-1";
    rows[3].valid_until = "2027-03-09";
    rows[3].valid_until_reason = "age75";
    std::vector<document_row> shuffled = {rows[2], rows[0], rows[3], rows[1]};

    auto result = db.record_batch(annual(), shuffled);
    CHECK(result.already_recorded == false);
    CHECK(result.documents == 4);

    auto batch = db.find_batch("2026-annual");
    REQUIRE(batch.has_value());
    CHECK(batch->kind == "annual");
    CHECK(batch->reference_date == "2026-06-15");
    CHECK(batch->config_fingerprint == "sha256:aaaa");
    CHECK(batch->parent_batch_id == "");
    CHECK(db.documents("2026-annual") == rows);
    CHECK(db.documents("2026-annual")[3].valid_until == "2027-03-09");
    CHECK(db.documents("2026-annual")[1].valid_until == "");
    CHECK(statuses(db, "2026-annual") ==
          std::vector<std::string>{"generated", "generated", "generated", "generated"});
    CHECK_FALSE(db.find_batch("2025-annual").has_value());
    CHECK(db.documents("2025-annual").empty());
}

TEST_CASE("recording the same batch again is a no-op", "[record][batch]") {
    auto path = fresh_db("idempotent");
    auto db = store::open(path);
    db.record_batch(annual(), annual_rows());
    auto rows = annual_rows();
    std::vector<document_row> reordered = {rows[3], rows[2], rows[1], rows[0]};

    auto again = db.record_batch(annual(), reordered);
    CHECK(again.already_recorded == true);
    CHECK(again.documents == 4);
    CHECK(raw(path).query_integer("SELECT count(*) FROM batches") == 1);
    CHECK(raw(path).query_integer("SELECT count(*) FROM documents") == 4);
}

TEST_CASE("the same batch id with other content is an input error", "[record][batch]") {
    auto db = store::open(fresh_db("conflict"));
    db.record_batch(annual(), annual_rows());
    auto rows = annual_rows();

    SECTION("a changed document") {
        rows[2].name = "別の 氏名";
        require_error([&] { db.record_batch(annual(), rows); }, error_kind::input,
                      "batch 2026-annual is already recorded with other content: "
                      "document 3 differs");
    }
    SECTION("a missing document") {
        rows.pop_back();
        require_error([&] { db.record_batch(annual(), rows); }, error_kind::input,
                      "4 documents recorded, 3 given");
    }
    SECTION("another reference date") {
        auto batch = annual();
        batch.reference_date = "2026-06-16";
        require_error([&] { db.record_batch(batch, rows); }, error_kind::input,
                      "its kind, reference date, configuration or parent differ");
    }
    CHECK(db.documents("2026-annual") == annual_rows());
}

TEST_CASE("what cannot be a batch is refused before anything is written", "[record][batch]") {
    auto path = fresh_db("checks");
    auto db = store::open(path);
    auto rows = annual_rows();

    SECTION("unknown kind") {
        require_error([&] { db.record_batch({"b", "monthly", "2026-06-15", "", ""}, rows); },
                      error_kind::input, "batch b: unknown kind 'monthly'");
    }
    SECTION("an annual batch with a parent") {
        require_error([&] { db.record_batch({"b", "annual", "2026-06-15", "", "a"}, rows); },
                      error_kind::input, "an annual batch has no parent batch");
    }
    SECTION("a replacement without a parent") {
        require_error([&] { db.record_batch({"b", "replacement", "2026-06-15", "", ""}, rows); },
                      error_kind::input, "a replacement batch needs its parent batch");
    }
    SECTION("a reference date that is not a date") {
        require_error([&] { db.record_batch({"b", "annual", "2026-02-30", "", ""}, rows); },
                      error_kind::input, "batch b reference date: '2026-02-30' is not a date");
    }
    SECTION("the same seq twice") {
        rows[1].seq = 1;
        require_error([&] { db.record_batch(annual(), rows); }, error_kind::input,
                      "batch 2026-annual: document 1 appears twice");
    }
    SECTION("a validity date that is not a date") {
        rows[2].valid_until = "2027/07/31";
        require_error([&] { db.record_batch(annual(), rows); }, error_kind::input,
                      "batch 2026-annual document 3 valid_until: '2027/07/31' is not a date");
    }
    CHECK(raw(path).query_integer("SELECT count(*) FROM batches") == 0);
}

TEST_CASE("replacement documents are linked to the pulled-out documents they replace",
          "[record][batch][replacement]") {
    auto path = fresh_db("replacement");
    auto db = store::open(path);
    annual_with_replacement(db);

    auto batch = db.find_batch("2026-annual-r1");
    REQUIRE(batch.has_value());
    CHECK(batch->kind == "replacement");
    CHECK(batch->parent_batch_id == "2026-annual");
    CHECK(db.replacement_batches("2026-annual") == std::vector<std::string>{"2026-annual-r1"});
    CHECK(db.replacement_batches("2026-annual-r1").empty());
    CHECK(db.documents("2026-annual-r1")[0].address == "大阪府大阪市北区1-1");

    auto links = raw(path);
    CHECK(links.query_text("SELECT group_concat(seq || '->' || replaces_batch || ':' || "
                           "replaces_seq, ' ') FROM (SELECT * FROM documents WHERE batch_id = "
                           "'2026-annual-r1' ORDER BY seq)") ==
          "1->2026-annual:1 2->2026-annual:3");
    auto history = db.history_of_batch("2026-annual");
    CHECK(history[0].replaced_by == "2026-annual-r1:1");
    CHECK(history[1].replaced_by == "");
    CHECK(history[2].replaced_by == "2026-annual-r1:2");
}

TEST_CASE("a replacement needs its parent and a pulled-out document to replace",
          "[record][batch][replacement]") {
    auto path = fresh_db("replacement-errors");
    auto db = store::open(path);
    db.record_batch(annual(), annual_rows());
    db.record_pullouts("2026-annual", "2026-07-01", {{1, "P1", {"address"}}});

    SECTION("unknown parent") {
        require_error([&] { db.record_batch(replacement("r", "2025-annual"), {doc(1, "H1", "P1")}); },
                      error_kind::input, "no batch 2025-annual in the issue history");
    }
    SECTION("a person whose document was not pulled out") {
        require_error([&] { db.record_batch(replacement("r", "2026-annual"), {doc(1, "H1", "P2")}); },
                      error_kind::input,
                      "replacement r document 1: person P2 has no pulled-out document left to "
                      "replace in batch 2026-annual");
    }
    SECTION("a document that another replacement replaced already") {
        db.record_batch(replacement("r", "2026-annual"), {doc(1, "H1", "P1")});
        require_error([&] { db.record_batch(replacement("r2", "2026-annual"), {doc(1, "H1", "P1")}); },
                      error_kind::input, "person P1 has no pulled-out document left to replace");
        CHECK_FALSE(db.find_batch("r2").has_value());
    }
    SECTION("the same person twice in one replacement") {
        require_error([&] { db.record_batch(replacement("r", "2026-annual"),
                                            {doc(1, "H1", "P1"), doc(2, "H1", "P1")}); },
                      error_kind::input, "replacement r document 2: person P1");
        CHECK_FALSE(db.find_batch("r").has_value());
    }
    CHECK(raw(path).query_integer("SELECT count(*) FROM documents WHERE replaces_batch IS "
                                  "NOT NULL AND batch_id <> 'r'") == 0);
}
