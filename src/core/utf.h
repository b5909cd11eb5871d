#pragma once
// UTF-8 <-> UTF-32 through ICU's macros.
#include <string>
#include <string_view>

namespace kokuho {

std::u32string to_utf32(std::string_view utf8);  // invalid sequences become U+FFFD
// Replaces out with the code points of utf8; false when it is not valid UTF-8.
bool decode_utf8(std::string_view utf8, std::u32string& out);
std::string to_utf8(std::u32string_view text);
std::string to_utf8(char32_t c);

}  // namespace kokuho
