#pragma once
// The limit categories (限度区分, rules.md "Limit categories") as the limit families read
// them, and who held a limit certificate until the cycle's start (last year's holders).
#include <string_view>

#include "rules/decision.h"
#include "snapshot/snapshot.h"

namespace kokuho::rules {

// 現役並みIII, 現役並みII, 現役並みI, 一般, 低所得II, 低所得I: the categories of 70-74.
bool is_elderly_category(std::string_view category);
// オ, 低所得II, 低所得I: 限度額適用・標準負担額減額認定証, with the meal-cost section.
bool is_reduced_category(std::string_view category);
// 一般 and 現役並みIII of 70-74: the 高齢受給者証 or the 資格確認書 is enough.
bool needs_no_certificate(std::string_view category);

// The person's limit certificate (limit_certificate_until, or the store's, batch/store_inputs.h)
// ends on the day before the cycle's first day.
bool holds_until_cycle_start(const person& p, const cycle& c);

}  // namespace kokuho::rules
