// decide(): validity dates and their reasons (rules.md "Validity", 5.1.1).
#include <vector>

#include "rules_test_support.h"

using namespace rules_test;
using kokuho::rules::decide;

namespace {

struct validity_row {
    const char* label;
    kokuho::person person;
    int years;              // option certificate_years: 1 -> cycle to 2027-07-31, 5 -> to 2031-07-31
    bool ratio_on_certificate;  // option, default on
    int residence_offset;   // option residence_offset_days, default 1
    form chosen;
    form_reason reason;
    const char* valid_until;  // "" for none
    until_reason until;
};

constexpr bool on = true;
constexpr bool off = false;

// rules.md "Validity", cycle 2026-08-01 .. 2027-07-31 (5 years: .. 2031-07-31). A 資格確認書
// ends on the cycle end (annual), shortened to the earliest of:
// - age75: the day before the 75th birthday (born 10 Mar 1952 -> 9 Mar 2027; born
//   29 Feb 1952 -> 75th birthday 1 Mar 2027 -> 28 Feb 2027);
// - age70, only with ratio_on_certificate: the day before the elderly status starts, for
//   people whose status starts after the cycle start (1st of the month after reaching 70:
//   born 15 Sep 1956 -> 1 Oct 2026 -> ends 30 Sep 2026; born 1 Sep / 2 Aug 1956 -> 1 Sep
//   2026 -> 31 Aug 2026; born 1 Aug 1956 -> status from 1 Aug 2026, the cycle start: no
//   shortening); a candidate on or after the cycle end shortens nothing (annual);
// - residence: residence_expires_on + offset days (default 1);
// - student: student_special_until itself.
// A shortened date equal to the cycle end keeps the reason annual; two shortened dates on
// the same day take the reason listed first above (age75, age70, residence, student).
// An end before the cycle start means no document for the cycle. The reason is age75 when
// the 75th birthday is on or before the cycle's first day (1 Aug 2026 or earlier), whatever
// else ends earlier; otherwise residence or student, from whichever end is earliest. Someone
// whose 75th birthday is 2 Aug 2026 reaches 75 on 1 Aug, is under 75 that day and gets a
// one-day document (age75). Every document starts on the cycle start.
// A 資格情報のお知らせ has no end date, except for "people aged 70-74 in the cycle": the
// cycle end (31 July 2027) or the day before the 75th birthday, reason age75. That includes
// people who turn 70 during the cycle (born 15 Sep 1956, 2 Aug 1956, 1 Jul 1957: elderly
// status from 1 Oct 2026, 1 Sep 2026, 1 Jul 2027) and does not depend on
// ratio_on_certificate. "70-74" is read as the elderly status, as everywhere else in
// rules.md (ratio printed, 高齢受給者証; samples/CASES.md I7): people who reach 70 in July 2027
// but whose status starts on 1 Aug 2027 (born 20 Jul / 1 Aug 1957) get no end date.
// Residence and student dates do not end an お知らせ (rules.md lists them for the 資格確認書
// only).
const std::vector<validity_row>& validity_rows() {
    static const std::vector<validity_row> rows = {
        {"adult: a full year", who(), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        // age75
        {"75th birthday 10 Mar 2027", who().born("1952-03-10").ratio(2), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-03-09", until_reason::age75},
        {"75th birthday 31 Jul 2027", who().born("1952-07-31").ratio(2), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-30", until_reason::age75},
        {"75th birthday 2 Aug 2026: a one-day certificate", who().born("1951-08-02").ratio(2), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-08-01", until_reason::age75},
        {"born 29 Feb 1952: 75th birthday 1 Mar 2027", who().born("1952-02-29").ratio(2), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-02-28", until_reason::age75},
        {"75th birthday on 1 Aug 2026: no document", who().born("1951-08-01").ratio(2), 1, on, 1,
         form::none, form_reason::age75, "", until_reason::none},
        {"75th birthday on 31 Jul 2026: no document", who().born("1951-07-31").ratio(2), 1, on, 1,
         form::none, form_reason::age75, "", until_reason::none},
        {"75th birthday on 25 Jul 2026: no document", who().born("1951-07-25").ratio(2), 1, on, 1,
         form::none, form_reason::age75, "", until_reason::none},
        {"75th birthday on 1 Aug 2026, registered: no notice either", who().born("1951-08-01").ratio(2).registered(),
         1, on, 1, form::none, form_reason::age75, "", until_reason::none},
        {"75th birthday on 25 Jul 2026, applied: no certificate", who().born("1951-07-25").ratio(2).considerate(),
         1, on, 1, form::none, form_reason::age75, "", until_reason::none},
        // age70 with ratio_on_certificate
        {"born 15 Sep 1956: elderly from 1 Oct 2026", who().born("1956-09-15"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-09-30", until_reason::age70},
        {"born 1 Sep 1956: elderly from 1 Sep 2026", who().born("1956-09-01"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-08-31", until_reason::age70},
        {"born 2 Aug 1956: reaches 70 on 1 Aug, elderly from 1 Sep 2026", who().born("1956-08-02"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-08-31", until_reason::age70},
        {"born 1 Aug 1956: elderly from the cycle start, not shortened", who().born("1956-08-01").ratio(2), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"born 31 Dec 1956: elderly from 1 Jan 2027", who().born("1956-12-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-12-31", until_reason::age70},
        {"born 1 Jan 1957: reaches 70 on 31 Dec 2026, elderly from 1 Jan 2027", who().born("1957-01-01"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-12-31", until_reason::age70},
        {"born 2 Jan 1957: elderly from 1 Feb 2027", who().born("1957-01-02"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-01-31", until_reason::age70},
        {"born 1 Jul 1957: elderly from 1 Jul 2027", who().born("1957-07-01"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-06-30", until_reason::age70},
        {"born 2 Jul 1957: elderly from 1 Aug 2027, after the cycle", who().born("1957-07-02"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        // age70 without ratio_on_certificate: no shortening
        {"born 15 Sep 1956, ratio not on the certificate", who().born("1956-09-15"), 1, off, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"born 1 Jan 1957, ratio not on the certificate", who().born("1957-01-01"), 1, off, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"75th birthday 10 Mar 2027, ratio not on the certificate: age75 still", who().born("1952-03-10").ratio(2),
         1, off, 1, form::certificate, form_reason::not_registered, "2027-03-09", until_reason::age75},
        // residence
        {"residence to 14 Jan 2027: ends the day after", who().residence("2027-01-14"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-01-15", until_reason::residence},
        {"residence to 31 Jul 2026: ends on the cycle start", who().residence("2026-07-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-08-01", until_reason::residence},
        {"residence to 30 Jul 2026: ends 31 Jul, no document", who().residence("2026-07-30"), 1, on, 1,
         form::none, form_reason::residence, "", until_reason::none},
        {"residence to 29 Jul 2027: ends 30 Jul 2027", who().residence("2027-07-29"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-30", until_reason::residence},
        {"residence to 31 Jul 2027: the day after is past the cycle", who().residence("2027-07-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"residence offset 0: ends on the expiry", who().residence("2027-01-14"), 1, on, 0,
         form::certificate, form_reason::not_registered, "2027-01-14", until_reason::residence},
        {"residence offset 0: expiry on the cycle start", who().residence("2026-08-01"), 1, on, 0,
         form::certificate, form_reason::not_registered, "2026-08-01", until_reason::residence},
        {"residence offset 0: expiry 31 Jul 2026, no document", who().residence("2026-07-31"), 1, on, 0,
         form::none, form_reason::residence, "", until_reason::none},
        {"residence offset 2", who().residence("2027-01-14"), 1, on, 2,
         form::certificate, form_reason::not_registered, "2027-01-16", until_reason::residence},
        // student
        {"student to 31 Mar 2027", who().student("2027-03-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-03-31", until_reason::student},
        {"student to the cycle start", who().student("2026-08-01"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-08-01", until_reason::student},
        {"student to 31 Jul 2026: no document", who().student("2026-07-31"), 1, on, 1,
         form::none, form_reason::student, "", until_reason::none},
        {"student to 31 Aug 2027: past the cycle", who().student("2027-08-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        // competing shortenings: the earliest wins
        {"age75 9 Mar 2027 vs residence 2 Dec 2026", who().born("1952-03-10").ratio(2).residence("2026-12-01"),
         1, on, 1, form::certificate, form_reason::not_registered, "2026-12-02", until_reason::residence},
        {"age75 9 Mar 2027 vs residence 10 Mar 2027", who().born("1952-03-10").ratio(2).residence("2027-03-09"),
         1, on, 1, form::certificate, form_reason::not_registered, "2027-03-09", until_reason::age75},
        {"age75 9 Mar 2027 vs student 31 Mar 2027", who().born("1952-03-10").ratio(2).student("2027-03-31"),
         1, on, 1, form::certificate, form_reason::not_registered, "2027-03-09", until_reason::age75},
        {"age70 30 Sep 2026 vs student 31 Mar 2027", who().born("1956-09-15").student("2027-03-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-09-30", until_reason::age70},
        {"age70 30 Sep 2026 vs student 29 Sep 2026", who().born("1956-09-15").student("2026-09-29"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-09-29", until_reason::student},
        {"age70 31 Dec 2026 vs residence 2 Feb 2027", who().born("1957-01-01").residence("2027-02-01"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-12-31", until_reason::age70},
        {"no age70 (option off) vs residence 15 Jan 2027", who().born("1956-09-15").residence("2027-01-14"), 1, off, 1,
         form::certificate, form_reason::not_registered, "2027-01-15", until_reason::residence},
        {"residence 2 Mar 2027 vs student 31 Mar 2027", who().residence("2027-03-01").student("2027-03-31"),
         1, on, 1, form::certificate, form_reason::not_registered, "2027-03-02", until_reason::residence},
        {"residence 1 Apr 2027 vs student 31 Mar 2027", who().residence("2027-03-31").student("2027-03-31"),
         1, on, 1, form::certificate, form_reason::not_registered, "2027-03-31", until_reason::student},
        {"residence before the start vs student later", who().residence("2026-07-30").student("2027-03-31"),
         1, on, 1, form::none, form_reason::residence, "", until_reason::none},
        {"student before the start vs residence later", who().student("2026-07-31").residence("2027-01-14"),
         1, on, 1, form::none, form_reason::student, "", until_reason::none},
        {"both before the start, residence earlier (1 Jul vs 15 Jul)",
         who().residence("2026-06-30").student("2026-07-15"), 1, on, 1,
         form::none, form_reason::residence, "", until_reason::none},
        {"both before the start, student earlier (30 Jun vs 16 Jul)",
         who().student("2026-06-30").residence("2026-07-15"), 1, on, 1,
         form::none, form_reason::student, "", until_reason::none},
        // no document: age75 comes first. When the shortened end falls before the cycle start,
        // the reason is age75 if the 75th birthday is on or before 1 Aug 2026, whatever ends
        // earlier; otherwise the reason of the earliest end (rules.md "Validity").
        {"residence ended 1 Apr 2026, 75th birthday 20 Jul 2026: age75, not the earlier residence",
         who().born("1951-07-20").ratio(2).residence("2026-03-31"), 1, on, 1,
         form::none, form_reason::age75, "", until_reason::none},
        {"residence ended 1 Apr 2026, 75th birthday 2 Aug 2026 (under 75 on 1 Aug): residence",
         who().born("1951-08-02").ratio(2).residence("2026-03-31"), 1, on, 1,
         form::none, form_reason::residence, "", until_reason::none},
        {"student to 31 May 2026, 75th birthday 15 Jun 2026: age75",
         who().born("1951-06-15").ratio(2).student("2026-05-31"), 1, on, 1,
         form::none, form_reason::age75, "", until_reason::none},
        {"75th birthday on the cycle's first day, residence ended 1 Jul 2026: age75",
         who().born("1951-08-01").ratio(2).residence("2026-06-30"), 1, on, 1,
         form::none, form_reason::age75, "", until_reason::none},
        {"75th birthday on the cycle's first day, student to 15 Jul 2026: age75",
         who().born("1951-08-01").ratio(2).student("2026-07-15"), 1, on, 1,
         form::none, form_reason::age75, "", until_reason::none},
        {"75th birthday on the cycle's first day, registered, residence ended before: age75",
         who().born("1951-08-01").ratio(2).registered().residence("2026-06-30"), 1, on, 1,
         form::none, form_reason::age75, "", until_reason::none},
        {"75th birthday 31 Jul 2026 (month end), residence and student both ended before: age75",
         who().born("1951-07-31").ratio(2).residence("2026-05-31").student("2026-06-30"), 1, on, 1,
         form::none, form_reason::age75, "", until_reason::none},
        {"75th birthday 2 Aug 2026, student to 31 Jul 2026: student",
         who().born("1951-08-02").ratio(2).student("2026-07-31"), 1, on, 1,
         form::none, form_reason::student, "", until_reason::none},
        {"75th birthday 2 Aug 2026, applied, residence to 30 Jul 2026 (ends 31 Jul): residence",
         who().born("1951-08-02").ratio(2).considerate().residence("2026-07-30"), 1, on, 1,
         form::none, form_reason::residence, "", until_reason::none},
        // 75th birthday the day after the start and a residence/student end on the start: both
        // end on 1 Aug 2026, a one-day certificate; two shortened dates on the same day take
        // the reason listed first (age75)
        {"75th birthday 2 Aug 2026, residence to 31 Jul 2026 (ends 1 Aug): one day, age75",
         who().born("1951-08-02").ratio(2).residence("2026-07-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-08-01", until_reason::age75},
        {"75th birthday 2 Aug 2026, student to 1 Aug 2026: one day, age75",
         who().born("1951-08-02").ratio(2).student("2026-08-01"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2026-08-01", until_reason::age75},
        // Form step 1 comes before any validity: lost on his 75th birthday before the issue date
        {"lost on the 75th birthday 20 Jun 2026: lost, not age75",
         who().born("1951-06-20").ratio(2).lost("2026-06-20"), 1, on, 1,
         form::none, form_reason::lost, "", until_reason::none},
        // a shortened date equal to the annual end (31 Jul 2027) keeps the reason annual; the
        // day before is shortened with its reason (rules.md "Validity")
        {"age70 tie: born 15 Jul 1957, elderly from 1 Aug 2027, the day after the annual end",
         who().born("1957-07-15"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"age70 tie: born 31 Jul 1957 (month end), reaches 70 on 30 Jul, elderly from 1 Aug 2027",
         who().born("1957-07-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"age70 tie: born 1 Aug 1957, reaches 70 on 31 Jul 2027, elderly from 1 Aug 2027",
         who().born("1957-08-01"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"age75 tie: 75th birthday 1 Aug 2027, the day before is the annual end",
         who().born("1952-08-01").ratio(2), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"residence tie: to 30 Jul 2027, + 1 day = the annual end", who().residence("2027-07-30"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"residence tie, offset 0: to 31 Jul 2027", who().residence("2027-07-31"), 1, on, 0,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"residence the day before, offset 0: to 30 Jul 2027", who().residence("2027-07-30"), 1, on, 0,
         form::certificate, form_reason::not_registered, "2027-07-30", until_reason::residence},
        {"residence tie, offset 2: to 29 Jul 2027", who().residence("2027-07-29"), 1, on, 2,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"residence the day before, offset 2: to 28 Jul 2027", who().residence("2027-07-28"), 1, on, 2,
         form::certificate, form_reason::not_registered, "2027-07-30", until_reason::residence},
        {"student tie: to 31 Jul 2027", who().student("2027-07-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"student the day before: to 30 Jul 2027", who().student("2027-07-30"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-30", until_reason::student},
        {"age70, residence and student all on the annual end: annual",
         who().born("1957-07-15").residence("2027-07-30").student("2027-07-31"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-31", until_reason::annual},
        {"residence on the annual end, student the day before: student",
         who().residence("2027-07-30").student("2027-07-30"), 1, on, 1,
         form::certificate, form_reason::not_registered, "2027-07-30", until_reason::student},
        {"5 years, student tie: to 31 Jul 2031", who().student("2031-07-31"), 5, on, 1,
         form::certificate, form_reason::not_registered, "2031-07-31", until_reason::annual},
        {"5 years, student the day before: to 30 Jul 2031", who().student("2031-07-30"), 5, on, 1,
         form::certificate, form_reason::not_registered, "2031-07-30", until_reason::student},
        {"5 years, residence tie: to 30 Jul 2031", who().residence("2031-07-30"), 5, on, 1,
         form::certificate, form_reason::not_registered, "2031-07-31", until_reason::annual},
        // certificate_years 5: cycle to 2031-07-31
        {"5 years: adult", who(), 5, on, 1,
         form::certificate, form_reason::not_registered, "2031-07-31", until_reason::annual},
        {"5 years: born 29 Feb 1960, reaches 70 on 28 Feb 2030, elderly from 1 Mar 2030", who().born("1960-02-29"),
         5, on, 1, form::certificate, form_reason::not_registered, "2030-02-28", until_reason::age70},
        {"5 years: born 1 Mar 1958, reaches 70 on 29 Feb 2028, elderly from 1 Mar 2028", who().born("1958-03-01"),
         5, on, 1, form::certificate, form_reason::not_registered, "2028-02-29", until_reason::age70},
        {"5 years: born 29 Feb 1956, 75th birthday 1 Mar 2031", who().born("1956-02-29").ratio(2), 5, on, 1,
         form::certificate, form_reason::not_registered, "2031-02-28", until_reason::age75},
        {"5 years: born 15 Jul 1956, 75th birthday 15 Jul 2031", who().born("1956-07-15").ratio(2), 5, on, 1,
         form::certificate, form_reason::not_registered, "2031-07-14", until_reason::age75},
        {"5 years: born 15 Sep 1956", who().born("1956-09-15"), 5, on, 1,
         form::certificate, form_reason::not_registered, "2026-09-30", until_reason::age70},
        {"5 years: born 29 Feb 1960, ratio not on the certificate", who().born("1960-02-29"), 5, off, 1,
         form::certificate, form_reason::not_registered, "2031-07-31", until_reason::annual},
        // 資格情報のお知らせ
        {"notice under 70: no end date", who().registered(), 1, on, 1,
         form::notice, form_reason::registered, "", until_reason::none},
        {"notice, turning 70 in the cycle (born 15 Sep 1956): 31 Jul", who().born("1956-09-15").ratio(2).registered(),
         1, on, 1, form::notice, form_reason::registered, "2027-07-31", until_reason::annual},
        {"notice, turning 70 in the cycle, ratio not on the certificate: 31 Jul",
         who().born("1956-09-15").ratio(2).registered(), 1, off, 1,
         form::notice, form_reason::registered, "2027-07-31", until_reason::annual},
        {"notice, born 2 Aug 1956 (70 on 1 Aug, elderly from 1 Sep 2026): 31 Jul",
         who().born("1956-08-02").ratio(2).registered(), 1, on, 1,
         form::notice, form_reason::registered, "2027-07-31", until_reason::annual},
        {"notice, born 1 Jul 1957 (elderly from 1 Jul 2027, the cycle's last month): 31 Jul",
         who().born("1957-07-01").ratio(2).registered(), 1, on, 1,
         form::notice, form_reason::registered, "2027-07-31", until_reason::annual},
        {"notice, born 20 Jul 1957 (70 on 19 Jul 2027, elderly from 1 Aug 2027): no end date",
         who().born("1957-07-20").registered(), 1, on, 1,
         form::notice, form_reason::registered, "", until_reason::none},
        {"notice, born 1 Aug 1957 (70 on 31 Jul 2027, elderly from 1 Aug 2027): no end date",
         who().born("1957-08-01").registered(), 1, on, 1,
         form::notice, form_reason::registered, "", until_reason::none},
        {"notice, born 1 Aug 1956, elderly from the cycle start", who().born("1956-08-01").ratio(2).registered(),
         1, on, 1, form::notice, form_reason::registered, "2027-07-31", until_reason::annual},
        {"notice, 71 at the cycle start", who().born("1955-05-05").ratio(2).registered(), 1, on, 1,
         form::notice, form_reason::registered, "2027-07-31", until_reason::annual},
        {"notice, 75th birthday 10 Mar 2027", who().born("1952-03-10").ratio(2).registered(), 1, on, 1,
         form::notice, form_reason::registered, "2027-03-09", until_reason::age75},
        {"notice, born 29 Feb 1952", who().born("1952-02-29").ratio(2).registered(), 1, on, 1,
         form::notice, form_reason::registered, "2027-02-28", until_reason::age75},
        {"notice, 75th birthday 2 Aug 2026", who().born("1951-08-02").ratio(2).registered(), 1, on, 1,
         form::notice, form_reason::registered, "2026-08-01", until_reason::age75},
        {"notice, ratio not on the certificate, 71: still 31 Jul", who().born("1955-05-05").ratio(2).registered(),
         1, off, 1, form::notice, form_reason::registered, "2027-07-31", until_reason::annual},
        {"notice under 70 with a residence period: no end date", who().registered().residence("2027-01-14"),
         1, on, 1, form::notice, form_reason::registered, "", until_reason::none},
        {"notice under 70 with a student period: no end date", who().registered().student("2027-03-31"),
         1, on, 1, form::notice, form_reason::registered, "", until_reason::none},
        {"notice, 71 with a residence period: 31 Jul", who().born("1955-05-05").ratio(2).registered().residence("2027-01-14"),
         1, on, 1, form::notice, form_reason::registered, "2027-07-31", until_reason::annual},
        {"notice, 75th birthday 1 Aug 2027: the day before is the annual end, annual",
         who().born("1952-08-01").ratio(2).registered(), 1, on, 1,
         form::notice, form_reason::registered, "2027-07-31", until_reason::annual},
    };
    return rows;
}

struct cycle_validity_row {
    const char* label;
    kokuho::person person;
    const char* issue;       // 交付年月日 (--as-of)
    const char* valid_from;  // --valid-from: the cycle's first day; one year of validity
    form chosen;
    form_reason reason;
    const char* valid_until;  // "" for none
    until_reason until;
};

// Boundaries that need a cycle other than 1 Aug 2026 .. 31 Jul 2027 (make_cycle: a year
// from S ends the day before the corresponding day, 28 Feb when that would be 29 Feb).
// - From 2 Aug 2026 to 1 Aug 2027: an age70 end (always the last day of a month) can fall on
//   the day before the annual end. Born 15 Jul 1957: reaches 70 on 14 Jul 2027, elderly
//   from 1 Aug 2027 -> 31 Jul 2027, age70. Born 2 Aug 1957: reaches 70 on 1 Aug 2027,
//   elderly from 1 Sep 2027 -> 31 Aug 2027, after the end: annual.
// - Born 29 Feb 1952: 75th birthday 1 Mar 2027 (common year), reaches 75 on 28 Feb 2027. A
//   cycle from 1 Mar 2027 starts on the 75th birthday: no document, age75, whatever ends
//   earlier. A cycle from 28 Feb 2027 starts on the day he reaches 75: he is under 75 that
//   day, a one-day certificate (age75), unless an earlier end (residence, student) falls
//   before the start: then no document with that reason.
// - From 1 Mar 2026 to 28 Feb 2027: born 29 Feb 1952 ends on 28 Feb 2027, the annual end:
//   annual; born 28 Feb 1952 (75th birthday 28 Feb 2027) ends on 27 Feb: age75.
// - From 1 Mar 2027 to 29 Feb 2028 (leap year): residence + 1 day and student on 29 Feb
//   2028 tie with the annual end; born 1 Mar 1958 reaches 70 on 29 Feb 2028, elderly from
//   1 Mar 2028: the age70 end is 29 Feb 2028, the annual end.
const std::vector<cycle_validity_row>& cycle_validity_rows() {
    static const std::vector<cycle_validity_row> rows = {
        {"cycle to 1 Aug 2027, born 15 Jul 1957: age70 the day before the annual end", who().born("1957-07-15"),
         "2026-07-10", "2026-08-02", form::certificate, form_reason::not_registered, "2027-07-31",
         until_reason::age70},
        {"cycle to 1 Aug 2027, born 2 Aug 1957: elderly from 1 Sep 2027, annual", who().born("1957-08-02"),
         "2026-07-10", "2026-08-02", form::certificate, form_reason::not_registered, "2027-08-01",
         until_reason::annual},
        {"cycle to 1 Aug 2027, residence to 31 Jul 2027: tie, annual", who().residence("2027-07-31"),
         "2026-07-10", "2026-08-02", form::certificate, form_reason::not_registered, "2027-08-01",
         until_reason::annual},
        {"cycle to 1 Aug 2027, student to 1 Aug 2027: tie, annual", who().student("2027-08-01"),
         "2026-07-10", "2026-08-02", form::certificate, form_reason::not_registered, "2027-08-01",
         until_reason::annual},
        // 29 February and the cycle's first day
        {"born 29 Feb 1952, cycle from 1 Mar 2027 (75th birthday): none, age75", who().born("1952-02-29").ratio(2),
         "2027-02-10", "2027-03-01", form::none, form_reason::age75, "", until_reason::none},
        {"born 29 Feb 1952, cycle from 28 Feb 2027 (reaches 75 that day): one day", who().born("1952-02-29").ratio(2),
         "2027-02-10", "2027-02-28", form::certificate, form_reason::not_registered, "2027-02-28",
         until_reason::age75},
        {"born 29 Feb 1952, cycle from 1 Mar 2027, residence ended 1 Feb 2027: age75",
         who().born("1952-02-29").ratio(2).residence("2027-01-31"), "2027-02-10", "2027-03-01",
         form::none, form_reason::age75, "", until_reason::none},
        {"born 29 Feb 1952, cycle from 28 Feb 2027, residence ended 1 Feb 2027: residence",
         who().born("1952-02-29").ratio(2).residence("2027-01-31"), "2027-02-10", "2027-02-28",
         form::none, form_reason::residence, "", until_reason::none},
        {"born 29 Feb 1952, cycle from 1 Mar 2027, student to 27 Feb 2027: age75",
         who().born("1952-02-29").ratio(2).student("2027-02-27"), "2027-02-10", "2027-03-01",
         form::none, form_reason::age75, "", until_reason::none},
        {"born 29 Feb 1952, cycle from 28 Feb 2027, student to 27 Feb 2027: student",
         who().born("1952-02-29").ratio(2).student("2027-02-27"), "2027-02-10", "2027-02-28",
         form::none, form_reason::student, "", until_reason::none},
        // 29 February and the annual end
        {"cycle to 28 Feb 2027, born 29 Feb 1952: age75 on the annual end, annual",
         who().born("1952-02-29").ratio(2), "2026-02-10", "2026-03-01",
         form::certificate, form_reason::not_registered, "2027-02-28", until_reason::annual},
        {"cycle to 28 Feb 2027, born 28 Feb 1952: age75 the day before, 27 Feb",
         who().born("1952-02-28").ratio(2), "2026-02-10", "2026-03-01",
         form::certificate, form_reason::not_registered, "2027-02-27", until_reason::age75},
        {"cycle to 29 Feb 2028, residence to 28 Feb 2028: tie, annual", who().residence("2028-02-28"),
         "2027-02-10", "2027-03-01", form::certificate, form_reason::not_registered, "2028-02-29",
         until_reason::annual},
        {"cycle to 29 Feb 2028, residence to 27 Feb 2028: 28 Feb, residence", who().residence("2028-02-27"),
         "2027-02-10", "2027-03-01", form::certificate, form_reason::not_registered, "2028-02-28",
         until_reason::residence},
        {"cycle to 29 Feb 2028, student to 29 Feb 2028: tie, annual", who().student("2028-02-29"),
         "2027-02-10", "2027-03-01", form::certificate, form_reason::not_registered, "2028-02-29",
         until_reason::annual},
        {"cycle to 29 Feb 2028, student to 28 Feb 2028: student", who().student("2028-02-28"),
         "2027-02-10", "2027-03-01", form::certificate, form_reason::not_registered, "2028-02-28",
         until_reason::student},
        {"cycle to 29 Feb 2028, born 1 Mar 1958: elderly from 1 Mar 2028, age70 tie, annual",
         who().born("1958-03-01"), "2027-02-10", "2027-03-01",
         form::certificate, form_reason::not_registered, "2028-02-29", until_reason::annual},
    };
    return rows;
}

}  // namespace

TEST_CASE("decide: validity end dates and reasons", "[rules][validity]") {
    for (const auto& r : validity_rows()) {
        INFO(r.label << " (" << r.years << " year(s), ratio_on_certificate " << r.ratio_on_certificate
                     << ", residence offset " << r.residence_offset << ")");
        kokuho::rules::eligibility_options o;
        o.certificate_years = r.years;
        o.ratio_on_certificate = r.ratio_on_certificate;
        o.residence_offset_days = r.residence_offset;
        auto c = r.years == 5 ? cycle_2026_5y() : cycle_2026();
        auto dec = decide(r.person, household(), c, o);
        CHECK(str(dec.chosen) == str(r.chosen));
        CHECK(str(dec.reason) == str(r.reason));
        CHECK(show(dec.valid_until) == r.valid_until);
        CHECK(str(dec.until) == str(r.until));
        CHECK(show(dec.valid_from) == (r.chosen == form::none ? "" : "2026-08-01"));
    }
}

TEST_CASE("decide: validity at the cycle's first day and annual end of other cycles", "[rules][validity]") {
    for (const auto& r : cycle_validity_rows()) {
        INFO(r.label << " (issued " << r.issue << ", valid from " << r.valid_from << ")");
        kokuho::rules::eligibility_options o;
        auto c = kokuho::rules::make_cycle(d(r.issue), od(r.valid_from), o);
        auto dec = decide(r.person, household(), c, o);
        CHECK(str(dec.chosen) == str(r.chosen));
        CHECK(str(dec.reason) == str(r.reason));
        CHECK(show(dec.valid_until) == r.valid_until);
        CHECK(str(dec.until) == str(r.until));
        CHECK(show(dec.valid_from) == (r.chosen == form::none ? "" : r.valid_from));
    }
}
