#include "layout/items/item.h"

#include <regex>

#include "core/yaml.h"

namespace kokuho::layout {

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

std::string name_of(const item_node& in, const char* key) {
    auto name = yaml::required_text(in.file, in.node, key);
    if (name.empty()) yaml::fail(in.file, in.node[key], std::string(key) + ": must not be empty");
    return name;
}

stroke_color color_of(const std::string& file, const YAML::Node& parent) {
    auto node = parent["color"];
    if (!node) return {};
    auto text = node.as<std::string>("");
    if (!std::regex_match(text, std::regex("#[0-9A-Fa-f]{6}")))
        yaml::fail(file, node, "color: expected \"#RRGGBB\" (for example \"#E60012\", vermilion)");
    auto part = [&](std::size_t at) { return double(std::stoi(text.substr(at, 2), nullptr, 16)) / 255; };
    return {part(1), part(3), part(5)};
}

rect rect_of(const std::string& file, const YAML::Node& parent, const char* key, double dx,
             double dy) {
    auto r = numbers(file, parent, key, 4);
    return {r[0] + dx, r[1] + dy, r[2], r[3]};
}

}  // namespace kokuho::layout
