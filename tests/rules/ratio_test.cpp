// decide(): the ratio printed (rules.md "Ratio printed") and needs_missing_ratio.
#include <optional>
#include <vector>

#include "rules_test_support.h"

using namespace rules_test;
using kokuho::rules::decide;
using kokuho::rules::needs_missing_ratio;

namespace {

struct ratio_row {
    const char* label;
    kokuho::person person;
    const char* start;                  // cycle start = issue date; one year
    bool numbers;                       // option ratio_numbers_under_70 (default off)
    form chosen;
    std::optional<bool> elderly;        // nullopt: not checked (no document)
    std::optional<ratio_print> ratio;   // nullopt: not checked
    const char* effective_from;         // ratio_effective_from; "?" not checked, "" none
    bool needs_missing;                 // needs_missing_ratio
};

constexpr bool numbers = true;
constexpr bool text = false;
const std::optional<bool> elderly = true;
const std::optional<bool> under_70 = false;
const std::optional<bool> unchecked = std::nullopt;

// rules.md "Ratio printed": people whose elderly status (1st of the month after reaching
// 70) has started by the cycle start are 70-74: the judged ratio, judged_2 or judged_3 from
// the snapshot's ratio, with 発効期日 (ratio_effective_from) = the cycle start ("starts on
// 1 August", or --valid-from). Everyone else, including people who turn 70 during the cycle
// ("before the elderly status starts, the under-70 rule applies"), gets 法定負担割合のとおり
// (statutory), or with ratio_numbers_under_70 the number: 2割 (preschool) up to the first
// 31 March on or after reaching 6, judged at the cycle start, else 3割 (general). Born
// 2 Apr 2020: reaches 6 on 1 Apr 2026 -> preschool to 31 Mar 2027; born 1 Apr 2020:
// reaches 6 on 31 Mar 2026 -> preschool to that day -> general from 1 Aug 2026.
// needs_missing_ratio: a document (not form none) printing a judged ratio (70-74) while the
// snapshot has no ratio -> the bulk run must refuse (5.1.2); false with no document or
// under 70.
const std::vector<ratio_row>& ratio_rows() {
    static const std::vector<ratio_row> rows = {
        {"adult, default", who(), "2026-08-01", text, form::certificate, under_70, ratio_print::statutory, "", false},
        {"adult, numbers", who(), "2026-08-01", numbers, form::certificate, under_70, ratio_print::general, "", false},
        {"adult notice, numbers", who().registered(), "2026-08-01", numbers, form::notice, under_70,
         ratio_print::general, "", false},
        {"adult notice, default", who().registered(), "2026-08-01", text, form::notice, under_70,
         ratio_print::statutory, "", false},
        // turning 70 in the cycle: under-70 rule, no judged ratio needed
        {"born 15 Sep 1956, ratio 3 known: elderly only from 1 Oct", who().born("1956-09-15").ratio(3), "2026-08-01",
         text, form::certificate, under_70, ratio_print::statutory, "?", false},
        {"born 15 Sep 1956, numbers: 3割 until 1 Oct", who().born("1956-09-15").ratio(3), "2026-08-01",
         numbers, form::certificate, under_70, ratio_print::general, "?", false},
        {"born 15 Sep 1956, no ratio: none needed", who().born("1956-09-15"), "2026-08-01",
         text, form::certificate, under_70, ratio_print::statutory, "?", false},
        {"born 2 Aug 1956 (70 on 1 Aug, elderly from 1 Sep), no ratio", who().born("1956-08-02"), "2026-08-01",
         text, form::certificate, under_70, ratio_print::statutory, "?", false},
        {"born 15 Sep 1956, notice, no ratio", who().born("1956-09-15").registered(), "2026-08-01",
         text, form::notice, under_70, ratio_print::statutory, "?", false},
        // 70-74 at the cycle start
        {"born 1 Aug 1956 (elderly from 1 Aug 2026), ratio 2", who().born("1956-08-01").ratio(2), "2026-08-01",
         text, form::certificate, elderly, ratio_print::judged_2, "2026-08-01", false},
        {"71, ratio 2", who().born("1955-05-05").ratio(2), "2026-08-01",
         text, form::certificate, elderly, ratio_print::judged_2, "2026-08-01", false},
        {"71, ratio 3", who().born("1955-05-05").ratio(3), "2026-08-01",
         text, form::certificate, elderly, ratio_print::judged_3, "2026-08-01", false},
        {"71, ratio 3, numbers option changes nothing", who().born("1955-05-05").ratio(3), "2026-08-01",
         numbers, form::certificate, elderly, ratio_print::judged_3, "2026-08-01", false},
        {"71, ratio 2, numbers option changes nothing", who().born("1955-05-05").ratio(2), "2026-08-01",
         numbers, form::certificate, elderly, ratio_print::judged_2, "2026-08-01", false},
        {"71 notice, ratio 2", who().born("1955-05-05").ratio(2).registered(), "2026-08-01",
         text, form::notice, elderly, ratio_print::judged_2, "2026-08-01", false},
        {"71 notice, ratio 3", who().born("1955-05-05").ratio(3).registered(), "2026-08-01",
         text, form::notice, elderly, ratio_print::judged_3, "2026-08-01", false},
        {"born 29 Feb 1956 (elderly from 1 Mar 2026), ratio 2", who().born("1956-02-29").ratio(2), "2026-08-01",
         text, form::certificate, elderly, ratio_print::judged_2, "2026-08-01", false},
        {"74, 75th birthday in the cycle, ratio 3", who().born("1952-03-10").ratio(3), "2026-08-01",
         text, form::certificate, elderly, ratio_print::judged_3, "2026-08-01", false},
        // missing ratio
        {"71, certificate, no ratio: missing", who().born("1955-05-05"), "2026-08-01",
         text, form::certificate, elderly, std::nullopt, "2026-08-01", true},
        {"71, notice, no ratio: missing", who().born("1955-05-05").registered(), "2026-08-01",
         text, form::notice, elderly, std::nullopt, "2026-08-01", true},
        {"71, lost, no ratio: no document", who().born("1955-05-05").lost("2026-07-01"), "2026-08-01",
         text, form::none, unchecked, std::nullopt, "?", false},
        {"75 on 1 Aug 2026, no ratio: no document", who().born("1951-08-01"), "2026-08-01",
         text, form::none, unchecked, std::nullopt, "?", false},
        {"71, residence ended before the cycle, no ratio: no document",
         who().born("1955-05-05").residence("2026-07-30"), "2026-08-01",
         text, form::none, unchecked, std::nullopt, "?", false},
        {"adult, no ratio: not needed", who(), "2026-08-01", text, form::certificate, under_70,
         ratio_print::statutory, "", false},
        // --valid-from moves the cycle start, and with it the elderly judgment
        {"valid-from 1 Oct 2026, born 15 Sep 1956, ratio 3: elderly from the start", who().born("1956-09-15").ratio(3),
         "2026-10-01", text, form::certificate, elderly, ratio_print::judged_3, "2026-10-01", false},
        {"valid-from 1 Oct 2026, born 15 Sep 1956, no ratio: missing", who().born("1956-09-15"),
         "2026-10-01", text, form::certificate, elderly, std::nullopt, "2026-10-01", true},
        {"valid-from 1 Sep 2026, born 15 Sep 1956: not yet elderly", who().born("1956-09-15").ratio(3),
         "2026-09-01", text, form::certificate, under_70, ratio_print::statutory, "?", false},
        // preschool with ratio_numbers_under_70
        {"born 2 Apr 2020: preschool to 31 Mar 2027", who().born("2020-04-02"), "2026-08-01",
         numbers, form::certificate, under_70, ratio_print::preschool, "", false},
        {"born 1 Apr 2020: preschool ended 31 Mar 2026", who().born("2020-04-01"), "2026-08-01",
         numbers, form::certificate, under_70, ratio_print::general, "", false},
        {"born 2 Apr 2019: preschool ended 31 Mar 2026", who().born("2019-04-02"), "2026-08-01",
         numbers, form::certificate, under_70, ratio_print::general, "", false},
        {"born 1 May 2019: preschool ended 31 Mar 2026", who().born("2019-05-01"), "2026-08-01",
         numbers, form::certificate, under_70, ratio_print::general, "", false},
        {"born 2 Aug 2020 (6 on 1 Aug 2026): preschool to 31 Mar 2027", who().born("2020-08-02"), "2026-08-01",
         numbers, form::certificate, under_70, ratio_print::preschool, "", false},
        {"infant born 1 Dec 2025", who().born("2025-12-01"), "2026-08-01",
         numbers, form::certificate, under_70, ratio_print::preschool, "", false},
        {"born 2 Apr 2020, notice", who().born("2020-04-02").registered(), "2026-08-01",
         numbers, form::notice, under_70, ratio_print::preschool, "", false},
        {"born 2 Apr 2020, default text", who().born("2020-04-02"), "2026-08-01",
         text, form::certificate, under_70, ratio_print::statutory, "", false},
        {"born 1 Apr 2020, cycle from 31 Mar 2026: still preschool that day", who().born("2020-04-01"), "2026-03-31",
         numbers, form::certificate, under_70, ratio_print::preschool, "", false},
        {"born 1 Apr 2020, cycle from 1 Apr 2026: no longer", who().born("2020-04-01"), "2026-04-01",
         numbers, form::certificate, under_70, ratio_print::general, "", false},
    };
    return rows;
}

}  // namespace

TEST_CASE("decide: ratio printed, elderly flag and ratio_effective_from", "[rules][ratio]") {
    for (const auto& r : ratio_rows()) {
        INFO(r.label << " (cycle from " << r.start << ", numbers under 70 " << r.numbers << ")");
        kokuho::rules::eligibility_options o;
        o.ratio_numbers_under_70 = r.numbers;
        // issued on the start day itself: preschool and elderly judged on either give the same
        date start = d(r.start);
        kokuho::rules::cycle c{start, start, start.plus_years(1).plus_days(-1)};
        auto dec = decide(r.person, household(), c, o);
        CHECK(str(dec.chosen) == str(r.chosen));
        if (r.elderly) CHECK(dec.elderly == *r.elderly);
        if (r.ratio) CHECK(str(dec.ratio) == str(*r.ratio));
        if (std::string(r.effective_from) != "?") CHECK(show(dec.ratio_effective_from) == r.effective_from);
        CHECK(needs_missing_ratio(r.person, dec) == r.needs_missing);
    }
}
