#pragma once
// Internal to the PDF writer: one embedded TrueType font as a Type 0 / CIDFontType2 font
// whose codes are the document's own 2-byte codes (text_plan.h), built around libharu
// 2.3's limits with its internal structures:
//  - a CMap encoder made here (libharu only ships CP932-style Japanese encodings);
//  - CIDToGIDMap and W rewritten from our TrueType reader (libharu looks glyphs up in the
//    BMP cmap only, and drops the highest CID);
//  - used glyphs flagged for libharu's subsetting, composite parts included;
//  - a ToUnicode CMap (libharu writes none), so text can be extracted;
//  - the embedded subset slimmed (font_program.h) after libharu has made it.
#include <hpdf.h>

#include <string>
#include <vector>

#include "fonts/truetype.h"
#include "render/pdf/hpdf_document.h"

namespace kokuho::pdf {

// `characters` are the ones this font prints in the document, sorted; the one at index i
// has code code_for_index(i) and CID i + 1. `tag` makes the encoder name unique. A vertical
// font (縦書き) prints the characters' vertical forms in writing mode 1, one em apart.
HPDF_Font add_cid_font(const hpdf_document& doc, const fonts::truetype_font& file,
                       const std::vector<char32_t>& characters, const std::string& tag,
                       bool vertical);

// Has libharu build the font's descriptor and embedded subset now, as it otherwise does
// while saving, and replaces the subset with its slimmed form. Call after all text is
// shown, just before saving.
void finish_cid_font(const hpdf_document& doc, HPDF_Font font);

}  // namespace kokuho::pdf
