#pragma once
// Writing CSV (RFC 4180) for people to open in spreadsheet software: a field is quoted when
// it holds a comma, a quote or a line end, and a field that a spreadsheet would run as a
// formula (starting with =, +, -, @, a tab or a carriage return) gets a leading ' so that
// it shows as the text it is (CSV formula injection).
#include <string>
#include <string_view>

namespace kokuho {

std::string csv_field(std::string_view value);

}  // namespace kokuho
