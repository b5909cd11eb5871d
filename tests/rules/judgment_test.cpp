// The co-payment ratio judgment for 70-74 (rules.md "Co-payment ratio judgment", 5.6.1),
// step by step, with the days either side of every threshold. The cycle is 2026-08-01 to
// 2027-07-31; the income year is 2025, so the minors are counted on 2025-12-31. Every
// expected value is worked out by hand from rules.md (ages by 年齢計算ニ関スル法律).
#include <map>

#include "rules/judgment.h"
#include "rules_test_support.h"

using namespace rules_test;
using kokuho::judgment_options;
using kokuho::rules::judged_ratio;
using kokuho::rules::judgment;
using kokuho::rules::judgment_rule;
using kokuho::rules::registered_inputs;

namespace {

using yen = std::optional<long long>;

// A member of the one household H1 of a test snapshot. Born 1955-03-10 by default: 70 on
// 2025-03-09, elderly from 2025-04-01, 75 on 2030-03-09: 70-74 all through the cycle.
struct member {
    std::string id;
    const char* born = "1955-03-10";
    yen taxable{}, income{}, old_proviso{}, total{};
    bool head = false;
    bool former = false;
    const char* lost = "";
    const char* acquired = "2000-01-01";
    const char* prior = "";
    const char* standard_applied = "";
};

kokuho::snapshot household(const std::vector<member>& members) {
    kokuho::snapshot s;
    s.households.push_back({});
    s.households[0].household_id = test_support::text("H1");
    for (const auto& m : members) {
        kokuho::person p;
        p.person_id = test_support::text(m.id);
        p.birth_date = d(m.born);
        p.acquired_on = d(m.acquired);
        p.lost_on = od(m.lost);
        p.taxable_income = m.taxable;
        p.income = m.income;
        p.old_proviso_income = m.old_proviso;
        p.total_income = m.total;
        p.head_on_dec31 = m.head;
        p.former_member = m.former;
        p.prior_municipality = test_support::text(m.prior);
        p.standard_income_applied_on = od(m.standard_applied);
        s.persons.push_back(p);
    }
    return s;
}

// The judgments by person_id.
std::map<std::string, judgment> judge(const kokuho::snapshot& s, const judgment_options& o = {},
                                      const registered_inputs& registered = {}) {
    std::map<std::string, judgment> by_id;
    for (auto& j : kokuho::rules::judge_ratios(s, kokuho::rules::make_judgment_cycle(d("2026-08-01")),
                                               kokuho::rule_options{}, o, registered))
        by_id.emplace(s.persons[j.person].person_id, j);
    return by_id;
}

judgment_options with(judgment_options::unknown_income_rule unknown) {
    judgment_options o;
    o.unknown_income = unknown;
    return o;
}

judgment_options with(judgment_options::standard_income_rule standard) {
    judgment_options o;
    o.standard_income = standard;
    return o;
}

struct step_row {
    const char* name;
    std::vector<member> members;
    judgment_options options;
    judged_ratio ratio;
    judgment_rule rule;
};

}  // namespace

