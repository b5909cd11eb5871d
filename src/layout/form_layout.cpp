#include "layout/form_layout.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/yaml.h"
#include "layout/items/registry.h"

namespace kokuho::layout {

namespace {

namespace fs = std::filesystem;
using style_map = std::map<std::string, text_style>;

std::string joined(const std::vector<std::string_view>& words) {
    std::string out;
    for (auto w : words) out += (out.empty() ? "" : ", ") + std::string(w);
    return out;
}

// Every key of the map must be one of `allowed` (the item keys come from the registry).
void check_keys(const std::string& file, const YAML::Node& map,
                const std::vector<std::string_view>& allowed) {
    if (!map.IsMap()) yaml::fail(file, map, "expected a mapping");
    for (const auto& entry : map) {
        auto key = entry.first.as<std::string>();
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            yaml::fail(file, entry.first, "unknown key \"" + key + "\" (expected one of: " + joined(allowed) + ")");
    }
}

align parse_align(const std::string& file, const YAML::Node& node) {
    auto text = node.as<std::string>();
    if (text == "left") return align::left;
    if (text == "center") return align::center;
    if (text == "right") return align::right;
    if (text == "distribute") return align::distribute;
    yaml::fail(file, node, "align: expected left, center, right or distribute");
}

bool parse_vertical(const std::string& file, const YAML::Node& node) {
    auto text = node.as<std::string>();
    if (text == "horizontal" || text == "vertical") return text == "vertical";
    yaml::fail(file, node, "direction: expected horizontal or vertical");
}

// 縦中横 sets one or two digits, three at most, in the one em of a column.
int parse_upright_digits(const std::string& file, const YAML::Node& node) {
    double n = yaml::number(file, node, "upright_digits", 0);
    if (n != 0 && n != 1 && n != 2 && n != 3)
        yaml::fail(file, node["upright_digits"], "upright_digits: expected 0 to 3 (digits set side by side)");
    return static_cast<int>(n);
}

text_style parse_style(const std::string& file, const YAML::Node& node, text_style base) {
    if (auto f = node["font"]) base.family = f.as<std::string>();
    base.size = yaml::number(file, node, "size", base.size);
    base.min_size = yaml::number(file, node, "min_size", base.min_size);
    base.line_spacing = yaml::number(file, node, "line_spacing", base.line_spacing);
    if (auto a = node["align"]) base.horizontal = parse_align(file, a);
    base.wrap = yaml::flag(file, node, "wrap", base.wrap);
    if (auto d = node["direction"]) base.vertical = parse_vertical(file, d);
    if (node["upright_digits"]) base.upright_digits = parse_upright_digits(file, node);
    return base;
}

text_style style_of(const std::string& file, const YAML::Node& node, const style_map& styles) {
    text_style base;
    if (auto s = node["style"]) {
        auto it = styles.find(s.as<std::string>());
        if (it == styles.end()) yaml::fail(file, s, "unknown style \"" + s.as<std::string>() + "\"");
        base = it->second;
    }
    return parse_style(file, node, base);
}

style_map load_styles(const std::string& file, const YAML::Node& node, style_map styles) {
    if (!node) return styles;
    for (const auto& entry : node) {
        check_keys(file, entry.second, style_keys);
        styles[entry.first.as<std::string>()] = style_of(file, entry.second, styles);
    }
    return styles;
}

// The type named by the item's key, or an error listing the keys that name an item.
const item_type& type_of_node(const std::string& file, const YAML::Node& node) {
    if (const item_type* type = item_type_of(node)) return *type;
    auto keys = type_keys();
    keys.push_back("part");
    yaml::fail(file, node, "an item needs one of " + joined(keys));
}

struct loader {
    std::string layouts_dir;

    void load_items(const std::string& file, const YAML::Node& list, const style_map& styles,
                    double dx, double dy, std::vector<layout_item>& out) {
        if (!list.IsSequence()) yaml::fail(file, list, "items: expected a list");
        for (const auto& node : list) load_item(file, node, styles, dx, dy, out);
    }

