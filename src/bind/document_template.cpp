#include "bind/document_template.h"

#include <algorithm>

#include "core/yaml.h"

namespace kokuho::bind {

namespace {

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
    return yaml::within(path, [&] {
        auto d = yaml::load_file(path);
        yaml::check_keys(path, d.root, {"maps", "fields", "variants"});
        document_template t;
        t.file_ = path;
        t.tables_ = load_tables(path, d.root["maps"]);
        t.fields_ = load_fields(path, d.root["fields"], t.tables_);
        if (auto variants = d.root["variants"])
            for (const auto& entry : variants)
                t.variants_.emplace_back(entry.first.as<std::string>(),
                                         load_fields(path, entry.second, t.tables_));
        return t;
    });
}

bool document_template::binds(std::string_view field) const {
    auto in = [&](const field_list& list) {
        return std::any_of(list.begin(), list.end(), [&](const auto& f) { return f.first == field; });
    };
    if (in(fields_)) return true;
    return std::any_of(variants_.begin(), variants_.end(), [&](const auto& v) { return in(v.second); });
}

void document_template::check_names(const std::function<bool(std::string_view)>& is_source) const {
    auto known = [&](std::string_view name) { return is_source(name) || binds(name); };
    for (const auto& [name, expr] : fields_) expr.check_names(known);
    for (const auto& [variant, fields] : variants_)
        for (const auto& [name, expr] : fields) expr.check_names(known);
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
