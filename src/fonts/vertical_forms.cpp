#include "fonts/vertical_forms.h"

#include <hb.h>

#include "core/error.h"

namespace kokuho::fonts {

vertical_forms::vertical_forms(std::string_view font_bytes) {
    hb_blob_t* blob = hb_blob_create(font_bytes.data(), static_cast<unsigned>(font_bytes.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, 0);
    font_ = hb_font_create(face);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
}

vertical_forms::~vertical_forms() { hb_font_destroy(font_); }

hb_face_t* vertical_forms::face() const { return hb_face_reference(hb_font_get_face(font_)); }

std::uint16_t vertical_forms::glyph(char32_t c) const {
    // Japanese, top to bottom: HarfBuzz applies the 'vert' substitutions of the font's
    // kana/kanji scripts (or its default script) to a vertical run.
    static const hb_feature_t features[] = {{HB_TAG('v', 'r', 't', '2'), 1, 0, static_cast<unsigned>(-1)}};
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf32(buffer, reinterpret_cast<const std::uint32_t*>(&c), 1, 0, 1);
    hb_buffer_guess_segment_properties(buffer);
    hb_buffer_set_direction(buffer, HB_DIRECTION_TTB);
    hb_buffer_set_language(buffer, hb_language_from_string("ja", -1));
    hb_shape(font_, buffer, features, 1);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    std::uint32_t result = count == 1 ? info[0].codepoint : 0;
    hb_buffer_destroy(buffer);
    if (result > 0xFFFF) fail_internal("HarfBuzz gave a glyph id beyond 16 bits");
    return static_cast<std::uint16_t>(result);
}

}  // namespace kokuho::fonts
