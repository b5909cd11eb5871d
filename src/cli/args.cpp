#include "cli/args.h"

#include "core/error.h"

namespace kokuho::cli {

args::args(const std::vector<std::string>& argv, const std::set<std::string>& options,
           const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const auto& a = argv[i];
        if (a.rfind("--", 0) != 0) fail_input({"command line"}, "unexpected argument \"" + a + "\"");
        auto name = a.substr(2);
        auto eq = name.find('=');
        if (eq != std::string::npos) {
            if (!options.contains(name.substr(0, eq))) fail_input({"command line"}, "unknown option --" + name.substr(0, eq));
            values_[name.substr(0, eq)] = name.substr(eq + 1);
        } else if (flags.contains(name)) {
            flags_.insert(name);
        } else if (options.contains(name)) {
            if (i + 1 >= argv.size()) fail_input({"command line"}, "--" + name + " needs a value");
            values_[name] = argv[++i];
        } else {
            fail_input({"command line"}, "unknown option --" + name + " (see --help)");
        }
    }
}

std::optional<std::string> args::get(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string args::required(const std::string& name) const {
    auto v = get(name);
    if (!v) fail_input({"command line"}, "--" + name + " is required (see --help)");
    return *v;
}

}  // namespace kokuho::cli
