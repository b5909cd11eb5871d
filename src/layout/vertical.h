#pragma once
// Vertical text (縦書き): columns run top to bottom and right to left. Ideographs and kana
// stand upright, one em each, in the font's vertical forms (chosen when the PDF is written);
// runs of Latin letters and digits turn 90° clockwise; short runs of digits may stand upright
// side by side in one em (縦中横). Which is which follows Unicode's Vertical_Orientation
// property (UAX #50) through ICU.
#include <string>
#include <vector>

#include "fonts/font_set.h"
#include "layout/page.h"
#include "layout/text_style.h"

namespace kokuho::layout {

struct column_piece {
    orientation set = orientation::upright;  // upright, rotated or side_by_side (縦中横)
    std::u32string text;
};

// The column's text in pieces: each upright character alone, each run of characters that
// turn as one, and each run of at most `upright_digits` ASCII digits with nothing else that
// turns beside it as a 縦中横 piece.
std::vector<column_piece> column_pieces(const std::u32string& text, int upright_digits);

// The length of a column of text, mm.
double column_length_mm(const std::u32string& text, const text_style& style, double size_pt,
                        const fonts::font_set& fonts);

// Places already-fitted columns in a box: the block of columns centred across the box, each
// column aligned along it by the style (left = top, right = bottom, distribute = spread).
void place_columns(const std::vector<std::u32string>& columns, double size, const text_style& style,
                   double x, double y, double w, double h, const fonts::font_set& fonts,
                   std::vector<item>& out);

}  // namespace kokuho::layout
