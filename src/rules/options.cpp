#include "rules/options.h"

#include "core/error.h"

namespace kokuho::rules {

const std::string& family_options::text(std::string_view name) const {
    auto it = values_.find(name);
    if (it == values_.end())
        fail_internal("a rule asked for the option " + std::string(name) + ", which its family does not declare");
    return it->second;
}

int family_options::number(std::string_view name) const { return std::stoi(text(name)); }

}  // namespace kokuho::rules
