// Recording batches: reading them back, recording again, conflicts, checks of the input and
// the link of each replacement document (差替分) to the document it replaces.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;

TEST_CASE("a recorded batch reads back as given, documents in seq order", "[record][batch]") {
    auto db = open_history_store(fresh_db("read-back"));
    auto rows = annual_rows();
    set_value(rows[1], "mail_address", "東京都港区送付先1-1");
    rows[3].valid_until = "2027-03-09";
    rows[3].valid_until_reason = "age75";
    std::vector<document_row> shuffled = {rows[2], rows[0], rows[3], rows[1]};

    auto result = db->record_batch(annual(), shuffled);
    CHECK(result.already_recorded == false);
    CHECK(result.documents == 4);

    auto batch = db->find_batch("2026-annual");
    REQUIRE(batch.has_value());
    CHECK(*batch == annual());
    CHECK(batch->family == "eligibility");
    CHECK(batch->kind == "annual");
    CHECK(batch->reference_date == "2026-06-15");
    CHECK(batch->config_fingerprint == "sha256:aaaa");
    CHECK(batch->parent_batch_id == "");
    CHECK(batch->cycle_start == "2026-08-01");
    CHECK(db->documents("2026-annual") == rows);
    CHECK(value_of(db->documents("2026-annual")[1], "mail_address") == "東京都港区送付先1-1");
    CHECK(db->documents("2026-annual")[3].valid_until == "2027-03-09");
    CHECK(db->documents("2026-annual")[1].valid_until == "");
    CHECK(statuses(*db, "2026-annual") ==
          std::vector<std::string>{"generated", "generated", "generated", "generated"});
    CHECK_FALSE(db->find_batch("2025-annual").has_value());
    CHECK(db->documents("2025-annual").empty());
}

TEST_CASE("recording the same batch again is a no-op", "[record][batch]") {
    auto path = fresh_db("idempotent");
    auto db = open_history_store(path);
    db->record_batch(annual(), annual_rows());
    auto rows = annual_rows();
    std::vector<document_row> reordered = {rows[3], rows[2], rows[1], rows[0]};

    auto again = db->record_batch(annual(), reordered);
    CHECK(again.already_recorded == true);
    CHECK(again.documents == 4);
    CHECK(raw(path).query_integer("SELECT count(*) FROM batches") == 1);
    CHECK(raw(path).query_integer("SELECT count(*) FROM documents") == 4);
}

TEST_CASE("the same batch id with other content is an input error", "[record][batch]") {
    auto db = open_history_store(fresh_db("conflict"));
    db->record_batch(annual(), annual_rows());
    auto rows = annual_rows();

    SECTION("a changed compared value") {
        set_value(rows[2], "name", "別の 氏名");
        require_error([&] { db->record_batch(annual(), rows); }, error_kind::input,
                      "batch 2026-annual is already recorded with other content: "
                      "document 3 differs in its compared value 'name'");
    }
    SECTION("a compared value more") {
        rows[0].compared.push_back({"note", "x"});
        require_error([&] { db->record_batch(annual(), rows); }, error_kind::input,
                      "document 1 differs in its compared values");
    }
    SECTION("compared values in another order") {
        std::swap(rows[3].compared[0], rows[3].compared[1]);
        require_error([&] { db->record_batch(annual(), rows); }, error_kind::input,
                      "document 4 differs in its compared value 'address'");
    }
    SECTION("a changed form") {
        rows[1].form = "certificate";
        require_error([&] { db->record_batch(annual(), rows); }, error_kind::input,
                      "document 2 differs in its form");
    }
    SECTION("a missing document") {
        rows.pop_back();
        require_error([&] { db->record_batch(annual(), rows); }, error_kind::input,
                      "4 documents recorded, 3 given");
    }
    SECTION("another reference date") {
        auto batch = annual();
        batch.reference_date = "2026-06-16";
        require_error([&] { db->record_batch(batch, rows); }, error_kind::input,
                      "batch 2026-annual is already recorded with other content: "
                      "its reference date differs");
    }
    SECTION("another family and cycle start") {
        auto batch = annual();
        batch.family = "elderly";
        batch.cycle_start = "2026-09-01";
        require_error([&] { db->record_batch(batch, rows); }, error_kind::input,
                      "its family, cycle start differ");
    }
    CHECK(db->documents("2026-annual") == annual_rows());
}

