// decide(): the 特別療養 overlay of arrears households (rules.md "Form", Overlay).
#include <vector>

#include "rules_test_support.h"

using namespace rules_test;
using kokuho::rules::decide;

namespace {

struct arrears_row {
    const char* label;
    kokuho::person person;
    bool arrears;           // household arrears_special
    const char* start;      // cycle start = issue date; valid one year
    int exclusion_age;      // option arrears_exclusion_age (default 18)
    form chosen;
    variant kind;
};

// rules.md Overlay: in a household with arrears_special = 1 the chosen form (資格確認書 or
// お知らせ, chosen as without arrears) takes its 特別療養 variant; members up to 31 March
// following their 18th birthday keep the standard variant. That 31 March is the first one
// on or after the day they reach 18 (the day before the 18th birthday), and "up to" is
// judged against the start of the cycle (validity), 1 August 2026 unless the row says:
// - born 2 Apr 2008: reaches 18 on 1 Apr 2026 -> 31 Mar 2027, after the start -> standard;
// - born 1 Apr 2008: reaches 18 on 31 Mar 2026, that very day -> before the start -> special;
// - born 2 Apr 2007: reaches 18 on 1 Apr 2025 -> 31 Mar 2026 -> special;
// - born 1 Aug / 2 Aug 2008: reach 18 on 31 Jul / 1 Aug 2026 -> 31 Mar 2027 -> standard.
// Adults of every age, 70-74 included, get the special variant. Without arrears, everyone
// gets the standard variant.
const std::vector<arrears_row>& arrears_rows() {
    static const std::vector<arrears_row> rows = {
        {"adult, certificate, arrears", who(), true, "2026-08-01", 18, form::certificate, variant::special},
        {"adult, notice, arrears", who().registered(), true, "2026-08-01", 18, form::notice, variant::special},
        {"adult, applied certificate, arrears", who().registered().considerate(), true, "2026-08-01", 18,
         form::certificate, variant::special},
        {"adult, ecert expired certificate, arrears", who().registered().ecert("2025-01-01"), true, "2026-08-01", 18,
         form::certificate, variant::special},
        {"elderly 70-74, certificate, arrears", who().born("1955-05-05").ratio(2), true, "2026-08-01", 18,
         form::certificate, variant::special},
        {"elderly 70-74, notice, arrears", who().born("1955-05-05").ratio(2).registered(), true, "2026-08-01", 18,
         form::notice, variant::special},
        {"adult, certificate, no arrears", who(), false, "2026-08-01", 18, form::certificate, variant::standard},
        {"adult, notice, no arrears", who().registered(), false, "2026-08-01", 18, form::notice, variant::standard},
        {"born 2008-04-02, certificate: 31 Mar 2027 not yet passed", who().born("2008-04-02"), true,
         "2026-08-01", 18, form::certificate, variant::standard},
        {"born 2008-04-02, notice: 31 Mar 2027 not yet passed", who().born("2008-04-02").registered(), true,
         "2026-08-01", 18, form::notice, variant::standard},
        {"born 2008-04-01, certificate: 31 Mar 2026 passed", who().born("2008-04-01"), true,
         "2026-08-01", 18, form::certificate, variant::special},
        {"born 2008-04-01, notice: 31 Mar 2026 passed", who().born("2008-04-01").registered(), true,
         "2026-08-01", 18, form::notice, variant::special},
        {"born 2007-04-02, certificate: 31 Mar 2026 passed", who().born("2007-04-02"), true,
         "2026-08-01", 18, form::certificate, variant::special},
        {"born 2007-04-02, notice: 31 Mar 2026 passed", who().born("2007-04-02").registered(), true,
         "2026-08-01", 18, form::notice, variant::special},
        {"born 2008-08-01, reaches 18 on 31 Jul 2026", who().born("2008-08-01"), true,
         "2026-08-01", 18, form::certificate, variant::standard},
        {"born 2008-08-02, reaches 18 on the cycle start", who().born("2008-08-02").registered(), true,
         "2026-08-01", 18, form::notice, variant::standard},
        {"child born 2015-06-01", who().born("2015-06-01"), true, "2026-08-01", 18,
         form::certificate, variant::standard},
        {"infant born 2026-03-01, notice", who().born("2026-03-01").registered(), true, "2026-08-01", 18,
         form::notice, variant::standard},
        // the boundary day itself, with --valid-from: born 2 Apr 2007, 31 March = 2026-03-31
        {"cycle starting on the member's 31 March: still excluded", who().born("2007-04-02"), true,
         "2026-03-31", 18, form::certificate, variant::standard},
        {"cycle starting the day after the member's 31 March", who().born("2007-04-02"), true,
         "2026-04-01", 18, form::certificate, variant::special},
        {"cycle starting on the member's 31 March, notice", who().born("2007-04-02").registered(), true,
         "2026-03-31", 18, form::notice, variant::standard},
        {"cycle starting the day after the member's 31 March, notice", who().born("2007-04-02").registered(), true,
         "2026-04-01", 18, form::notice, variant::special},
        // option arrears_exclusion_age: 20 -> born 2 Apr 2007 reaches 20 on 1 Apr 2027 -> 31 Mar 2028
        {"exclusion age 20, born 2007-04-02", who().born("2007-04-02"), true, "2026-08-01", 20,
         form::certificate, variant::standard},
        {"exclusion age 20, adult", who(), true, "2026-08-01", 20, form::certificate, variant::special},
    };
    return rows;
}

struct arrears_cycle_row {
    const char* label;
    kokuho::person person;
    const char* issue;       // 交付年月日 (--as-of)
    const char* valid_from;  // --valid-from: the cycle's first day; one year of validity
    form chosen;
    variant kind;
};

// rules.md Overlay: the exclusion of members "up to the first 31 March on or after the day
// they reach 18" is judged on the cycle's first day, the day the document starts to be used,
// not on the issue date. These cycles are issued before a 31 March and start after it, so the
// two readings differ: a member whose exclusion ends on that 31 March is still excluded on the
// issue date but no longer on the cycle's first day, and gets the special variant. "Up to"
// includes the 31 March itself: a cycle starting on it keeps the member standard.
// - born 2009-04-01: 18th birthday 2027-04-01, reaches 18 on 2027-03-31, which is itself the
//   first 31 March on or after -> excluded up to 2027-03-31;
// - born 2009-03-31 (month end): reaches 18 on 2027-03-30 -> up to 2027-03-31;
// - born 2008-04-02: reaches 18 on 2026-04-01 -> up to 2027-03-31;
// - born 2009-04-02: reaches 18 on 2027-04-01 -> up to 2028-03-31;
// - born 2008-02-29: 18th birthday in the common year 2026 is 1 March (民法143条), reaches 18
//   on 2026-02-28 -> up to 2026-03-31.
const std::vector<arrears_cycle_row>& arrears_cycle_rows() {
    static const std::vector<arrears_cycle_row> rows = {
        // 31 March 2027 between the issue date (20 Mar) and the cycle start (1 Apr)
        {"born 2009-04-01, excluded up to 31 Mar 2027: passed on the 1 Apr start", who().born("2009-04-01"),
         "2027-03-20", "2027-04-01", form::certificate, variant::special},
        {"born 2009-04-01, notice: the same on a notice", who().born("2009-04-01").registered(),
         "2027-03-20", "2027-04-01", form::notice, variant::special},
        {"born 2009-03-31 (month end), excluded up to 31 Mar 2027", who().born("2009-03-31"),
         "2027-03-20", "2027-04-01", form::certificate, variant::special},
        {"born 2008-04-02, excluded up to 31 Mar 2027", who().born("2008-04-02"),
         "2027-03-20", "2027-04-01", form::certificate, variant::special},
        {"born 2009-04-02, excluded up to 31 Mar 2028: still excluded on the 1 Apr start",
         who().born("2009-04-02"), "2027-03-20", "2027-04-01", form::certificate, variant::standard},
        // the day either side: exclusion ending on the cycle's first day, the day after it
        {"born 2009-04-01, cycle starting 31 Mar 2027, the exclusion's last day", who().born("2009-04-01"),
         "2027-03-20", "2027-03-31", form::certificate, variant::standard},
        {"born 2009-04-01, cycle starting 30 Mar 2027, the exclusion ends the day after", who().born("2009-04-01"),
         "2027-03-20", "2027-03-30", form::certificate, variant::standard},
        {"born 2009-04-01, notice, cycle starting 31 Mar 2027", who().born("2009-04-01").registered(),
         "2027-03-20", "2027-03-31", form::notice, variant::standard},
        // 29 February: excluded up to 31 Mar 2026
        {"born 2008-02-29, cycle from 1 Apr 2026 issued 20 Mar", who().born("2008-02-29"),
         "2026-03-20", "2026-04-01", form::certificate, variant::special},
        {"born 2008-02-29, cycle from 31 Mar 2026 issued 20 Mar", who().born("2008-02-29"),
         "2026-03-20", "2026-03-31", form::certificate, variant::standard},
        // issued on the 31 March itself, valid from the next day: judged on the start
        {"born 2009-04-01, issued on 31 Mar 2027, cycle from 1 Apr", who().born("2009-04-01"),
         "2027-03-31", "2027-04-01", form::certificate, variant::special},
        // the shipped cycle (issued 10 Jul 2026, from 1 Aug 2026; no 31 March in between):
        // born 2008-04-02 is excluded up to 31 Mar 2027 on both days
        {"shipped cycle, born 2008-04-02", who().born("2008-04-02"), "2026-07-10", "",
         form::certificate, variant::standard},
        {"shipped cycle, born 2008-04-01: up to 31 Mar 2026, passed on both days", who().born("2008-04-01"),
         "2026-07-10", "", form::certificate, variant::special},
    };
    return rows;
}

}  // namespace

