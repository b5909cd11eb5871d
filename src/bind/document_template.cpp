#include "bind/document_template.h"

#include "core/yaml.h"

namespace kokuho::bind {

namespace {

lookup_tables load_tables(const std::string& file, const YAML::Node& maps) {
    lookup_tables tables;
    if (!maps) return tables;
    if (!maps.IsMap()) yaml::fail(file, maps, "maps: expected a mapping of tables");
    for (const auto& table : maps) {
        auto& target = tables[table.first.as<std::string>()];
        if (!table.second.IsMap()) yaml::fail(file, table.second, "a map table must be a mapping");
        for (const auto& entry : table.second)
            target[entry.first.as<std::string>()] = entry.second.as<std::string>();
    }
    return tables;
}

std::vector<std::pair<std::string, expression>> load_fields(const std::string& file,
                                                            const YAML::Node& node,
                                                            const lookup_tables& tables) {
    std::vector<std::pair<std::string, expression>> fields;
    if (!node) return fields;
    if (!node.IsMap()) yaml::fail(file, node, "expected a mapping of field: expression");
    for (const auto& entry : node) {
        if (!entry.second.IsScalar()) yaml::fail(file, entry.second, "a field expression must be text");
        fields.emplace_back(entry.first.as<std::string>(),
                            expression::parse(entry.second.as<std::string>(),
                                              yaml::where(file, entry.second), tables));
    }
    return fields;
}

}  // namespace

document_template document_template::load(const std::string& path) {
    auto d = yaml::load_file(path);
    yaml::check_keys(path, d.root, {"form", "layout", "layouts", "maps", "fields", "variants"});
    document_template t;
    t.file_ = path;
    t.form_ = yaml::required_text(path, d.root, "form");
    if (auto one = d.root["layout"]) t.layouts_.emplace_back("", one.as<std::string>());
    if (auto many = d.root["layouts"])
        for (const auto& entry : many)
            t.layouts_.emplace_back(entry.first.as<std::string>(), entry.second.as<std::string>());
    if (t.layouts_.empty()) yaml::fail(path, d.root, "a template needs layout: or layouts:");
    t.tables_ = load_tables(path, d.root["maps"]);
    t.fields_ = load_fields(path, d.root["fields"], t.tables_);
    if (auto variants = d.root["variants"])
        for (const auto& entry : variants)
            t.variants_.emplace_back(entry.first.as<std::string>(),
                                     load_fields(path, entry.second, t.tables_));
    return t;
}

const std::string& document_template::layout(const std::string& size_key) const {
    for (const auto& [key, name] : layouts_)
        if (key.empty() || key == size_key) return name;
    fail_input({file_}, "no layout for size \"" + size_key + "\"");
}

values document_template::bind(const values& source, const std::string& variant,
                               era_formatter& eras) const {
    values out = source;
    for (const auto& [name, expr] : fields_) out.set(name, expr.evaluate(out, tables_, eras));
    for (const auto& [name, fields] : variants_) {
        if (name != variant) continue;
        for (const auto& [field, expr] : fields) out.set(field, expr.evaluate(out, tables_, eras));
    }
    return out;
}

}  // namespace kokuho::bind
