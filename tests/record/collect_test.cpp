// Collection of delivered documents (回収, 5.2.4): expired ones found by date, each collected
// once, all or nothing. doc() gives certificates valid until 2027-07-31 and notices none.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;
using kokuho::record::document_ref;

namespace {

// The annual batch with P3's certificate ending 2026-08-31 and P4's 2026-09-01, delivered.
std::unique_ptr<history_store> delivered(const std::string& path) {
    auto db = open_history_store(path);
    auto rows = annual_rows();
    rows[2].valid_until = "2026-08-31";
    rows[3].valid_until = "2026-09-01";
    db->record_batch(annual(), rows);
    db->register_delivery("2026-annual", "2026-07-20");
    return db;
}

std::vector<std::string> people(const std::vector<kokuho::record::history_row>& rows) {
    std::vector<std::string> out;
    for (const auto& row : rows) out.push_back(row.person_id);
    return out;
}

}  // namespace

TEST_CASE("collect: documents expired before a day, of the family, delivered or collected", "[record][collect]") {
    auto db = delivered(fresh_db("collect-expired"));
    CHECK(people(db->expired_documents("eligibility", "2026-09-01")) == std::vector<std::string>{"P3"});
    CHECK(people(db->expired_documents("eligibility", "2026-09-02")) == std::vector<std::string>{"P3", "P4"});
    CHECK(db->expired_documents("elderly", "2026-09-02").empty());
    CHECK(db->expired_documents("eligibility", "2026-08-31").empty());  // P3's last day is not before it
}

TEST_CASE("collect: delivered documents become collected with the day, once", "[record][collect]") {
    auto path = fresh_db("collect-once");
    auto db = delivered(path);
    auto first = db->collect({{"2026-annual", 3}, {"2026-annual", 4}}, "2026-09-05");
    CHECK(first.collected == 2);
    CHECK(first.already == 0);
    CHECK(statuses(*db, "2026-annual") == std::vector<std::string>{"delivered", "delivered", "collected", "collected"});
    CHECK(db->history_of_person("P3")[0].collected_on == "2026-09-05");
    CHECK(people(db->expired_documents("eligibility", "2026-09-02")) == std::vector<std::string>{"P3", "P4"});

    auto again = db->collect({{"2026-annual", 3}}, "2026-09-06");
    CHECK(again.collected == 0);
    CHECK(again.already == 1);
    CHECK(db->history_of_person("P3")[0].collected_on == "2026-09-05");
}

TEST_CASE("collect: an undelivered or unknown document refuses the whole collection", "[record][collect]") {
    auto path = fresh_db("collect-refused");
    auto db = open_history_store(path);
    db->record_batch(annual(), annual_rows());
    require_error([&] { db->collect({{"2026-annual", 1}}, "2026-09-05"); }, error_kind::input,
                  "batch 2026-annual 通番 1 is generated, not delivered");
    db->register_delivery("2026-annual", "2026-07-20");
    require_error([&] { db->collect({{"2026-annual", 1}, {"2026-annual", 9}}, "2026-09-05"); }, error_kind::input,
                  "batch 2026-annual 通番 9: no such document");
    require_error([&] { db->collect({{"2026-annual", 1}}, "2026-09-31"); }, error_kind::input, "collection date");
    CHECK(statuses(*db, "2026-annual") == std::vector<std::string>{"delivered", "delivered", "delivered", "delivered"});
}
