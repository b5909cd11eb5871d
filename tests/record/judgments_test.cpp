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

namespace {

kokuho::record::minors_row counts(const std::string& household, long under_16, long age_16_to_18,
                                  const std::string& source, const std::string& cycle = "2026-08-01") {
    return {household, cycle, under_16, age_16_to_18, source, "", ""};
}

}  // namespace

TEST_CASE("minors counts: a given count beats a derived one, the latest of each kind wins", "[record][judgments]") {
    auto db = open_history_store(fresh_db("minors"));
    db->record_minors("M1", {counts("H1", 1, 0, "derived"), counts("H2", 0, 2, "derived")});
    db->record_minors("M2", {counts("H1", 2, 1, "given")});
    db->record_minors("M3", {counts("H1", 0, 0, "derived"), counts("H2", 1, 1, "derived")});
    db->record_minors("M4", {counts("H1", 5, 5, "derived", "2027-08-01")});

    auto in_force = db->minors_in_force("2026-08-01");
    REQUIRE(in_force.size() == 2);
    CHECK(in_force[0].household_id == "H1");
    CHECK(in_force[0].under_16 == 2);  // the given count stays in force after a later derivation
    CHECK(in_force[0].source == "given");
    CHECK(in_force[0].registration_id == "M2");
    CHECK(in_force[1].under_16 == 1);  // H2: the latest derived
    CHECK(in_force[1].registration_id == "M3");
    auto history = db->minors_of_household("H1");
    REQUIRE(history.size() == 4);
    CHECK(history[0].registration_id == "M4");
    CHECK_FALSE(history[0].recorded_at.empty());

    CHECK(db->record_minors("M1", {counts("H1", 1, 0, "derived"), counts("H2", 0, 2, "derived")}).already_recorded);
    require_error([&] { db->record_minors("M1", {counts("H1", 3, 0, "derived")}); }, error_kind::input,
                  "minors registration M1 is recorded already with other counts");
    require_error([&] { db->record_minors("M5", {counts("H1", 100, 0, "given")}); }, error_kind::input,
                  "counts must be 0 to 99");
}

TEST_CASE("inquiry answers: the latest in force, the earlier kept, the same again unchanged", "[record][judgments]") {
    auto path = fresh_db("answers");
    auto db = open_history_store(path);
    kokuho::record::answer_row a{"P1", "2026-08-01", "2026-06-20", 1'000'000, 2'000'000, 1'500'000, {}, true, 1, 0, ""};
    auto r = db->record_answers("A1", {a});
    CHECK(r.registered == 1);
    CHECK(r.unchanged == 0);
    CHECK(db->record_answers("A2", {a}).unchanged == 1);
    auto later = a;
    later.taxable_income = 1'200'000;
    later.answered_on = "2026-06-30";
    CHECK(db->record_answers("A3", {later}).registered == 1);

    auto in_force = db->answers_in_force("2026-08-01");
    REQUIRE(in_force.size() == 1);
    CHECK(in_force[0].taxable_income == 1'200'000);
    CHECK_FALSE(in_force[0].total_income);  // not given stays not given
    CHECK(in_force[0].head_on_dec31);
    CHECK(in_force[0].registration_id == "A3");
    CHECK(raw(path).query_integer("SELECT count(*) FROM inquiry_answers") == 2);
    CHECK(db->answers_in_force("2027-08-01").empty());
    auto negative = a;
    negative.income = -1;
    require_error([&] { db->record_answers("A4", {negative}); }, error_kind::input, "an amount is negative");
}
