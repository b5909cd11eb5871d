// rules/age.h against ages worked out by hand (rules.md "Ages").
#include "rules_test_support.h"

using namespace rules_test;
using kokuho::rules::age_on;
using kokuho::rules::birthday;
using kokuho::rules::elderly_status_start;
using kokuho::rules::march_31_after_reaching;
using kokuho::rules::reaches_age;

namespace {

struct birthday_row {
    const char* birth;
    int n;
    const char* nth_birthday;
    const char* reaches;
    const char* why;
};

// rules.md: "A person reaches age N on the day before their N-th birthday". The N-th
// birthday is the same month and day N years later; `reaches` is the day before it, so
// people born on the 1st reach the age on the last day of the previous month (1 January:
// on 31 December of the previous year). Born on 29 February (民法143条: an N-year period
// from 29 February ends on the day before the corresponding day, or on the last day of
// February when there is none): they reach age N on 28 February in every year, and the
// N-th birthday is 29 February in leap years and 1 March in common years.
const birthday_row birthday_rows[] = {
    {"1980-05-01", 1, "1981-05-01", "1981-04-30", "1st of a month: reaches on the previous month end"},
    {"1956-09-01", 70, "2026-09-01", "2026-08-31", "1 Sep (rules.md example)"},
    {"1956-09-15", 70, "2026-09-15", "2026-09-14", "15 Sep (rules.md example)"},
    {"1956-10-01", 70, "2026-10-01", "2026-09-30", "1 Oct"},
    {"1957-01-01", 70, "2027-01-01", "2026-12-31", "1 Jan: reaches in the previous year"},
    {"1956-01-31", 70, "2026-01-31", "2026-01-30", "31 Jan"},
    {"1956-04-30", 70, "2026-04-30", "2026-04-29", "30 Apr"},
    {"1956-12-31", 70, "2026-12-31", "2026-12-30", "31 Dec"},
    {"1951-03-01", 75, "2026-03-01", "2026-02-28", "1 Mar, common year: reaches on 28 Feb"},
    {"1955-03-01", 73, "2028-03-01", "2028-02-29", "1 Mar, leap year: reaches on 29 Feb"},
    {"1951-08-01", 75, "2026-08-01", "2026-07-31", "1 Aug: 75 on the eve of the cycle"},
    {"2000-02-29", 1, "2001-03-01", "2001-02-28", "29 Feb, common year: birthday 1 Mar"},
    {"2000-02-29", 4, "2004-02-29", "2004-02-28", "29 Feb, leap year: birthday 29 Feb"},
    {"1956-02-29", 70, "2026-03-01", "2026-02-28", "29 Feb, 70 in a common year"},
    {"1952-02-29", 75, "2027-03-01", "2027-02-28", "29 Feb, 75 in a common year"},
    {"1960-02-29", 70, "2030-03-01", "2030-02-28", "29 Feb, 70 in 2030"},
    {"2000-02-28", 1, "2001-02-28", "2001-02-27", "28 Feb (not a leap birth)"},
    {"2000-03-01", 4, "2004-03-01", "2004-02-29", "1 Mar born in a leap year, 4 in a leap year"},
    {"2020-04-01", 6, "2026-04-01", "2026-03-31", "1 Apr: reaches 6 on 31 Mar"},
    {"2020-04-02", 6, "2026-04-02", "2026-04-01", "2 Apr: reaches 6 on 1 Apr"},
    {"2008-04-01", 18, "2026-04-01", "2026-03-31", "1 Apr: reaches 18 on 31 Mar"},
    {"1999-12-31", 1, "2000-12-31", "2000-12-30", "31 Dec"},
};

struct age_row {
    const char* birth;
    const char* day;
    int age;
    const char* why;
};

// age_on = the number of ages reached on or before the day (age.h), so the age goes up on
// the day the person reaches it (the day before the birthday, see above): for each
// threshold, the day before reaching it, the day of reaching it and the birthday itself.
const age_row age_rows[] = {
    {"1980-05-10", "1980-05-10", 0, "day of birth"},
    {"1980-05-10", "1981-05-08", 0, "two days before the 1st birthday"},
    {"1980-05-10", "1981-05-09", 1, "reaches 1 on the eve of the 1st birthday"},
    {"1980-05-10", "2026-01-01", 45, "before the 2026 birthday"},
    {"1980-05-10", "2026-08-01", 46, "after the 2026 birthday"},
    {"1956-09-15", "2026-09-13", 69, "15 Sep: day before reaching 70"},
    {"1956-09-15", "2026-09-14", 70, "15 Sep: reaches 70"},
    {"1956-09-15", "2026-09-15", 70, "15 Sep: 70th birthday"},
    {"1956-09-01", "2026-08-30", 69, "1 Sep: day before reaching 70"},
    {"1956-09-01", "2026-08-31", 70, "1 Sep: reaches 70 on 31 Aug"},
    {"1956-09-01", "2026-09-01", 70, "1 Sep: 70th birthday"},
    {"1957-01-01", "2026-12-30", 69, "1 Jan: day before reaching 70"},
    {"1957-01-01", "2026-12-31", 70, "1 Jan: reaches 70 on 31 Dec"},
    {"1957-01-01", "2027-01-01", 70, "1 Jan: 70th birthday"},
    {"1956-12-31", "2026-12-29", 69, "31 Dec: day before reaching 70"},
    {"1956-12-31", "2026-12-30", 70, "31 Dec: reaches 70 on 30 Dec"},
    {"1956-12-31", "2026-12-31", 70, "31 Dec: 70th birthday"},
    {"1956-01-31", "2026-01-29", 69, "31 Jan: day before reaching 70"},
    {"1956-01-31", "2026-01-30", 70, "31 Jan: reaches 70 on 30 Jan"},
    {"1956-04-30", "2026-04-28", 69, "30 Apr: day before reaching 70"},
    {"1956-04-30", "2026-04-29", 70, "30 Apr: reaches 70 on 29 Apr"},
    {"1951-08-01", "2026-07-30", 74, "1 Aug: day before reaching 75"},
    {"1951-08-01", "2026-07-31", 75, "1 Aug: reaches 75 on 31 Jul"},
    {"1951-08-01", "2026-08-01", 75, "1 Aug: 75th birthday"},
    {"2000-02-29", "2001-02-27", 0, "29 Feb: day before reaching 1"},
    {"2000-02-29", "2001-02-28", 1, "29 Feb: reaches 1 on 28 Feb (common year)"},
    {"2000-02-29", "2001-03-01", 1, "29 Feb: 1st birthday is 1 Mar"},
    {"2000-02-29", "2004-02-27", 3, "29 Feb: day before reaching 4"},
    {"2000-02-29", "2004-02-28", 4, "29 Feb: reaches 4 on 28 Feb (leap year)"},
    {"2000-02-29", "2004-02-29", 4, "29 Feb: 4th birthday is 29 Feb"},
    {"1952-02-29", "2027-02-27", 74, "29 Feb: day before reaching 75"},
    {"1952-02-29", "2027-02-28", 75, "29 Feb: reaches 75 on 28 Feb"},
    {"2020-04-01", "2026-03-30", 5, "1 Apr: day before reaching 6"},
    {"2020-04-01", "2026-03-31", 6, "1 Apr: reaches 6 on 31 Mar"},
    {"2008-04-02", "2026-03-31", 17, "2 Apr: day before reaching 18"},
    {"2008-04-02", "2026-04-01", 18, "2 Apr: reaches 18 on 1 Apr"},
};

struct elderly_row {
    const char* birth;
    int age;
    const char* start;
    const char* why;
};

// rules.md "Ages", 70: the elderly status starts on the first day of the month following
// the month in which the person reaches 70 (= the day before the 70th birthday, above).
const elderly_row elderly_rows[] = {
    {"1956-09-15", 70, "2026-10-01", "rules.md example: reaches 70 on 14 Sep"},
    {"1956-09-01", 70, "2026-09-01", "rules.md example: reaches 70 on 31 Aug"},
    {"1956-09-02", 70, "2026-10-01", "2 Sep: reaches 70 on 1 Sep"},
    {"1956-10-01", 70, "2026-10-01", "1 Oct: reaches 70 on 30 Sep"},
    {"1956-08-01", 70, "2026-08-01", "1 Aug: reaches 70 on 31 Jul, starts with the cycle"},
    {"1956-08-02", 70, "2026-09-01", "2 Aug: reaches 70 on 1 Aug"},
    {"1956-12-31", 70, "2027-01-01", "31 Dec: reaches 70 on 30 Dec"},
    {"1957-01-01", 70, "2027-01-01", "1 Jan: reaches 70 on 31 Dec 2026"},
    {"1957-01-02", 70, "2027-02-01", "2 Jan: reaches 70 on 1 Jan 2027"},
    {"1956-02-29", 70, "2026-03-01", "29 Feb: reaches 70 on 28 Feb 2026"},
    {"1956-03-01", 70, "2026-03-01", "1 Mar: reaches 70 on 28 Feb 2026"},
    {"1960-02-29", 70, "2030-03-01", "29 Feb: reaches 70 on 28 Feb 2030"},
    {"1958-03-01", 70, "2028-03-01", "1 Mar: reaches 70 on 29 Feb 2028 (leap)"},
    {"1956-09-15", 65, "2021-10-01", "the age is a parameter (option elderly_age): reaches 65 on 14 Sep 2021"},
};

struct march_row {
    const char* birth;
    int n;
    const char* march_31;
    const char* why;
};

// The first 31 March on or after the day the person reaches age N (N歳に達する日以後の最初の
// 3月31日, age.h; rules.md "Before school" and the arrears exclusion). People born on
// 1 April reach the age on 31 March, which is then their 31 March; people born on 2 April
// reach it on 1 April and wait a whole school year.
const march_row march_rows[] = {
    {"2020-04-02", 6, "2027-03-31", "2 Apr: reaches 6 on 1 Apr 2026"},
    {"2020-04-01", 6, "2026-03-31", "1 Apr: reaches 6 on 31 Mar 2026, the same day"},
    {"2020-03-31", 6, "2026-03-31", "31 Mar: reaches 6 on 30 Mar 2026"},
    {"2020-01-01", 6, "2026-03-31", "1 Jan: reaches 6 on 31 Dec 2025"},
    {"2020-02-29", 6, "2026-03-31", "29 Feb: reaches 6 on 28 Feb 2026"},
    {"2020-08-02", 6, "2027-03-31", "2 Aug: reaches 6 on 1 Aug 2026"},
    {"2008-04-02", 18, "2027-03-31", "2 Apr: reaches 18 on 1 Apr 2026"},
    {"2008-04-01", 18, "2026-03-31", "1 Apr: reaches 18 on 31 Mar 2026, the same day"},
    {"2007-04-02", 18, "2026-03-31", "2 Apr: reaches 18 on 1 Apr 2025"},
    {"2008-08-01", 18, "2027-03-31", "1 Aug: reaches 18 on 31 Jul 2026"},
    {"2008-02-29", 18, "2026-03-31", "29 Feb: reaches 18 on 28 Feb 2026"},
    {"2009-01-01", 18, "2027-03-31", "1 Jan: reaches 18 on 31 Dec 2026"},
};

}  // namespace

