#pragma once
// Writing CSV (RFC 4180): a field quoted when it holds a comma, a quote or a line end.
#include <string>
#include <string_view>

namespace kokuho {

std::string csv_field(std::string_view value);

}  // namespace kokuho
