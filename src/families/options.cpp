// A family's options: the declarations of its YAML and the settings of rules.yaml.
#include <algorithm>
#include <charconv>

#include "core/text.h"
#include "core/yaml.h"
#include "families/family.h"
#include "families/load.h"

namespace kokuho::families {

namespace {

std::optional<int> as_number(const std::string& text) {
    int n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return n;
}

// The canonical text of a value for an option, or why it does not fit.
std::string checked(const option_declaration& d, const std::string& text, std::string& problem) {
    using kind = rules::option_kind;
    if (d.what == kind::flag) {
        if (text == "true" || text == "false") return text;
        problem = "expected true or false";
    } else if (d.what == kind::number) {
        auto n = as_number(text);
        if (n && *n >= d.minimum && *n <= d.maximum) return std::to_string(*n);
        problem = "expected a whole number from " + std::to_string(d.minimum) + " to " + std::to_string(d.maximum);
    } else {
        if (std::find(d.choices.begin(), d.choices.end(), text) != d.choices.end()) return text;
        problem = "expected one of " + join(d.choices, ", ");
    }
    return "";
}

option_declaration load_declaration(const std::string& file, const std::string& name, const YAML::Node& node) {
    yaml::check_keys(file, node, {"default", "min", "max", "choices"});
    option_declaration d;
    d.name = name;
    if (!node["default"] || !node["default"].IsScalar()) yaml::fail(file, node, name + ": needs a default");
    auto fallback = node["default"].as<std::string>();
    using kind = rules::option_kind;
    if (node["choices"]) {
        d.what = kind::choice;
        for (const auto& c : node["choices"]) d.choices.push_back(c.as<std::string>());
    } else if (fallback == "true" || fallback == "false") {
        d.what = kind::flag;
    } else if (as_number(fallback)) {
        d.what = kind::number;
        if (!node["min"] || !node["max"]) yaml::fail(file, node, name + ": a number needs min: and max:");
        d.minimum = yaml::integer(file, node, "min", 0);
        d.maximum = yaml::integer(file, node, "max", 0);
    } else {
        yaml::fail(file, node["default"], name + ": a default of true or false, a whole number, or one of choices:");
    }
    std::string problem;
    d.fallback = checked(d, fallback, problem);
    if (!problem.empty()) yaml::fail(file, node["default"], name + ": the default does not fit: " + problem);
    return d;
}

}  // namespace

std::vector<option_declaration> load_options(const std::string& file, const YAML::Node& node) {
    std::vector<option_declaration> options;
    if (!node) return options;
    if (!node.IsMap()) yaml::fail(file, node, "options: expected name: {default: ...}");
    for (const auto& entry : node) options.push_back(load_declaration(file, entry.first.as<std::string>(), entry.second));
    return options;
}

namespace {

// The setting of an option in rules.yaml under a family's id, checked against its declaration.
std::optional<std::string> setting_of(const std::string& family_id, const option_declaration& d, const config& cfg) {
    auto given = cfg.family_options.find(family_id);
    if (given == cfg.family_options.end()) return std::nullopt;
    for (const auto& s : given->second.settings) {
        if (s.name != d.name) continue;
        std::string problem;
        auto text = checked(d, s.text, problem);
        if (!problem.empty()) fail_input(s.value_where, family_id + "." + s.name + " \"" + s.text + "\": " + problem);
        return text;
    }
    return std::nullopt;
}

}  // namespace

rules::family_options options_for(const family& f, const config& cfg) {
    rules::family_options out;
    for (const auto& d : f.options) out.set(d.name, setting_of(f.id, d, cfg).value_or(d.fallback));
    for (const auto& b : f.borrowed)
        out.set(b.family + "." + b.declaration.name, setting_of(b.family, b.declaration, cfg).value_or(b.declaration.fallback));
    if (auto given = cfg.family_options.find(f.id); given != cfg.family_options.end())
        for (const auto& s : given->second.settings)
            if (std::none_of(f.options.begin(), f.options.end(), [&](const auto& o) { return o.name == s.name; }))
                fail_input(s.where, f.id + "." + s.name + ": not an option of the family (" + f.file + ")");
    return out;
}

bool switched_off(const family& f, const config& cfg) {
    return f.off_when && options_for(f, cfg).text(f.off_when->option) == f.off_when->value;
}

}  // namespace kokuho::families