TEST_CASE("birthday and reaches_age: the day before the N-th birthday", "[rules][age]") {
    for (const auto& r : birthday_rows) {
        INFO("born " << r.birth << ", age " << r.n << ": " << r.why);
        CHECK(birthday(d(r.birth), r.n) == d(r.nth_birthday));
        CHECK(reaches_age(d(r.birth), r.n) == d(r.reaches));
    }
}

TEST_CASE("age_on counts the ages reached on or before the day", "[rules][age]") {
    for (const auto& r : age_rows) {
        INFO("born " << r.birth << " on " << r.day << ": " << r.why);
        CHECK(age_on(d(r.birth), d(r.day)) == r.age);
    }
}

TEST_CASE("elderly_status_start: 1st of the month after reaching 70", "[rules][age]") {
    for (const auto& r : elderly_rows) {
        INFO("born " << r.birth << ": " << r.why);
        CHECK(elderly_status_start(d(r.birth), r.age) == d(r.start));
    }
}

TEST_CASE("march_31_after_reaching: first 31 March on or after reaching the age", "[rules][age]") {
    for (const auto& r : march_rows) {
        INFO("born " << r.birth << ", age " << r.n << ": " << r.why);
        CHECK(march_31_after_reaching(d(r.birth), r.n) == d(r.march_31));
    }
}
