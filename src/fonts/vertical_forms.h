#pragma once
// The vertical forms of a font's glyphs (縦書き): what its OpenType 'vert' and 'vrt2'
// substitutions make of a character set in a column (、。 moved to the upper right, ー「」（）
// turned, small kana shifted), found by shaping the character top to bottom with HarfBuzz.
// Immutable after construction: a HarfBuzz font may shape on several threads at once.
#include <cstdint>
#include <string_view>

struct hb_font_t;
struct hb_face_t;

namespace kokuho::fonts {

class vertical_forms {
public:
    // `font_bytes` is the whole font file; it must outlive this object.
    explicit vertical_forms(std::string_view font_bytes);
    ~vertical_forms();
    vertical_forms(const vertical_forms&) = delete;
    vertical_forms& operator=(const vertical_forms&) = delete;

    // The glyph that prints c in a column: the vertical form when the font has one, else the
    // character's own glyph; 0 when the font does not map c.
    std::uint16_t glyph(char32_t c) const;
    // The HarfBuzz face of the file, with a reference the caller releases (hb_face_destroy).
    hb_face_t* face() const;

private:
    hb_font_t* font_ = nullptr;
};

}  // namespace kokuho::fonts
