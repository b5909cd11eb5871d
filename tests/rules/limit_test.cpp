// The limit certificate rules (families/limit.yaml and limit_notice.yaml, workflows.md 5.3)
// for the 2026 cycle (1 August 2026 to 31 July 2027). Worked out by hand: a certificate runs
// from the first day of the application month (the acquisition day for someone who joined
// that month; the cycle's first day for a renewal sent in June or July) to 31 July 2027, the
// last day of the month in which 70 is reached (70 is reached the day before the 70th
// birthday), or the day before the 75th birthday.
#include <string>

#include "rules/options.h"
#include "rules/outcome.h"
#include "rules/registry.h"
#include "rules_test_support.h"

using namespace rules_test;

namespace {

struct limit_settings {
    const char* target = "without_mynumber_or_long_term";
    const char* refuse_arrears = "true";
    const char* auto_renew = "false";
    const char* renewal_months = "2";
    const char* recommend = "without_mynumber";
};

kokuho::rules::family_options options(const limit_settings& s = {}) {
    kokuho::rules::family_options o;
    o.set("target", s.target);
    o.set("refuse_arrears_under_70", s.refuse_arrears);
    o.set("auto_renew", s.auto_renew);
    o.set("renewal_months", s.renewal_months);
    o.set("eligibility.ecert_grace_months", "3");
    o.set("limit.recommend", s.recommend);
    o.set("limit.refuse_arrears_under_70", s.refuse_arrears);
    return o;
}

// Issued on 20 August 2026, during the cycle.
kokuho::rules::cycle cycle() { return make("2026-08-20", "2026-08-01", "2027-07-31"); }

kokuho::person applicant(const char* born, const char* category, const char* applied_on = "2026-08-03") {
    kokuho::person p = who().born(born);
    p.limit_category = test_support::text(category);
    p.limit_applied_on = od(applied_on);
    return p;
}

kokuho::rules::outcome decide(const kokuho::person& p, const limit_settings& s = {}, bool arrears = false,
                              bool exempt = false) {
    kokuho::snapshot snap;
    snap.households.push_back(household(arrears));
    snap.households.back().resident_tax_exempt = exempt;
    snap.persons.push_back(p);
    auto out = kokuho::rules::decide_limit(snap, cycle(), kokuho::rule_options{}, options(s));
    REQUIRE(out.size() == 1);
    return out[0];
}

std::string fact(const kokuho::rules::outcome& o, const std::string& name) {
    for (const auto& [key, v] : o.facts)
        if (key == name) return v.text();
    return "(none)";
}

}  // namespace

TEST_CASE("limit: the first day from the application day, renewals and joiners") {
    struct row {
        const char* applied_on;
        const char* acquired_on;
        const char* renewal_months;
        const char* reason;
        const char* valid_from;
        const char* valid_until;
    };
    auto r = GENERATE(values<row>({
        {"2026-05-31", "2000-04-01", "2", "earlier_cycle", "", ""},  // before June: last cycle's
        {"2026-06-01", "2000-04-01", "2", "renewal", "2026-08-01", "2027-07-31"},
        {"2026-07-31", "2000-04-01", "2", "renewal", "2026-08-01", "2027-07-31"},
        {"2026-07-31", "2000-04-01", "0", "earlier_cycle", "", ""},  // no renewals
        {"2026-04-20", "2000-04-01", "2", "earlier_cycle", "", ""},  // April: its certificate ended 2026-07-31
        {"2026-08-01", "2000-04-01", "2", "applied", "2026-08-01", "2027-07-31"},
        {"2026-08-31", "2000-04-01", "2", "applied", "2026-08-01", "2027-07-31"},  // the cycle's first month
        {"2026-09-01", "2000-04-01", "2", "applied", "2026-09-01", "2027-07-31"},
        {"2027-02-28", "2000-04-01", "2", "applied", "2027-02-01", "2027-07-31"},
        {"2027-04-15", "2000-04-01", "2", "applied", "2027-04-01", "2027-07-31"},  // April: to 31 July that year
        {"2027-07-31", "2000-04-01", "2", "applied", "2027-07-01", "2027-07-31"},
        {"2027-08-01", "2000-04-01", "2", "later_cycle", "", ""},
        {"2026-08-15", "2026-08-12", "2", "applied", "2026-08-12", "2027-07-31"},  // joined that month
        {"2026-09-30", "2026-09-30", "2", "applied", "2026-09-30", "2027-07-31"},
        {"2026-10-01", "2026-09-30", "2", "applied", "2026-10-01", "2027-07-31"},  // joined the month before
    }));
    kokuho::person p = applicant("1980-05-10", "ウ", r.applied_on);
    p.acquired_on = d(r.acquired_on);
    limit_settings s;
    s.renewal_months = r.renewal_months;
    auto o = decide(p, s);
    INFO("applied " << r.applied_on << ", acquired " << r.acquired_on);
    CHECK(o.reason == r.reason);
    CHECK(show(o.valid_from) == r.valid_from);
    CHECK(show(o.valid_until) == r.valid_until);
    CHECK(o.refusal.empty());
}