TEST_CASE("decide: arrears overlay by form and age", "[rules][arrears]") {
    for (const auto& r : arrears_rows()) {
        INFO(r.label << " (cycle from " << r.start << ")");
        kokuho::rules::eligibility_options o;
        o.arrears_exclusion_age = r.exclusion_age;
        // issued on the start day itself, so that judging "up to 31 March" on the issue date
        // or on the cycle start gives the same answer; one year of validity
        date start = d(r.start);
        kokuho::rules::cycle c{start, start, start.plus_years(1).plus_days(-1)};
        auto dec = decide(r.person, household(r.arrears), c, o);
        CHECK(str(dec.chosen) == str(r.chosen));
        CHECK(str(dec.kind) == str(r.kind));
    }
}

TEST_CASE("decide: arrears exclusion judged on the cycle's first day, not the issue date", "[rules][arrears]") {
    for (const auto& r : arrears_cycle_rows()) {
        INFO(r.label << " (issued " << r.issue << ", valid from '" << r.valid_from << "')");
        kokuho::rules::eligibility_options o;
        auto c = kokuho::rules::make_cycle(d(r.issue), od(r.valid_from), o);
        auto dec = decide(r.person, household(true), c, o);
        CHECK(str(dec.chosen) == str(r.chosen));
        CHECK(str(dec.kind) == str(r.kind));
    }
}
