// A family's mid-year changes (changes:, 5.9.1) and its monthly changes (monthly:, 5.11).
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

namespace {

std::map<std::string, std::string> word_map(const std::string& file, const YAML::Node& node, const char* what) {
    std::map<std::string, std::string> out;
    if (!node) return out;
    if (!node.IsMap()) yaml::fail(file, node, std::string("monthly: ") + what + ": expected a mapping");
    for (const auto& entry : node) out[entry.first.as<std::string>()] = entry.second.as<std::string>();
    return out;
}

}  // namespace

std::optional<monthly_rule> load_monthly(const std::string& file, const YAML::Node& node, const family& f,
                                         const data_folders& folders) {
    if (!node) return std::nullopt;
    if (!node.IsMap()) yaml::fail(file, node, "monthly: expected a mapping");
    yaml::check_keys(file, node, {"content", "not_printed", "form_reasons", "variant_reasons", "new_reasons", "age70", "labels", "letter"});
    monthly_rule m;
    if (auto content = node["content"]) {
        if (!content.IsSequence()) yaml::fail(file, content, "monthly: content: a list of pull-out reasons");
        for (const auto& item : content) {
            auto id = item.as<std::string>();
            const auto* reason = f.find_reason(id);
            if (!reason || reason->when != pullout_reason::trigger::changed)
                yaml::fail(file, item, "monthly: content: " + id + " is not a pull-out reason of this family that compares a value");
            m.content.push_back(id);
        }
    }
    if (auto unprinted = node["not_printed"]) {
        if (!unprinted.IsMap()) yaml::fail(file, unprinted, "monthly: not_printed: form: [reasons]");
        for (const auto& entry : unprinted) {
            auto form = entry.first.as<std::string>();
            if (!f.find_form(form)) yaml::fail(file, entry.first, "monthly: not_printed: no form " + form);
            for (const auto& item : entry.second) {
                auto reason = item.as<std::string>();
                if (std::find(m.content.begin(), m.content.end(), reason) == m.content.end())
                    yaml::fail(file, item, "monthly: not_printed: " + reason + " is not one of content:");
                m.not_printed[form].push_back(reason);
            }
        }
    }
    m.form_reasons = word_map(file, node["form_reasons"], "form_reasons");
    m.variant_reasons = word_map(file, node["variant_reasons"], "variant_reasons");
    for (const auto& [variant, reason] : m.variant_reasons)
        if (!f.find_variant(variant)) yaml::fail(file, node["variant_reasons"], "monthly: variant_reasons: no variant " + variant);
    m.new_reasons = word_map(file, node["new_reasons"], "new_reasons");
    m.age70 = yaml::flag(file, node, "age70", false);
    m.labels = word_map(file, node["labels"], "labels");
    std::vector<std::string> given = m.content;
    for (const auto* table : {&m.form_reasons, &m.variant_reasons, &m.new_reasons})
        for (const auto& [from, reason] : *table) given.push_back(reason);
    for (const auto& extra : {"new_member", "validity", "age70", "form", "variant"}) given.emplace_back(extra);
    for (const auto& reason : given)
        if (!m.labels.count(reason))
            yaml::fail(file, node["labels"] ? node["labels"] : node, "monthly: labels: no text for the reason " + reason);
    m.letter = yaml::required_text(file, node, "letter");
    for (const auto& [folder, what] : {std::pair{folders.templates, "template"}, {folders.layouts, "layout"}}) {
        auto path = std::filesystem::path(folder) / (m.letter + ".yaml");
        if (m.letter.find_first_of("/\\.") != std::string::npos || !std::filesystem::is_regular_file(path))
            yaml::fail(file, node["letter"], std::string("letter: no ") + what + " \"" + m.letter + "\" (" + path.string() + ")");
    }
    return m;
}

}  // namespace kokuho::families
