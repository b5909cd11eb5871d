// Returned mail in the store (5.7): a return takes its envelope mates, is registered once,
// refuses what was never mailed, and is settled as held, closed or reissued.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;
using kokuho::record::document_ref;
using kokuho::record::return_row;

namespace {

// The annual batch with envelopes: H1's certificate (1) and notice (2) share envelope 1,
// H2 (3) and H3 (4) have their own.
std::vector<document_row> enveloped() {
    auto rows = annual_rows();
    long envelopes[] = {1, 1, 2, 3};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].envelope = envelopes[i];
        rows[i].mail_to = "〒100-0001 東京都千代田区霞が関1-" + std::to_string(envelopes[i]);
    }
    return rows;
}

return_row returned(long seq, const std::string& on = "2026-07-20") { return {"2026-annual", seq, on, "unclaimed"}; }

std::vector<std::string> outcomes(history_store& db) {
    std::vector<std::string> out;
    for (const auto& r : db.returned_documents())
        out.push_back(std::to_string(r.document.seq) + " " + r.document.status + " " + r.outcome);
    return out;
}

}  // namespace

TEST_CASE("returns: one 通番 returns its envelope, once", "[record][returns]") {
    auto db = open_history_store(fresh_db("returns"));
    db->record_batch(annual(), enveloped());
    db->register_delivery("2026-annual", "2026-07-15");
    auto first = db->register_returns("T1", {returned(2)});
    CHECK(first.registered == 2);
    CHECK(first.already == 0);
    CHECK(first.mates == std::vector<document_ref>{{"2026-annual", 1}});
    CHECK(statuses(*db, "2026-annual") == std::vector<std::string>{"returned", "returned", "delivered", "delivered"});
    auto again = db->register_returns("T2", {returned(1), returned(3)});
    CHECK(again.registered == 1);
    CHECK(again.already == 2);  // 1 and its envelope mate 2
    auto all = db->returned_documents();
    REQUIRE(all.size() == 3);
    CHECK(all[0].document.seq == 1);
    CHECK(all[0].mail_to == "〒100-0001 東京都千代田区霞が関1-1");
    CHECK(all[0].reason == "unclaimed");
    CHECK(all[2].returned_on == "2026-07-20");
}

TEST_CASE("returns: a pulled-out document, an unknown one and an early day are refused whole", "[record][returns]") {
    auto db = open_history_store(fresh_db("returns-refused"));
    db->record_batch(annual(), enveloped());
    record_pullouts(*db, "2026-annual", "2026-07-01", {{3, "P3", {"address"}}});
    require_error([&] { db->register_returns("T1", {returned(1), returned(3)}); }, error_kind::input,
                  "batch 2026-annual 通番 3 was pulled out: it was never mailed");
    require_error([&] { db->register_returns("T1", {returned(9)}); }, error_kind::input, "通番 9: no such document");
    require_error([&] { db->register_returns("T1", {returned(1, "2026-06-01")}); }, error_kind::input,
                  "returned on 2026-06-01, before the batch's day 2026-06-15");
    CHECK(db->returned_documents().empty());
    CHECK(statuses(*db, "2026-annual")[0] == "generated");
}

TEST_CASE("returns: held and closed by a reissue run, reissued by the documents that supersede them",
          "[record][returns]") {
    auto db = open_history_store(fresh_db("returns-settled"));
    db->record_batch(annual(), enveloped());
    db->register_delivery("2026-annual", "2026-07-15");
    db->register_returns("T1", {returned(1), returned(3), returned(4)});
    std::vector<kokuho::record::return_outcome> settled(2);
    settled[0].document = {"2026-annual", 3};
    settled[0].outcome = "held";
    settled[1].document = {"2026-annual", 4};
    settled[1].outcome = "closed";
    db->settle_returns(settled, "2026-07-25");
    settled.resize(1);
    settled[0].outcome = "closed";
    db->settle_returns(settled, "2026-07-26");  // dealt with: unchanged
    auto reissue = batch_of("2026-reissue", "reissue");
    reissue.reference_date = "2026-07-25";
    auto row = doc(1, "H1", "P1");
    row.supersedes = {"2026-annual", 1};
    row.mail_to = "〒530-0001 大阪府大阪市北区梅田1-1";
    db->record_batch(reissue, {row});
    CHECK(outcomes(*db) == std::vector<std::string>{"1 reissued reissued", "2 returned ", "3 held held", "4 closed closed"});
    auto first = db->returned_documents()[0];
    CHECK(first.reissued_as == document_ref{"2026-reissue", 1});
    CHECK(first.new_address == "〒530-0001 大阪府大阪市北区梅田1-1");
    CHECK(first.dealt_on == "2026-07-25");
    CHECK(db->returned_documents()[2].dealt_on == "2026-07-25");
}
