#pragma once
// The rules of spec/rules.md as pure functions of a person, the household, the cycle and
// the rule options.
#include <optional>

#include "config/config.h"
#include "rules/decision.h"
#include "snapshot/snapshot.h"

namespace kokuho::rules {

// The cycle issued on issue_date: starting on valid_from, by default the next cycle start
// (1 August) on or after the issue date, and lasting certificate_years.
cycle make_cycle(const date& issue_date, std::optional<date> valid_from, const rule_options& o);

// Form, variant, validity and ratio of one person (spec/rules.md, in its order).
decision decide(const person& p, const household& h, const cycle& c, const rule_options& o);

// True when the decision prints a judged ratio that the snapshot does not give: the
// bulk run must refuse (5.1.2) until the ratio judgment has run.
bool needs_missing_ratio(const person& p, const decision& d);

}  // namespace kokuho::rules
