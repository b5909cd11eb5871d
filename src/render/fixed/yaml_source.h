#pragma once
// Reading the YAML files of this stage with locations for messages.
#include <filesystem>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "core/error.h"

namespace kokuho::fixed {

// The whole file; throws kokuho::error (input) when it cannot be read.
std::string read_text_file(const std::filesystem::path& path);

// Parses YAML text; syntax errors become kokuho::error (input) with file:line:column.
YAML::Node parse_yaml(std::string_view text, const std::string& source);

// The 1-based location of a node in the named file.
source_location location_of(const std::string& source, const YAML::Node& node);

}  // namespace kokuho::fixed
