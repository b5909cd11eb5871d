#pragma once
// Joining pieces of text with a separator.
#include <string>
#include <vector>

namespace kokuho {

std::string join(const std::vector<std::string>& parts, const std::string& separator);

}  // namespace kokuho
