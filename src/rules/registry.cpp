#include "rules/registry.h"

#include <algorithm>

namespace kokuho::rules {

namespace {

struct registered {
    std::string_view name;
    rule_function function;
    std::initializer_list<option_read> options;
};

const registered rules_by_name[] = {
    {"eligibility", decide_eligibility,
     {{"ecert_grace_months", option_kind::number},
      {"ratio_on_certificate", option_kind::flag},
      {"residence_offset_days", option_kind::number},
      {"ratio_numbers_under_70", option_kind::flag},
      {"arrears_exclusion_age", option_kind::number}}},
    {"elderly", decide_elderly,
     {{"target", option_kind::choice},
      {"turning_70", option_kind::choice},
      {"eligibility.ecert_grace_months", option_kind::number}}},
    {"disease", decide_disease,
     {{"target", option_kind::choice}, {"eligibility.ecert_grace_months", option_kind::number}}},
    {"limit", decide_limit,
     {{"target", option_kind::choice},
      {"refuse_arrears_under_70", option_kind::flag},
      {"auto_renew", option_kind::flag},
      {"renewal_months", option_kind::number},
      {"eligibility.ecert_grace_months", option_kind::number}}},
    {"limit_notice", decide_limit_notice,
     {{"limit.recommend", option_kind::choice},
      {"limit.refuse_arrears_under_70", option_kind::flag},
      {"eligibility.ecert_grace_months", option_kind::number}}},
};

}  // namespace

eligibility_options form_options(const rule_options& shared, const family_options& own) {
    eligibility_options o;
    static_cast<rule_options&>(o) = shared;
    o.ecert_grace_months = own.number("eligibility.ecert_grace_months");
    return o;
}

rule_function find_rule(std::string_view name) {
    for (const auto& r : rules_by_name)
        if (r.name == name) return r.function;
    return nullptr;
}

std::vector<std::string> rule_names() {
    std::vector<std::string> names;
    for (const auto& r : rules_by_name) names.emplace_back(r.name);
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<option_read> options_read_by(std::string_view name) {
    for (const auto& r : rules_by_name)
        if (r.name == name) return {r.options.begin(), r.options.end()};
    return {};
}

}  // namespace kokuho::rules
