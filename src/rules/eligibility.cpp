// The eligibility family's rule function: decide() for every person, in the family's words.
#include "rules/decide.h"
#include "rules/registry.h"

namespace kokuho::rules {

namespace {

eligibility_options options_of(const rule_options& shared, const family_options& own) {
    eligibility_options o;
    static_cast<rule_options&>(o) = shared;
    o.ecert_grace_months = own.number("ecert_grace_months");
    o.ratio_on_certificate = own.flag("ratio_on_certificate");
    o.residence_offset_days = own.number("residence_offset_days");
    o.ratio_numbers_under_70 = own.flag("ratio_numbers_under_70");
    o.arrears_exclusion_age = own.number("arrears_exclusion_age");
    return o;
}

outcome outcome_of(const person& p, const decision& d, const rule_options& o) {
    outcome out;
    out.reason = std::string(name(d.reason));
    if (d.chosen == form::none) return out;
    out.form = std::string(name(d.chosen));
    out.variant = std::string(name(d.kind));
    out.valid_from = d.valid_from;
    out.valid_until = d.valid_until;
    out.until_reason = std::string(name(d.until));
    // form_cause: why this form, finer than the reason (a 要配慮者 keeps a 資格確認書 without
    // an application), for the monthly run's reasons (5.11).
    bool considerate = d.reason == form_reason::applied && !p.certificate_applied_on && p.considerate;
    out.facts = {{"ratio", std::string(name(d.ratio))},
                 {"ratio_effective_from", value(d.ratio_effective_from)},
                 {"elderly", d.elderly ? "1" : ""},
                 {"form_cause", considerate ? std::string("considerate") : out.reason}};
    if (needs_missing_ratio(p, d)) out.refusal = missing_ratio_refusal(p, o);
    return out;
}

}  // namespace

outcome_list decide_eligibility(const snapshot& s, const cycle& c, const rule_options& shared,
                                        const family_options& own) {
    auto o = options_of(shared, own);
    outcome_list outcomes;
    outcomes.reserve(s.persons.size());
    for (const auto& p : s.persons)
        outcomes.push_back(outcome_of(p, decide(p, s.households[p.household], c, o), o));
    return outcomes;
}

}  // namespace kokuho::rules