TEST_CASE("what cannot be a batch is refused before anything is written", "[record][batch]") {
    auto path = fresh_db("checks");
    auto db = open_history_store(path);
    auto rows = annual_rows();

    SECTION("a kind that is not one lowercase word") {
        require_error([&] { db->record_batch(batch_of("b", "on-demand"), rows); },
                      error_kind::input,
                      "batch b: kind 'on-demand' is not one lowercase word (letters and _)");
    }
    SECTION("no family") {
        auto batch = annual("b");
        batch.family = "";
        require_error([&] { db->record_batch(batch, rows); }, error_kind::input,
                      "batch b: family '' is not one lowercase word");
    }
    SECTION("an annual batch with a parent") {
        require_error([&] { db->record_batch(batch_of("b", "annual", "a"), rows); },
                      error_kind::input, "an annual batch has no parent batch");
    }
    SECTION("a batch that is its own parent") {
        require_error([&] { db->record_batch(batch_of("b", "monthly", "b"), rows); },
                      error_kind::input, "batch b: a batch cannot be its own parent");
    }
    SECTION("a reference date that is not a date") {
        auto batch = annual("b");
        batch.reference_date = "2026-02-30";
        require_error([&] { db->record_batch(batch, rows); }, error_kind::input,
                      "batch b reference date: '2026-02-30' is not a date");
    }
    SECTION("no cycle start") {
        auto batch = annual("b");
        batch.cycle_start = "";
        require_error([&] { db->record_batch(batch, rows); }, error_kind::input,
                      "batch b cycle start: '' is not a date");
    }
    SECTION("the same compared value twice") {
        rows[2].compared.push_back({"name", "x"});
        require_error([&] { db->record_batch(annual(), rows); }, error_kind::input,
                      "batch 2026-annual document 3: compared value 'name' appears twice");
    }
    SECTION("the same seq twice") {
        rows[1].seq = 1;
        require_error([&] { db->record_batch(annual(), rows); }, error_kind::input,
                      "batch 2026-annual: document 1 appears twice");
    }
    SECTION("a validity date that is not a date") {
        rows[2].valid_until = "2027/07/31";
        require_error([&] { db->record_batch(annual(), rows); }, error_kind::input,
                      "batch 2026-annual document 3 valid_until: '2027/07/31' is not a date");
    }
    CHECK(raw(path).query_integer("SELECT count(*) FROM batches") == 0);
}

TEST_CASE("replacement documents are linked to the pulled-out documents they replace",
          "[record][batch][replacement]") {
    auto path = fresh_db("replacement");
    auto db = open_history_store(path);
    annual_with_replacement(*db);

    auto batch = db->find_batch("2026-annual-r1");
    REQUIRE(batch.has_value());
    CHECK(batch->kind == "replacement");
    CHECK(batch->parent_batch_id == "2026-annual");
    CHECK(raw(path).query_text("SELECT group_concat(batch_id) FROM batches WHERE parent_batch_id = "
                               "'2026-annual'") == "2026-annual-r1");
    CHECK(raw(path).query_integer("SELECT count(*) FROM batches WHERE parent_batch_id = '2026-annual-r1'") == 0);
    CHECK(value_of(db->documents("2026-annual-r1")[0], "address") == "大阪府大阪市北区1-1");

    auto links = raw(path);
    CHECK(links.query_text("SELECT group_concat(seq || '->' || replaces_batch || ':' || "
                           "replaces_seq, ' ') FROM (SELECT * FROM documents WHERE batch_id = "
                           "'2026-annual-r1' ORDER BY seq)") ==
          "1->2026-annual:1 2->2026-annual:3");
    auto history = db->history_of_batch("2026-annual");
    CHECK(history[0].replaced_by == "2026-annual-r1:1");
    CHECK(history[1].replaced_by == "");
    CHECK(history[2].replaced_by == "2026-annual-r1:2");
}

TEST_CASE("a replacement needs its parent and a pulled-out document to replace",
          "[record][batch][replacement]") {
    auto path = fresh_db("replacement-errors");
    auto db = open_history_store(path);
    db->record_batch(annual(), annual_rows());
    record_pullouts(*db, "2026-annual", "2026-07-01", {{1, "P1", {"address"}}});

    SECTION("unknown parent") {
        require_error([&] { db->record_batch(replacement("r", "2025-annual"), {doc(1, "H1", "P1")}); },
                      error_kind::input, "no batch 2025-annual in the issue history");
    }
    SECTION("a person whose document was not pulled out") {
        require_error([&] { db->record_batch(replacement("r", "2026-annual"), {doc(1, "H1", "P2")}); },
                      error_kind::input,
                      "replacement r document 1: person P2 has no pulled-out document left to "
                      "replace in batch 2026-annual");
    }
    SECTION("a document that another replacement replaced already") {
        db->record_batch(replacement("r", "2026-annual"), {doc(1, "H1", "P1")});
        require_error([&] { db->record_batch(replacement("r2", "2026-annual"), {doc(1, "H1", "P1")}); },
                      error_kind::input, "person P1 has no pulled-out document left to replace");
        CHECK_FALSE(db->find_batch("r2").has_value());
    }
    SECTION("the same person twice in one replacement") {
        require_error([&] { db->record_batch(replacement("r", "2026-annual"),
                                            {doc(1, "H1", "P1"), doc(2, "H1", "P1")}); },
                      error_kind::input, "replacement r document 2: person P1");
        CHECK_FALSE(db->find_batch("r").has_value());
    }
    CHECK(raw(path).query_integer("SELECT count(*) FROM documents WHERE replaces_batch IS "
                                  "NOT NULL AND batch_id <> 'r'") == 0);
}

TEST_CASE("a replacement may add a document of another form for a person, linked to nothing",
          "[record][batch][replacement]") {
    auto db = open_history_store(fresh_db("replacement-companion"));
    db->record_batch(annual(), annual_rows());
    record_pullouts(*db, "2026-annual", "2026-07-01", {{1, "P1", {"form"}}});
    // P1's certificate is replaced by a new one that a cover letter now goes with: the
    // certificate replaces the pulled document, the letter replaces none.
    db->record_batch(replacement("r", "2026-annual"), {doc(1, "H1", "P1", "certificate"), doc(2, "H1", "P1", "cover")});
    auto rows = db->history_of_batch("2026-annual");
    REQUIRE_FALSE(rows.empty());
    CHECK(rows.front().replaced_by == "r:1");
    CHECK(db->documents("r").size() == 2);
}
