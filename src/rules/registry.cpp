#include "rules/registry.h"

#include <algorithm>

namespace kokuho::rules {

namespace {

struct registered {
    std::string_view name;
    rule_function function;
    std::initializer_list<std::string_view> options;
};

const registered rules_by_name[] = {
    {"eligibility", decide_eligibility,
     {"ecert_grace_months", "ratio_on_certificate", "residence_offset_days", "ratio_numbers_under_70",
      "arrears_exclusion_age"}},
};

}  // namespace

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

std::vector<std::string> options_read_by(std::string_view name) {
    for (const auto& r : rules_by_name)
        if (r.name == name) return {r.options.begin(), r.options.end()};
    return {};
}

}  // namespace kokuho::rules
