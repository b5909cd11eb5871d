#include "render/fixed/unicode_text.h"

#include <algorithm>
#include <array>
#include <utility>

#include <unicode/translit.h>
#include <unicode/utf8.h>

#include "core/error.h"

namespace kokuho::fixed {

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

bool is_private_use(char32_t c) {
    return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
}

static bool is_variation_selector(char32_t c) {
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

std::size_t character_length(std::u32string_view text, std::size_t from) {
    std::size_t end = from + 1;
    while (end < text.size() && is_variation_selector(text[end])) ++end;
    return end - from;
}

// JIS spelling, CP932 spelling: the same character to a reader, different code points.
static constexpr std::array<std::pair<char32_t, char32_t>, 7> spellings{{
    {0x301C, 0xFF5E},  // 〜 wave dash
    {0x2016, 0x2225},  // ‖ double vertical line
    {0x2212, 0xFF0D},  // − minus
    {0x00A2, 0xFFE0},  // ¢
    {0x00A3, 0xFFE1},  // £
    {0x00AC, 0xFFE2},  // ¬
    {0x2014, 0x2015},  // — dash
}};

void map_jis_to_cp932(std::u32string& text) {
    for (auto& c : text) {
        bool may_be_jis = (c >= 0xA2 && c <= 0xAC) || (c >= 0x2014 && c <= 0x2212) || c == 0x301C;
        if (!may_be_jis) continue;
        for (auto [jis, cp932] : spellings)
            if (c == jis) c = cp932;
    }
}

char32_t spelling_counterpart(char32_t c) {
    for (auto [jis, cp932] : spellings) {
        if (c == jis) return cp932;
        if (c == cp932) return jis;
    }
    return 0;
}

static std::unique_ptr<icu::Transliterator> make_transliterator(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(
        icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !made)
        fail_internal(std::string("ICU has no transliterator ") + id + ": " + u_errorName(status));
    return made;
}

width_converter::width_converter()
    : to_half_(make_transliterator("Fullwidth-Halfwidth")),
      to_full_(make_transliterator("Halfwidth-Fullwidth")) {}

width_converter::~width_converter() = default;

static void transliterate(const icu::Transliterator& converter, std::u32string& text) {
    auto unicode = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                 static_cast<int32_t>(text.size()));
    converter.transliterate(unicode);
    text.resize(static_cast<std::size_t>(unicode.countChar32()));
    UErrorCode status = U_ZERO_ERROR;
    unicode.toUTF32(reinterpret_cast<UChar32*>(text.data()), static_cast<int32_t>(text.size()),
                    status);
    if (U_FAILURE(status)) fail_internal("width conversion failed");
}

// Text that is already ASCII and half-width katakana skips the transliterator.
void width_converter::to_halfwidth(std::u32string& text) const {
    auto half = [](char32_t c) { return c < 0x80 || (c >= 0xFF61 && c <= 0xFF9F); };
    if (!std::all_of(text.begin(), text.end(), half)) transliterate(*to_half_, text);
}

// Text with nothing from below U+3000 or the half-width forms skips the transliterator.
void width_converter::to_fullwidth(std::u32string& text) const {
    auto full = [](char32_t c) { return c >= 0x3000 && (c < 0xFF61 || c > 0xFFEF); };
    if (!std::all_of(text.begin(), text.end(), full)) transliterate(*to_full_, text);
}

}  // namespace kokuho::fixed
