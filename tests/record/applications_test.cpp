// Applications registered in the store (kokuho limit apply) and the latest 有効期限 of what a
// person was delivered: the two things the store fills into empty snapshot cells.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;
using kokuho::record::application_row;

namespace {

application_row applied(const std::string& person, const std::string& on, const std::string& id = "") {
    return {person, "limit_applied_on", on, id};
}

}  // namespace

TEST_CASE("applications: the latest of each person is in force, the same date changes nothing",
          "[record][applications]") {
    auto path = fresh_db("applications");
    auto db = open_history_store(path);
    auto first = db->record_applications("P1", {applied("B", "2026-07-05"), applied("A", "2026-06-20")});
    CHECK(first.registered == 2);
    CHECK(first.unchanged == 0);
    auto again = db->record_applications("P2", {applied("A", "2026-06-20"), applied("B", "2026-08-10")});
    CHECK(again.registered == 1);
    CHECK(again.unchanged == 1);
    auto in_force = db->applications_in_force("limit_applied_on");
    REQUIRE(in_force.size() == 2);
    CHECK(in_force[0] == applied("A", "2026-06-20", "P1"));
    CHECK(in_force[1] == applied("B", "2026-08-10", "P2"));
    CHECK(db->applications_in_force("certificate_applied_on").empty());
    CHECK(raw(path).query_integer("SELECT count(*) FROM applications") == 3);  // the earlier is kept
}

TEST_CASE("applications: a bad row is refused and nothing is registered", "[record][applications]") {
    auto path = fresh_db("applications-bad");
    auto db = open_history_store(path);
    require_error([&] { db->record_applications("P1", {applied("A", "2026-06-20"), applied("B", "2026-02-30")}); },
                  error_kind::input, "person B applied_on");
    CHECK(db->applications_in_force("limit_applied_on").empty());
}

TEST_CASE("latest_valid_until: per person, of the family's delivered documents only", "[record][applications]") {
    auto path = fresh_db("held-until");
    auto db = open_history_store(path);
    db->record_batch(annual(), annual_rows());  // P2 has a notice without an end date
    CHECK(db->latest_valid_until("eligibility").empty());  // generated, not delivered
    record_pullouts(*db, "2026-annual", "2026-07-01", {{3, "P3", {"address"}}});
    db->register_delivery("2026-annual", "2026-07-20");
    auto held = db->latest_valid_until("eligibility");
    REQUIRE(held.size() == 2);  // P3 was pulled out
    CHECK(held[0].person_id == "P1");
    CHECK(held[0].valid_until == "2027-07-31");
    CHECK(held[1].person_id == "P4");
    CHECK(db->latest_valid_until("limit").empty());
}
