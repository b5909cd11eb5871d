#pragma once
// The rules of spec/rules.md as pure functions of a person, the household, the cycle and
// the rule options.
#include <optional>

#include "config/config.h"
#include "rules/decision.h"
#include "snapshot/snapshot.h"

namespace kokuho::rules {

// The options of the eligibility rule (families/eligibility.yaml, options:, where the
// shipped defaults are declared) with the shared ones of rules.yaml.
struct eligibility_options : rule_options {
    int ecert_grace_months = 3;          // the electronic certificate is usable this long after it expires
    bool ratio_on_certificate = true;    // 70-74: the ratio is printed (shortens validity: age70)
    int residence_offset_days = 1;       // valid until the day after 在留期間満了日
    bool ratio_numbers_under_70 = false; // 3割 / 2割 instead of 「法定負担割合のとおり」
    int arrears_exclusion_age = 18;      // 特別療養 spares members up to 31 March after this age
};

// The cycle issued on issue_date: starting on valid_from, by default the next cycle start
// (1 August) on or after the issue date, and lasting certificate_years.
cycle make_cycle(const date& issue_date, std::optional<date> valid_from, const rule_options& o);

// Form, variant, validity and ratio of one person (spec/rules.md, in its order).
decision decide(const person& p, const household& h, const cycle& c, const eligibility_options& o);

// True when the decision prints a judged ratio that the snapshot does not give: the
// bulk run must refuse (5.1.2) until the ratio judgment has run.
bool needs_missing_ratio(const person& p, const decision& d);

// The last day of the cycle's first year: where the yearly certificates (高齢受給者証,
// 限度額適用認定証, 特定疾病療養受療証) end, whatever certificate_years gives the 資格確認書.
date year_end(const cycle& c);

// rules.md "Form", steps 2 to 4, for an insured person: 資格確認書 or 資格情報のお知らせ, and why.
std::pair<form, form_reason> eligibility_form(const person& p, const cycle& c, const eligibility_options& o);

// Why a run refuses a 70-74 person whose document prints a ratio nobody has judged (5.1.2):
// the judgment is pending, or there is none. Names the person's id only.
std::string missing_ratio_refusal(const person& p, const rule_options& o);

}  // namespace kokuho::rules