TEST_CASE("limit: the end date on the 70 and 75 boundaries") {
    struct row {
        const char* born;
        const char* category;
        const char* form;
        const char* valid_from;
        const char* valid_until;
        const char* until_reason;
    };
    auto r = GENERATE(values<row>({
        {"1956-12-01", "ウ", "limit", "2026-08-01", "2026-11-30", "age70"},  // 70 on 11-30: the month before the birthday's
        {"1956-12-02", "ウ", "limit", "2026-08-01", "2026-12-31", "age70"},  // 70 on 12-01
        {"1956-08-02", "オ", "limit_reduced", "2026-08-01", "2026-08-31", "age70"},  // 70 on 08-01, status 09-01
        {"1957-02-28", "エ", "limit", "2026-08-01", "2027-02-28", "age70"},  // 70 on 2027-02-27
        {"1957-07-01", "ア", "limit", "2026-08-01", "2027-06-30", "age70"},
        {"1957-07-02", "ア", "limit", "2026-08-01", "2027-07-31", "annual"},  // status 2027-08-01
        {"1957-08-01", "ア", "limit", "2026-08-01", "2027-07-31", "annual"},  // 70 on the cycle's last day
        {"1956-08-01", "現役並みI", "limit", "2026-08-01", "2027-07-31", "annual"},  // 70-74 from 08-01
        {"1952-04-15", "現役並みII", "limit", "2026-08-01", "2027-04-14", "age75"},
        {"1952-02-29", "低所得I", "limit_reduced", "2026-08-01", "2027-02-28", "age75"},  // 75th birthday 2027-03-01
        {"1952-08-01", "低所得II", "limit_reduced", "2026-08-01", "2027-07-31", "annual"},  // day before = the last day
        {"1951-08-02", "現役並みI", "limit", "2026-08-01", "2026-08-01", "age75"},  // one day
        {"1951-08-01", "現役並みI", "", "", "", ""},  // 75 on the cycle's first day
    }));
    auto o = decide(applicant(r.born, r.category, "2026-07-10"));
    INFO("born " << r.born << " " << r.category);
    CHECK(o.form == r.form);
    CHECK(show(o.valid_from) == r.valid_from);
    CHECK(show(o.valid_until) == r.valid_until);
    CHECK(o.until_reason == r.until_reason);
    CHECK(o.refusal.empty());
    if (o.form.empty()) CHECK(o.reason == "age75");
}

TEST_CASE("limit: the certificate of each category, and the categories that need none") {
    struct row {
        const char* born;
        const char* category;
        bool exempt;
        const char* form;
        const char* reason;
    };
    auto r = GENERATE(values<row>({
        {"1980-05-10", "ア", false, "limit", "applied"},
        {"1980-05-10", "イ", false, "limit", "applied"},
        {"1980-05-10", "ウ", false, "limit", "applied"},
        {"1980-05-10", "エ", false, "limit", "applied"},
        {"1980-05-10", "オ", true, "limit_reduced", "applied"},
        {"1980-05-10", "オ", false, "limit_reduced", "applied"},  // the category decides
        {"1954-03-20", "現役並みIII", false, "", "not_needed"},
        {"1954-03-20", "現役並みII", false, "limit", "applied"},
        {"1954-03-20", "現役並みI", false, "limit", "applied"},
        {"1954-03-20", "一般", false, "", "not_needed"},
        {"1954-03-20", "低所得II", true, "limit_reduced", "applied"},
        {"1954-03-20", "低所得I", true, "limit_reduced", "applied"},
    }));
    auto o = decide(applicant(r.born, r.category), {}, false, r.exempt);
    INFO(r.born << " " << r.category);
    CHECK(o.form == r.form);
    CHECK(o.reason == r.reason);
    CHECK(o.refusal.empty());
    if (!o.form.empty()) CHECK(fact(o, "category") == r.category);
}

