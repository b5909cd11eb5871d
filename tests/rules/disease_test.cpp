// The 特定疾病療養受療証 rule (families/disease.yaml, workflows.md 5.4) for the 2026 cycle
// (1 August 2026 to 31 July 2027, issued 10 July 2026). Worked out by hand: 70 is reached
// the day before the 70th birthday; an under-70 certificate ends on the last day of that
// month (the day before the elderly status starts).
#include "rules/options.h"
#include "rules/outcome.h"
#include "rules/registry.h"
#include "rules_test_support.h"

using namespace rules_test;
using kokuho::specified_disease_kind;

namespace {

kokuho::rules::family_options options(const char* target = "all") {
    kokuho::rules::family_options o;
    o.set("target", target);
    o.set("eligibility.ecert_grace_months", "3");
    return o;
}

kokuho::person with(const char* born, specified_disease_kind disease, long long limit, const char* from = "") {
    kokuho::person p = who().born(born);
    p.specified_disease = disease;
    p.specified_disease_limit = limit;
    p.specified_disease_from = od(from);
    return p;
}

kokuho::rules::outcome decide(const kokuho::person& p, const kokuho::rules::family_options& o = options()) {
    kokuho::snapshot s;
    s.households.push_back(household());
    s.persons.push_back(p);
    auto out = kokuho::rules::decide_disease(s, cycle_2026(), kokuho::rule_options{}, o);
    REQUIRE(out.size() == 1);
    return out[0];
}

}  // namespace

TEST_CASE("disease: the certificate's dates on the 70 boundary and the recognition day") {
    struct row {
        const char* born;
        const char* from;  // specified_disease_from
        const char* reason;
        const char* valid_from;
        const char* valid_until;
        const char* until_reason;
    };
    auto r = GENERATE(values<row>({
        {"1980-05-10", "", "dialysis", "2026-08-01", "2027-07-31", "annual"},
        {"1980-05-10", "2026-07-20", "dialysis", "2026-08-01", "2027-07-31", "annual"},  // recognised before the cycle
        {"1980-05-10", "2026-11-15", "dialysis", "2026-11-15", "2027-07-31", "annual"},  // recognised in the cycle
        {"1957-01-01", "", "dialysis", "2026-08-01", "2026-12-31", "age70"},  // 70 on 2026-12-31
        {"1957-01-02", "", "dialysis", "2026-08-01", "2027-01-31", "age70"},  // 70 on 2027-01-01
        {"1957-07-01", "", "dialysis", "2026-08-01", "2027-06-30", "age70"},
        {"1957-07-02", "", "dialysis", "2026-08-01", "2027-07-31", "annual"},  // 70 on 2027-07-01: status 08-01
        {"1957-08-01", "", "dialysis", "2026-08-01", "2027-07-31", "annual"},  // 70 on 2027-07-31
        {"1956-08-02", "", "dialysis", "2026-08-01", "2026-08-31", "age70"},  // 70 on 2026-08-01
        {"1956-08-01", "", "from_70", "", "", ""},                            // 70 on 2026-07-31: status 08-01
        {"1955-03-10", "", "from_70", "", "", ""},
        {"1951-08-01", "", "age75", "", "", ""},
    }));
    // 10,000 yen: 20,000 would be refused for the ones from 70.
    auto o = decide(with(r.born, specified_disease_kind::dialysis, 10000, r.from));
    INFO("born " << r.born << " from " << r.from);
    CHECK(o.reason == r.reason);
    CHECK(show(o.valid_from) == r.valid_from);
    CHECK(show(o.valid_until) == r.valid_until);
    CHECK(o.until_reason == r.until_reason);
    CHECK(o.refusal.empty());
}

TEST_CASE("disease: 20,000 yen only for dialysis under 70, refused at its column otherwise") {
    CHECK(decide(with("1980-05-10", specified_disease_kind::dialysis, 20000)).refusal.empty());
    CHECK(decide(with("1957-01-01", specified_disease_kind::dialysis, 20000)).refusal.empty());  // under 70 on 08-01
    auto hemophilia = decide(with("1980-05-10", specified_disease_kind::hemophilia, 20000));
    CHECK_THAT(hemophilia.refusal, Catch::Contains("20000 is only for dialysis (人工透析) under 70; person 000000001"));
    CHECK(hemophilia.refusal_column == "specified_disease_limit");
    CHECK_FALSE(decide(with("1956-08-01", specified_disease_kind::dialysis, 20000)).refusal.empty());  // 70 from 08-01
    CHECK_THAT(decide(with("1980-05-10", specified_disease_kind::hiv, 15000)).refusal,
               Catch::Contains("15000 is neither 10000 nor 20000"));
    kokuho::person no_limit = with("1980-05-10", specified_disease_kind::hiv, 10000);
    no_limit.specified_disease_limit.reset();
    CHECK_THAT(decide(no_limit).refusal, Catch::Contains("required with specified_disease"));
}

TEST_CASE("disease: who gets none, the facts, and target without_mynumber") {
    CHECK(decide(who()).reason == "no_disease");
    CHECK(decide(kokuho::person(who().lost("2026-07-10"))).reason == "lost");
    auto hiv = decide(with("1980-05-10", specified_disease_kind::hiv, 10000));
    CHECK(hiv.form == "disease");
    CHECK(hiv.facts.size() == 2);
    CHECK(hiv.facts[0].second.text() == "hiv");
    CHECK(hiv.facts[1].second.text() == "10000");
    kokuho::person registered = who().born("1980-05-10").registered();
    registered.specified_disease = specified_disease_kind::hemophilia;
    registered.specified_disease_limit = 10000;
    CHECK(decide(registered, options("without_mynumber")).reason == "mynumber");
    CHECK(decide(registered).form == "disease");
}
