// The elderly family's rule function (高齢受給者証, workflows.md 5.2.1, rules.md "Validity"):
// every insured person who is 70-74 on some day of the cycle gets a card from the cycle's
// first day or the start of the elderly status, until the cycle's last day or the day before
// the 75th birthday, printing the judged ratio.
#include <algorithm>

#include "rules/age.h"
#include "rules/decide.h"
#include "rules/registry.h"

namespace kokuho::rules {

namespace {

struct elderly_options {
    std::string target;      // all | without_mynumber | none
    std::string turning_70;  // yearly | monthly
    eligibility_options eligibility;  // for target without_mynumber: the 資格確認書 holders
};

outcome no_card(const char* reason) {
    outcome out;
    out.reason = reason;
    return out;
}

outcome card_of(const person& p, const cycle& c, const rule_options& shared, const elderly_options& o) {
    if (o.target == "none") return no_card("switched_off");
    if (p.former_member || (p.lost_on && *p.lost_on <= c.issue_date)) return no_card("lost");
    date last_day = reaches_age(p.birth_date, shared.later_elderly_age);  // the day before the 75th birthday
    if (last_day < c.start) return no_card("age75");
    date status_start = elderly_status_start(p.birth_date, shared.elderly_age);
    if (status_start > year_end(c)) return no_card("under_70");
    bool turning = status_start > c.start;
    // The monthly run issues the card in the month before the status starts.
    if (turning && o.turning_70 == "monthly" && !c.monthly) return no_card("monthly");
    if (turning && c.monthly && status_start > c.issue_date.first_of_next_month()) return no_card("not_yet");
    if (o.target == "without_mynumber" && eligibility_form(p, c, o.eligibility).first == form::notice)
        return no_card("mynumber");

    outcome out;
    out.form = "elderly";
    out.variant = "standard";
    out.reason = turning ? "turning_70" : "yearly";
    out.valid_from = std::max(status_start, c.start);
    out.valid_until = std::min(last_day, year_end(c));
    out.until_reason = last_day < year_end(c) ? "age75" : "annual";
    out.facts = {{"ratio", p.ratio ? std::to_string(*p.ratio) : ""},
                 {"application_invite", p.ratio == 3 && p.ratio_application_possible ? "1" : ""}};
    if (!p.ratio) out.refusal = missing_ratio_refusal(p, shared);
    return out;
}

}  // namespace

outcome_list decide_elderly(const snapshot& s, const cycle& c, const rule_options& shared,
                                    const family_options& own) {
    elderly_options o{own.text("target"), own.text("turning_70"), form_options(shared, own)};
    outcome_list outcomes;
    outcomes.reserve(s.persons.size());
    for (const auto& p : s.persons) outcomes.push_back(card_of(p, c, shared, o));
    return outcomes;
}

}  // namespace kokuho::rules