TEST_CASE("limit: a category that does not fit is refused at its column") {
    struct row {
        const char* born;
        const char* category;
        bool exempt;
        const char* message;
    };
    auto r = GENERATE(values<row>({
        {"1980-05-10", "", false, "limit_category: required for the limit certificate applied for (person 000000001)"},
        {"1980-05-10", "一般", false, "一般 is a category of 70-74; person 000000001 is under 70"},
        {"1954-03-20", "ウ", false, "ウ is a category of under 70; person 000000001 is 70-74"},
        {"1980-05-10", "ウ", true, "ウ for a resident-tax-exempt household (resident_tax_exempt)"},
        {"1954-03-20", "現役並みI", true, "現役並みI for a resident-tax-exempt household"},
    }));
    auto o = decide(applicant(r.born, r.category), {}, false, r.exempt);
    INFO(r.born << " " << r.category);
    CHECK_THAT(o.refusal, Catch::Contains(r.message));
    CHECK(o.refusal_column == "limit_category");
    CHECK(o.form.empty());
}

TEST_CASE("limit: arrears, マイナ保険証 holders and 長期入院 by the options") {
    SECTION("an under-70 household in arrears gets none while refuse_arrears_under_70 is on") {
        CHECK(decide(applicant("1980-05-10", "ウ"), {}, true).reason == "arrears");
        limit_settings off;
        off.refuse_arrears = "false";
        CHECK(decide(applicant("1980-05-10", "ウ"), off, true).form == "limit");
        CHECK(decide(applicant("1954-03-20", "現役並みI"), {}, true).form == "limit");  // 70-74: not excluded
    }
    SECTION("target: マイナ保険証 holders, with or without 長期入院") {
        kokuho::person holder = applicant("1980-05-10", "オ");
        holder.mynumber_insurance = kokuho::usage_registration::registered;
        holder.ecert_expires_on = d("2030-01-01");
        kokuho::person long_term = holder;
        long_term.long_term_stay_from = d("2026-05-10");
        limit_settings all, without;
        all.target = "all";
        without.target = "without_mynumber";
        CHECK(decide(holder).reason == "mynumber");
        CHECK(decide(long_term).form == "limit_reduced");
        CHECK(fact(decide(long_term), "long_term_from") == "2026-05-10");
        CHECK(decide(long_term, without).reason == "mynumber");
        CHECK(decide(holder, all).form == "limit_reduced");
        CHECK(fact(decide(holder, all), "long_term_from").empty());
        kokuho::person expired = holder;  // the electronic certificate expired 3 months and more ago
        expired.ecert_expires_on = d("2026-04-30");
        CHECK(decide(expired).form == "limit_reduced");
    }
    SECTION("long_term_from is printed on the 減額認定証 only") {
        kokuho::person p = applicant("1980-05-10", "ウ");
        p.long_term_stay_from = d("2026-05-10");
        CHECK(fact(decide(p), "long_term_from").empty());
    }
    SECTION("not insured on the issue day") {
        kokuho::person p = applicant("1980-05-10", "ウ");
        p.lost_on = d("2026-08-20");
        CHECK(decide(p).reason == "lost");
        p.lost_on = d("2026-08-21");
        CHECK(decide(p).form == "limit");
        kokuho::person former = applicant("1980-05-10", "ウ");
        former.former_member = true;
        CHECK(decide(former).reason == "lost");
    }
}

TEST_CASE("limit: auto_renew treats last year's holders as applicants") {
    kokuho::person holder = applicant("1980-05-10", "エ", "");
    holder.limit_certificate_until = d("2026-07-31");
    CHECK(decide(holder).reason == "not_applied");
    limit_settings renew;
    renew.auto_renew = "true";
    auto o = decide(holder, renew);
    CHECK(o.form == "limit");
    CHECK(o.reason == "auto_renewed");
    CHECK(show(o.valid_from) == "2026-08-01");
    holder.limit_certificate_until = d("2026-06-30");  // not last year's holder
    CHECK(decide(holder, renew).reason == "not_applied");
    kokuho::person applied = applicant("1980-05-10", "エ", "2026-09-10");  // the application wins
    applied.limit_certificate_until = d("2026-07-31");
    CHECK(decide(applied, renew).reason == "applied");
    CHECK(show(decide(applied, renew).valid_from) == "2026-09-01");
}

