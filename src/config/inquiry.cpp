#include "config/inquiry.h"

#include <filesystem>
#include <regex>

#include "core/municipality.h"
#include "core/yaml.h"

namespace kokuho {

namespace {

municipality_entry load_entry(const std::string& path, const YAML::Node& code, const YAML::Node& node) {
    municipality_entry m;
    m.code = code.as<std::string>();
    if (auto problem = municipality_code_problem(m.code)) yaml::fail(path, code, m.code + ": " + *problem);
    if (!node.IsMap()) yaml::fail(path, node, m.code + ": expected name, section, postal_code and address");
    yaml::check_keys(path, node, {"name", "section", "postal_code", "address"});
    m.name = yaml::required_text(path, node, "name");
    m.section = yaml::required_text(path, node, "section");
    m.postal_code = yaml::required_text(path, node, "postal_code");
    m.address = yaml::required_text(path, node, "address");
    static const std::regex postal(R"(\d{3}-\d{4})");
    if (!std::regex_match(m.postal_code, postal))
        yaml::fail(path, node["postal_code"], "postal_code: expected NNN-NNNN");
    return m;
}

}  // namespace

inquiry_settings load_inquiry_settings(const std::string& path) {
    inquiry_settings s;
    if (!std::filesystem::exists(path)) return s;
    return yaml::within(path, [&] {
        auto d = yaml::load_file(path);
        yaml::check_keys(path, d.root, {"reply_within_days", "municipalities"});
        s.reply_within_days = yaml::integer(path, d.root, "reply_within_days", s.reply_within_days);
        if (s.reply_within_days < 1 || s.reply_within_days > 365)
            yaml::fail(path, d.root["reply_within_days"], "reply_within_days: from 1 to 365");
        auto table = d.root["municipalities"];
        if (table && !table.IsMap()) yaml::fail(path, table, "municipalities: expected a mapping by code");
        for (const auto& entry : table) {
            if (!entry.first.IsScalar()) yaml::fail(path, entry.first, "municipalities: a code is expected");
            auto m = load_entry(path, entry.first, entry.second);
            if (s.municipalities.count(m.code)) yaml::fail(path, entry.first, m.code + ": given twice");
            s.municipalities.emplace(m.code, std::move(m));
        }
        return s;
    });
}

}  // namespace kokuho
