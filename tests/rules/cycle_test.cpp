// make_cycle against cycles worked out by hand (rules.md "Validity", decide.h, --valid-from).
#include "rules_test_support.h"

using namespace rules_test;
using kokuho::rules::make_cycle;

namespace {

struct cycle_row {
    const char* issue;       // as-of date = 交付年月日
    const char* valid_from;  // --valid-from, "" when not given
    int years;               // option certificate_years
    const char* start;
    const char* end;
    const char* why;
};

// rules.md "Validity": the cycle starts on 1 August and a certificate lasts one year, to
// 31 July of the following year; certificate_years may raise it up to 5 (to 31 July five
// years on). decide.h: without --valid-from the start is the next 1 August on or after the
// issue date (so an issue on 1 August itself starts that day, and one on 2 August starts
// the following year); with --valid-from ("the first day of the new cycle") the start is
// that date as given. A period of N years starting on day S ends on the day before the
// corresponding day N years on, or, when there is none (S = 29 February, a common year),
// on the last day of February (民法143条, the rule rules.md uses for ages).
const cycle_row cycle_rows[] = {
    {"2026-07-10", "", 1, "2026-08-01", "2027-07-31", "as-of before 1 Aug (mid-July bulk run)"},
    {"2026-01-05", "", 1, "2026-08-01", "2027-07-31", "as-of in January"},
    {"2026-07-31", "", 1, "2026-08-01", "2027-07-31", "as-of the day before 1 Aug"},
    {"2026-08-01", "", 1, "2026-08-01", "2027-07-31", "as-of on 1 Aug: on or after includes the day"},
    {"2026-08-02", "", 1, "2027-08-01", "2028-07-31", "as-of after 1 Aug: next year's cycle"},
    {"2026-12-31", "", 1, "2027-08-01", "2028-07-31", "as-of on 31 Dec"},
    {"2026-07-10", "", 5, "2026-08-01", "2031-07-31", "certificate_years 5"},
    {"2026-08-02", "", 5, "2027-08-01", "2032-07-31", "certificate_years 5, as-of after 1 Aug"},
    {"2026-07-10", "2026-08-01", 1, "2026-08-01", "2027-07-31", "--valid-from the usual 1 Aug"},
    {"2026-09-10", "2026-09-15", 1, "2026-09-15", "2027-09-14", "--valid-from mid-September"},
    {"2026-08-05", "2026-08-01", 1, "2026-08-01", "2027-07-31", "--valid-from before the as-of date is kept"},
    {"2026-07-10", "2026-10-01", 5, "2026-10-01", "2031-09-30", "--valid-from with certificate_years 5"},
    {"2028-02-20", "2028-02-29", 4, "2028-02-29", "2032-02-28", "--valid-from 29 Feb, 4 years: 29 Feb 2032 exists"},
    {"2028-02-20", "2028-02-29", 1, "2028-02-29", "2029-02-28",
     "--valid-from 29 Feb, 1 year: no 29 Feb 2029, the period ends on 28 Feb 2029 (民法143条)"},
};

}  // namespace

TEST_CASE("make_cycle: start, end and issue date", "[rules][cycle]") {
    for (const auto& r : cycle_rows) {
        INFO("as-of " << r.issue << ", valid-from '" << r.valid_from << "', " << r.years
                      << " year(s): " << r.why);
        kokuho::rules::eligibility_options o;
        o.certificate_years = r.years;
        auto c = make_cycle(d(r.issue), od(r.valid_from), o);
        CHECK(c.issue_date == d(r.issue));
        CHECK(c.start == d(r.start));
        CHECK(c.end == d(r.end));
    }
}

TEST_CASE("make_cycle: the cycle start day is an option", "[rules][cycle]") {
    // rules.md: every threshold belongs in configuration; a municipality starting its
    // cycle on 1 April: as-of 10 July 2026 -> next 1 April is 2027-04-01, to 2028-03-31;
    // as-of 1 April 2026 -> that day.
    kokuho::rules::eligibility_options o;
    o.cycle_start_month = 4;
    o.cycle_start_day = 1;
    auto later = make_cycle(d("2026-07-10"), std::nullopt, o);
    CHECK(later.start == d("2027-04-01"));
    CHECK(later.end == d("2028-03-31"));
    auto same_day = make_cycle(d("2026-04-01"), std::nullopt, o);
    CHECK(same_day.start == d("2026-04-01"));
    CHECK(same_day.end == d("2027-03-31"));
}
