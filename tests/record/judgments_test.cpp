// The ratio judgments in the store (5.6.1): every run's kept, the latest of a person and
// cycle answered, the same run recorded once.
#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;
using kokuho::record::judgment_row;

namespace {

judgment_row judged(const std::string& run, const std::string& person, const std::string& ratio,
                    const std::string& rule, const std::string& cycle = "2026-08-01") {
    return {person, "H1", cycle, cycle, ratio, rule, "{\"income_total\": 1}", run};
}

}  // namespace

TEST_CASE("judgments: the latest of each person and cycle, the earlier kept", "[record][judgments]") {
    auto path = fresh_db("judgments");
    auto db = open_history_store(path);
    CHECK_FALSE(db->record_judgments("J1", {judged("J1", "P2", "3", "active_income"),
                                            judged("J1", "P1", "pending", "income_unknown")})
                    .already_recorded);
    CHECK(db->record_judgments("J2", {judged("J2", "P1", "2", "below_145")}).documents == 1);
    db->record_judgments("J3", {judged("J3", "P1", "3", "active_income", "2027-08-01")});

    auto latest = db->latest_judgments("2026-08-01");
    REQUIRE(latest.size() == 2);
    CHECK(latest[0] == judged("J2", "P1", "2", "below_145"));
    CHECK(latest[1] == judged("J1", "P2", "3", "active_income"));
    CHECK(db->latest_judgments("2027-08-01").size() == 1);
    CHECK(raw(path).query_integer("SELECT count(*) FROM judgments") == 4);  // nothing replaced
}

TEST_CASE("judgments: the same run again changes nothing, with other judgments it is refused",
          "[record][judgments]") {
    auto db = open_history_store(fresh_db("judgments-again"));
    std::vector<judgment_row> rows{judged("J1", "P1", "2", "below_145")};
    db->record_judgments("J1", rows);
    CHECK(db->record_judgments("J1", rows).already_recorded);
    require_error([&] { db->record_judgments("J1", {judged("J1", "P1", "3", "active_income")}); },
                  error_kind::input, "judgment run J1 is recorded already with other judgments");
    require_error([&] { db->record_judgments("J2", {judged("J2", "P1", "1", "below_145")}); },
                  error_kind::input, "ratio '1' is not 2, 3 or pending");
    require_error([&] { db->record_judgments("J2", {judged("J9", "P1", "2", "below_145")}); },
                  error_kind::input, "recorded under run J9");
    CHECK(db->latest_judgments("2026-08-01").size() == 1);
}
