#pragma once
// Unicode helpers for vendor files: characters with variation selectors,
// the JIS/CP932 spelling pairs, and half-width/full-width conversion.
#include <memory>
#include <string>
#include <string_view>

#include <unicode/uversion.h>

#include "core/utf.h"

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace kokuho::fixed {


// C0 and C1 control characters and DEL: never written into a fixed-width record.
bool is_control(char32_t c);

// Private use code points: a source system's 外字, whose glyph the contractor cannot know.
bool is_private_use(char32_t c);

// The length of the character starting at from: one code point and the variation
// selectors (異体字セレクタ) that follow it.
std::size_t character_length(std::u32string_view text, std::size_t from);

// Rewrites the JIS spellings to the ones CP932 uses (U+301C to U+FF5E, U+2212 to U+FF0D...).
void map_jis_to_cp932(std::u32string& text);

// The other spelling of a character of that list, or 0: lets a target that has only the
// JIS spelling (the EBCDIC code pages) still write it.
char32_t spelling_counterpart(char32_t c);

// Full-width to half-width (X fields) and back (N fields), with ICU transliterators.
class width_converter {
public:
    width_converter();
    ~width_converter();
    width_converter(const width_converter&) = delete;
    width_converter& operator=(const width_converter&) = delete;

    void to_halfwidth(std::u32string& text) const;
    void to_fullwidth(std::u32string& text) const;

private:
    std::unique_ptr<icu::Transliterator> to_half_;
    std::unique_ptr<icu::Transliterator> to_full_;
};

}  // namespace kokuho::fixed
