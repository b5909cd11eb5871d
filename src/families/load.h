#pragma once
// Reads one family file; every problem is an input error naming file:line:column.
#include <string>

#include "families/family.h"
#include "families/registry.h"

namespace kokuho::families {

family load_family(const std::string& path, const data_folders& folders);

}  // namespace kokuho::families
