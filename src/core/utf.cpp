#include "core/utf.h"

#include <unicode/utf8.h>

namespace kokuho {

std::u32string to_utf32(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    int32_t i = 0, length = int32_t(utf8.size());
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        out.push_back(c < 0 ? U'\uFFFD' : char32_t(c));
    }
    return out;
}

bool decode_utf8(std::string_view utf8, std::u32string& out) {
    out.clear();
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    int32_t i = 0, length = int32_t(utf8.size());
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return false;
        out.push_back(char32_t(c));
    }
    return true;
}

std::string to_utf8(char32_t c) {
    uint8_t buf[4];
    int32_t i = 0;
    UBool error = false;
    U8_APPEND(buf, i, 4, UChar32(c), error);
    if (error) return "\xEF\xBF\xBD";
    return std::string(reinterpret_cast<char*>(buf), std::size_t(i));
}

std::string to_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) out += to_utf8(c);
    return out;
}

}  // namespace kokuho
