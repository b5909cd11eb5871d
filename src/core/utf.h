#pragma once
// UTF-8 <-> UTF-32 through ICU's macros.
#include <string>
#include <string_view>

namespace kokuho {

std::u32string to_utf32(std::string_view utf8);  // invalid sequences become U+FFFD
std::string to_utf8(std::u32string_view text);
std::string to_utf8(char32_t c);

}  // namespace kokuho
