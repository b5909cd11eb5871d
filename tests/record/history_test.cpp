// The history look-ups (発行履歴確認, 5.1.6) of a person, a household and a batch.
#include "record_test_support.h"

using namespace record_test;

namespace {

// "batch:seq status" for each row, in the order returned.
std::vector<std::string> keys(const std::vector<history_row>& rows) {
    std::vector<std::string> out;
    for (const auto& row : rows)
        out.push_back(row.batch_id + ":" + std::to_string(row.seq) + " " + row.status);
    return out;
}

// A document of the 2025 cycle (valid 2025-08-01 to 2026-07-31).
document_row doc_2025(long seq, const std::string& household, const std::string& person) {
    auto row = doc(seq, household, person);
    row.valid_from = "2025-08-01";
    row.valid_until = "2026-07-31";
    return row;
}

// Two years of history, recorded in time order: the 2025 annual batch (delivered), then the
// 2026 annual batch with its replacement batch (delivered).
std::unique_ptr<history_store> two_years(const std::string& name) {
    auto db = open_history_store(fresh_db(name));
    db->record_batch({"2025-annual", "eligibility", "annual", "2025-06-16", "sha256:prev", "",
                      "2025-08-01"},
                     {doc_2025(1, "H1", "P1"), doc_2025(2, "H2", "P3")});
    db->register_delivery("2025-annual", "2025-07-22");
    annual_with_replacement(*db);
    db->register_delivery("2026-annual", "2026-07-20");
    return db;
}

}  // namespace

TEST_CASE("a person's history lists every document in generation order",
          "[record][history]") {
    auto db = two_years("history-person");
    auto rows = db->history_of_person("P1");
    CHECK(keys(rows) == std::vector<std::string>{"2025-annual:1 delivered", "2026-annual:1 pulled",
                                                 "2026-annual-r1:1 delivered"});

    const auto& pulled = rows[1];
    CHECK(pulled.family == "eligibility");
    CHECK(pulled.batch_kind == "annual");
    CHECK(pulled.household_id == "H1");
    CHECK(pulled.form == "certificate");
    CHECK(pulled.variant == "standard");
    CHECK(pulled.valid_from == "2026-08-01");
    CHECK(pulled.valid_until == "2027-07-31");
    CHECK(pulled.generated_on == "2026-06-15");
    CHECK(pulled.pulled_on == "2026-07-01");
    CHECK(pulled.delivered_on == "");
    CHECK(pulled.pull_reasons == "address");
    CHECK(pulled.replaced_by == "2026-annual-r1:1");

    const auto& replacing = rows[2];
    CHECK(replacing.family == "eligibility");
    CHECK(replacing.batch_kind == "replacement");
    CHECK(replacing.generated_on == "2026-07-10");
    CHECK(replacing.pulled_on == "");
    CHECK(replacing.delivered_on == "2026-07-20");
    CHECK(replacing.replaced_by == "");

    CHECK(rows[0].generated_on == "2025-06-16");
    CHECK(rows[0].delivered_on == "2025-07-22");
    CHECK(db->history_of_person("P9").empty());
}

TEST_CASE("a household's history covers all its members", "[record][history]") {
    auto db = two_years("history-household");
    CHECK(keys(db->history_of_household("H1")) ==
          std::vector<std::string>{"2025-annual:1 delivered", "2026-annual:1 pulled",
                                   "2026-annual:2 delivered", "2026-annual-r1:1 delivered"});
    // P3's 2026 certificate was pulled out and replaced by a notice.
    auto h2 = db->history_of_household("H2");
    CHECK(keys(h2) == std::vector<std::string>{"2025-annual:2 delivered", "2026-annual:3 pulled",
                                               "2026-annual-r1:2 delivered"});
    CHECK(h2[2].form == "notice");
    CHECK(h2[2].valid_until == "");
    CHECK(h2[1].pull_reasons == "form");
    CHECK(db->history_of_household("H9").empty());
}

TEST_CASE("a batch's history lists its documents in seq order", "[record][history]") {
    auto db = two_years("history-batch");
    auto rows = db->history_of_batch("2026-annual");
    CHECK(keys(rows) == std::vector<std::string>{"2026-annual:1 pulled", "2026-annual:2 delivered",
                                                 "2026-annual:3 pulled", "2026-annual:4 delivered"});
    CHECK(rows[1].person_id == "P2");
    CHECK(rows[1].form == "notice");
    CHECK(rows[3].household_id == "H3");
    CHECK(keys(db->history_of_batch("2026-annual-r1")) ==
          std::vector<std::string>{"2026-annual-r1:1 delivered", "2026-annual-r1:2 delivered"});
    CHECK(db->history_of_batch("2024-annual").empty());
}