namespace {

kokuho::rules::outcome_list notices(std::vector<kokuho::person> persons, const limit_settings& s = {},
                                    bool arrears = false) {
    kokuho::snapshot snap;
    snap.households.push_back(household(arrears));
    kokuho::household other = household();
    other.household_id = test_support::text("0000002");
    snap.households.push_back(other);
    snap.persons = std::move(persons);
    // Issued on 10 June 2026 for the cycle from 1 August 2026.
    return kokuho::rules::decide_limit_notice(snap, make("2026-06-10", "2026-08-01", "2027-07-31"),
                                              kokuho::rule_options{}, options(s));
}

kokuho::person holder(const char* id, const char* name, const char* born, const char* category,
                      std::size_t household_index = 0, const char* until = "2026-07-31") {
    kokuho::person p = who().born(born);
    p.person_id = test_support::text(id);
    p.name = test_support::text(name);
    p.household = household_index;
    p.limit_category = test_support::text(category);
    p.limit_certificate_until = od(until);
    return p;
}

}  // namespace

TEST_CASE("limit_notice: one letter per household of last year's holders, naming them") {
    auto out = notices({holder("1", "甲 一郎", "1975-04-10", "オ"), holder("2", "乙 二郎", "1980-01-01", "ア", 1),
                        holder("3", "甲 花子", "1977-09-09", "オ"), holder("4", "甲 三郎", "2001-01-01", "オ", 0, "2026-06-30"),
                        holder("5", "乙 四郎", "1982-02-02", "ア", 1, "")});
    REQUIRE(out.size() == 5);
    CHECK(out[0].form == "limit_notice");
    CHECK(out[0].reason == "recommended");
    CHECK(fact(out[0], "members") == "甲 一郎、甲 花子");
    CHECK(out[1].form == "limit_notice");
    CHECK(fact(out[1], "members") == "乙 二郎");
    CHECK(out[2].form.empty());
    CHECK(out[2].reason == "household_letter");
    CHECK(out[3].reason == "not_holder");  // ended before the day before the cycle start
    CHECK(out[4].reason == "not_holder");
}

TEST_CASE("limit_notice: who is never invited, and limit.recommend") {
    struct row {
        const char* recommend;
        const char* born;
        const char* category;
        bool registered;
        bool long_term;
        bool arrears;
        const char* reason;
    };
    auto r = GENERATE(values<row>({
        {"without_mynumber", "1980-05-10", "ウ", false, false, false, "recommended"},
        {"without_mynumber", "1980-05-10", "ウ", true, false, false, "mynumber"},
        {"without_mynumber", "1980-05-10", "ウ", true, true, false, "mynumber"},
        {"all", "1980-05-10", "ウ", true, false, false, "recommended"},
        {"long_term_only", "1980-05-10", "オ", false, false, false, "not_long_term"},
        {"long_term_only", "1980-05-10", "オ", true, true, false, "recommended"},
        {"none", "1980-05-10", "ウ", false, false, false, "switched_off"},
        {"all", "1954-03-20", "一般", false, false, false, "not_needed"},
        {"all", "1954-03-20", "現役並みIII", false, false, false, "not_needed"},
        {"all", "1954-03-20", "現役並みII", false, false, false, "recommended"},
        {"all", "1956-08-01", "一般", false, false, false, "not_needed"},     // 70-74 from 2026-08-01
        {"all", "1956-08-02", "ウ", false, false, false, "recommended"},      // under 70 on 2026-08-01
        {"all", "1980-05-10", "ウ", false, false, true, "arrears"},
        {"all", "1954-03-20", "低所得II", false, false, true, "recommended"},  // 70-74: not excluded
        {"all", "1951-08-01", "低所得II", false, false, false, "age75"},
    }));
    kokuho::person p = holder("1", "甲 一郎", r.born, r.category);
    if (r.registered) {
        p.mynumber_insurance = kokuho::usage_registration::registered;
        p.ecert_expires_on = d("2030-01-01");
    }
    if (r.long_term) p.long_term_stay_from = d("2026-03-01");
    limit_settings s;
    s.recommend = r.recommend;
    auto out = notices({p}, s, r.arrears);
    INFO(r.recommend << " " << r.born << " " << r.category);
    CHECK(out[0].reason == r.reason);
    CHECK(out[0].form == (std::string(r.reason) == "recommended" ? "limit_notice" : ""));
}
