// Batches of several document families and kinds in one store: a cycle is registered once
// per family, kinds are any lowercase word, and the statuses documents can reach.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;

namespace {

// A batch of the elderly family (高齢受給者証) for the same cycle start as annual().
batch_info elderly(const std::string& id) {
    auto batch = annual(id);
    batch.family = "elderly";
    return batch;
}

}  // namespace

TEST_CASE("batches of two families with the same cycle start both register",
          "[record][family][delivery]") {
    auto path = fresh_db("family-cycles");
    auto db = open_history_store(path);
    db->record_batch(annual("E2026"), annual_rows());
    db->record_batch(elderly("K2026"), {doc(1, "H1", "P1"), doc(2, "H3", "P4")});
    db->record_batch(annual("E2026-rerun"), annual_rows());

    CHECK(db->register_delivery("E2026", "2026-07-20").delivered == 4);
    auto elderly_result = db->register_delivery("K2026", "2026-07-21");
    CHECK(elderly_result.already_registered == false);
    CHECK(elderly_result.delivered == 2);
    require_error([&] { db->register_delivery("E2026-rerun", "2026-07-22"); }, error_kind::input,
                  "batch E2026 of the same family and cycle (eligibility, starting 2026-08-01) "
                  "was registered on 2026-07-20; batch E2026-rerun is not registered");

    CHECK(statuses(*db, "K2026") == std::vector<std::string>{"delivered", "delivered"});
    CHECK(statuses(*db, "E2026-rerun") == std::vector<std::string>(4, "generated"));
    CHECK(db->history_of_batch("K2026")[0].family == "elderly");
    CHECK(db->history_of_batch("E2026")[0].family == "eligibility");
    CHECK(raw(path).query_text("SELECT group_concat(batch_id, ' ') FROM (SELECT batch_id FROM "
                               "registrations ORDER BY batch_id)") == "E2026 K2026");
}

TEST_CASE("a batch of the same family and another cycle registers", "[record][family]") {
    auto db = open_history_store(fresh_db("family-next-cycle"));
    db->record_batch(annual("E2026"), annual_rows());
    auto next = annual("E2027");
    next.cycle_start = "2027-08-01";
    db->record_batch(next, annual_rows());
    db->register_delivery("E2026", "2026-07-20");
    CHECK(db->register_delivery("E2027", "2027-07-20").delivered == 4);
    CHECK(db->find_batch("E2027")->cycle_start == "2027-08-01");
}

TEST_CASE("a batch under a parent of another family is refused", "[record][family]") {
    auto db = open_history_store(fresh_db("family-parent"));
    db->record_batch(annual("E2026"), annual_rows());
    auto monthly = elderly("K2026-09");
    monthly.kind = "monthly";
    monthly.parent_batch_id = "E2026";
    require_error([&] { db->record_batch(monthly, {doc(1, "H1", "P1")}); }, error_kind::input,
                  "batch K2026-09 of family elderly cannot have batch E2026 of family "
                  "eligibility as its parent");
    CHECK_FALSE(db->find_batch("K2026-09").has_value());
}

TEST_CASE("a kind is any lowercase word, and annual and replacement keep their parent rules",
          "[record][family][kind]") {
    auto path = fresh_db("kinds");
    auto db = open_history_store(path);
    auto rows = annual_rows();

    SECTION("monthly without a parent") {
        CHECK(db->record_batch(batch_of("m", "monthly"), rows).documents == 4);
        CHECK(db->find_batch("m")->kind == "monthly");
        CHECK(db->history_of_batch("m")[0].batch_kind == "monthly");
    }
    SECTION("on_demand with a parent, whose documents replace nothing") {
        db->record_batch(annual(), rows);
        db->record_batch(batch_of("d", "on_demand", "2026-annual"), {doc(1, "H1", "P1")});
        CHECK(raw(path).query_text("SELECT group_concat(batch_id) FROM batches WHERE parent_batch_id = "
                                   "'2026-annual'") == "d");
        CHECK(raw(path).query_integer("SELECT count(*) FROM documents WHERE batch_id = 'd' "
                                      "AND replaces_batch IS NULL") == 1);
        CHECK(db->history_of_batch("2026-annual")[0].replaced_by == "");
    }
    SECTION("Bad-Kind") {
        require_error([&] { db->record_batch(batch_of("b", "Bad-Kind"), rows); },
                      error_kind::input,
                      "batch b: kind 'Bad-Kind' is not one lowercase word (letters and _)");
        CHECK(raw(path).query_integer("SELECT count(*) FROM batches") == 0);
    }
    SECTION("a replacement without a parent") {
        require_error([&] { db->record_batch(batch_of("r", "replacement"), rows); },
                      error_kind::input, "batch r: a replacement batch needs its parent batch");
        CHECK(raw(path).query_integer("SELECT count(*) FROM batches") == 0);
    }
}

TEST_CASE("the database itself refuses a kind that is not a lowercase word",
          "[record][family][kind]") {
    auto path = fresh_db("kinds-sql");
    open_history_store(path);
    auto db = raw(path);
    auto insert = [&](const std::string& kind, const std::string& parent) {
        db.exec("INSERT INTO batches (batch_id, family, kind, reference_date, "
                "config_fingerprint, cycle_start, parent_batch_id) VALUES ('b-" + kind +
                "', 'eligibility', '" + kind + "', '2026-06-15', '', '2026-08-01', " +
                parent + ")");
    };
    insert("reissue", "NULL");
    CHECK(db.query_integer("SELECT count(*) FROM batches WHERE kind = 'reissue'") == 1);
    require_error([&] { insert("Bad-Kind", "NULL"); }, error_kind::internal,
                  "CHECK constraint failed");
    require_error([&] { insert("replacement", "NULL"); }, error_kind::internal,
                  "CHECK constraint failed");
    require_error([&] { insert("annual", "'b-reissue'"); }, error_kind::internal,
                  "CHECK constraint failed");
}

TEST_CASE("documents can take the new statuses, and nothing else", "[record][status]") {
    auto path = fresh_db("statuses");
    auto db = open_history_store(path);
    db->record_batch(annual(), annual_rows());
    auto sql = raw(path);
    for (const std::string status : {"returned", "reissued", "collected", "expired"}) {
        sql.exec("UPDATE documents SET status = '" + status + "' WHERE seq = 1");
        CHECK(db->history_of_batch("2026-annual")[0].status == status);
    }
    require_error([&] { sql.exec("UPDATE documents SET status = 'bogus' WHERE seq = 2"); },
                  error_kind::internal, "CHECK constraint failed");
    CHECK(statuses(*db, "2026-annual") ==
          std::vector<std::string>{"expired", "generated", "generated", "generated"});
}

TEST_CASE("monthly batches of a registered cycle register, each on its own", "[record][family][delivery]") {
    auto db = open_history_store(fresh_db("family-monthly"));
    db->record_batch(annual("E2026"), annual_rows());
    db->register_delivery("E2026", "2026-07-20");
    for (const char* id : {"E2026-09", "E2026-10"}) {
        auto monthly = annual(id);
        monthly.kind = "monthly";
        db->record_batch(monthly, {doc(1, "H1", "P1")});
        auto result = db->register_delivery(id, "2026-09-30");
        CHECK_FALSE(result.already_registered);
        CHECK(result.delivered == 1);
    }
}
