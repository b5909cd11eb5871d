#pragma once
// Internal to the PDF writer: one embedded TrueType font as a Type 0 / CIDFontType2 font
// whose codes are the document's own 2-byte codes (text_plan.h), built around libharu
// 2.3's limits with its internal structures:
//  - a CMap encoder made here (libharu only ships CP932-style Japanese encodings);
//  - CIDToGIDMap and W rewritten from our TrueType reader (libharu looks glyphs up in the
//    BMP cmap only, and drops the highest CID), the glyph ids those of the subset;
//  - a ToUnicode CMap (libharu writes none), so text can be extracted;
//  - the font program a subset made by HarfBuzz (fonts/subset.h), in place of libharu's.
// The horizontal and the vertical font of one file share libharu's font definition, hence
// one descriptor and one subset.
#include <hpdf.h>

#include <cstdint>
#include <string>
#include <vector>

#include "fonts/subset.h"
#include "fonts/truetype.h"
#include "render/pdf/hpdf_document.h"

namespace kokuho::pdf {

// The glyph that prints each of `characters` (its vertical form in a vertical font), 0 where
// the font has none.
std::vector<std::uint16_t> glyphs_of(const fonts::truetype_font& file, const std::vector<char32_t>& characters,
                                     bool vertical);

// `characters` are the ones this font prints in the document, sorted; the one at index i
// has code code_for_index(i), CID i + 1 and glyph glyphs[i] (glyphs_of). `tag` makes the
// encoder name unique. A vertical font (縦書き) prints in writing mode 1, one em apart.
// `subset` holds every glyph the file prints in the document.
HPDF_Font add_cid_font(const hpdf_document& doc, const fonts::truetype_font& file,
                       const std::vector<char32_t>& characters, const std::vector<std::uint16_t>& glyphs,
                       const std::string& tag, bool vertical, const fonts::font_subset& subset);

// Has libharu build the font's descriptor now, as it otherwise does while saving, with
// `program` (the file's subset) as its FontFile2. Once per font file, after all text is
// shown, just before saving.
void embed_font_program(const hpdf_document& doc, HPDF_Font font, const std::string& program);

}  // namespace kokuho::pdf
