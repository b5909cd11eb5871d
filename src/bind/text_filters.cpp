#include "bind/text_filters.h"

#include "core/utf.h"

namespace kokuho::bind {

namespace {

// 0-9 for an ASCII or full-width digit, -1 for anything else.
int digit_value(char32_t c) {
    if (c >= U'0' && c <= U'9') return int(c - U'0');
    if (c >= U'０' && c <= U'９') return int(c - U'０');
    return -1;
}

bool is_hyphen(char32_t c) {
    return c == U'-' || c == U'‐' || c == U'‑' || c == U'−' || c == U'－' || c == U'ー';
}

}  // namespace

std::string fullwidth_digits(const std::string& value) {
    std::u32string out;
    for (char32_t c : to_utf32(value)) out += c >= U'0' && c <= U'9' ? c - U'0' + U'０' : c;
    return to_utf8(out);
}

std::string kanji_numerals(const std::string& value) {
    static constexpr char32_t kanji[] = U"〇一二三四五六七八九";
    auto text = to_utf32(value);
    std::u32string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        int d = digit_value(text[i]);
        bool joins_digits = is_hyphen(text[i]) && i > 0 && i + 1 < text.size() &&
                            digit_value(text[i - 1]) >= 0 && digit_value(text[i + 1]) >= 0;
        out += d >= 0 ? kanji[d] : joins_digits ? U'ー' : text[i];
    }
    return to_utf8(out);
}

std::string nth_digit(const std::string& value, int n) {
    int seen = 0;
    for (char32_t c : to_utf32(value)) {
        int d = digit_value(c);
        if (d >= 0 && ++seen == n) return std::string(1, char('0' + d));
    }
    return "";
}

}  // namespace kokuho::bind
