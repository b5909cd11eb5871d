// The limit_notice family's rule function (勧奨通知, workflows.md 5.3): last year's holders of a
// limit certificate are invited to apply again, one letter per household. The letter goes to
// the household's first invited member in snapshot order and names every invited member.
#include <map>

#include "rules/age.h"
#include "rules/decide.h"
#include "rules/limit.h"
#include "rules/registry.h"

namespace kokuho::rules {

namespace {

struct notice_options {
    std::string recommend;  // all | without_mynumber | long_term_only | none
    bool refuse_arrears_under_70 = true;
    eligibility_options eligibility;
};

// Why a person is not invited; nullptr when invited.
const char* not_invited(const person& p, const household& h, const cycle& c, const rule_options& shared,
                        const notice_options& o) {
    if (o.recommend == "none") return "switched_off";
    if (p.former_member || (p.lost_on && *p.lost_on <= c.issue_date)) return "lost";
    if (reaches_age(p.birth_date, shared.later_elderly_age) < c.start) return "age75";
    if (!holds_until_cycle_start(p, c)) return "not_holder";
    bool elderly = elderly_status_start(p.birth_date, shared.elderly_age) <= c.start;
    if (elderly && needs_no_certificate(p.limit_category)) return "not_needed";
    if (!elderly && h.arrears_special && o.refuse_arrears_under_70) return "arrears";
    if (o.recommend == "without_mynumber" && eligibility_form(p, c, o.eligibility).first == form::notice)
        return "mynumber";
    if (o.recommend == "long_term_only" && !p.long_term_stay_from) return "not_long_term";
    return nullptr;
}

}  // namespace

outcome_list decide_limit_notice(const snapshot& s, const cycle& c, const rule_options& shared,
                                         const family_options& own) {
    notice_options o{own.text("limit.recommend"), own.flag("limit.refuse_arrears_under_70"), form_options(shared, own)};
    std::vector<outcome> outcomes(s.persons.size());
    std::map<std::size_t, std::size_t> letter_of;  // household -> the person whose outcome is the letter
    std::map<std::size_t, std::string> names;       // household -> the invited members' names
    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        const auto& p = s.persons[i];
        outcome& out = outcomes[i];
        if (const char* reason = not_invited(p, s.households[p.household], c, shared, o)) {
            out.reason = reason;
            continue;
        }
        auto& listed = names[p.household];
        listed += (listed.empty() ? "" : "、") + p.name;
        if (!letter_of.emplace(p.household, i).second) {
            out.reason = "household_letter";  // named in the letter of the household's first member
            continue;
        }
        out.form = "limit_notice";
        out.variant = "standard";
        out.reason = "recommended";
    }
    for (const auto& [household, i] : letter_of) outcomes[i].facts = {{"members", names[household]}};
    outcome_list list;
    list.reserve(outcomes.size());
    for (const auto& o : outcomes) list.push_back(o);
    return list;
}

}  // namespace kokuho::rules
