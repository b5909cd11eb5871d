#include "core/yaml.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

#include "core/files.h"

namespace kokuho::yaml {

namespace {

// yaml-cpp counts columns in bytes; editors count characters. Converts by reading the line.
int character_column(const std::string& file, int line, int byte_column) {
    static std::map<std::string, std::vector<std::string>> lines_of;
    auto it = lines_of.find(file);
    if (it == lines_of.end()) {
        std::vector<std::string> lines;
        std::ifstream in(file, std::ios::binary);
        for (std::string l; std::getline(in, l);) lines.push_back(l);
        it = lines_of.emplace(file, std::move(lines)).first;
    }
    if (line < 0 || std::size_t(line) >= it->second.size()) return byte_column + 1;
    const std::string& text = it->second[std::size_t(line)];
    int column = 1;
    for (int i = 0; i < byte_column && std::size_t(i) < text.size(); ++i)
        if ((static_cast<unsigned char>(text[std::size_t(i)]) & 0xC0) != 0x80) ++column;
    return column;
}

}  // namespace

doc load_file(const std::string& path) {
    if (!std::filesystem::exists(path)) fail_input({path}, "file not found");
    return {path, parse_text(read_whole_file(path), path)};
}

YAML::Node parse_text(std::string_view text, const std::string& source) {
    try {
        return YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        if (e.mark.is_null()) fail_input({source}, e.msg);
        fail_input({source, e.mark.line + 1, character_column(source, e.mark.line, e.mark.column)}, e.msg);
    }
}

source_location where(const std::string& file, const YAML::Node& node) {
    if (!node.IsDefined()) return {file};  // a key that is not there: the message names it
    auto mark = node.Mark();
    if (mark.is_null()) return {file};
    return {file, mark.line + 1, character_column(file, mark.line, mark.column)};
}

void fail_at(const std::string& file, const YAML::Exception& e) {
    if (e.mark.is_null()) fail_input({file}, "unexpected YAML: " + e.msg);
    fail_input({file, e.mark.line + 1, character_column(file, e.mark.line, e.mark.column)},
               "a value of the wrong kind (text, list or mapping): " + e.msg);
}

void fail(const std::string& file, const YAML::Node& node, std::string message) {
    fail_input(where(file, node), std::move(message));
}

void check_keys(const std::string& file, const YAML::Node& map,
                std::initializer_list<std::string_view> allowed) {
    if (!map.IsMap()) fail(file, map, "expected a mapping");
    for (const auto& entry : map) {
        if (!entry.first.IsScalar()) fail(file, entry.first, "a key must be a plain name");
        auto key = entry.first.as<std::string>();
        bool known = false;
        for (auto a : allowed) known = known || a == key;
        if (!known) {
            std::string list;
            for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
            fail(file, entry.first, "unknown key \"" + key + "\" (expected one of: " + list + ")");
        }
    }
}

template <typename T>
static T scalar(const std::string& file, const YAML::Node& node, const char* key,
                const char* what) {
    try {
        return node.as<T>();
    } catch (const YAML::Exception&) {
        fail(file, node, std::string(key) + ": expected " + what);
    }
}

std::string text(const std::string& file, const YAML::Node& map, const char* key,
                 std::string fallback) {
    auto node = map[key];
    if (!node || node.IsNull()) return fallback;
    return scalar<std::string>(file, node, key, "text");
}

std::string required_text(const std::string& file, const YAML::Node& map, const char* key) {
    auto node = map[key];
    if (!node || node.IsNull()) fail(file, map, std::string("missing key \"") + key + "\"");
    return scalar<std::string>(file, node, key, "text");
}

double number(const std::string& file, const YAML::Node& map, const char* key,
              double fallback) {
    auto node = map[key];
    if (!node || node.IsNull()) return fallback;
    return scalar<double>(file, node, key, "a number");
}

int integer(const std::string& file, const YAML::Node& map, const char* key, int fallback) {
    auto node = map[key];
    if (!node || node.IsNull()) return fallback;
    return scalar<int>(file, node, key, "an integer");
}

bool flag(const std::string& file, const YAML::Node& map, const char* key, bool fallback) {
    auto node = map[key];
    if (!node || node.IsNull()) return fallback;
    return scalar<bool>(file, node, key, "true or false");
}

std::string resolve_path(const std::string& yaml_file, const std::string& path) {
    std::filesystem::path p(path);
    if (p.is_absolute()) return p.string();
    return (std::filesystem::path(yaml_file).parent_path() / p).lexically_normal().string();
}

}  // namespace kokuho::yaml
