#pragma once
// Reads one family file; every problem is an input error naming file:line:column.
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "families/family.h"
#include "families/registry.h"

namespace kokuho::families {

family load_family(const std::string& path, const data_folders& folders);

// changes: (5.9.1), checked against the family's pull-out reasons; the other family it names
// is checked by the registry.
// monthly: of a family file (5.11), checked against its pull-out reasons and variants; the
// letter's template and layout must exist.
std::optional<monthly_rule> load_monthly(const std::string& file, const YAML::Node& node, const family& f,
                                         const data_folders& folders);

std::optional<change_rule> load_changes(const std::string& file, const YAML::Node& node, const family& f,
                                        const data_folders& folders);

// The declarations under options:, each with its default.
std::vector<option_declaration> load_options(const std::string& file, const YAML::Node& node);

}  // namespace kokuho::families
