#include "rules/registry.h"

#include <algorithm>

namespace kokuho::rules {

namespace {

struct registered {
    std::string_view name;
    rule_function function;
};

constexpr registered rules_by_name[] = {
    {"eligibility", decide_eligibility},
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

}  // namespace kokuho::rules
