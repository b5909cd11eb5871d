// A family's mid-year changes (changes:, 5.9.1).
#include <algorithm>
#include <filesystem>

#include "core/yaml.h"
#include "families/load.h"

namespace kokuho::families {

std::optional<change_rule> load_changes(const std::string& file, const YAML::Node& node, const family& f,
                                        const data_folders& folders) {
    if (!node) return std::nullopt;
    if (!node.IsMap()) yaml::fail(file, node, "changes: expected a mapping");
    yaml::check_keys(file, node, {"reasons", "judge", "list", "also_reissued"});
    change_rule c;
    if (!node["reasons"] || !node["reasons"].IsSequence() || node["reasons"].size() == 0)
        yaml::fail(file, node, "changes: reasons: a list of pull-out reasons that compare values");
    for (const auto& item : node["reasons"]) {
        auto id = item.as<std::string>();
        const auto* reason = f.find_reason(id);
        if (!reason || reason->when != pullout_reason::trigger::changed)
            yaml::fail(file, item, "changes: " + id + " is not a pull-out reason of this family that compares a value");
        c.reasons.push_back(id);
    }
    c.judge = yaml::flag(file, node, "judge", false);
    c.list = yaml::required_text(file, node, "list");
    auto list = std::filesystem::path(folders.layouts) / "lists" / (c.list + ".yaml");
    if (c.list.find_first_of("/\\.") != std::string::npos || !std::filesystem::is_regular_file(list))
        yaml::fail(file, node["list"], "list: no list layout \"" + c.list + "\" (" + list.string() + ")");
    if (auto also = node["also_reissued"]) {
        if (!also.IsMap()) yaml::fail(file, also, "also_reissued: expected family, forms and when");
        yaml::check_keys(file, also, {"family", "forms", "when"});
        c.also_family = yaml::required_text(file, also, "family");
        c.also_when = yaml::required_text(file, also, "when");
        if (!also["forms"] || !also["forms"].IsSequence()) yaml::fail(file, also, "also_reissued: forms: a list");
        for (const auto& form : also["forms"]) c.also_forms.push_back(form.as<std::string>());
    }
    return c;
}

}  // namespace kokuho::families
