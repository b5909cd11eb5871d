#pragma once
// Text as PDF strings want it: UTF-16BE (with surrogate pairs above the BMP), and hex.
#include <string>
#include <string_view>

namespace kokuho::pdf {

// UTF-16BE bytes, without a byte order mark.
std::string utf16be(std::u32string_view text);

// Upper-case hex digits, two per byte (the body of a <...> string).
std::string hex(std::string_view bytes);

}  // namespace kokuho::pdf