TEST_CASE("judgment: each step, and both sides of its threshold", "[judgment]") {
    using unknown = judgment_options::unknown_income_rule;
    using standard = judgment_options::standard_income_rule;
    auto row = GENERATE(Catch::Generators::values<step_row>({
        // 1. Unknown income: no taxable income, or lived elsewhere without an answer.
        {"no taxable income", {{"A", "1955-03-10", {}, 3'000'000, 2'000'000}}, {},
         judged_ratio::pending, judgment_rule::income_unknown},
        {"no taxable income, provisional 3割", {{"A", "1955-03-10", {}, 3'000'000, 2'000'000}},
         with(unknown::provisional_3), judged_ratio::three, judgment_rule::income_unknown},
        {"elsewhere on 31 December, no answer",
         {{"A", "1955-03-10", 0, 0, 0, {}, false, false, "", "2026-01-15", "012025 函館市"}}, {},
         judged_ratio::pending, judgment_rule::income_unknown},
        // 2. Below 145万円: 1,449,999 is below, 1,450,000 is not.
        {"taxable 1,449,999", {{"A", "1955-03-10", 1'449'999, 5'000'000, 3'000'000}}, {},
         judged_ratio::two, judgment_rule::below_145},
        {"taxable 0", {{"A", "1955-03-10", 0, 0, 0}}, {}, judged_ratio::two, judgment_rule::below_145},
        // 3. 旧ただし書所得 2,100,000 or less.
        {"taxable 1,450,000, old proviso 2,100,000", {{"A", "1955-03-10", 1'450'000, 5'000'000, 2'100'000}}, {},
         judged_ratio::two, judgment_rule::old_proviso_210},
        // 4. Income under 3,830,000 for one member.
        {"old proviso 2,100,001, income 3,829,999", {{"A", "1955-03-10", 1'450'000, 3'829'999, 2'100'001}}, {},
         judged_ratio::two, judgment_rule::standard_income},
        // 5. Otherwise 3割.
        {"old proviso 2,100,001, income 3,830,000", {{"A", "1955-03-10", 1'450'000, 3'830'000, 2'100'001}}, {},
         judged_ratio::three, judgment_rule::active_income},
        // An unknown 旧ただし書所得 does not pass step 3; step 4 still may.
        {"old proviso unknown, income 3,000,000", {{"A", "1955-03-10", 2'000'000, 3'000'000, {}}}, {},
         judged_ratio::two, judgment_rule::standard_income},
        {"old proviso and income unknown", {{"A", "1955-03-10", 2'000'000, {}, {}}}, {},
         judged_ratio::three, judgment_rule::active_income},
        // standard_income: application applies step 4 only to a household that applied.
        {"application not made", {{"A", "1955-03-10", 1'450'000, 3'000'000, 2'500'000}},
         with(standard::application), judged_ratio::three, judgment_rule::active_income},
        {"application made",
         {{"A", "1955-03-10", 1'450'000, 3'000'000, 2'500'000, {}, false, false, "", "2000-01-01", "", "2026-06-01"}},
         with(standard::application), judged_ratio::two, judgment_rule::standard_income},
        // Two 70-74 members: one at or over 145万円 is enough to go on; totals count both.
        {"two members, one at 1,450,000, old proviso total 2,100,000",
         {{"A", "1955-03-10", 1'449'999, 2'000'000, 1'000'000}, {"B", "1954-06-01", 1'450'000, 2'000'000, 1'100'000}},
         {}, judged_ratio::two, judgment_rule::old_proviso_210},
        {"two members, income total 5,199,999",
         {{"A", "1955-03-10", 1'449'999, 2'600'000, 1'000'000}, {"B", "1954-06-01", 1'450'000, 2'599'999, 1'100'001}},
         {}, judged_ratio::two, judgment_rule::standard_income},
        {"two members, income total 5,200,000",
         {{"A", "1955-03-10", 1'449'999, 2'600'000, 1'000'000}, {"B", "1954-06-01", 1'450'000, 2'600'000, 1'100'001}},
         {}, judged_ratio::three, judgment_rule::active_income},
        {"two members, one without taxable income",
         {{"A", "1955-03-10", 100'000, 0, 0}, {"B", "1954-06-01", {}, 0, 0}},
         {}, judged_ratio::pending, judgment_rule::income_unknown},
        // One member with a former member (特定同一世帯所属者): 5,200,000, incomes added.
        {"with a former member, total 5,199,999",
         {{"A", "1955-03-10", 1'450'000, 3'000'000, 2'500'000},
          {"F", "1950-01-01", 0, 2'199'999, 0, {}, false, true, "2025-01-01"}},
         {}, judged_ratio::two, judgment_rule::standard_income},
        {"with a former member, total 5,200,000",
         {{"A", "1955-03-10", 1'450'000, 3'000'000, 2'500'000},
          {"F", "1950-01-01", 0, 2'200'000, 0, {}, false, true, "2025-01-01"}},
         {}, judged_ratio::three, judgment_rule::active_income},
        {"with a former member of unknown income",
         {{"A", "1955-03-10", 1'450'000, 3'000'000, 2'500'000},
          {"F", "1950-01-01", 0, {}, 0, {}, false, true, "2025-01-01"}},
         {}, judged_ratio::three, judgment_rule::active_income},
    }));
    INFO(row.name);
    auto judged = judge(household(row.members), row.options);
    REQUIRE(judged.contains("A"));
    CHECK(str(judged.at("A").ratio) == str(row.ratio));
    CHECK(str(judged.at("A").rule) == str(row.rule));
    CHECK_FALSE(judged.contains("F"));  // a former member is counted, never judged
}

TEST_CASE("judgment: application possible is marked only where the figures qualify", "[judgment]") {
    using standard = judgment_options::standard_income_rule;
    auto qualifies = judge(household({{"A", "1955-03-10", 1'450'000, 3'829'999, 2'500'000}}), with(standard::application));
    CHECK(qualifies.at("A").figures.application_possible);
    auto too_much = judge(household({{"A", "1955-03-10", 1'450'000, 3'830'000, 2'500'000}}), with(standard::application));
    CHECK_FALSE(too_much.at("A").figures.application_possible);
    auto ex_officio = judge(household({{"A", "1955-03-10", 1'450'000, 3'829'999, 2'500'000}}));
    CHECK_FALSE(ex_officio.at("A").figures.application_possible);
}

struct minors_row {
    const char* name;
    long long head_taxable;
    member minor;
    judgment_rule rule;
    long long adjusted;
    int under_16, age_16_to_18;
};

TEST_CASE("judgment: the minors adjustment (2a) counts ages on 31 December of the income year", "[judgment]") {
    // The head (前年末世帯主) is 70-74; the minor is insured and lives in the household.
    // Born 2010-01-02: reaches 16 on 2026-01-01, so 15 on 2025-12-31 (330,000 yen).
    // Born 2010-01-01: reaches 16 on 2025-12-31 itself, so 16 that day (120,000 yen).
    // Born 2007-01-02: 18 on 2025-12-31; born 2007-01-01: reaches 19 on 2025-12-31 (not counted).
    auto row = GENERATE(Catch::Generators::values<minors_row>({
        {"under 16, brought below", 1'779'999, {"K", "2010-01-02"}, judgment_rule::minors_adjustment, 1'449'999, 1, 0},
        {"under 16, not enough", 1'780'000, {"K", "2010-01-02"}, judgment_rule::old_proviso_210, 1'450'000, 1, 0},
        {"16 on 31 December", 1'569'999, {"K", "2010-01-01"}, judgment_rule::minors_adjustment, 1'449'999, 0, 1},
        {"16 on 31 December, not enough", 1'570'000, {"K", "2010-01-01"}, judgment_rule::old_proviso_210,
         1'450'000, 0, 1},
        {"18 on 31 December", 1'569'999, {"K", "2007-01-02"}, judgment_rule::minors_adjustment, 1'449'999, 0, 1},
        {"19 on 31 December", 1'569'999, {"K", "2007-01-01"}, judgment_rule::old_proviso_210, 1'569'999, 0, 0},
        {"29 February birthday, 17 on 31 December", 1'569'999, {"K", "2008-02-29"},
         judgment_rule::minors_adjustment, 1'449'999, 0, 1},
        {"total income 380,000 counts", 1'779'999, {"K", "2010-01-02", {}, {}, {}, 380'000},
         judgment_rule::minors_adjustment, 1'449'999, 1, 0},
        {"total income 380,001 does not", 1'779'999, {"K", "2010-01-02", {}, {}, {}, 380'001},
         judgment_rule::old_proviso_210, 1'779'999, 0, 0},
        {"born after 31 December", 1'779'999, {"K", "2026-01-10", {}, {}, {}, {}, false, false, "", "2026-01-10"},
         judgment_rule::old_proviso_210, 1'779'999, 0, 0},
        {"insured after 31 December", 1'779'999, {"K", "2012-05-05", {}, {}, {}, {}, false, false, "", "2026-01-05"},
         judgment_rule::old_proviso_210, 1'779'999, 0, 0},
        {"already below: the adjustment did not decide", 1'449'999, {"K", "2010-01-02"}, judgment_rule::below_145,
         1'119'999, 1, 0},
    }));
    INFO(row.name);
    auto judged = judge(household({{"A", "1955-03-10", row.head_taxable, 9'000'000, 2'000'000, {}, true}, row.minor}));
    const auto& j = judged.at("A");
    CHECK(str(j.rule) == str(row.rule));
    REQUIRE(j.figures.members.size() == 1);
    CHECK(j.figures.members[0].taxable_income == row.head_taxable);
    CHECK(j.figures.members[0].adjusted == row.adjusted);
    CHECK(j.figures.minors.under_16 == row.under_16);
    CHECK(j.figures.minors.age_16_to_18 == row.age_16_to_18);
    CHECK(j.figures.minors.source == "snapshot");
}

TEST_CASE("judgment: the adjustment is the head's only, and never below zero", "[judgment]") {
    auto not_head = judge(household({{"A", "1955-03-10", 1'779'999, 9'000'000, 2'000'000}, {"K", "2010-01-02"}}));
    CHECK(str(not_head.at("A").rule) == "old_proviso_210");
    CHECK(not_head.at("A").figures.members[0].adjusted == 1'779'999);
    CHECK(not_head.at("A").figures.minors.source.empty());
    auto many = judge(household({{"A", "1955-03-10", 500'000, 0, 0, {}, true}, {"K1", "2012-01-01"},
                                 {"K2", "2013-01-01"}}));
    CHECK(many.at("A").figures.members[0].adjusted == 0);
}

TEST_CASE("judgment: registered counts and answers replace what the snapshot shows", "[judgment]") {
    registered_inputs registered;
    // 2 under 16 registered (5.5.2): 2,109,999 - 660,000 = 1,449,999.
    registered.minors["H1"] = {2, 0, "registered"};
    auto counted = judge(household({{"A", "1955-03-10", 2'109'999, 9'000'000, 3'000'000, {}, true}}), {}, registered);
    CHECK(str(counted.at("A").rule) == "minors_adjustment");
    CHECK(counted.at("A").figures.minors.source == "registered");
    CHECK(counted.at("A").figures.minors.under_16 == 2);

    // An answer (5.5.1) for someone who lived elsewhere: its figures and its minors count.
    kokuho::rules::income_answer answer;
    answer.taxable_income = 1'569'999;
    answer.income = 4'000'000;
    answer.old_proviso_income = 2'500'000;
    answer.head_on_dec31 = true;
    answer.minors_16_to_18 = 1;
    registered.answers["A"] = answer;
    auto answered = judge(household({{"A", "1955-03-10", {}, {}, {}, {}, false, false, "", "2026-01-15",
                                      "012025 函館市"}}),
                          {}, registered);
    CHECK(str(answered.at("A").rule) == "minors_adjustment");
    CHECK(answered.at("A").figures.minors.source == "answer");
    CHECK(answered.at("A").figures.members[0].adjusted == 1'449'999);
}

struct who_row {
    const char* name;
    const char* born;
    const char* lost;
    const char* day;  // "" when not judged
};

TEST_CASE("judgment: who is judged, and on which day", "[judgment]") {
    // Elderly from the 1st of the month after reaching 70 (the day before the birthday);
    // judged when that is on or before 2027-07-31 and 75 is not reached before 2026-08-01.
    auto row = GENERATE(Catch::Generators::values<who_row>({
        {"70-74 all through", "1955-03-10", "", "2026-08-01"},
        {"reaches 70 on 2026-07-31: elderly from 2026-08-01", "1956-08-01", "", "2026-08-01"},
        {"reaches 70 on 2026-08-01: elderly from 2026-09-01", "1956-08-02", "", "2026-09-01"},
        {"29 February: reaches 70 on 2026-02-28", "1956-02-29", "", "2026-08-01"},
        {"reaches 70 on 2027-06-30: elderly from 2027-07-01", "1957-07-01", "", "2027-07-01"},
        {"reaches 70 on 2027-07-30: elderly from 2027-08-01, next cycle", "1957-07-31", "", ""},
        {"reaches 75 on 2026-07-31: later-elderly before the cycle", "1951-08-01", "", ""},
        {"reaches 75 on 2026-08-01: insured on the cycle's first day", "1951-08-02", "", "2026-08-01"},
        {"lost on the judgment day", "1955-03-10", "2026-08-01", ""},
        {"lost the day after", "1955-03-10", "2026-08-02", "2026-08-01"},
        {"under 70 all through", "1980-05-10", "", ""},
    }));
    INFO(row.name);
    member m{"A", row.born, 100'000, 0, 0};
    m.lost = row.lost;
    auto judged = judge(household({m}));
    if (*row.day == '\0') {
        CHECK_FALSE(judged.contains("A"));
    } else {
        REQUIRE(judged.contains("A"));
        CHECK(judged.at("A").day == d(row.day));
    }
}

TEST_CASE("judgment: the 70-74 members are those of the judgment day, and share its ratio", "[judgment]") {
    // A is 70-74 all through; B becomes elderly on 2026-10-01 (reaches 70 on 2026-09-14).
    auto judged = judge(household({{"A", "1955-03-10", 1'000'000, 3'000'000, 1'000'000},
                                   {"B", "1956-09-15", 1'500'000, 2'500'000, 1'000'000}}));
    const auto& a = judged.at("A");
    const auto& b = judged.at("B");
    CHECK(a.day == d("2026-08-01"));
    REQUIRE(a.figures.members.size() == 1);  // only A on 1 August: 1,000,000 < 145万円
    CHECK(str(a.rule) == "below_145");
    CHECK(b.day == d("2026-10-01"));
    CHECK(b.figures.members.size() == 2);  // both on 1 October: B at 1,500,000; 旧ただし書 2,000,000
    CHECK(str(b.rule) == "old_proviso_210");
    CHECK(*b.figures.old_proviso_total == 2'000'000);
    CHECK(*b.figures.income_total == 5'500'000);
    CHECK(b.figures.income_limit == 5'200'000);
}
