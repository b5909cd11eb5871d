#pragma once
// The font program a PDF embeds: a subset of a TrueType file with only the glyphs the
// document prints (and the parts of composite glyphs), made by HarfBuzz's subsetter. Its
// tables are cut down to those glyphs; the layout tables (GSUB, GPOS, ...) and the vertical
// metrics, which a PDF reader never consults, are dropped. The glyphs are renumbered; the
// caller maps its glyph ids through `new_glyph`.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "fonts/truetype.h"

namespace kokuho::fonts {

struct font_subset {
    std::string program;  // the sfnt bytes (FontFile2)
    std::unordered_map<std::uint16_t, std::uint16_t> new_glyph;  // old glyph id -> new
};

// `glyphs` are glyph ids of `file`; .notdef is always kept. Without `hinting`, the TrueType
// instructions (fpgm, prep, cvt and each glyph's) are left out. Throws an internal error when
// HarfBuzz cannot subset the file.
font_subset subset_font(const truetype_font& file, const std::vector<std::uint16_t>& glyphs, bool hinting);

}  // namespace kokuho::fonts
