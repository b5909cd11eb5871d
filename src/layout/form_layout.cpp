#include "layout/form_layout.h"

#include <filesystem>
#include <map>

#include "core/yaml.h"

namespace kokuho::layout {

namespace {

namespace fs = std::filesystem;
using style_map = std::map<std::string, text_style>;

struct loader {
    std::string layouts_dir;

    std::vector<double> numbers(const std::string& file, const YAML::Node& parent, const char* key,
                                std::size_t count) {
        auto node = parent[key];
        if (!node) yaml::fail(file, parent, std::string("missing ") + key + ": expected " + std::to_string(count) + " numbers");
        if (!node.IsSequence() || node.size() != count)
            yaml::fail(file, node, "expected a list of " + std::to_string(count) + " numbers");
        std::vector<double> out;
        for (const auto& n : node) {
            try {
                out.push_back(n.as<double>());
            } catch (const YAML::Exception&) {
                yaml::fail(file, n, std::string(key) + ": \"" + n.as<std::string>("") + "\" is not a number");
            }
        }
        return out;
    }

    align parse_align(const std::string& file, const YAML::Node& node) {
        auto text = node.as<std::string>();
        if (text == "left") return align::left;
        if (text == "center") return align::center;
        if (text == "right") return align::right;
        if (text == "distribute") return align::distribute;
        yaml::fail(file, node, "align: expected left, center, right or distribute");
    }

    text_style parse_style(const std::string& file, const YAML::Node& node, text_style base) {
        if (auto f = node["font"]) base.family = f.as<std::string>();
        base.size = yaml::number(file, node, "size", base.size);
        base.min_size = yaml::number(file, node, "min_size", base.min_size);
        base.line_spacing = yaml::number(file, node, "line_spacing", base.line_spacing);
        if (auto a = node["align"]) base.horizontal = parse_align(file, a);
        base.wrap = yaml::flag(file, node, "wrap", base.wrap);
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
            yaml::check_keys(file, entry.second,
                             {"font", "size", "min_size", "line_spacing", "align", "wrap", "style"});
            styles[entry.first.as<std::string>()] = style_of(file, entry.second, styles);
        }
        return styles;
    }

    void place(layout_item& it, const std::string& file, const YAML::Node& node, const char* key,
               double dx, double dy) {
        auto at = numbers(file, node, key, 4);
        it.x = at[0] + dx;
        it.y = at[1] + dy;
        it.w = at[2];
        it.h = at[3];
    }

    void load_items(const std::string& file, const YAML::Node& list, const style_map& styles,
                    double dx, double dy, std::vector<layout_item>& out) {
        if (!list.IsSequence()) yaml::fail(file, list, "items: expected a list");
        for (const auto& node : list) load_item(file, node, styles, dx, dy, out);
    }

    void load_item(const std::string& file, const YAML::Node& node, const style_map& styles,
                   double dx, double dy, std::vector<layout_item>& out) {
        yaml::check_keys(file, node, {"text", "field", "line", "box", "image", "file", "part",
                                      "at", "style", "font", "size", "min_size", "line_spacing",
                                      "align", "wrap", "when", "width", "fill", "dashed", "name"});
        if (auto part = node["part"]) {
            auto at = numbers(file, node, "at", 2);
            load_part(part.as<std::string>(), styles, dx + at[0], dy + at[1], out);
            return;
        }
        layout_item it;
        it.when = yaml::text(file, node, "when", "");
        it.line_width = yaml::number(file, node, "width", it.line_width);
        it.fill_gray = yaml::number(file, node, "fill", it.fill_gray);
        it.dashed = yaml::flag(file, node, "dashed", false);
        if (node["text"] || node["field"]) {
            bool is_field = bool(node["field"]);
            it.what = is_field ? layout_item::kind::field : layout_item::kind::text;
            it.value = (is_field ? node["field"] : node["text"]).as<std::string>();
            it.style = style_of(file, node, styles);
            place(it, file, node, "at", dx, dy);
        } else if (node["line"]) {
            auto l = numbers(file, node, "line", 4);
            it.what = layout_item::kind::line;
            it.x = l[0] + dx, it.y = l[1] + dy, it.w = l[2] - l[0], it.h = l[3] - l[1];
        } else if (node["box"]) {
            it.what = layout_item::kind::box;
            place(it, file, node, "box", dx, dy);
        } else if (node["image"] || node["file"]) {
            it.what = layout_item::kind::image;
            it.image_is_field = bool(node["image"]);
            it.value = it.image_is_field ? node["image"].as<std::string>()
                                         : yaml::resolve_path(file, node["file"].as<std::string>());
            place(it, file, node, "at", dx, dy);
        } else {
            yaml::fail(file, node, "an item needs one of text, field, line, box, image, file, part");
        }
        if ((it.what == layout_item::kind::text || it.what == layout_item::kind::field) && it.w <= 0)
            yaml::fail(file, node, "at: width must be positive");
        out.push_back(std::move(it));
    }

    void load_part(const std::string& name, const style_map& styles, double dx, double dy,
                   std::vector<layout_item>& out) {
        auto path = (fs::path(layouts_dir) / "parts" / (name + ".yaml")).string();
        auto d = yaml::load_file(path);
        yaml::check_keys(path, d.root, {"styles", "items"});
        auto part_styles = load_styles(path, d.root["styles"], styles);
        load_items(path, d.root["items"], part_styles, dx, dy, out);
    }
};

}  // namespace

form_layout load_layout(const std::string& layouts_dir, const std::string& name) {
    auto path = (fs::path(layouts_dir) / (name + ".yaml")).string();
    auto d = yaml::load_file(path);
    yaml::check_keys(path, d.root, {"styles", "pages"});
    loader l{layouts_dir};
    auto styles = l.load_styles(path, d.root["styles"], {});
    form_layout out{name, path, {}};
    if (!d.root["pages"] || !d.root["pages"].IsSequence())
        yaml::fail(path, d.root, "pages: expected a list of pages");
    for (const auto& page_node : d.root["pages"]) {
        yaml::check_keys(path, page_node, {"size", "items"});
        auto size = l.numbers(path, page_node, "size", 2);
        layout_page page{size[0], size[1], {}};
        l.load_items(path, page_node["items"], styles, 0, 0, page.items);
        out.pages.push_back(std::move(page));
    }
    return out;
}

}  // namespace kokuho::layout
