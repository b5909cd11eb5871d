// decide(): the form and its reason, rules.md "Form" steps 1 to 4 in order.
#include <vector>

#include "rules_test_support.h"

using namespace rules_test;
using kokuho::rules::decide;

namespace {

struct form_row {
    const char* label;
    kokuho::person person;
    const char* issue;  // 交付年月日; the cycle is always 2026-08-01 .. 2027-07-31
    int grace_months;   // option ecert_grace_months (default 3)
    form chosen;
    form_reason reason;
    const char* valid_until;  // "" for no end date
};

// rules.md "Form", the first step that applies:
// 1. lost_on on or before the issue date, or a former member -> no document, reason lost (on
//    the issue date itself counts; a loss after the issue date does not: the person is
//    insured that day).
// 2. certificate_applied_on or considerate -> 資格確認書, reason applied, whatever the
//    registration (step 2 comes before step 3).
// 3. registered, card not returned, e-certificate not expired for longer than the grace:
//    valid until <grace> months after ecert_expires_on, that day included ("valid until"),
//    the same day number <grace> months later or that month's last day when it has none
//    (2026-03-31 + 3 months = 2026-06-30) -> お知らせ, reason registered.
// 4. otherwise 資格確認書, reason not_registered / cancelled / card_returned /
//    ecert_expired, in that listed order when several hold.
// An adult under 70 (the default person) with a 資格確認書 is valid to 31 July 2027 (one
// year); an お知らせ under 70 has no end date (rules.md "Validity").
const std::vector<form_row>& form_rows() {
    static const std::vector<form_row> rows = {
        // 1. lost
        {"lost the day before the issue date", who().lost("2026-07-09"), "2026-07-10", 3,
         form::none, form_reason::lost, ""},
        {"lost on the issue date", who().lost("2026-07-10"), "2026-07-10", 3,
         form::none, form_reason::lost, ""},
        {"lost the day after the issue date: insured on it", who().lost("2026-07-11"), "2026-07-10", 3,
         form::certificate, form_reason::not_registered, "2027-07-31"},
        {"lost after the cycle start, registered", who().lost("2026-09-01").registered(), "2026-07-10", 3,
         form::notice, form_reason::registered, ""},
        {"lost before the issue date beats applied", who().lost("2026-07-01").applied("2026-06-01").registered(),
         "2026-07-10", 3, form::none, form_reason::lost, ""},
        {"lost before the issue date beats considerate", who().lost("2026-07-01").considerate(),
         "2026-07-10", 3, form::none, form_reason::lost, ""},
        // A former member (特定同一世帯所属者) is there for the ratio judgment only, whatever
        // the date of the loss.
        {"former member, lost after the issue date", who().lost("2026-09-01").former_member().applied("2026-06-01"),
         "2026-07-10", 3, form::none, form_reason::lost, ""},
        // 2. applied
        {"applied, not registered", who().applied("2026-06-01"), "2026-07-10", 3,
         form::certificate, form_reason::applied, "2027-07-31"},
        {"applied, even when registered", who().applied("2026-06-01").registered(), "2026-07-10", 3,
         form::certificate, form_reason::applied, "2027-07-31"},
        {"considerate, even when registered", who().considerate().registered(), "2026-07-10", 3,
         form::certificate, form_reason::applied, "2027-07-31"},
        {"considerate, not registered", who().considerate(), "2026-07-10", 3,
         form::certificate, form_reason::applied, "2027-07-31"},
        {"considerate, cancelled", who().considerate().cancelled(), "2026-07-10", 3,
         form::certificate, form_reason::applied, "2027-07-31"},
        {"considerate, registered, card returned", who().considerate().registered().card_returned(),
         "2026-07-10", 3, form::certificate, form_reason::applied, "2027-07-31"},
        {"applied, registered, e-certificate long expired", who().applied("2026-06-01").registered().ecert("2025-01-01"),
         "2026-07-10", 3, form::certificate, form_reason::applied, "2027-07-31"},
        // 3. registered
        {"registered, no e-certificate date", who().registered(), "2026-07-10", 3,
         form::notice, form_reason::registered, ""},
        {"registered, e-certificate valid for years", who().registered().ecert("2030-01-01"), "2026-07-10", 3,
         form::notice, form_reason::registered, ""},
        {"registered, e-certificate expires on the issue date", who().registered().ecert("2026-07-10"),
         "2026-07-10", 3, form::notice, form_reason::registered, ""},
        // 4. otherwise
        {"not registered", who(), "2026-07-10", 3,
         form::certificate, form_reason::not_registered, "2027-07-31"},
        {"not registered, e-certificate expired too", who().ecert("2025-01-01"), "2026-07-10", 3,
         form::certificate, form_reason::not_registered, "2027-07-31"},
        {"cancelled", who().cancelled(), "2026-07-10", 3,
         form::certificate, form_reason::cancelled, "2027-07-31"},
        {"cancelled and card returned: cancelled is listed first", who().cancelled().card_returned(),
         "2026-07-10", 3, form::certificate, form_reason::cancelled, "2027-07-31"},
        {"registered, card returned", who().registered().card_returned(), "2026-07-10", 3,
         form::certificate, form_reason::card_returned, "2027-07-31"},
        {"registered, card returned, e-certificate expired: card_returned is listed first",
         who().registered().card_returned().ecert("2025-01-01"), "2026-07-10", 3,
         form::certificate, form_reason::card_returned, "2027-07-31"},
        // e-certificate grace, default 3 months, both sides of the boundary
        {"expired 2026-04-10, issued 2026-07-10: last day of the grace", who().registered().ecert("2026-04-10"),
         "2026-07-10", 3, form::notice, form_reason::registered, ""},
        {"expired 2026-04-09, issued 2026-07-10: grace ended 2026-07-09", who().registered().ecert("2026-04-09"),
         "2026-07-10", 3, form::certificate, form_reason::ecert_expired, "2027-07-31"},
        {"expired 2026-04-11, issued 2026-07-10: grace to 2026-07-11", who().registered().ecert("2026-04-11"),
         "2026-07-10", 3, form::notice, form_reason::registered, ""},
        {"expired 2026-03-31, issued 2026-06-30: grace to 2026-06-30 (no 31 June)",
         who().registered().ecert("2026-03-31"), "2026-06-30", 3, form::notice, form_reason::registered, ""},
        {"expired 2026-03-31, issued 2026-07-01: grace ended 2026-06-30",
         who().registered().ecert("2026-03-31"), "2026-07-01", 3,
         form::certificate, form_reason::ecert_expired, "2027-07-31"},
        {"expired 2026-04-30, issued 2026-07-30: grace to 2026-07-30",
         who().registered().ecert("2026-04-30"), "2026-07-30", 3, form::notice, form_reason::registered, ""},
        {"expired 2026-04-30, issued 2026-07-31: grace ended 2026-07-30",
         who().registered().ecert("2026-04-30"), "2026-07-31", 3,
         form::certificate, form_reason::ecert_expired, "2027-07-31"},
        {"expired 2026-05-31, issued 2026-07-31: grace to 2026-08-31",
         who().registered().ecert("2026-05-31"), "2026-07-31", 3, form::notice, form_reason::registered, ""},
        {"expired 2025-11-30, issued 2026-02-28: grace to 2026-02-28 (no 30 Feb)",
         who().registered().ecert("2025-11-30"), "2026-02-28", 3, form::notice, form_reason::registered, ""},
        {"expired 2025-11-30, issued 2026-03-01: grace ended 2026-02-28",
         who().registered().ecert("2025-11-30"), "2026-03-01", 3,
         form::certificate, form_reason::ecert_expired, "2027-07-31"},
        // option ecert_grace_months
        {"grace 0: expires on the issue date, still valid that day",
         who().registered().ecert("2026-07-10"), "2026-07-10", 0, form::notice, form_reason::registered, ""},
        {"grace 0: expired the day before the issue date",
         who().registered().ecert("2026-07-09"), "2026-07-10", 0,
         form::certificate, form_reason::ecert_expired, "2027-07-31"},
        {"grace 0: 2026-04-10 is no longer in a grace",
         who().registered().ecert("2026-04-10"), "2026-07-10", 0,
         form::certificate, form_reason::ecert_expired, "2027-07-31"},
        {"grace 1: expired 2026-05-31, issued 2026-06-30 (no 31 June)",
         who().registered().ecert("2026-05-31"), "2026-06-30", 1, form::notice, form_reason::registered, ""},
        {"grace 1: expired 2026-05-31, issued 2026-07-01",
         who().registered().ecert("2026-05-31"), "2026-07-01", 1,
         form::certificate, form_reason::ecert_expired, "2027-07-31"},
        {"grace 6: expired 2026-01-10, issued 2026-07-10: last day of the grace",
         who().registered().ecert("2026-01-10"), "2026-07-10", 6, form::notice, form_reason::registered, ""},
        {"grace 6: expired 2026-01-09, issued 2026-07-10",
         who().registered().ecert("2026-01-09"), "2026-07-10", 6,
         form::certificate, form_reason::ecert_expired, "2027-07-31"},
        {"grace 6: expired 2026-04-09 is inside a 6-month grace",
         who().registered().ecert("2026-04-09"), "2026-07-10", 6, form::notice, form_reason::registered, ""},
    };
    return rows;
}

}  // namespace

TEST_CASE("decide: form and reason in the order of rules.md", "[rules][form]") {
    for (const auto& r : form_rows()) {
        INFO(r.label << " (issued " << r.issue << ", grace " << r.grace_months << " months)");
        kokuho::rules::eligibility_options o;
        o.ecert_grace_months = r.grace_months;
        auto c = make(r.issue, "2026-08-01", "2027-07-31");
        auto dec = decide(r.person, household(), c, o);
        CHECK(str(dec.chosen) == str(r.chosen));
        CHECK(str(dec.reason) == str(r.reason));
        CHECK(show(dec.valid_until) == r.valid_until);
        if (r.chosen == form::none) {
            CHECK(show(dec.valid_from) == "");
        } else if (r.chosen == form::certificate) {
            CHECK(show(dec.valid_from) == "2026-08-01");
            CHECK(str(dec.until) == str(until_reason::annual));
        } else {
            CHECK(str(dec.until) == str(until_reason::none));
        }
    }
}
