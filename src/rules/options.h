#pragma once
// The options of one family's rule function: what its YAML declares under `options:`, with
// the values rules.yaml sets under the family's id, else the declared defaults. Checked
// before any rule runs, so a rule asks only for what its family declares.
#include <map>
#include <string>
#include <string_view>

namespace kokuho::rules {

// What an option holds: true or false, a whole number in a range, or one of some words.
enum class option_kind { flag, number, choice };

// An option a rule function reads, as the registry names it.
struct option_read {
    std::string_view name;
    option_kind kind;
};

class family_options {
public:
    void set(std::string name, std::string text) { values_[std::move(name)] = std::move(text); }

    bool flag(std::string_view name) const { return text(name) == "true"; }
    int number(std::string_view name) const;
    const std::string& text(std::string_view name) const;  // a choice or a text option

private:
    std::map<std::string, std::string, std::less<>> values_;  // canonical text: true, 12, all
};

}  // namespace kokuho::rules
