// The 高齢受給者証 rule (families/elderly.yaml, workflows.md 5.2.1, rules.md "Ages" and the
// 高齢受給者証 paragraph of "Validity"): who gets a card for the 2026 cycle (1 August 2026 to
// 31 July 2027, issued 10 July 2026), from when, until when, and why not. Worked out by
// hand: 70 is reached the day before the 70th birthday, the status starts on the 1st of the
// next month; the card ends the day before the 75th birthday (1 March for 29 February in a
// common year, so 28 February).
#include "rules/options.h"
#include "rules/outcome.h"
#include "rules/registry.h"
#include "rules_test_support.h"

using namespace rules_test;

namespace {

kokuho::rules::family_options options(const char* target = "all", const char* turning_70 = "yearly") {
    kokuho::rules::family_options o;
    o.set("target", target);
    o.set("turning_70", turning_70);
    o.set("eligibility.ecert_grace_months", "3");
    return o;
}

kokuho::rules::outcome decide(const kokuho::person& p, const kokuho::rules::family_options& o = options()) {
    kokuho::snapshot s;
    s.households.push_back(household());
    s.persons.push_back(p);
    auto out = kokuho::rules::decide_elderly(s, cycle_2026(), kokuho::rule_options{}, o);
    REQUIRE(out.size() == 1);
    return out[0];
}

std::string fact(const kokuho::rules::outcome& o, const std::string& name) {
    for (const auto& [n, v] : o.facts)
        if (n == name) return v.text();
    return "(none)";
}

}  // namespace

TEST_CASE("elderly: the card's dates and reasons on every age boundary") {
    struct row {
        const char* born;
        const char* reason;  // yearly, turning_70, or why there is no card
        const char* from;
        const char* until;
        const char* until_reason;
    };
    auto r = GENERATE(values<row>({
        // 70: the status starts the 1st after the month of the day before the birthday.
        {"1956-07-31", "yearly", "2026-08-01", "2027-07-31", "annual"},      // 70 on 07-30, status 08-01
        {"1956-08-01", "yearly", "2026-08-01", "2027-07-31", "annual"},      // 70 on 07-31, status 08-01
        {"1956-08-02", "turning_70", "2026-09-01", "2027-07-31", "annual"},  // 70 on 08-01, status 09-01
        {"1956-02-29", "yearly", "2026-08-01", "2027-07-31", "annual"},      // 70 on 2026-02-28, status 03-01
        {"1957-01-01", "turning_70", "2027-01-01", "2027-07-31", "annual"},  // 70 on 2026-12-31
        {"1957-01-02", "turning_70", "2027-02-01", "2027-07-31", "annual"},  // 70 on 2027-01-01
        {"1957-07-01", "turning_70", "2027-07-01", "2027-07-31", "annual"},  // status on the cycle's last month
        {"1957-07-02", "under_70", "", "", ""},                              // status 2027-08-01: next cycle
        {"1957-08-01", "under_70", "", "", ""},                              // 70 on 2027-07-31, status 08-01
        // 75: the card ends the day before the 75th birthday.
        {"1951-07-31", "age75", "", "", ""},                                 // 75th birthday 2026-07-31
        {"1951-08-01", "age75", "", "", ""},                                 // last day 2026-07-31
        {"1951-08-02", "yearly", "2026-08-01", "2026-08-01", "age75"},       // one day
        {"1952-01-15", "yearly", "2026-08-01", "2027-01-14", "age75"},
        {"1952-02-29", "yearly", "2026-08-01", "2027-02-28", "age75"},       // birthday 2027-03-01
        {"1952-07-31", "yearly", "2026-08-01", "2027-07-30", "age75"},
        {"1952-08-01", "yearly", "2026-08-01", "2027-07-31", "annual"},      // the same day as the annual end
        {"1952-08-02", "yearly", "2026-08-01", "2027-07-31", "annual"},
        {"1980-05-10", "under_70", "", "", ""},
    }));
    auto o = decide(who().born(r.born).ratio(2));
    INFO("born " << r.born);
    CHECK(o.reason == r.reason);
    CHECK(o.form == (*r.from ? "elderly" : ""));
    CHECK(show(o.valid_from) == r.from);
    CHECK(show(o.valid_until) == r.until);
    CHECK(o.until_reason == r.until_reason);
}

TEST_CASE("elderly: lost on or before the issue date, and former members, get none") {
    CHECK(decide(who().born("1955-03-10").ratio(2).lost("2026-07-10")).reason == "lost");
    CHECK(decide(who().born("1955-03-10").ratio(2).lost("2026-07-11")).reason == "yearly");
    CHECK(decide(who().born("1955-03-10").ratio(2).lost("2026-01-01").former_member()).reason == "lost");
}

TEST_CASE("elderly: the ratio is a fact, a missing one a refusal naming the id, 3割 may invite") {
    auto two = decide(who().born("1955-03-10").ratio(2));
    CHECK(fact(two, "ratio") == "2");
    CHECK(fact(two, "application_invite") == "");
    CHECK(two.refusal.empty());

    auto missing = decide(who().born("1955-03-10"));
    CHECK(missing.form == "elderly");
    CHECK_THAT(missing.refusal, Catch::Contains("person 000000001 is 70-74 and has no judged 負担割合"));
    CHECK_THAT(missing.refusal, !Catch::Contains("国保"));

    kokuho::person pending = who().born("1955-03-10");
    pending.ratio_pending = true;
    CHECK_THAT(decide(pending).refusal, Catch::Contains("pending"));

    kokuho::person invited = who().born("1955-03-10").ratio(3);
    invited.ratio_application_possible = true;
    CHECK(fact(decide(invited), "application_invite") == "1");
    kokuho::person two_invited = who().born("1955-03-10").ratio(2);
    two_invited.ratio_application_possible = true;  // 2割 already: nothing to apply for
    CHECK(fact(decide(two_invited), "application_invite") == "");
}

TEST_CASE("elderly: target without_mynumber keeps the 資格確認書 holders, turning_70 monthly the yearly ones") {
    struct row {
        who person;
        const char* reason;
    };
    auto r = GENERATE(values<row>({
        {who().born("1955-03-10").ratio(2), "yearly"},                                     // not registered
        {who().born("1955-03-10").ratio(2).registered(), "mynumber"},                      // お知らせ
        {who().born("1955-03-10").ratio(2).registered().card_returned(), "yearly"},        // card returned
        {who().born("1955-03-10").ratio(2).registered().ecert("2026-04-10"), "mynumber"},  // grace ends 07-10
        {who().born("1955-03-10").ratio(2).registered().ecert("2026-04-09"), "yearly"},    // expired 07-09
        {who().born("1955-03-10").ratio(2).registered().applied("2026-05-01"), "yearly"},  // applied
    }));
    CHECK(decide(r.person, options("without_mynumber")).reason == r.reason);

    CHECK(decide(who().born("1956-08-02").ratio(2), options("all", "monthly")).reason == "monthly");
    CHECK(decide(who().born("1956-08-01").ratio(2), options("all", "monthly")).reason == "yearly");
    CHECK(decide(who().born("1955-03-10").ratio(2), options("none")).form.empty());
}
