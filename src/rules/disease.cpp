// The disease family's rule function (特定疾病療養受療証, workflows.md 5.4): the yearly run
// issues to insured people with a specified disease who are under 70 when it starts. The
// certificate runs from the cycle start (or the day the disease was recognised) to the
// cycle's last day, or to the end of the month in which the person reaches 70; from 70 a
// certificate runs to the day before the 75th birthday and comes from the monthly run.
#include <algorithm>

#include "rules/age.h"
#include "rules/decide.h"
#include "rules/registry.h"

namespace kokuho::rules {

namespace {

constexpr std::int64_t lower_limit = 10'000, dialysis_limit = 20'000;  // 自己負担限度額, yen per month

outcome none(const char* reason) {
    outcome out;
    out.reason = reason;
    return out;
}

// 20,000 yen is the limit of 人工透析 under 70 only; 10,000 the limit of everyone else.
std::string limit_problem(const person& p, bool under_70) {
    if (!p.specified_disease_limit) return "specified_disease_limit: required with specified_disease";
    auto limit = *p.specified_disease_limit;
    if (limit != lower_limit && limit != dialysis_limit)
        return "specified_disease_limit: " + std::to_string(limit) + " is neither 10000 nor 20000";
    if (limit == dialysis_limit && (p.specified_disease != specified_disease_kind::dialysis || !under_70))
        return "specified_disease_limit: 20000 is only for dialysis (人工透析) under 70; person " + p.person_id +
               " has 10000";
    return "";
}

outcome certificate_of(const person& p, const cycle& c, const rule_options& shared, const family_options& own,
                       const eligibility_options& eligibility) {
    if (p.former_member || (p.lost_on && *p.lost_on <= c.issue_date)) return none("lost");
    if (p.specified_disease == specified_disease_kind::none) return none("no_disease");
    if (reaches_age(p.birth_date, shared.later_elderly_age) < c.start) return none("age75");
    date from = std::max(c.start, p.specified_disease_from.value_or(c.start));
    date elderly_from = elderly_status_start(p.birth_date, shared.elderly_age);
    bool under_70 = elderly_from > from;
    if (auto problem = limit_problem(p, under_70); !problem.empty()) {
        outcome refused = none("limit");
        refused.refusal = problem;
        refused.refusal_column = "specified_disease_limit";
        return refused;
    }
    // From 70 a certificate runs to 75: the monthly run issues it when missing or changed.
    if (!under_70 && !c.monthly) return none("from_70");
    if (from > year_end(c)) return none("not_yet");
    if (own.text("target") == "without_mynumber" && eligibility_form(p, c, eligibility).first == form::notice)
        return none("mynumber");

    outcome out;
    out.form = "disease";
    out.variant = "standard";
    out.reason = std::string(disease_name(p.specified_disease));
    out.valid_from = from;
    date last_under_70 = elderly_from.plus_days(-1);  // the end of the month in which 70 is reached
    if (!under_70) {
        out.valid_until = reaches_age(p.birth_date, shared.later_elderly_age);  // the day before the 75th birthday
        out.until_reason = "age75";
    } else {
        out.valid_until = std::min(year_end(c), last_under_70);
        out.until_reason = last_under_70 < year_end(c) ? "age70" : "annual";
    }
    out.facts = {{"disease", std::string(disease_name(p.specified_disease))},
                 {"limit", std::to_string(*p.specified_disease_limit)}};
    return out;
}

}  // namespace

std::string_view disease_name(specified_disease_kind k) {
    switch (k) {
        case specified_disease_kind::none: return "";
        case specified_disease_kind::hemophilia: return "hemophilia";
        case specified_disease_kind::dialysis: return "dialysis";
        case specified_disease_kind::hiv: return "hiv";
    }
    return "";
}

outcome_list decide_disease(const snapshot& s, const cycle& c, const rule_options& shared,
                                    const family_options& own) {
    auto eligibility = form_options(shared, own);
    outcome_list outcomes;
    outcomes.reserve(s.persons.size());
    for (const auto& p : s.persons) outcomes.push_back(certificate_of(p, c, shared, own, eligibility));
    return outcomes;
}

}  // namespace kokuho::rules