    // The common keys (at, style keys, when) are read here; the rest by the item's type.
    void load_item(const std::string& file, const YAML::Node& node, const style_map& styles,
                   double dx, double dy, std::vector<layout_item>& out) {
        if (!node.IsMap()) yaml::fail(file, node, "expected a mapping");
        if (node["part"]) {
            load_part_item(file, node, styles, dx, dy, out);
            return;
        }
        const item_type& type = type_of_node(file, node);
        check_keys(file, node, item_keys(type));
        item_node in{file, node, dx, dy, {}, {}};
        if (type.styled) in.style = style_of(file, node, styles);
        if (type.placed_by_at) in.at = rect_of(file, node, "at", dx, dy);
        out.push_back({yaml::text(file, node, "when", ""), type.load(in)});
    }

    // part: NAME, at: [x, y]: the items of layouts/parts/NAME.yaml, moved by at.
    void load_part_item(const std::string& file, const YAML::Node& node, const style_map& styles,
                        double dx, double dy, std::vector<layout_item>& out) {
        check_keys(file, node, {"part", "at"});
        auto at = numbers(file, node, "at", 2);
        auto name = yaml::required_text(file, node, "part");
        if (name.find_first_of("/\\") != std::string::npos || name.starts_with("."))
            yaml::fail(file, node["part"], "part: a name in layouts/parts/, not a path");
        auto path = (fs::path(layouts_dir) / "parts" / (name + ".yaml")).string();
        yaml::within(path, [&] {
            auto d = yaml::load_file(path);
            yaml::check_keys(path, d.root, {"styles", "items"});
            auto part_styles = load_styles(path, d.root["styles"], styles);
            load_items(path, d.root["items"], part_styles, dx + at[0], dy + at[1], out);
        });
    }
};

void add_once(std::vector<std::string>& list, const std::string& name) {
    if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

// Calls f(item, fields it reads) for every item that reads a field.
template <typename F>
void for_each_read(const form_layout& form, F f) {
    for (const auto& page : form.pages)
        for (const auto& it : page.items) {
            const item_type& type = item_type_of(it.spec);
            if (!type.fields_read) continue;
            std::vector<std::string> read;
            type.fields_read(it.spec, read);
            f(it, read);
        }
}

form_layout read_layout_file(const std::string& layouts_dir, const std::string& name, const std::string& path) {
    auto d = yaml::load_file(path);
    yaml::check_keys(path, d.root, {"styles", "pages"});
    loader l{layouts_dir};
    auto styles = load_styles(path, d.root["styles"], {});
    form_layout out{name, path, {}};
    if (!d.root["pages"] || !d.root["pages"].IsSequence())
        yaml::fail(path, d.root, "pages: expected a list of pages");
    for (const auto& page_node : d.root["pages"]) {
        yaml::check_keys(path, page_node, {"size", "items"});
        auto size = numbers(path, page_node, "size", 2);
        layout_page page{size[0], size[1], {}};
        l.load_items(path, page_node["items"], styles, 0, 0, page.items);
        out.pages.push_back(std::move(page));
    }
    return out;
}

}  // namespace

form_layout load_layout(const std::string& layouts_dir, const std::string& name) {
    auto path = (fs::path(layouts_dir) / (name + ".yaml")).string();
    return yaml::within(path, [&] { return read_layout_file(layouts_dir, name, path); });
}

std::vector<std::string> unbound_fields(const form_layout& form,
                                        const std::function<bool(std::string_view)>& is_bound) {
    std::vector<std::string> out;
    for_each_read(form, [&](const layout_item& it, const std::vector<std::string>& read) {
        if (!it.when.empty() && !is_bound(it.when)) return;  // never drawn
        for (const auto& name : read)
            if (!is_bound(name)) add_once(out, name);
    });
    return out;
}

}  // namespace kokuho::layout
