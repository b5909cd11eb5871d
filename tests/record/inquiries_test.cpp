// The inquiries to other municipalities in the store (5.5.1): every run's kept, the same run
// recorded once, bad rows refused before anything is written.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;
using kokuho::record::inquiry_row;

namespace {

inquiry_row asked(const std::string& run, const std::string& person, const std::string& code,
                  const std::string& sent_on = "2026-07-10", const std::string& cycle = "2026-08-01") {
    return {person, "H1", cycle, code, sent_on, code == "999999" ? "" : "1", run};
}

}  // namespace

TEST_CASE("inquiries: every run's kept, per cycle in person order", "[record][inquiries]") {
    auto path = fresh_db("inquiries");
    auto db = open_history_store(path);
    CHECK_FALSE(db->record_inquiries("Q1", {asked("Q1", "P2", "011002"), asked("Q1", "P1", "141003")})
                    .already_recorded);
    db->record_inquiries("Q2", {asked("Q2", "P1", "141003", "2026-08-20")});
    db->record_inquiries("Q3", {asked("Q3", "P1", "141003", "2027-07-01", "2027-08-01")});

    auto cycle = db->inquiries_of_cycle("2026-08-01");
    REQUIRE(cycle.size() == 3);
    CHECK(cycle[0] == asked("Q1", "P1", "141003"));
    CHECK(cycle[1] == asked("Q2", "P1", "141003", "2026-08-20"));
    CHECK(cycle[2] == asked("Q1", "P2", "011002"));
    CHECK(db->inquiries_of_cycle("2027-08-01").size() == 1);
    CHECK(raw(path).query_integer("SELECT count(*) FROM inquiries") == 4);
}

TEST_CASE("inquiries: the same run again changes nothing, with other rows it is refused", "[record][inquiries]") {
    auto path = fresh_db("inquiries-again");
    auto db = open_history_store(path);
    std::vector<inquiry_row> rows{asked("Q1", "P1", "011002")};
    db->record_inquiries("Q1", rows);
    CHECK(db->record_inquiries("Q1", rows).already_recorded);
    require_error([&] { db->record_inquiries("Q1", {asked("Q1", "P1", "141003")}); }, error_kind::input,
                  "inquiry run Q1 is recorded already with other inquiries");
    CHECK(raw(path).query_integer("SELECT count(*) FROM inquiries") == 1);
}

TEST_CASE("inquiries: a bad row is refused and nothing is written", "[record][inquiries]") {
    auto path = fresh_db("inquiries-bad");
    auto db = open_history_store(path);
    require_error([&] { db->record_inquiries("Q1", {asked("Q1", "P1", "01100")}); }, error_kind::input,
                  "municipality code '01100' is not 6 digits");
    require_error(
        [&] { db->record_inquiries("Q1", {asked("Q1", "P1", "011002"), asked("Q1", "P2", "011002", "2026-02-30")}); },
        error_kind::input, "person P2 sent on");
    require_error([&] { db->record_inquiries("Q1", {asked("Q9", "P1", "011002")}); }, error_kind::input,
                  "recorded under run Q9");
    CHECK(raw(path).query_integer("SELECT count(*) FROM inquiries") == 0);
}
