// The limit family's rule function (限度額適用認定証 and 限度額適用・標準負担額減額認定証,
// workflows.md 5.3, rules.md "Limit categories"): insured applicants get the certificate of
// their category from the first day of the application month until the cycle's last day, or
// the end of the month in which they reach 70, or the day before the 75th birthday.
#include <algorithm>

#include "rules/age.h"
#include "rules/decide.h"
#include "rules/limit.h"
#include "rules/registry.h"

namespace kokuho::rules {

namespace {

struct limit_options {
    std::string target;  // all | without_mynumber | without_mynumber_or_long_term
    bool refuse_arrears_under_70 = true;
    bool auto_renew = false;
    int renewal_months = 2;  // applications in these months before the cycle start are renewals
    int elderly_age = 70;
    eligibility_options eligibility;
};

outcome none(const char* reason) {
    outcome out;
    out.reason = reason;
    return out;
}

outcome refused(const std::string& message, const char* column) {
    outcome out = none("refused");
    out.refusal = message;
    out.refusal_column = column;
    return out;
}

// The first day of the month `months` before the month of `day`.
date months_before(const date& day, int months) {
    int index = day.year() * 12 + int(day.month()) - 1 - months;
    return date(index / 12, unsigned(index % 12 + 1), 1);
}

// The application the certificate answers, dated as the certificate starts, with its reason
// code; nullopt (and the reason) when there is none for this cycle.
std::pair<std::optional<date>, const char*> application_start(const person& p, const cycle& c,
                                                              const limit_options& o) {
    // A monthly run from the start of the elderly status continues the under-70 certificate
    // that ended the day before (with the month of reaching 70), without a new application.
    if (c.monthly && holds_until_cycle_start(p, c) && elderly_status_start(p.birth_date, o.elderly_age) == c.start)
        return {c.start, "continued"};
    if (!p.limit_applied_on) {
        if (o.auto_renew && holds_until_cycle_start(p, c)) return {c.start, "auto_renewed"};
        return {std::nullopt, "not_applied"};
    }
    date applied = *p.limit_applied_on;
    if (applied > year_end(c)) return {std::nullopt, "later_cycle"};
    if (applied >= c.start) return {date(applied.year(), applied.month(), 1), "applied"};
    // Not retroactive: an earlier application is this cycle's only as a renewal.
    if (o.renewal_months > 0 && applied >= months_before(c.start, o.renewal_months)) return {c.start, "renewal"};
    return {std::nullopt, "earlier_cycle"};
}

std::string category_problem(const person& p, const household& h, bool elderly) {
    const stored_text& k = p.limit_category;
    if (k.empty()) return "limit_category: required for the limit certificate applied for (person " + p.person_id + ")";
    if (elderly != is_elderly_category(k))
        return "limit_category: " + k + " is a category of " + (elderly ? "under 70" : "70-74") + "; person " +
               p.person_id + " is " + (elderly ? "70-74" : "under 70") + " when the certificate starts";
    if (h.resident_tax_exempt && !is_reduced_category(k))
        return "limit_category: " + k + " for a resident-tax-exempt household (resident_tax_exempt), which has "
               "オ or 低所得 (person " + p.person_id + ")";
    return "";
}

outcome certificate_of(const person& p, const household& h, const cycle& c, const rule_options& shared,
                       const limit_options& o) {
    if (p.former_member || (p.lost_on && *p.lost_on <= c.issue_date)) return none("lost");
    date last_day = reaches_age(p.birth_date, shared.later_elderly_age);  // the day before the 75th birthday
    if (last_day < c.start) return none("age75");
    auto [start, reason] = application_start(p, c, o);
    if (!start) return none(reason);
    date from = std::max(*start, p.acquired_on);  // from the acquisition for someone who joined that month
    if (from > last_day) return none("age75");
    date elderly_from = elderly_status_start(p.birth_date, shared.elderly_age);
    bool elderly = from >= elderly_from;
    if (auto problem = category_problem(p, h, elderly); !problem.empty()) return refused(problem, "limit_category");
    if (elderly && needs_no_certificate(p.limit_category)) return none("not_needed");
    if (!elderly && h.arrears_special && o.refuse_arrears_under_70) return none("arrears");
    if (o.target != "all" && eligibility_form(p, c, o.eligibility).first == form::notice &&
        !(o.target == "without_mynumber_or_long_term" && p.long_term_stay_from))
        return none("mynumber");

    outcome out;
    out.form = is_reduced_category(p.limit_category) ? "limit_reduced" : "limit";
    out.variant = "standard";
    out.reason = reason;
    out.valid_from = from;
    out.valid_until = year_end(c);
    out.until_reason = "annual";
    date last_under_70 = elderly_from.plus_days(-1);  // the end of the month in which 70 is reached
    if (!elderly && last_under_70 < *out.valid_until) {
        out.valid_until = last_under_70;
        out.until_reason = "age70";
    } else if (last_day < *out.valid_until) {
        out.valid_until = last_day;
        out.until_reason = "age75";
    }
    out.facts = {{"category", p.limit_category}};
    if (out.form == "limit_reduced" && p.long_term_stay_from) out.facts.emplace_back("long_term_from", *p.long_term_stay_from);
    else out.facts.emplace_back("long_term_from", std::string());
    return out;
}

}  // namespace

bool is_elderly_category(std::string_view k) {
    return k == "現役並みIII" || k == "現役並みII" || k == "現役並みI" || k == "一般" || k == "低所得II" ||
           k == "低所得I";
}

bool is_reduced_category(std::string_view k) { return k == "オ" || k == "低所得II" || k == "低所得I"; }

bool needs_no_certificate(std::string_view k) { return k == "一般" || k == "現役並みIII"; }

bool holds_until_cycle_start(const person& p, const cycle& c) {
    return p.limit_certificate_until && *p.limit_certificate_until == c.start.plus_days(-1);
}

outcome_list decide_limit(const snapshot& s, const cycle& c, const rule_options& shared,
                                  const family_options& own) {
    limit_options o{own.text("target"), own.flag("refuse_arrears_under_70"), own.flag("auto_renew"),
                    own.number("renewal_months"), shared.elderly_age, form_options(shared, own)};
    outcome_list outcomes;
    outcomes.reserve(s.persons.size());
    for (const auto& p : s.persons) outcomes.push_back(certificate_of(p, s.households[p.household], c, shared, o));
    return outcomes;
}

}  // namespace kokuho::rules
