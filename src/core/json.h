#pragma once
// Writing JSON text: strings escaped per RFC 8259.
#include <string>
#include <string_view>

namespace kokuho {

std::string json_string(std::string_view utf8);

}  // namespace kokuho
