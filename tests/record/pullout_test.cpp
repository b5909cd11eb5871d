// Pull-outs (抜取, 5.1.3): marking documents pulled, repeating, adding, and refusing what
// does not match a recorded document.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;

TEST_CASE("pulled-out documents get status, date and reasons", "[record][pullout]") {
    auto db = open_history_store(fresh_db("pullout"));
    db->record_batch(annual(), annual_rows());
    record_pullouts(*db, "2026-annual", "2026-07-01",
                       {{1, "P1", {"address", "head"}}, {4, "P4", {"lost"}}});

    auto history = db->history_of_batch("2026-annual");
    REQUIRE(history.size() == 4);
    CHECK(history[0].status == "pulled");
    CHECK(history[0].pulled_on == "2026-07-01");
    CHECK(history[0].pull_reasons == "address,head");
    CHECK(history[1].status == "generated");
    CHECK(history[1].pulled_on == "");
    CHECK(history[1].pull_reasons == "");
    CHECK(history[3].status == "pulled");
    CHECK(history[3].pull_reasons == "lost");
}

TEST_CASE("the same pull-out twice changes nothing", "[record][pullout]") {
    auto path = fresh_db("pullout-again");
    auto db = open_history_store(path);
    db->record_batch(annual(), annual_rows());
    std::vector<pullout_row> rows = {{2, "P2", {"name"}}, {3, "P3", {"form", "ratio"}}};
    record_pullouts(*db, "2026-annual", "2026-07-01", rows);
    auto before = raw(path).query_text(
        "SELECT group_concat(seq || status || coalesce(pulled_on, '-') || pull_reasons, ';') "
        "FROM documents");
    record_pullouts(*db, "2026-annual", "2026-07-01", rows);
    CHECK(raw(path).query_text("SELECT group_concat(seq || status || coalesce(pulled_on, '-') || "
                               "pull_reasons, ';') FROM documents") == before);
    CHECK(statuses(*db, "2026-annual") ==
          std::vector<std::string>{"generated", "pulled", "pulled", "generated"});
    CHECK(db->history_of_batch("2026-annual")[2].pull_reasons == "form,ratio");
}

TEST_CASE("a later pull-out adds documents and reasons, and pulled stays pulled",
          "[record][pullout]") {
    auto db = open_history_store(fresh_db("pullout-later"));
    db->record_batch(annual(), annual_rows());
    record_pullouts(*db, "2026-annual", "2026-07-01", {{1, "P1", {"address"}}});
    record_pullouts(*db, "2026-annual", "2026-07-03",
                       {{1, "P1", {"name", "address"}}, {2, "P2", {"mail_address"}}});

    auto history = db->history_of_batch("2026-annual");
    CHECK(history[0].status == "pulled");
    CHECK(history[0].pulled_on == "2026-07-01");
    CHECK(history[0].pull_reasons == "address,name");
    CHECK(history[1].status == "pulled");
    CHECK(history[1].pulled_on == "2026-07-03");
    CHECK(history[1].pull_reasons == "mail_address");
    CHECK(history[2].status == "generated");
    CHECK(history[3].status == "generated");
}

TEST_CASE("a pull-out of what was not recorded is an input error and writes nothing",
          "[record][pullout]") {
    auto db = open_history_store(fresh_db("pullout-errors"));
    db->record_batch(annual(), annual_rows());

    SECTION("unknown batch") {
        require_error([&] { record_pullouts(*db, "2025-annual", "2026-07-01", {{1, "P1", {"lost"}}}); },
                      error_kind::input, "no batch 2025-annual in the issue history");
    }
    SECTION("unknown seq, after a valid row") {
        require_error([&] { record_pullouts(*db, "2026-annual", "2026-07-01",
                                               {{1, "P1", {"lost"}}, {9, "P9", {"lost"}}}); },
                      error_kind::input, "no batch 2026-annual document 9 to pull out");
    }
    SECTION("a person who is not on that document") {
        require_error([&] { record_pullouts(*db, "2026-annual", "2026-07-01", {{2, "P1", {"lost"}}}); },
                      error_kind::input, "batch 2026-annual document 2 is for person P2, not P1");
    }
    SECTION("no reason") {
        require_error([&] { record_pullouts(*db, "2026-annual", "2026-07-01", {{1, "P1", {}}}); },
                      error_kind::input, "document 1: no reason given");
    }
    SECTION("a reason with a comma") {
        require_error([&] { record_pullouts(*db, "2026-annual", "2026-07-01", {{1, "P1", {"a,b"}}}); },
                      error_kind::input, "reason 'a,b' must be a non-empty word without commas");
    }
    SECTION("a date that is not a date") {
        require_error([&] { record_pullouts(*db, "2026-annual", "7/1", {{1, "P1", {"lost"}}}); },
                      error_kind::input, "pull-out date: '7/1' is not a date");
    }
    CHECK(statuses(*db, "2026-annual") ==
          std::vector<std::string>{"generated", "generated", "generated", "generated"});
}
