#pragma once
// A small command-line reader: --name value options and --flag switches.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kokuho::cli {

class args {
public:
    // Throws kokuho::error (input) for an unknown option or a missing value.
    args(const std::vector<std::string>& argv, const std::set<std::string>& options,
         const std::set<std::string>& flags);

    std::optional<std::string> get(const std::string& name) const;
    std::string required(const std::string& name) const;
    bool flag(const std::string& name) const { return flags_.contains(name); }

private:
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
};

}  // namespace kokuho::cli
