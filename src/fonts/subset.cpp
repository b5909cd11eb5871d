#include "fonts/subset.h"

#include <hb-subset.h>

#include "core/error.h"

namespace kokuho::fonts {

namespace {

// Tables a CIDFontType2 in a PDF does not use: text is shaped before it is written, vertical
// metrics come from the PDF's DW2 and W2, and kerning from the positions.
constexpr hb_tag_t dropped_tables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('v', 'h', 'e', 'a'),
    HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G'), HB_TAG('k', 'e', 'r', 'n'),
    HB_TAG('g', 'a', 's', 'p'), HB_TAG('h', 'd', 'm', 'x'), HB_TAG('L', 'T', 'S', 'H'),
    HB_TAG('V', 'D', 'M', 'X'), HB_TAG('D', 'S', 'I', 'G'),
};

struct subset_parts {
    hb_face_t* face = nullptr;
    hb_subset_input_t* input = nullptr;
    hb_subset_plan_t* plan = nullptr;
    hb_face_t* result = nullptr;
    hb_blob_t* blob = nullptr;
    ~subset_parts() {
        hb_blob_destroy(blob);
        hb_face_destroy(result);
        hb_subset_plan_destroy(plan);
        hb_subset_input_destroy(input);
        hb_face_destroy(face);
    }
};

}  // namespace

font_subset subset_font(const truetype_font& file, const std::vector<std::uint16_t>& glyphs, bool hinting) {
    subset_parts p;
    p.face = file.harfbuzz_face();
    p.input = hb_subset_input_create_or_fail();
    if (!p.input) fail_internal("HarfBuzz cannot start a subset of " + file.path());
    hb_set_t* kept = hb_subset_input_glyph_set(p.input);
    hb_set_add(kept, 0);
    for (auto g : glyphs) hb_set_add(kept, g);
    hb_set_t* drop = hb_subset_input_set(p.input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t tag : dropped_tables) hb_set_add(drop, tag);
    if (!hinting) hb_subset_input_set_flags(p.input, HB_SUBSET_FLAGS_NO_HINTING);
    p.plan = hb_subset_plan_create_or_fail(p.face, p.input);
    if (p.plan) p.result = hb_subset_plan_execute_or_fail(p.plan);
    if (!p.result) fail_internal("HarfBuzz cannot subset " + file.path());
    p.blob = hb_face_reference_blob(p.result);
    unsigned length = 0;
    const char* data = hb_blob_get_data(p.blob, &length);
    font_subset out;
    out.program.assign(data, length);
    const hb_map_t* mapping = hb_subset_plan_old_to_new_glyph_mapping(p.plan);
    for (auto g : glyphs) {
        hb_codepoint_t renumbered = hb_map_get(mapping, g);
        if (renumbered == HB_MAP_VALUE_INVALID) fail_internal("HarfBuzz left a used glyph out of " + file.path());
        out.new_glyph.emplace(g, static_cast<std::uint16_t>(renumbered));
    }
    return out;
}

}  // namespace kokuho::fonts
