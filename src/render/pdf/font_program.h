#pragma once
// Shrinks the TrueType subset libharu embeds. libharu keeps only the flagged glyphs' data
// but copies 'cmap', 'post' and 'hmtx' whole, which for IPAmj Mincho (61,179 glyphs) is
// about 1 MB per document. A CIDFontType2 font is reached through CIDToGIDMap and its
// widths come from the W array, so none of them is needed in full. Pure C++.
#include <string>
#include <string_view>
#include <vector>

namespace kokuho::pdf {

// Rewrites an sfnt: 'cmap' becomes an empty format 4 table, 'post' a format 3 header, the
// horizontal metrics of glyphs not in `used` become zero (the last long metric keeps its
// advance, which later glyphs share); other tables are copied. Checksums are recomputed.
// Throws kokuho::error (internal) when the data is not a well-formed sfnt.
std::string slim_font_program(std::string_view sfnt, const std::vector<bool>& used);

}  // namespace kokuho::pdf
