#pragma once
// Reading YAML files with errors that name file:line:column.
#include <initializer_list>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "core/error.h"

namespace kokuho::yaml {

// A node together with the file it came from.
struct doc {
    std::string file;
    YAML::Node root;
};

doc load_file(const std::string& path);
// Parses YAML text read from `source` (a file name for messages).
YAML::Node parse_text(std::string_view text, const std::string& source);

source_location where(const std::string& file, const YAML::Node& node);
[[noreturn]] void fail(const std::string& file, const YAML::Node& node, std::string message);
[[noreturn]] void fail_at(const std::string& file, const YAML::Exception& e);

// Runs a loader over one file's nodes: a value of the wrong YAML kind (a list where text
// goes) becomes an input error at its place in the file, not an internal error.
template <class loader>
auto within(const std::string& file, loader&& load) -> decltype(load()) {
    try {
        return load();
    } catch (const YAML::Exception& e) {
        fail_at(file, e);
    }
}

// Every key of the map must be one of `allowed`.
void check_keys(const std::string& file, const YAML::Node& map,
                std::initializer_list<std::string_view> allowed);

std::string text(const std::string& file, const YAML::Node& map, const char* key,
                 std::string fallback);
std::string required_text(const std::string& file, const YAML::Node& map, const char* key);
double number(const std::string& file, const YAML::Node& map, const char* key, double fallback);
int integer(const std::string& file, const YAML::Node& map, const char* key, int fallback);
bool flag(const std::string& file, const YAML::Node& map, const char* key, bool fallback);

// Resolves a path written in a YAML file relative to that file's folder.
std::string resolve_path(const std::string& yaml_file, const std::string& path);

}  // namespace kokuho::yaml
