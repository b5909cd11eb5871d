// A change batch (5.9.1) whose documents supersede delivered ones: those become reissued and
// point at their successor; anything else is refused and nothing is recorded.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;

namespace {

document_row superseding(long seq, const std::string& person, long old_seq) {
    auto row = doc(seq, "H1", person);
    row.valid_from = "2026-10-01";
    row.supersedes = {"2026-annual", old_seq};
    return row;
}

}  // namespace

TEST_CASE("supersede: a delivered document becomes reissued and links to its successor", "[record][supersede]") {
    auto db = open_history_store(fresh_db("supersede"));
    db->record_batch(annual(), annual_rows());
    db->register_delivery("2026-annual", "2026-07-20");
    CHECK(db->delivered_documents("eligibility", "2026-08-01").size() == 4);

    auto change = batch_of("2026-change", "change");
    std::vector<document_row> rows{superseding(1, "P1", 1)};
    CHECK_FALSE(db->record_batch(change, rows).already_recorded);
    CHECK(statuses(*db, "2026-annual") == std::vector<std::string>{"reissued", "delivered", "delivered", "delivered"});
    CHECK(db->history_of_person("P1")[0].replaced_by == "2026-change:1");
    CHECK(db->documents("2026-change")[0].supersedes == kokuho::record::document_ref{"2026-annual", 1});
    CHECK(db->record_batch(change, rows).already_recorded);  // the same batch again: nothing changes
    auto held = db->delivered_documents("eligibility", "2026-08-01");
    REQUIRE(held.size() == 3);
    CHECK(held[0].row.person_id == "P2");
}

TEST_CASE("supersede: only a document of the same person that was not pulled out", "[record][supersede]") {
    auto path = fresh_db("supersede-refused");
    auto db = open_history_store(path);
    db->record_batch(annual(), annual_rows());
    record_pullouts(*db, "2026-annual", "2026-07-01", {{1, "P1", {"address"}}});
    require_error([&] { db->record_batch(batch_of("c1", "change"), {superseding(1, "P1", 1)}); }, error_kind::input,
                  "batch 2026-annual 通番 1 is not a generated, delivered or returned document of person P1");
    db->register_delivery("2026-annual", "2026-07-20");
    require_error([&] { db->record_batch(batch_of("c2", "change"), {superseding(1, "P2", 1)}); }, error_kind::input,
                  "is not a generated, delivered or returned document of person P2");
    CHECK_FALSE(db->find_batch("c1").has_value());
    CHECK_FALSE(db->find_batch("c2").has_value());
    CHECK(statuses(*db, "2026-annual") == std::vector<std::string>{"pulled", "delivered", "delivered", "delivered"});
}
