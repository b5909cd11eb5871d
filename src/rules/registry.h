#pragma once
// The rule functions of the document families, by the name a family's YAML gives in
// `rule:`. A new family adds one function here and its YAML; nothing else in C++.
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "rules/decide.h"
#include "rules/decision.h"
#include "rules/options.h"
#include "rules/outcome_list.h"
#include "snapshot/snapshot.h"

namespace kokuho::rules {

// Decides every person of the snapshot for one cycle: one outcome per person, in snapshot
// order, by the shared rule options and the family's own. Pure: no I/O, no formatting.
using rule_function = outcome_list (*)(const snapshot& s, const cycle& c,
                                               const rule_options& shared,
                                               const family_options& own);

// The function registered under a name; nullptr when none is.
rule_function find_rule(std::string_view name);

// Every registered name, sorted.
std::vector<std::string> rule_names();

// The options a registered rule reads, with their kinds: every family that uses the rule
// declares them, of those kinds.
std::vector<option_read> options_read_by(std::string_view name);

// 資格確認書 or 資格情報のお知らせ (rules.md "Form", "Validity", "Ratio printed").
outcome_list decide_eligibility(const snapshot& s, const cycle& c, const rule_options& shared,
                                        const family_options& own);

// The options rules.md "Form" needs, for a family that asks who holds a 資格確認書: the shared
// ones and eligibility's ecert_grace_months, which the family's rule reads as
// "eligibility.ecert_grace_months".
eligibility_options form_options(const rule_options& shared, const family_options& own);

// 高齢受給者証 (5.2.1; rules.md "Validity", the 高齢受給者証 paragraph).
outcome_list decide_elderly(const snapshot& s, const cycle& c, const rule_options& shared,
                                    const family_options& own);

// 特定疾病療養受療証 (5.4).
outcome_list decide_disease(const snapshot& s, const cycle& c, const rule_options& shared,
                                    const family_options& own);

// 限度額適用認定証 and 限度額適用・標準負担額減額認定証 (5.3).
outcome_list decide_limit(const snapshot& s, const cycle& c, const rule_options& shared,
                                  const family_options& own);

// 勧奨通知 of the limit certificates (5.3): one letter per household of last year's holders.
outcome_list decide_limit_notice(const snapshot& s, const cycle& c, const rule_options& shared,
                                         const family_options& own);

// The code of a specified disease: hemophilia, dialysis, hiv; "" for none.
std::string_view disease_name(specified_disease_kind k);

}  // namespace kokuho::rules
